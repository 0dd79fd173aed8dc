"""The directory's results map: the offline outlines and one marker per place.

The map's spec is built once per set of results, not on every rerun: pydeck writes it as
indented JSON with Python's pure-Python encoder (the outlines alone are ~4,000
points near a city), about a quarter of every rerun of the page showing results.
"""

from __future__ import annotations

from functools import lru_cache

import pydeck as pdk
import streamlit as st

from knowledge.directory import ListingHit
from knowledge.directory.basemap import outlines_near
from knowledge.directory.map_points import group_points, view_for
from ui.services import app_settings

# Each spec is a few hundred KB; a few dozen result sets cover the searches people repeat.
CACHED_MAPS = 32
Points = tuple[tuple[tuple[str, object], ...], ...]


class SerializedDeck(pdk.Deck):
    """A deck whose JSON is written once, when it is built; it must not change after."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)
        self._json = super().to_json()

    def to_json(self) -> str:
        return self._json

    __repr__ = to_json  # pydeck's repr is its JSON too


def results_map(hits: list[ListingHit], centre: tuple[float, float] | None) -> None:
    """Every placed result over the offline outlines; places shared by several results
    show how many. No tile is fetched unless the operator set KINDRED_MAP_STYLE_URL."""
    points = group_points(hits)
    if not points:
        return
    frozen = tuple(tuple(point.items()) for point in points)
    st.pydeck_chart(_deck(frozen, centre, app_settings().map_style_url), width="stretch")


@lru_cache(maxsize=CACHED_MAPS)
def _deck(frozen: Points, centre: tuple[float, float] | None, style: str | None) -> pdk.Deck:
    points = [dict(point) for point in frozen]
    lat, lon, zoom = view_for(points, centre)
    outlines = pdk.Layer(
        "GeoJsonLayer",
        id="outlines",  # named, not pydeck's random id: the same results, the same spec
        data=outlines_near(round(lat, 2), round(lon, 2), zoom),
        stroked=True,
        filled=True,
        get_fill_color=[236, 233, 224, 255],
        get_line_color=[150, 150, 150, 255],
        line_width_min_pixels=1,
        pickable=False,
    )
    markers = pdk.Layer(
        "ScatterplotLayer",
        id="markers",
        data=points,
        get_position="[lon, lat]",
        get_radius="60 + 40 * count",
        radius_min_pixels=6,
        radius_max_pixels=22,
        get_fill_color=[22, 94, 99, 230],
        get_line_color=[255, 255, 255, 255],
        stroked=True,
        line_width_min_pixels=1,
        pickable=True,
    )
    counts = pdk.Layer(
        "TextLayer",
        id="counts",
        data=[p for p in points if p["count"] > 1],
        get_position="[lon, lat]",
        get_text="label",
        get_size=14,
        get_color=[255, 255, 255, 255],
        get_alignment_baseline="'center'",
    )
    # No third-party basemap by default: Streamlit would fetch one from a tile server, telling
    # it where the person searched. Leaving map_style unset keeps pydeck's "__MAP_STYLE__"
    # sentinel, which tells Streamlit not to add its own (map_style=None would add CARTO's).
    basemap_choice = {"map_provider": "carto", "map_style": style} if style else {}
    return SerializedDeck(
        layers=[markers, counts] if style else [outlines, markers, counts],
        initial_view_state=pdk.ViewState(latitude=lat, longitude=lon, zoom=zoom),
        tooltip={"text": "{names}\n{demo}"},
        **({"map_provider": None} | basemap_choice),
    )
