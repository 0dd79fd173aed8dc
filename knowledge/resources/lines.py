"""Verified crisis lines, warmlines and emergency numbers by country.

The facts come from ``knowledge/data/crisis_lines.json``, carried over unchanged from the
project's verified source (compiled on the date it states, with each service's official URL
so a deployment can re-check them). Nothing here invents a number: a country without lines
gets the international directory and its emergency number where that is known.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "crisis_lines.json"
KIND_ORDER = {"crisis": 0, "specialist": 1, "warmline": 2, "directory": 3}


@dataclass(frozen=True)
class HelpLine:
    name: str
    kind: str  # crisis | specialist | warmline | directory
    country: str
    phone: str = ""
    text: str = ""
    chat: str = ""
    email: str = ""
    hours: str = ""
    url: str = ""
    population: str = ""
    note: str = ""
    languages: tuple[str, ...] = ()

    @property
    def contact(self) -> str:
        """The quickest way to reach the line, as one line of plain text."""
        parts = []
        if self.phone:
            parts.append(f"Call {self.phone}")
        if self.text:
            parts.append(self.text)
        if self.chat:
            parts.append(f"Chat: {self.chat}")
        if self.email:
            parts.append(f"Email {self.email}")
        if not parts and self.url:
            parts.append(self.url)
        return " · ".join(parts)


@lru_cache(maxsize=1)
def verified_data() -> dict:
    return json.loads(DATA_FILE.read_text(encoding="utf-8"))


def compiled_on() -> str:
    """The date the verified facts were compiled."""
    return str(verified_data()["compiled_on"])


def _normalize(country: str | None) -> str:
    return (country or "").strip().upper()[:2]


def supported_countries() -> list[str]:
    """Countries with verified lines, in the data file's order."""
    return list(verified_data()["countries"])


def has_lines(country: str | None) -> bool:
    return _normalize(country) in verified_data()["countries"]


def international_directory() -> HelpLine:
    info = verified_data()["international_directory"]
    return HelpLine(
        name=info["name"], kind="directory", country="", url=info["url"], note=info.get("note", "")
    )


def crisis_lines(country: str | None) -> list[HelpLine]:
    """Lines for an ISO 3166 alpha-2 code: crisis lines first, then specialist and warmlines.

    An unknown or unsupported code returns the international directory, so there is always
    somewhere to turn.
    """
    code = _normalize(country)
    entry = verified_data()["countries"].get(code)
    if not entry:
        return [international_directory()]
    lines = [
        HelpLine(
            name=raw["name"],
            kind=raw.get("kind", "crisis"),
            country=code,
            phone=raw.get("phone", ""),
            text=raw.get("text", ""),
            chat=raw.get("chat", ""),
            email=raw.get("email", ""),
            hours=raw.get("hours", ""),
            url=raw.get("url", ""),
            population=raw.get("population", ""),
            note=raw.get("note", ""),
            languages=tuple(raw.get("languages", ())),
        )
        for raw in entry["lines"]
    ]
    return sorted(lines, key=lambda line: KIND_ORDER.get(line.kind, 9))


def urgent_lines(country: str | None) -> list[HelpLine]:
    """The lines to offer in a crisis: crisis lines and specialist crisis lines, in order."""
    return [line for line in crisis_lines(country) if line.kind in ("crisis", "specialist")]


def warmlines(country: str | None) -> list[HelpLine]:
    """Non-urgent lines (warmlines) for a country; may be empty."""
    return [line for line in crisis_lines(country) if line.kind == "warmline"]


def emergency_number(country: str | None) -> str | None:
    """The emergency number for a country, or None when the verified data does not know it."""
    code = _normalize(country)
    data = verified_data()
    if code in data["countries"]:
        return str(data["countries"][code]["emergency"])
    if code in data.get("emergency_only", {}):
        return str(data["emergency_only"][code])
    return None
