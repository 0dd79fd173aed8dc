"""One search of the directory, as one value: where, how far, and every filter.

The page builds a `DirectoryQuery` from its form and keeps it between reruns; `Directory.find`
takes it (or its fields as keywords), so the form and the search cannot drift apart.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, fields, replace

from knowledge.geo import Place

SORTS = ("distance", "next_meeting")
Near = str | Place | tuple[float, float] | None
# Filters that take several values: any one of them is enough to match.
MULTI_VALUE_FILTERS = (
    "kinds",
    "formats",
    "attendance",
    "languages",
    "populations",
    "cost",
    "accessibility",
    "topics",
    "fellowships",
    "sources",
)


@dataclass(frozen=True)
class DirectoryQuery:
    """Listings near `near` within `radius_km`, kept by every filter that is not empty.

    `attendance` takes in_person, online, hybrid and inactive (12 Step Meeting List words);
    inactive listings (location closed, no online option) show only when asked for.
    Online and phone listings follow the placed ones when `include_remote`. `within_days`
    keeps listings meeting within that many days; times are in `person_tz` (the place's own
    zone when not given).
    """

    near: Near = None
    radius_km: float = 25
    country: str | None = None
    kinds: tuple[str, ...] = ()
    formats: tuple[str, ...] = ()
    attendance: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    populations: tuple[str, ...] = ()
    cost: tuple[str, ...] = ()
    accessibility: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    fellowships: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    include_remote: bool = True
    include_demo: bool = True
    within_days: int | None = None
    sort: str = "distance"
    person_tz: str | None = None
    limit: int = 50
    now: dt.datetime | None = None

    def __post_init__(self) -> None:
        for name in MULTI_VALUE_FILTERS:
            value = getattr(self, name)
            values: Iterable[str] = (
                () if value is None else [value] if isinstance(value, str) else value
            )
            object.__setattr__(self, name, tuple(str(v) for v in values if str(v).strip()))
        if self.sort not in SORTS:
            raise ValueError(f"sort must be one of {', '.join(SORTS)}")
        if self.radius_km <= 0:
            raise ValueError("radius_km must be more than 0")

    @classmethod
    def of(cls, query: DirectoryQuery | Near = None, **values: object) -> DirectoryQuery:
        """A query from another one with some fields changed, or from a place and keywords."""
        if isinstance(query, DirectoryQuery):
            return replace(query, **values) if values else query  # type: ignore[arg-type]
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(values) - known)
        if unknown:
            raise TypeError(f"unknown search field(s): {', '.join(unknown)}")
        return cls(near=query, **values)  # type: ignore[arg-type]
