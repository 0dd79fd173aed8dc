"""Showing untrusted text safely: everything a person or a data file wrote is inert."""

from __future__ import annotations

MARKDOWN_SPECIALS = "\\`*_{}[]()#+-.!<>|~$"


def escape_markdown(text: str) -> str:
    """Escape Markdown and HTML-ish characters so text renders literally in st.markdown."""
    return "".join("\\" + ch if ch in MARKDOWN_SPECIALS else ch for ch in text)
