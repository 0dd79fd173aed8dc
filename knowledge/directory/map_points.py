"""What the results map draws: one marker per place (meetings sharing a room are counted,
not stacked out of sight) and a view that holds every marker."""

from __future__ import annotations

import math
from collections.abc import Iterable

from knowledge.directory.search import ListingHit

SAME_PLACE_DECIMALS = 4  # about 10 m: one building
MAX_NAMES_IN_TOOLTIP = 5
WORLD_DEGREES = 360.0


def group_points(hits: Iterable[ListingHit]) -> list[dict]:
    """One point per place: lat, lon, how many results meet there and their names."""
    groups: dict[tuple[float, float], list[ListingHit]] = {}
    for hit in hits:
        listing = hit.listing
        if listing.located:
            key = (
                round(listing.latitude, SAME_PLACE_DECIMALS),  # type: ignore[arg-type]
                round(listing.longitude, SAME_PLACE_DECIMALS),  # type: ignore[arg-type]
            )
            groups.setdefault(key, []).append(hit)
    points = []
    for (lat, lon), grouped in groups.items():
        names = [h.listing.name for h in grouped]
        shown = "\n".join(names[:MAX_NAMES_IN_TOOLTIP])
        if len(names) > MAX_NAMES_IN_TOOLTIP:
            shown += f"\n... and {len(names) - MAX_NAMES_IN_TOOLTIP} more"
        points.append(
            {
                "lat": lat,
                "lon": lon,
                "count": len(grouped),
                "label": str(len(grouped)) if len(grouped) > 1 else "",
                "names": shown,
                "demo": "demo listing" if any(h.listing.is_demo for h in grouped) else "",
            }
        )
    return points


def view_for(
    points: list[dict], centre: tuple[float, float] | None = None
) -> tuple[float, float, float]:
    """(latitude, longitude, zoom) that shows every point, around the searched place."""
    lats = [p["lat"] for p in points] + ([centre[0]] if centre else [])
    lons = [p["lon"] for p in points] + ([centre[1]] if centre else [])
    lat = centre[0] if centre else (min(lats) + max(lats)) / 2
    lon = centre[1] if centre else (min(lons) + max(lons)) / 2
    # the view is centred on the place, so it must reach the farthest point on either side
    span_lat = 2 * max(abs(v - lat) for v in lats)
    span_lon = 2 * max(abs(v - lon) for v in lons) * max(math.cos(math.radians(lat)), 0.2)
    span = max(span_lat, span_lon, 0.02)
    zoom = math.log2(WORLD_DEGREES / span) - 0.5  # a little margin round the edge
    return lat, lon, max(1.0, min(13.0, round(zoom, 2)))
