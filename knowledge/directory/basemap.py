"""The offline basemap: country and US state outlines shipped with the app (see
basemap_build.py for where they come from), so a map needs no tile server."""

from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path

from knowledge.directory.map_points import WORLD_DEGREES

BASEMAP_FILE = Path(__file__).resolve().parent.parent / "data" / "directory" / "basemap.geojson"


@lru_cache(maxsize=1)
def basemap() -> dict:
    """The outlines as one GeoJSON FeatureCollection (read once per process)."""
    return json.loads(BASEMAP_FILE.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _boxes() -> tuple[tuple[float, float, float, float], ...]:
    """(west, south, east, north) of each outline, in the order of the features."""
    boxes = []
    for feature in basemap()["features"]:
        lons, lats = [], []
        stack = [feature["geometry"]["coordinates"]]
        while stack:
            item = stack.pop()
            if item and isinstance(item[0], (int, float)):
                lons.append(item[0])
                lats.append(item[1])
            else:
                stack.extend(item)
        boxes.append((min(lons), min(lats), max(lons), max(lats)))
    return tuple(boxes)


@lru_cache(maxsize=256)
def outlines_near(lat: float, lon: float, zoom: float) -> dict:
    """The outlines that reach the map's view (with room to pan): the browser gets the few
    it can show, not the whole file. Sent with every rerun of the page, the whole basemap
    cost about 300 ms of JSON conversion in pydeck."""
    half_lat = 2 * WORLD_DEGREES / 2**zoom
    half_lon = half_lat / max(math.cos(math.radians(lat)), 0.2)
    west, east, south, north = lon - half_lon, lon + half_lon, lat - half_lat, lat + half_lat
    if west < -180 or east > 180:  # a view across the antimeridian: keep it simple, keep all
        return basemap()
    features = [
        feature
        for feature, (w, s, e, n) in zip(basemap()["features"], _boxes(), strict=True)
        if w <= east and e >= west and s <= north and n >= south
    ]
    return {"type": "FeatureCollection", "features": features}
