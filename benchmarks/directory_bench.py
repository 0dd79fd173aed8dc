"""Directory search speed: `python -m benchmarks.directory_bench [--quick]`.

Builds a store of synthetic listings (100k, or 20k with --quick) around real city centres of
the US, Canada, the UK and Australia, then times `Directory.find` against a brute-force NumPy
haversine over every row. Target: find p50 under 10 ms at 100k listings.

Then a 2,000-meeting Meeting Guide feed served over loopback HTTP is refreshed twice: the
second refresh of the unchanged feed must cost one conditional request (a 304), timed
against re-importing the same file, which checks every record.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import statistics
import tempfile
import time
from pathlib import Path

import numpy as np

from benchmarks.meeting_guide_feed import generate
from knowledge.directory import (
    DirectoryQuery,
    Listing,
    add_feed,
    import_feed,
    open_directory,
    refresh_feeds,
    store,
)
from knowledge.directory.meeting_slots import MeetingSlots
from knowledge.directory.search import haversine_np
from knowledge.geo import Place, _gazetteer
from loopback_servers import running_feed_server
from settings import Settings

COUNTRIES = ("US", "CA", "GB", "AU")
KINDS = ("mutual_aid_group", "peer_support_specialist", "community_clinic", "peer_respite")
LANGUAGES = ("English", "Spanish", "French", "Polish", "Arabic")
REGIONS = ("Ontario", "British Columbia", "Texas", "Oregon", "Scotland", "Victoria",
           "New South Wales", "Quebec", "Illinois", "Wales")  # fmt: skip


def cities(min_population: int = 20_000) -> list[Place]:
    gaz = _gazetteer()
    return [
        Place(
            name=gaz.names[i],
            lat=float(np.degrees(gaz.lats[i])),
            lon=float(np.degrees(gaz.lons[i])),
            country=gaz.countries[i],
            region=gaz.regions[i],
            population=gaz.populations[i],
            timezone=gaz.timezones[i],
        )
        for i in range(len(gaz.names))
        if gaz.countries[i] in COUNTRIES and gaz.populations[i] >= min_population
    ]


def synthetic(n: int, places: list[Place], rng: random.Random) -> list[Listing]:
    listings = []
    for i in range(n):
        place = rng.choice(places)
        online = rng.random() < 0.03
        meeting = {
            "weekday": rng.randrange(7),
            "start": rng.choice(("10:00", "18:00", "19:30")),
            "duration_minutes": 60,
            "timezone": place.timezone,
        }
        record = {
            "id": f"bench-{i}",
            "name": f"Bench listing {i}",
            "kind": "online_group" if online else rng.choice(KINDS),
            "formats": ["online"] if online else ["in_person"],
            "languages": rng.sample(LANGUAGES, 2),
            "topics": [rng.choice(("anxiety", "depression", "loneliness"))],
            "schedule": {"kind": "weekly", "meetings": [meeting]},
            "country": place.country,
            "source": "bench",
            "is_demo": True,
        }
        if not online:
            record["latitude"] = place.lat + rng.uniform(-0.1, 0.1)
            record["longitude"] = place.lon + rng.uniform(-0.1, 0.1)
        listings.append(Listing.model_validate(record))
    return listings


def timed(fn, repeats: list) -> list[float]:
    out = []
    for args in repeats:
        started = time.perf_counter()
        fn(*args)
        out.append((time.perf_counter() - started) * 1000)
    return out


def row(label: str, ms: list[float]) -> str:
    ordered = sorted(ms)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    return (
        f"| {label:<52} | {statistics.median(ms):8.2f} | {p95:8.2f} | {statistics.fmean(ms):8.2f} |"
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="20k listings, fewer queries")
    args = parser.parse_args(argv)
    n, queries = (20_000, 60) if args.quick else (100_000, 300)
    rng = random.Random(7)
    places = cities()
    with tempfile.TemporaryDirectory() as folder:
        directory = open_directory(Settings(data_dir=Path(folder)))
        started = time.perf_counter()
        listings = synthetic(n, places, rng)
        store.write(directory.engine, listings, [], [])
        load_s = time.perf_counter() - started
        started = time.perf_counter()
        index = directory.index()
        build_s = time.perf_counter() - started
        started = time.perf_counter()
        MeetingSlots.build(index.rows)
        slots_s = time.perf_counter() - started
        points = [rng.choice(places) for _ in range(queries)]
        now = dt.datetime(2026, 11, 24, 12, tzinfo=dt.UTC)
        sizes = [len(directory.find(p, include_remote=False, now=now)) for p in points]

        def baseline(place: Place) -> np.ndarray:
            d = haversine_np(place.lat, place.lon, index.lat, index.lon)
            inside = np.flatnonzero(d <= 25)
            return inside[np.argsort(d[inside])][:50]

        results = [
            (
                "NumPy haversine over every row (baseline, ids only)",
                timed(baseline, [(p,) for p in points]),
            ),
            (
                "find(place, 25 km), nearest 50",
                timed(lambda p: directory.find(p, now=now), [(p,) for p in points]),
            ),
            (
                "find + kinds and languages filters",
                timed(
                    lambda p: directory.find(
                        p, kinds=["mutual_aid_group"], languages=["Spanish"], now=now
                    ),
                    [(p,) for p in points],
                ),
            ),
            (
                "find(DirectoryQuery) + attendance in person or hybrid",
                timed(
                    lambda p: directory.find(
                        DirectoryQuery(near=p, attendance=("in_person", "hybrid"), now=now)
                    ),
                    [(p,) for p in points],
                ),
            ),
            (
                "find, meets within 7 days, soonest first",
                timed(
                    lambda p: directory.find(p, within_days=7, sort="next_meeting", now=now),
                    [(p,) for p in points],
                ),
            ),
            (
                'find("City, ST" text) incl. offline geocoding',
                timed(lambda p: directory.find(p.label, now=now), [(p,) for p in points[:50]]),
            ),
            (
                'find("Ontario", ...) a whole state or province',
                timed(
                    lambda name: directory.find(name, now=now),
                    [(name,) for name in REGIONS * (queries // 50)],
                ),
            ),
            (
                "store version check (one SELECT)",
                timed(lambda: store.read_version(directory.engine), [()] * queries),
            ),
        ]
    print(
        f"\nDirectory search over {n:,} listings ({len(places):,} city centres, {queries} queries)"
    )
    print(
        f"synthetic load + insert: {load_s:.1f} s; index build per process: {build_s * 1000:.0f} ms"
    )
    print(
        f"weekly meetings as arrays (once per snapshot, on the first search by next meeting): "
        f"{slots_s * 1000:.0f} ms"
    )
    print(f"hits within 25 km per query: median {statistics.median(sizes):.0f}, max {max(sizes)}\n")
    print(f"| {'operation':<52} | {'p50 ms':>8} | {'p95 ms':>8} | {'mean ms':>8} |")
    print(f"|{'-' * 54}|{'-' * 10}|{'-' * 10}|{'-' * 10}|")
    for label, ms in results:
        print(row(label, ms))
    p50 = statistics.median(results[1][1])
    print(f"\nTarget find p50 < 10 ms: {'met' if p50 < 10 else 'NOT met'} ({p50:.2f} ms)")
    feed_refresh_rows(meetings=2_000)


def feed_refresh_rows(meetings: int) -> None:
    """First refresh imports the feed; the second, unchanged, is one request answered 304."""
    body = json.dumps(generate(meetings)).encode()
    with tempfile.TemporaryDirectory() as folder, running_feed_server(body) as (feed, url):
        directory = open_directory(Settings(data_dir=Path(folder)))
        add_feed(directory, url, "meeting-guide", "Bench intergroup")
        started = time.perf_counter()
        [first] = refresh_feeds(directory)
        first_ms = (time.perf_counter() - started) * 1000
        feed.requests.clear()
        started = time.perf_counter()
        [again] = refresh_feeds(directory)
        again_ms = (time.perf_counter() - started) * 1000
        requests = len(feed.requests)
        path = Path(folder) / "feed.json"
        path.write_bytes(body)
        started = time.perf_counter()
        import_feed(path, "meeting-guide", "Bench intergroup", directory=directory)
        baseline_ms = (time.perf_counter() - started) * 1000
    print(f"\nFeed refresh, {meetings:,} meetings over loopback HTTP ({len(body) / 1e6:.1f} MB)\n")
    print(f"| {'operation':<52} | {'ms':>8} | {'requests':>8} |")
    print(f"|{'-' * 54}|{'-' * 10}|{'-' * 10}|")
    print(f"| {'re-import the same file (baseline)':<52} | {baseline_ms:8.1f} | {'-':>8} |")
    print(f"| {'first refresh: ' + first.outcome:<52} | {first_ms:8.1f} | {first.requests:>8} |")
    print(
        f"| {'refresh of the unchanged feed: ' + again.outcome:<52} | {again_ms:8.1f} | {requests:>8} |"
    )
    verdict = "met" if requests == 1 and again.outcome == "unchanged" else "NOT met"
    print(f"\nTarget one conditional request for an unchanged feed: {verdict} ({requests})")
    print(f"unchanged refresh / re-import: {again_ms / baseline_ms:.3f}")


if __name__ == "__main__":
    main()
