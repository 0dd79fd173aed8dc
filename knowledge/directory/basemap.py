"""The offline basemap: country and US state outlines shipped with the app (see
basemap_build.py for where they come from), so a map needs no tile server."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

BASEMAP_FILE = Path(__file__).resolve().parent.parent / "data" / "directory" / "basemap.geojson"


@lru_cache(maxsize=1)
def basemap() -> dict:
    """The outlines as one GeoJSON FeatureCollection (read once per process)."""
    return json.loads(BASEMAP_FILE.read_text(encoding="utf-8"))
