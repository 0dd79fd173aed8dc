"""The page registry (every script in pages/, in the order people see them) and arriving at
the top of the page a person opens."""

from __future__ import annotations

from typing import NamedTuple

import streamlit as st

from ui.page_script import SCROLL_TO_TOP, run_script


class PageEntry(NamedTuple):
    script: str
    title: str
    icon: str
    url_path: str


PAGES: list[PageEntry] = [
    PageEntry("pages/home.py", "Welcome", ":material/home:", "home"),
    PageEntry("pages/journal.py", "Check-in & journal", ":material/edit_note:", "journal"),
    PageEntry("pages/insights.py", "Insights", ":material/insights:", "insights"),
    PageEntry("pages/self_checks.py", "Self-checks", ":material/checklist:", "self-checks"),
    PageEntry("pages/stories.py", "Stories", ":material/menu_book:", "stories"),
    PageEntry("pages/share_story.py", "Share your story", ":material/edit:", "share"),
    PageEntry("pages/directory.py", "Find a group", ":material/groups:", "directory"),
    PageEntry("pages/companion.py", "Companion", ":material/chat:", "companion"),
    PageEntry(
        "pages/safety_plan.py", "My safety plan", ":material/health_and_safety:", "safety-plan"
    ),
    PageEntry("pages/get_help.py", "Get help now", ":material/emergency:", "get-help"),
    PageEntry("pages/privacy.py", "Privacy & your data", ":material/lock:", "privacy"),
    PageEntry("pages/moderation.py", "Moderation", ":material/shield_person:", "moderation"),
]
HOME_PAGE = "pages/home.py"
HELP_PAGE = "pages/get_help.py"
SAFETY_PLAN_PAGE = "pages/safety_plan.py"
SAFETY_PLAN_URL = "safety-plan"

_ARRIVALS = "_page_arrivals"


def arrive_at_top(url_path: str) -> None:
    """Scroll to the top when this run shows a different page from the last one."""
    last, count = st.session_state.get(_ARRIVALS, ("", 0))
    if url_path == last:
        return
    st.session_state[_ARRIVALS] = (url_path, count + 1)
    if last:  # the first page of a visit opens at the top already
        run_script(SCROLL_TO_TOP, "arrival", f"arrival {count + 1} at {url_path}")
