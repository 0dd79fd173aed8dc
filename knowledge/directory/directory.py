"""The directory: open it from settings, find listings near a place."""

from __future__ import annotations

import datetime as dt
import math
import threading
from collections.abc import Iterator
from itertools import islice

import numpy as np
from sqlalchemy import Engine

from knowledge.directory import feed_sources, store
from knowledge.directory.meeting_slots import ALWAYS, NO_MEETING, to_us
from knowledge.directory.query import DirectoryQuery, Near
from knowledge.directory.schedules import next_meeting
from knowledge.directory.schema import FROM_STORE, Listing
from knowledge.directory.search import Filters, ListingHit, SearchIndex, rank
from knowledge.directory.verified import verified_listings, verified_rows
from knowledge.geo import Place, locate_or_raise
from settings import Settings


class Directory:
    """Listings in the store plus the verified national lines, searchable by place."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._index: SearchIndex | None = None
        self._lock = threading.Lock()

    def index(self) -> SearchIndex:
        """The in-memory snapshot, rebuilt when another writer moved the store's version."""
        version = store.read_version(self.engine)
        current = self._index
        if current is not None and current.version == version:
            return current
        with self._lock:
            if self._index is None or self._index.version != version:
                self._index = SearchIndex.build(version, store.active_rows(self.engine))
            return self._index

    def place(self, near: Near, country: str | None = None) -> Place | None:
        """Resolve what a person typed; unknown places raise PlaceNotFound with suggestions."""
        if near is None or isinstance(near, Place):
            return near
        if isinstance(near, tuple):
            lat, lon = near
            return Place(name="", lat=float(lat), lon=float(lon), country=country or "")
        if not near.strip():
            return None
        return locate_or_raise(near, country)

    def find(self, query: DirectoryQuery | Near = None, **fields: object) -> list[ListingHit]:
        """Listings near a place, nearest first (or soonest meeting first).

        `query` is a `DirectoryQuery`, or the place with the query's other fields as keywords
        (`find("Chicago", radius_km=10)`). Online and phone-only listings come after the
        placed ones (distance None) when `include_remote`; those tied to a country show only
        for that country.
        """
        query = DirectoryQuery.of(query, **fields)
        place = self.place(query.near, query.country)
        filters = Filters.from_query(query)
        radius_km, limit, sort = query.radius_km, query.limit, query.sort
        if place is not None and place.kind == "region":
            radius_km = max(radius_km, place.extent_km)  # the whole state or province
        now = query.now or dt.datetime.now(dt.UTC)
        tz = query.person_tz or (place.timezone if place and place.timezone else None)
        area_country = (place.country if place and place.country else "") or filters.country
        index = self.index()
        placed: list[int] = []  # rows with a place, and their distances (None: no place given)
        distances: list[float | None] = []
        if place is not None:
            found, km = index.within(place.lat, place.lon, radius_km)
            if place.kind == "region":  # its reach crosses borders: keep its own listings
                inside = index.region_keys()[found] == f"{place.country}:{place.region}"
                found, km = found[inside], km[inside]
            for i, distance in zip(found.tolist(), km.tolist(), strict=True):
                row = index.rows[i]
                if filters.country and row.get("country", "") != filters.country:
                    continue
                if not index.remote[i] and filters.accepts(row):
                    placed.append(i)
                    distances.append(round(distance, 2))
        elif filters.country:
            for i, row in enumerate(index.rows):
                local = not index.remote[i] and row.get("country") == filters.country
                if local and filters.accepts(row):
                    placed.append(i)
                    distances.append(None)
        if sort != "distance" or filters.within_days is not None:
            return self._by_time(index, placed, distances, filters, area_country, query, now, tz)
        # Only the hits shown are built: the cheap sort runs on the raw rows.
        candidates = [(index.rows[i], d) for i, d in zip(placed, distances, strict=True)]
        candidates.sort(key=lambda c: (c[1] if c[1] is not None else 0.0, c[0]["name"]))
        remote = self._remote(index, filters, area_country)
        if place:  # nearest first, then lines and online groups
            chosen = candidates[:limit] + list(islice(remote, max(0, limit - len(candidates))))
        else:  # with no place, distance means nothing: lines and online groups lead
            chosen = (list(islice(remote, limit)) + candidates)[:limit]
        return [self._hit(row, distance, now, tz) for row, distance in chosen]

    @staticmethod
    def _by_time(
        index: SearchIndex,
        placed: list[int],
        distances: list[float | None],
        filters: Filters,
        area_country: str,
        query: DirectoryQuery,
        now: dt.datetime,
        tz: str | None,
    ) -> list[ListingHit]:
        """Candidates kept by a time window or sorted by next meeting: every candidate's next
        start worked out at once in NumPy (`meeting_slots`), exactly again for the hits."""
        lines = list(Directory._lines(filters, area_country))
        online = (
            index.soonest_remote_rows(filters, area_country, query.sort, query.limit, now)
            if filters.include_remote
            else np.empty(0, dtype=np.int64)
        )
        slots = index.meeting_slots()
        rows = np.concatenate([np.array(placed, dtype=np.int64), online])
        indexed = slots.next_starts(rows, now)
        line_times = [index.next_for(row, now, tz) for row in lines]
        # candidates in order: placed rows, the country's lines, online and phone rows
        when = np.concatenate(
            [
                indexed[: len(placed)],
                np.array([NO_MEETING if t is None else to_us(t) for t in line_times], np.int64),
                indexed[len(placed) :],
            ]
        )
        always = np.concatenate(
            [
                slots.kind[rows[: len(placed)]] == ALWAYS,
                np.array([_always(row) for row in lines], dtype=bool),
                slots.kind[online] == ALWAYS,
            ]
        )
        km = [math.inf if d is None else d for d in distances]
        distance = np.array(km + [math.inf] * (len(lines) + len(online)), dtype=np.float64)
        hits = []
        for position in rank(when, distance, always, query.sort, query.limit, filters, now):
            if position < len(placed):
                row, shown = index.rows[placed[position]], distances[position]
            elif position < len(placed) + len(lines):
                row, shown = lines[position - len(placed)], None
            else:
                row, shown = index.rows[online[position - len(placed) - len(lines)]], None
            listing = Listing.model_validate(row, context=FROM_STORE)
            hits.append(ListingHit(listing, shown, index.next_for(row, now, tz)))
        return hits

    @staticmethod
    def _lines(filters: Filters, area_country: str) -> Iterator[dict]:
        """The country's verified lines the filters keep."""
        if filters.include_remote:
            yield from (row for row in verified_rows(area_country) if filters.accepts(row))

    @staticmethod
    def _remote(
        index: SearchIndex, filters: Filters, area_country: str
    ) -> Iterator[tuple[dict, None]]:
        """Verified lines of the country, then online/phone listings by name, lazily."""
        if not filters.include_remote:
            return
        for row in Directory._lines(filters, area_country):
            yield row, None
        for i in index.remote_rows(filters, area_country):
            yield index.rows[i], None

    @staticmethod
    def _hit(row: dict, distance: float | None, now: dt.datetime, tz: str | None) -> ListingHit:
        listing = Listing.model_validate(row, context=FROM_STORE)
        when = None
        if listing.schedule.kind in ("weekly", "always"):
            when = next_meeting(listing.schedule, now, tz)
        return ListingHit(listing=listing, distance_km=distance, next_meeting=when)

    def values(self, field: str) -> list[str]:
        """The values of one field (fellowship, languages, ...) that the listings use."""
        return list(self.index().values(field))

    def get(self, listing_id: str) -> Listing | None:
        if listing_id.startswith("verified:"):
            country = listing_id.split(":")[1]
            return next((v for v in verified_listings(country) if v.id == listing_id), None)
        return store.get(self.engine, listing_id)

    def listings(self, **where: object) -> list[Listing]:
        """Every active stored listing (optionally by a column: source, kind, country)."""
        return [
            Listing.model_validate_json(data) for _, data in store.active_rows(self.engine, **where)
        ]

    def feeds(self) -> dict[str, feed_sources.FeedSource]:
        """The feeds refreshed from a URL, by source name: when each was last refreshed."""
        return {feed.source: feed for feed in feed_sources.all_sources(self.engine)}

    def count(self) -> int:
        return store.count(self.engine)

    def is_empty(self) -> bool:
        """No active listing stored, read from the snapshot: a COUNT scans the whole table."""
        return not self.index().rows


def open_directory(settings: Settings | None = None) -> Directory:
    """The directory in the configured store (SQLite in the data folder, or DATABASE_URL)."""
    settings = settings or Settings.from_env()
    if not settings.database_url:
        settings.ensure_data_dir()
    return Directory(store.make_engine(settings.store_url))


def _always(row: dict) -> bool:
    return (row.get("schedule") or {}).get("kind") == "always"
