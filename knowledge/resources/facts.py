"""Verified facts about how services work: Spanish-language access, emergency involvement.

From ``knowledge/data/service_facts.json``, each with the official URL it came from, so
the companion can answer "will they send the police?" or reach someone in Spanish without
saying anything from memory.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

FACTS_FILE = Path(__file__).resolve().parent.parent / "data" / "service_facts.json"


@dataclass(frozen=True)
class SpanishAccess:
    line: str
    call: str = ""
    call_option: str = ""
    text_number: str = ""
    text_keyword: str = ""
    whatsapp: str = ""
    source: str = ""

    @property
    def contact(self) -> str:
        """How to reach the line in Spanish, as one line of Spanish text."""
        parts = []
        if self.call and self.call_option:
            parts.append(f"Llama al {self.call} y oprime {self.call_option}")
        elif self.call:
            parts.append(f"Llama al {self.call}")
        if self.text_number and self.text_keyword:
            parts.append(f"Envía {self.text_keyword} por mensaje de texto al {self.text_number}")
        if self.whatsapp:
            parts.append(f"WhatsApp {self.whatsapp}")
        return " · ".join(parts)


@dataclass(frozen=True)
class EmergencyInvolvement:
    line: str
    share_below_percent: int
    source: str
    source_name: str


@lru_cache(maxsize=1)
def _facts() -> dict:
    return json.loads(FACTS_FILE.read_text(encoding="utf-8"))


def spanish_access(country: str) -> list[SpanishAccess]:
    """Spanish-language access details for a country's lines, where verified."""
    code = country.strip().upper()
    return [
        SpanishAccess(**{k: v for k, v in raw.items() if k != "country"})
        for raw in _facts()["spanish_access"]
        if raw["country"] == code
    ]


def emergency_involvement(country: str) -> EmergencyInvolvement | None:
    """How rarely a country's main crisis line involves emergency services, if verified."""
    code = country.strip().upper()
    for raw in _facts()["emergency_involvement"]:
        if raw["country"] == code:
            return EmergencyInvolvement(
                raw["line"], int(raw["share_below_percent"]), raw["source"], raw["source_name"]
            )
    return None
