"""Names people read: languages by name, topic and population labels, attendance words.

Feeds write languages as codes ("de", "es-MX", "ase") or names; a listing stores the English
name (so filters agree across feeds) and the page shows it in the reader's language.
"""

from __future__ import annotations

from functools import lru_cache

import langcodes

from knowledge.taxonomy import topic_label

ATTENDANCE_OPTIONS: tuple[str, ...] = ("in_person", "online", "hybrid", "inactive")
ATTENDANCE_LABELS = {
    "in_person": "In person",
    "online": "Online",
    "hybrid": "Hybrid",
    "inactive": "Inactive (location closed)",
}
MAX_CODE_LENGTH = 12  # "zh-Hant-TW"; anything longer is a name, not a tag


@lru_cache(maxsize=2048)
def language_name(value: str, locale: str = "en") -> str:
    """ "de" -> "German", "es-MX" -> "Spanish (Mexico)"; a name is kept as written."""
    cleaned = " ".join(value.split())
    if not cleaned:
        return ""
    if len(cleaned) <= MAX_CODE_LENGTH and " " not in cleaned:
        try:
            language = langcodes.get(cleaned)
        except (ValueError, LookupError):
            language = None
        if language is not None and language.is_valid() and language.language:
            return _first_upper(language.display_name(locale))
    if locale != "en":
        try:
            return _first_upper(langcodes.find(cleaned).display_name(locale))
        except LookupError:
            pass
    return _first_upper(cleaned)


def population_label(value: str) -> str:
    """ "young adults" -> "Young adults"; "LGBTQ+" and "BIPOC" keep their own capitals."""
    return _first_upper(value)


def _first_upper(text: str) -> str:
    return text[:1].upper() + text[1:]


__all__ = [
    "ATTENDANCE_LABELS",
    "ATTENDANCE_OPTIONS",
    "language_name",
    "population_label",
    "topic_label",
]
