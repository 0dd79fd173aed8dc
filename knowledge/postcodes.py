"""Postal codes outside the US, offline: Canadian forward sortation areas (the first three
characters, "K7L") and Australian postcodes ("2000") from the countrystatecity-postal-codes
package's data; UK postcodes by sector ("SW1A 1" of "SW1A 1AA") or district (the outward code,
"SW1A") from the Code-Point Open extract in knowledge/data/directory (see
knowledge/uk_postcode_centres.py), else by postcode area ("SW", countrystatecity data: the
only level Northern Ireland's BT postcodes have offline).

Each code stands for the centre of its area.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache

from knowledge.uk_postcode_centres import CENTRES_FILE

# FSA letters: never D, F, I, O, Q, U; W and Z do not start one.
CA_POSTCODE = re.compile(
    r"^([ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z])(?:\s*\d[ABCEGHJ-NPRSTV-Z]\d)?$"
)
# area letters, the rest of the outward code, then the sector digit of the inward code
UK_POSTCODE = re.compile(r"^([A-Z]{1,2})(\d[A-Z\d]?)(?:\s*(\d)[A-Z]{2})?$")
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


@lru_cache(maxsize=1)
def _uk_centres() -> dict[str, tuple[float, float]]:
    """District ("SW1A") and sector ("SW1A 1") centres by code."""
    payload = json.loads(CENTRES_FILE.read_text(encoding="utf-8"))
    return {
        code: (lat, lon)
        for table in ("districts", "sectors")
        for code, lat, lon, _ in payload[table]
    }


def _uk_area(match: re.Match) -> PostalArea | None:
    """The finest known level of a UK postcode: sector, else district, else area."""
    letters, rest, sector = match.groups()
    area = _areas("GB").get(letters)
    outward = letters + rest
    for code in (f"{outward} {sector}" if sector else None, outward):
        centre = _uk_centres().get(code) if code else None
        if centre:
            return PostalArea(
                code=code,
                country="GB",
                region=area.region if area else "",
                locality=area.locality if area else "",
                lat=centre[0],
                lon=centre[1],
            )
    return area


def postal_area(text: str, country: str | None = None) -> PostalArea | None:
    """The area a Canadian, UK or Australian postcode names, or None when it is not one."""
    compact = " ".join(text.upper().split())
    for code_country, pattern in PATTERNS:
        if country and country != code_country:
            continue
        match = pattern.match(compact)
        if not match:
            continue
        area = _uk_area(match) if code_country == "GB" else _areas(code_country).get(match[1])
        if area:
            return area
    return None
