"""The help widgets every page shares: country choice and the crisis card (lines drawn by
``ui.dial``; the person's own plan first, from ``ui.safety_plan``)."""

from __future__ import annotations

import logging
from typing import Literal

import streamlit as st

from knowledge.resources import (
    HelpLine,
    country_choices,
    country_name,
    emergency_number,
    has_lines,
    international_directory,
    urgent_lines,
    wording,
)
from ui.dial import line_markdown, phone_markdown, text_markdown
from ui.safety_plan import active_plan, plan_card
from ui.services import app_settings
from ui.text import escape_markdown as _md

logger = logging.getLogger(__name__)
COUNTRY_KEY = "help_country"
CrisisReason = Literal["", "wrote", "phq9_item9"]
REASON_WORDING: dict[str, str] = {
    "wrote": wording.CRISIS_CONTEXT_WROTE,
    "phq9_item9": wording.CRISIS_CONTEXT_PHQ9_ITEM9,
}


def current_country() -> str:
    """The person's country for this session (remembered once chosen)."""
    if COUNTRY_KEY not in st.session_state:
        default = app_settings().country
        st.session_state[COUNTRY_KEY] = default if default in country_choices() else "US"
    return st.session_state[COUNTRY_KEY]


def country_picker(where: st.delta_generator.DeltaGenerator | None = None) -> str:
    """A select box for the country; its value is shared by every page in the session."""
    target = where or st
    current_country()
    target.selectbox(
        "Your country (for help lines)",
        options=country_choices(),
        format_func=country_name,
        key=COUNTRY_KEY,
    )
    return st.session_state[COUNTRY_KEY]


def render_line(line: HelpLine) -> None:
    """One help line as a compact block: who it is for, how to reach it, when, where."""
    st.markdown(line_markdown(line))


def crisis_card(country: str, *, limit: int = 0, reason: CrisisReason = "") -> None:
    """The emergency number and a one-tap first crisis line, the person's own plan when one
    is open, then the crisis lines in full.

    ``reason`` says what brought the card up: "wrote" (a note or message the person wrote)
    or "phq9_item9" (the self-check's item 9); empty for the Get help page and the like.
    "Your plan" appears only while a journal is unlocked in this session and holds a plan.
    """
    with st.container(border=True):
        st.header(wording.CRISIS_HEADLINE, anchor=False)  # no "#" link: nothing to share here
        if reason in REASON_WORDING:
            st.markdown(_md(REASON_WORDING[reason]))
        number = emergency_number(country)
        if number:
            st.error(
                f"In immediate danger? Call **{phone_markdown(number)}** "
                f"({_md(country_name(country))} emergency number)."
            )
        else:
            st.error(wording.EMERGENCY_ADVICE)
        if has_lines(country):
            # One tap to the first crisis line on a phone's first screen, above the plan.
            first = urgent_lines(country)[0]
            reach = f"Call {phone_markdown(first.phone)}" if first.phone else ""
            reach = reach or text_markdown(first.text)
            st.markdown(f"{_md(wording.TALK_NOW)} **{_md(first.name)}**: {reach}")
        _your_plan()
        if not has_lines(country):
            st.write(wording.UNKNOWN_COUNTRY_ADVICE)
            render_line(international_directory())
            return
        for line in urgent_lines(country)[: limit or None]:
            render_line(line)


def _your_plan() -> None:
    """The person's own plan, first, when a journal is unlocked here and holds one."""
    try:
        plan = active_plan()
        if plan is not None:
            plan_card(plan)
    except Exception:  # the verified lines must show whatever happens to the plan
        logger.exception("the safety plan could not be shown on the crisis card")


def journal_crisis_card(reason: CrisisReason = "wrote") -> None:
    """The crisis card after a note ("what you wrote") or PHQ-9 item 9 (its own wording)."""
    if reason == "wrote":
        st.warning(wording.JOURNAL_CRISIS_NOTE)
        crisis_card(current_country())
    else:
        crisis_card(current_country(), reason=reason)
