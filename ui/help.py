"""The help widgets every page shares: country choice and the crisis card."""

from __future__ import annotations

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
from ui.services import app_settings
from ui.text import escape_markdown as _md

COUNTRY_KEY = "help_country"


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
    who = f" — for {line.population}" if line.population else ""
    reach = [_md(f"Call {line.phone}")] if line.phone else []
    if line.text:
        reach.append(_md(line.text))
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
    st.markdown("  \n".join(row for row in rows if row))


def _site_name(url: str) -> str:
    return url.split("//", 1)[-1].removeprefix("www.").split("/", 1)[0]


def crisis_card(country: str, *, limit: int = 0) -> None:
    """The crisis lines and emergency number for a country, crisis lines first."""
    with st.container(border=True):
        st.header(wording.CRISIS_HEADLINE, anchor=False)  # no "#" link: nothing to share here
        number = emergency_number(country)
        if number:
            st.error(
                f"In immediate danger? Call **{number}** ({country_name(country)} emergency number)."
            )
        else:
            st.error(wording.EMERGENCY_ADVICE)
        if not has_lines(country):
            st.write(wording.UNKNOWN_COUNTRY_ADVICE)
            render_line(international_directory())
            return
        for line in urgent_lines(country)[: limit or None]:
            render_line(line)
