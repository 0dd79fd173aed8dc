"""Companion widgets: replies with their links, the pinned help, scrolling to the newest reply."""

from __future__ import annotations

import re
from collections.abc import Sequence

import streamlit as st

from companion import RiskState
from companion.routing import pinned_routes
from knowledge.resources import wording
from ui.dial import phone_markdown, text_markdown
from ui.page_script import SCROLL_TO_LATEST_REPLY, run_script
from ui.safety_plan import has_plan, plan_page_link
from ui.text import escape_markdown

URL = re.compile(r"https?://[^\s·]+[^\s·.,;:!?)]")
NUMBER_ONLY = re.compile(r"^\d[\d -]*\d$|^\d+$")


def reply_markdown(text: str, contacts: Sequence[str] = ()) -> str:
    """Escape a reply for st.markdown while keeping its web links clickable.

    Escaping a URL's dots would break the link, so each URL becomes an explicit Markdown
    link with an escaped label; everything else is escaped as untrusted text. ``contacts``
    are the turn's verified route contacts ("Call 988 · Text 988", "Call 911"): where the
    reply quotes one, or an emergency number from one, it becomes tap-to-call or tap-to-text.
    Nothing else in a reply is ever turned into a link.
    """
    quoted = sorted({c for c in contacts if c and c in text}, key=len, reverse=True)
    called = (c.removeprefix("Call ").removeprefix("Llama al ") for c in contacts)
    numbers = [number for number in called if NUMBER_ONLY.match(number)]
    patterns = [URL.pattern, *map(re.escape, quoted)]
    patterns += [rf"(?<![\w/.-]){re.escape(number)}(?![\w-])" for number in numbers]
    parts, last = [], 0
    for match in re.finditer("|".join(f"(?:{p})" for p in patterns), text):
        parts.append(escape_markdown(text[last : match.start()]))
        found = match.group(0)
        if found in quoted:
            parts.append(contact_markdown(found))
        elif found in numbers:
            parts.append(phone_markdown(found))
        else:
            parts.append(f"[{escape_markdown(found)}]({found})")
        last = match.end()
    parts.append(escape_markdown(text[last:]))
    return "".join(parts)


def scroll_to_latest(count: int) -> None:
    """Bring the newest reply into view, once per new reply (the count makes each new)."""
    run_script(SCROLL_TO_LATEST_REPLY, "latest_reply", f"reply {count}")


def pinned_help(state: RiskState, country: str) -> None:
    """The compact help card kept above the chat input once a conversation needs it.

    Crisis, or the plain question about ending one's life just asked: the country's first
    crisis line and its emergency number; concern: a warmline; the question answered no: the
    warmline with the crisis line and emergency number beside it. Crisis stays for the rest
    of the conversation, whatever is said next.
    """
    routes = pinned_routes(state, country)
    if not routes:
        return
    with st.container(border=True, key="companion_pinned_help"):
        spanish = state.language == "es"
        if state.urgent:
            title = wording.PINNED_CRISIS_TITLE_ES if spanish else wording.PINNED_CRISIS_TITLE
        else:
            title = wording.PINNED_CONCERN_TITLE_ES if spanish else wording.PINNED_CONCERN_TITLE
        reach = " · ".join(
            f"**{escape_markdown(route.name)}**: {contact_markdown(route.contact, compact=True)}"
            for route in routes
        )
        st.markdown(f"{title} {reach}")
        if state.shows_crisis_line and has_plan():
            plan_page_link()


SPANISH_TEXT = re.compile(r"^Envía (?P<keyword>\w+) por mensaje de texto al (?P<number>[\d-]+)$")


def contact_markdown(contact: str, *, compact: bool = False) -> str:
    """A route's contact with every number tap-to-call and every text option tap-to-text.

    ``compact`` keeps calls and texts only (a chat link is on the full card), so the pinned
    help stays small on a phone."""
    pieces = []
    for piece in contact.split(" · "):
        if compact and piece.startswith("Chat:"):
            continue
        spanish_text = SPANISH_TEXT.match(piece)
        if piece.startswith("Call "):
            pieces.append("Call " + phone_markdown(piece.removeprefix("Call ")))
        elif piece.startswith("Llama al "):
            pieces.append("Llama al " + phone_markdown(piece.removeprefix("Llama al ")))
        elif piece.lower().startswith("text "):
            pieces.append(text_markdown(piece))
        elif spanish_text:
            number, keyword = spanish_text["number"], spanish_text["keyword"]
            href = f"sms:{number.replace('-', '')}?&body={keyword}"
            pieces.append(f"[{escape_markdown(piece)}]({href})")
        else:
            pieces.append(reply_markdown(piece))
    return " · ".join(pieces)
