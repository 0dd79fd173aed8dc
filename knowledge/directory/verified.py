"""Real national warmlines and crisis lines, as listings, straight from the verified data.

They are never stored in the directory tables: they are read from `knowledge.resources` at
search time, so the directory can only ever show what the reviewed file says.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from knowledge.directory.schema import Listing, Schedule
from knowledge.resources import HelpLine, compiled_on, crisis_lines

VERIFIED_SOURCE = "Kindred verified help lines"
# The language codes the verified file uses, as the names the directory filters on.
LANGUAGE_NAMES = {
    "en": "English",
    "es": "Spanish",
    "fr": "French",
    "cy": "Welsh",
    "ga": "Irish",
    "mi": "Māori",
    "cr": "Cree",
    "oj": "Ojibwe",
    "iu": "Inuktitut",
}
KIND_BY_LINE = {"crisis": "crisis_line", "specialist": "crisis_line", "warmline": "warmline"}


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _listing(line: HelpLine) -> Listing:
    formats = ["phone"] if line.phone or line.text else []
    if line.chat or (line.url and not formats):
        formats.append("online")
    always = "24" in line.hours and ("7" in line.hours or "day" in line.hours.lower())
    schedule = Schedule(kind="always") if always else Schedule(kind="unknown", note=line.hours)
    details = [part for part in (line.text, line.chat and f"Chat: {line.chat}", line.note) if part]
    return Listing(
        id=f"verified:{line.country}:{_slug(line.name)}",
        name=line.name,
        kind=KIND_BY_LINE[line.kind],
        description=" · ".join(details),
        formats=formats or ["phone"],
        languages=[LANGUAGE_NAMES.get(code.lower(), code) for code in line.languages],
        cost=["free"],
        schedule=schedule,
        country=line.country,
        phone=line.phone,
        url=line.url,
        email=line.email,
        notes=f"For {line.population}" if line.population else "",
        last_verified=dt.date.fromisoformat(compiled_on()),
        source=VERIFIED_SOURCE,
        is_demo=False,
    )


def verified_listings(country: str | None) -> list[Listing]:
    """The verified warmlines and crisis lines of one country (none for an unknown country)."""
    if not country:
        return []
    return [_listing(line) for line in crisis_lines(country) if line.kind in KIND_BY_LINE]


@lru_cache(maxsize=64)
def _rows(country: str) -> tuple[dict, ...]:
    return tuple(listing.model_dump(mode="json") for listing in verified_listings(country))


def verified_rows(country: str | None) -> list[dict]:
    """The same listings as plain rows, the shape the search index holds."""
    return [dict(row) for row in _rows(country or "")] if country else []
