"""Page-wide styling that the theme options cannot express. Static CSS only, no user text."""

from __future__ import annotations

import streamlit as st

# The help control must stand out on every page: white on deep red is 7.9:1 (WCAG AAA).
# It also stays in reach while the page scrolls (a long chat or help page on a phone): sticky
# just below Streamlit's top bar (its sidebar button stays free), above the scrolling content,
# on a band of the page's background (config.toml) so text scrolls under the band instead of
# showing around the button and being cut by it.
_CSS = """
<style>
[data-testid="stLayoutWrapper"]:has(> .st-key-get_help_now) {
  position: sticky; top: 3.75rem; z-index: 99; width: 100%;
  background: #FBFAF7; padding: 0.25rem 0 0.5rem;
}
.st-key-get_help_now a { width: fit-content; }
[data-testid="stMain"] { scroll-padding-top: 7rem; } /* focus and links land below it */
.st-key-get_help_now a {
  background: #A11D2B; border-radius: 0.5rem; padding: 0.35rem 0.9rem;
}
.st-key-get_help_now a p, .st-key-get_help_now a span { color: #FFFFFF !important; font-weight: 600; }
.st-key-get_help_now a:focus-visible { outline: 3px solid #1F2A2E; outline-offset: 2px; }
/* the frames of ui.page_script: no space, no focus, nothing to read */
[data-testid="stLayoutWrapper"]:has(> [class*="st-key-page_script_"]),
[class*="st-key-page_script_"] { display: none; }
</style>
"""


def apply_theme() -> None:
    st.html(_CSS)
