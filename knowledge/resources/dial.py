"""Tap-to-call and tap-to-text links from the words a help line or a person wrote.

A value such as "988 then press 1" or "0800 111 0 111 or 0800 111 0 222" is split into
plain-text parts and dialable parts; only the dialable parts become ``tel:`` links, so a
phone never gets a broken link. "Text HOME to 741741" becomes ``sms:741741?&body=HOME``.
Nothing here invents a number: every link is made from digits present in the value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote

MIN_DIGITS = 3  # "press 1" or "SAMU: 15" stay text; every line in the data has 3 or more
MAX_DIGITS = 15  # E.164

_GROUP = r"(?:\(\d{1,5}\)|\d+)"
NUMBER = re.compile(rf"(?<![\w+])\+?{_GROUP}(?:[ .\-]?{_GROUP})*(?!\w)")
TEXT_OPTION = re.compile(
    r"^\s*text\s+(?:[\"'“‘]?(?P<keyword>[A-Za-z][\w-]{0,30})[\"'”’]?\s+to\s+)?(?P<number>.+)$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Part:
    """A piece of a contact value: plain text (``href`` empty) or a dialable link."""

    text: str
    href: str = ""


def digits_of(number: str) -> str:
    """The number as a ``tel:`` target: its digits, with a leading + kept."""
    digits = re.sub(r"\D", "", number)
    return ("+" + digits) if number.lstrip().startswith("+") else digits


def _dialable(candidate: str) -> bool:
    return MIN_DIGITS <= len(re.sub(r"\D", "", candidate)) <= MAX_DIGITS


def phone_parts(value: str, *, max_links: int | None = None) -> list[Part]:
    """``value`` split into text and ``tel:`` parts, in order; joined, the texts are ``value``.

    ``max_links=1`` links only the first number (a dial-in's access code stays text).
    """
    parts: list[Part] = []
    position = 0
    links = 0
    for match in NUMBER.finditer(value):
        if not _dialable(match.group()) or (max_links is not None and links >= max_links):
            continue
        links += 1
        if match.start() > position:
            parts.append(Part(value[position : match.start()]))
        parts.append(Part(match.group(), "tel:" + digits_of(match.group())))
        position = match.end()
    if position < len(value):
        parts.append(Part(value[position:]))
    return parts


def tel_href(value: str) -> str:
    """The ``tel:`` link of a value that is one dialable number, or "" (shown as text)."""
    parts = [part for part in phone_parts(value.strip()) if part.text.strip()]
    return parts[0].href if len(parts) == 1 else ""


def text_parts(value: str) -> list[Part]:
    """A text option ("Text HOME to 741741", "Text 988") as one ``sms:`` link, keyword in body.

    Anything that does not read as "Text [KEYWORD to] NUMBER" is returned as plain text.
    """
    match = TEXT_OPTION.match(value)
    if not match:
        return [Part(value)] if value else []
    number = match.group("number").strip()
    numbers = [p for p in phone_parts(number) if p.href]
    if len(numbers) != 1 or numbers[0].text != number:
        return [Part(value)]
    href = "sms:" + digits_of(number)
    if keyword := match.group("keyword"):
        href += "?&body=" + quote(keyword)
    return [Part(value.strip(), href)]
