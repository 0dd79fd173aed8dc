"""Postal codes outside the US, offline: Canadian forward sortation areas (the first three
characters, "K7L"), UK postcode areas (the letters of the outward code, "SW" of "SW1A 1AA")
and Australian postcodes ("2000"), from the countrystatecity-postal-codes package's data.

Each code stands for the centre of its area. A UK area is coarse (tens of kilometres), so the
search radius around it matters more than for a Canadian FSA or an Australian postcode.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# FSA letters: never D, F, I, O, Q, U; W and Z do not start one.
CA_POSTCODE = re.compile(
    r"^([ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z])(?:\s*\d[ABCEGHJ-NPRSTV-Z]\d)?$"
)
UK_POSTCODE = re.compile(r"^([A-Z]{1,2})\d[A-Z\d]?(?:\s*\d[A-Z]{2})?$")
AU_POSTCODE = re.compile(r"^(\d{4})$")
PATTERNS = (("CA", CA_POSTCODE), ("GB", UK_POSTCODE), ("AU", AU_POSTCODE))


@dataclass(frozen=True)
class PostalArea:
    code: str
    country: str
    region: str  # the province or state abbreviation the data gives ("ON", "NSW")
    locality: str
    lat: float
    lon: float


@lru_cache(maxsize=4)
def _areas(country: str) -> dict[str, PostalArea]:
    from countrystatecity_postal_codes.loaders import DataLoader

    areas = {}
    for row in DataLoader.load_postcodes(country):
        if row.get("latitude") is None or row.get("longitude") is None:
            continue
        areas[row["code"].upper()] = PostalArea(
            code=row["code"].upper(),
            country=country,
            region=row.get("stateCode") or "",
            locality=(row.get("localityName") or "").title(),
            lat=float(row["latitude"]),
            lon=float(row["longitude"]),
        )
    return areas


def postal_area(text: str, country: str | None = None) -> PostalArea | None:
    """The area a Canadian, UK or Australian postcode names, or None when it is not one."""
    compact = " ".join(text.upper().split())
    for code_country, pattern in PATTERNS:
        if country and country != code_country:
            continue
        match = pattern.match(compact)
        if match:
            area = _areas(code_country).get(match[1])
            if area:
                return area
    return None
