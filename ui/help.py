"""The help widgets every page shares: country choice and the crisis card.

Every number shown here is a ``tel:`` link and every text option an ``sms:`` link, made by
``knowledge.resources.dial`` from the verified words; what is not dialable stays text.
"""

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
from knowledge.resources.dial import Part, phone_parts, text_parts
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


def parts_markdown(parts: list[Part]) -> str:
    """Escaped text, with each dialable part as a Markdown link (label escaped too)."""
    return "".join(f"[{_md(p.text)}]({p.href})" if p.href else _md(p.text) for p in parts)


def phone_markdown(value: str, *, max_links: int | None = None) -> str:
    """A phone value with its dialable numbers as ``tel:`` links, the rest as plain text."""
    return parts_markdown(phone_parts(value, max_links=max_links))


def text_markdown(value: str) -> str:
    """A text option ("Text HOME to 741741") as one ``sms:`` link, or plain text."""
    return parts_markdown(text_parts(value))


def line_markdown(line: HelpLine) -> str:
    """One help line as Markdown: who it is for, how to reach it (tap to call or text), when."""
    who = f" — for {line.population}" if line.population else ""
    reach = [f"Call {phone_markdown(line.phone)}"] if line.phone else []
    if line.text:
        reach.append(text_markdown(line.text))
    if line.email:
        reach.append(_md(f"Email {line.email}"))
    if line.chat:
        reach.append(f"[Chat online]({line.chat})")
    about = [_md(f"Hours: {line.hours}")] if line.hours else []
    if line.url:
        about.append(f"[{_md(_site_name(line.url))}]({line.url})")
    if line.note:
        about.append(_md(line.note))
    rows = [f"**{_md(line.name)}**{_md(who)}", " · ".join(reach), " · ".join(about)]
    return "  \n".join(row for row in rows if row)


def render_line(line: HelpLine) -> None:
    """One help line as a compact block: who it is for, how to reach it, when, where."""
    st.markdown(line_markdown(line))


def _site_name(url: str) -> str:
    return url.split("//", 1)[-1].removeprefix("www.").split("/", 1)[0]


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
        from ui.safety_plan import active_plan, plan_card

        plan = active_plan()
        if plan is not None:
            plan_card(plan)
    except Exception:  # the verified lines must show whatever happens to the plan
        logger.exception("the safety plan could not be shown on the crisis card")
