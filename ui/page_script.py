"""The few scripts Kindred runs in the page, each one fixed text that deploy/nginx.conf
allows by its hash (tests/test_serving_limits.py checks the hashes)."""

from __future__ import annotations

import re

import streamlit as st
import streamlit.components.v1 as components

# Streamlit keeps the main area's scroll position when the sidebar or a page link opens
# another page, so a phone could land mid-page, below the emergency number it came for.
SCROLL_TO_TOP = """
const toTop = () => {
  const main = window.parent.document.querySelector('[data-testid="stMain"]');
  if (main) main.scrollTo(0, 0);
};
toTop();
setTimeout(toTop, 100);  // again once the new page has replaced the old one's height
"""
# A desktop browser does not bring a new chat reply into view itself.
SCROLL_TO_LATEST_REPLY = """
setTimeout(() => {
  const replies = window.parent.document.querySelectorAll('[data-testid="stChatMessage"]');
  const latest = replies[replies.length - 1];
  if (latest) latest.scrollIntoView({block: "start"});
}, 150);
"""
SCRIPTS = (SCROLL_TO_TOP, SCROLL_TO_LATEST_REPLY)
KEY_PREFIX = "page_script_"  # its containers take no space (ui.theme hides them)


def run_script(script: str, name: str, occasion: str) -> None:
    """Run one of ``SCRIPTS`` in the page on this occasion (a new page, a new reply).

    A component, not st.html: st.html runs a script only when first mounted and the
    nginx policy blocks it as inline, while a component's frame reloads whenever its text
    changes. The occasion changes that text outside the script, so the script itself
    stays the one fixed text the policy allows.
    """
    if script not in SCRIPTS:
        raise ValueError("only a script listed in SCRIPTS is allowed by the page's policy")
    marker = re.sub(r"[^\w .-]", "", occasion)  # only words in the comment: it cannot close it
    with st.container(key=f"{KEY_PREFIX}{name}"):
        components.html(f"<!-- {marker} -->\n<script>{script}</script>", height=0)
