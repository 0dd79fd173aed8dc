"""Distance and filter search over an in-memory index built from the store.

The index is a snapshot of the database (NumPy arrays of coordinates plus the decoded rows),
rebuilt when the store's version number moves, so replicas never disagree for long and the
database stays the truth. A bounding box cuts the candidates before the exact haversine.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import numpy as np

from knowledge.directory.meeting_slots import ALWAYS, MeetingSlots, to_us
from knowledge.directory.query import DirectoryQuery
from knowledge.directory.schedules import next_meeting
from knowledge.directory.schema import Listing, Schedule, attendance_option
from knowledge.geo import EARTH_RADIUS_KM, haversine_np, region_keys

MULTI_FIELDS = ("formats", "languages", "populations", "cost", "accessibility", "topics")


@dataclass(frozen=True)
class ListingHit:
    """A listing found by `find`: its distance (None online or by phone) and next meeting."""

    listing: Listing
    distance_km: float | None
    next_meeting: dt.datetime | None = None


@dataclass
class Filters:
    """Every filter a search can take; an empty value means no restriction."""

    kinds: frozenset[str] = frozenset()
    formats: frozenset[str] = frozenset()
    attendance: frozenset[str] = frozenset()
    languages: frozenset[str] = frozenset()
    populations: frozenset[str] = frozenset()
    cost: frozenset[str] = frozenset()
    accessibility: frozenset[str] = frozenset()
    topics: frozenset[str] = frozenset()
    fellowships: frozenset[str] = frozenset()
    sources: frozenset[str] = frozenset()
    country: str = ""
    include_remote: bool = True
    include_demo: bool = True
    within_days: int | None = None
    hide_inactive: bool = True

    @classmethod
    def from_query(cls, query: DirectoryQuery) -> Filters:
        return cls.build(
            **{name: getattr(query, name) for name in FILTER_FIELDS if name != "hide_inactive"}
        )

    @classmethod
    def build(cls, **values: object) -> Filters:
        kwargs: dict[str, object] = {}
        for name, value in values.items():
            if value is None:
                continue
            if name in ("country",):
                kwargs[name] = str(value).strip().upper()
            elif name in ("include_remote", "include_demo", "within_days", "hide_inactive"):
                kwargs[name] = value
            else:
                items = [value] if isinstance(value, str) else list(value)  # type: ignore[arg-type]
                kwargs[name] = frozenset(_norm(v) for v in items if str(v).strip())
        return cls(**kwargs)  # type: ignore[arg-type]

    def accepts(self, row: dict) -> bool:
        if self.kinds and row.get("kind") not in self.kinds:
            return False
        if not self.include_demo and row.get("is_demo"):
            return False
        if self.fellowships and _norm(row.get("fellowship", "")) not in self.fellowships:
            return False
        if self.sources and _norm(row.get("source", "")) not in self.sources:
            return False
        if self.attendance or self.hide_inactive:
            option = attendance_option(row.get("formats", ()), row.get("status", "active"))
            if self.attendance:
                # a hybrid meeting is both in person and online, as the 12 Step Meeting List says
                have = {option, "in_person", "online"} if option == "hybrid" else {option}
                if not self.attendance & have:
                    return False
            elif option == "inactive":
                return False
        for name in MULTI_FIELDS:
            wanted = getattr(self, name)
            if not wanted:
                continue
            have = {_norm(v) for v in row.get(name, ())}
            if name == "formats" and "hybrid" in have:
                have |= {"in_person", "online"}
            if not wanted & have:
                return False
        return True


FILTER_FIELDS = tuple(f for f in Filters.__dataclass_fields__)


def _norm(value: object) -> str:
    return str(value).strip().lower().replace(" ", "_") if value is not None else ""


def _remote(row: dict) -> bool:
    formats = set(row.get("formats", ()))
    return bool(formats) and formats <= {"online", "phone"}


@dataclass
class SearchIndex:
    """A snapshot of the active listings at one store version."""

    version: int
    ids: list[str]
    rows: list[dict]
    lat: np.ndarray  # radians, NaN where the listing has no place
    lon: np.ndarray
    remote: np.ndarray
    lat_deg: np.ndarray = field(init=False)
    lon_deg: np.ndarray = field(init=False)
    schedules: dict[str, Schedule] = field(init=False, default_factory=dict)
    field_values: dict[str, tuple[str, ...]] = field(init=False, default_factory=dict)
    remote_order: list[int] = field(init=False)
    _region_keys: np.ndarray | None = field(init=False, default=None)
    _slots: MeetingSlots | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        self.lat_deg = np.degrees(self.lat)
        self.lon_deg = np.degrees(self.lon)
        self.remote_order = sorted(
            self.remote.nonzero()[0].tolist(), key=lambda i: self.rows[i].get("name", "")
        )

    def region_keys(self) -> np.ndarray:
        """Each row's state or province as "CC:admin1" (see `knowledge.geo.region_keys`),
        worked out on the first search of a whole region and kept for the snapshot's life."""
        if self._region_keys is None:
            self._region_keys = region_keys(
                [r.get("country", "") for r in self.rows],
                [r.get("region", "") for r in self.rows],
                self.lat_deg,
                self.lon_deg,
            )
        return self._region_keys

    def meeting_slots(self) -> MeetingSlots:
        """Every row's weekly meetings as arrays (`meeting_slots`), read on the first search
        by next meeting and kept for the snapshot's life."""
        if self._slots is None:
            self._slots = MeetingSlots.build(self.rows)
        return self._slots

    def remote_rows(self, filters: Filters, area_country: str) -> Iterator[int]:
        """Online and phone-only rows the filters keep, by name, lazily."""
        return (i for i in self.remote_order if self._remote_kept(i, filters, area_country))

    def soonest_remote_rows(
        self, filters: Filters, area_country: str, sort: str, limit: int, now: dt.datetime
    ) -> np.ndarray:
        """The online and phone-only rows that can be among the first `limit` of a search by
        time, in name order: every one timed and ranked in NumPy, then the filters checked
        in that order until `limit` pass (a row after them can never be shown)."""
        every = np.array(self.remote_order, dtype=np.int64)
        slots = self.meeting_slots()
        ranked = rank(
            slots.next_starts(every, now),
            np.full(len(every), np.inf),
            slots.kind[every] == ALWAYS,
            sort,
            len(every),
            filters,
            now,
        )
        chosen = []
        for position in ranked.tolist():
            if len(chosen) == limit:
                break
            if self._remote_kept(self.remote_order[position], filters, area_country):
                chosen.append(position)
        return every[np.sort(np.array(chosen, dtype=np.int64))]

    def _remote_kept(self, i: int, filters: Filters, area_country: str) -> bool:
        """One tied to a country shows only for that country."""
        row = self.rows[i]
        if row.get("country") and area_country and row["country"] != area_country:
            return False
        return filters.accepts(row)

    def next_for(self, row: dict, now: dt.datetime, person_tz: str | None) -> dt.datetime | None:
        """The row's next meeting; parsed schedules are kept for the life of the snapshot."""
        raw = row.get("schedule") or {}
        if raw.get("kind") not in ("weekly", "always"):
            return None
        schedule = self.schedules.get(row["id"])
        if schedule is None:
            schedule = self.schedules[row["id"]] = Schedule.model_validate(raw)
        return next_meeting(schedule, now, person_tz)

    def values(self, name: str) -> tuple[str, ...]:
        """The values one field takes across the snapshot, kept for its life (the page's
        filter choices ask on every rerun; at 100k listings a pass costs ~150 ms)."""
        found = self.field_values.get(name)
        if found is None:
            seen: set[str] = set()
            for row in self.rows:
                value = row.get(name)
                if isinstance(value, list):
                    seen.update(value)
                elif value:
                    seen.add(str(value))
            found = self.field_values[name] = tuple(sorted(seen, key=str.lower))
        return found

    @classmethod
    def build(cls, version: int, rows: Iterable[tuple[str, str]]) -> SearchIndex:
        ids, decoded = [], []
        for listing_id, data in rows:
            ids.append(listing_id)
            decoded.append(json.loads(data))
        lat = np.array([r.get("latitude", np.nan) or np.nan for r in decoded], dtype=np.float64)
        lon = np.array([r.get("longitude", np.nan) or np.nan for r in decoded], dtype=np.float64)
        # a latitude or longitude of exactly 0 is a real place: read it back from the row
        for i, row in enumerate(decoded):
            if row.get("latitude") == 0:
                lat[i] = 0.0
            if row.get("longitude") == 0:
                lon[i] = 0.0
        remote = np.array([_remote(r) for r in decoded], dtype=bool)
        return cls(version, ids, decoded, np.radians(lat), np.radians(lon), remote)

    def within(self, lat: float, lon: float, radius_km: float) -> tuple[np.ndarray, np.ndarray]:
        """Indices and distances (km) of placed listings within the radius."""
        dlat = math.degrees(radius_km / EARTH_RADIUS_KM)
        coslat = max(math.cos(math.radians(lat)), 1e-6)
        dlon = min(180.0, dlat / coslat)
        box = (self.lat_deg >= lat - dlat) & (self.lat_deg <= lat + dlat)
        if lon - dlon >= -180 and lon + dlon <= 180:
            box &= (self.lon_deg >= lon - dlon) & (self.lon_deg <= lon + dlon)
        candidates = np.flatnonzero(box)
        distances = haversine_np(lat, lon, self.lat[candidates], self.lon[candidates])
        keep = distances <= radius_km
        return candidates[keep], distances[keep]


def rank(
    when: np.ndarray,
    distance: np.ndarray,
    always: np.ndarray,
    sort: str,
    limit: int,
    filters: Filters,
    now: dt.datetime,
) -> np.ndarray:
    """Positions of the candidates to show, in order: the time window applied, then sorted
    by next meeting (or distance) and cut to `limit`.

    `when` holds each candidate's next start in UTC microseconds (`meeting_slots`), `distance`
    its kilometres (inf with no place), `always` whether it is open around the clock; ties
    keep the candidates' order.
    """
    keep = np.arange(len(when))
    if filters.within_days is not None:
        keep = np.flatnonzero(when <= to_us(now + dt.timedelta(days=filters.within_days)))
    if sort == "next_meeting":
        # services open around the clock are "now" for ever: list the real meetings first
        order = np.lexsort((distance[keep], when[keep], always[keep]))
    else:
        order = np.lexsort((when[keep], distance[keep]))
    return keep[order[:limit]]
