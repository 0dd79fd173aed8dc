"""The results map: every placed result drawn (shared rooms counted), a view that holds them
all, and outlines shipped with the app so no tile server is asked by default."""

from __future__ import annotations

import json

import pytest

from knowledge.directory.basemap import BASEMAP_FILE, basemap
from knowledge.directory.map_points import group_points, view_for
from knowledge.directory.schema import Listing
from knowledge.directory.search import ListingHit


def hit(name: str, lat: float | None, lon: float | None) -> ListingHit:
    formats = ["in_person"] if lat is not None else ["online"]
    listing = Listing(id=name, name=name, kind="mutual_aid_group", formats=formats,
                      latitude=lat, longitude=lon, country="US")  # fmt: skip
    return ListingHit(listing, None)


def test_every_placed_result_is_drawn_and_a_shared_room_is_counted():
    hits = [hit(f"Room {n}", 41.9, -87.65) for n in range(7)]
    hits += [hit("Across town", 41.8, -87.6), hit("Online", None, None)]
    points = group_points(hits)
    assert sum(p["count"] for p in points) == 8  # every result with a place
    shared = next(p for p in points if p["count"] == 7)
    assert shared["label"] == "7" and "Room 0" in shared["names"] and "2 more" in shared["names"]
    assert next(p for p in points if p["count"] == 1)["label"] == ""


def test_the_view_holds_every_point_around_the_place():
    points = group_points([hit("North", 42.3, -87.7), hit("South", 41.6, -87.6)])
    lat, lon, zoom = view_for(points, (41.88, -87.63))
    assert (lat, lon) == (41.88, -87.63)
    visible_degrees = 360 / 2**zoom  # the width a zoom level shows, roughly
    assert visible_degrees >= 2 * (42.3 - 41.88)
    assert 1 <= zoom <= 13
    assert view_for(group_points([hit("One", 41.9, -87.6)]), None)[2] == 13.0


def test_the_basemap_is_shipped_small_and_covers_the_countries_served():
    assert BASEMAP_FILE.stat().st_size < 2 * 1024 * 1024
    outlines = basemap()
    assert outlines == json.loads(BASEMAP_FILE.read_text(encoding="utf-8"))
    names = {(f["properties"]["kind"], f["properties"]["name"]) for f in outlines["features"]}
    for expected in [("country", "Canada"), ("country", "United Kingdom"),
                     ("country", "Australia"), ("state", "Illinois"), ("state", "Oregon")]:  # fmt: skip
        assert expected in names
    illinois = next(f for f in outlines["features"] if f["properties"]["name"] == "Illinois")
    ring = illinois["geometry"]["coordinates"][0][0]
    lons, lats = [p[0] for p in ring], [p[1] for p in ring]
    assert min(lons) < -87.63 < max(lons) and min(lats) < 41.88 < max(lats)  # Chicago inside


def _inside(lon: float, lat: float, polygon: list) -> bool:
    """Ray casting: inside the outer ring and outside every hole."""

    def in_ring(ring: list) -> bool:
        crossings = False
        for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
            if (y1 > lat) != (y2 > lat) and lon < (x2 - x1) * (lat - y1) / (y2 - y1) + x1:
                crossings = not crossings
        return crossings

    return in_ring(polygon[0]) and not any(in_ring(hole) for hole in polygon[1:])


@pytest.mark.parametrize(
    ("city", "lon", "lat", "region"),
    [
        ("Ottawa", -75.70, 45.42, "Ontario"),
        ("Gatineau", -75.72, 45.48, "Quebec"),
        ("Winnipeg", -97.14, 49.90, "Manitoba"),
        ("Kamloops", -120.33, 50.67, "British Columbia"),
        ("Whitehorse", -135.06, 60.72, "Yukon"),
        ("Melbourne", 144.96, -37.81, "Victoria"),
        ("Canberra", 149.13, -35.28, "Australian Capital Territory"),  # a hole in NSW
        ("Sydney", 151.21, -33.87, "New South Wales"),
        ("Adelaide", 138.60, -34.93, "South Australia"),
        ("Perth", 115.86, -31.95, "Western Australia"),
    ],
)
def test_canadian_provinces_and_australian_states_are_outlined(city, lon, lat, region):
    states = [f for f in basemap()["features"] if f["properties"]["kind"] == "state"]
    around = [
        f["properties"]["name"]
        for f in states
        if any(_inside(lon, lat, polygon) for polygon in f["geometry"]["coordinates"])
    ]
    assert around == [region], city


def test_a_map_gets_only_the_outlines_its_view_can_reach():
    from knowledge.directory.basemap import outlines_near

    def names(collection: dict) -> set[str]:
        return {f["properties"].get("name", "") for f in collection["features"]}

    chicago = outlines_near(41.88, -87.63, 9.0)
    assert "Illinois" in names(chicago)
    assert not names(chicago) & {"New South Wales", "France", "California"}
    assert len(chicago["features"]) < len(basemap()["features"]) / 10
    whole = outlines_near(41.88, -87.63, 1.0)
    assert len(whole["features"]) == len(basemap()["features"]), "zoomed out: everything"
