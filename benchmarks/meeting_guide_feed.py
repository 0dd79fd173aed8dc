"""A realistic Meeting Guide feed, generated, then imported and searched.

`python -m benchmarks.meeting_guide_feed [--meetings 2000] [--keep FILE]` writes a feed shaped
like a large intergroup's (several states, weekly and multi-day meetings, online and hybrid
ones, type codes from the spec table, some meetings with an address but no coordinates),
times `import_feed` on it in a fresh store, prints the summary and runs a search.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import tempfile
import time
from pathlib import Path

from knowledge.directory import import_feed, open_directory
from knowledge.directory.meeting_guide import type_table
from settings import Settings

STATES = ("OR", "WA", "IL", "NY", "TX", "GA")
TIMES = ("06:30", "07:00", "12:00", "12:15", "17:30", "18:00", "19:00", "19:30", "20:00", "21:00")
FORMAT_CODES = ("O", "C", "D", "B", "ST", "SP", "BE", "MED", "LIT", "W", "M", "Y", "LGBTQ", "S", "X", "XB", "ASL", "TC")  # fmt: skip


def generate(meetings: int, seed: int = 2026) -> list[dict]:
    import zipcodes

    rng = random.Random(seed)
    places = [
        z
        for state in STATES
        for z in zipcodes.filter_by(state=state, zip_code_type="STANDARD")
        if z["lat"] and z["long"] and z["timezone"]
    ]
    rng.shuffle(places)
    places = places[:400]  # a few hundred neighbourhoods, several meetings each
    codes = list(type_table())
    items = []
    for n in range(meetings):
        place = rng.choice(places)
        kind = rng.random()
        item: dict = {
            "name": f"Example Group {n}",
            "slug": f"example-group-{n}",
            "day": rng.randrange(7) if rng.random() < 0.8 else sorted(rng.sample(range(7), 3)),
            "time": rng.choice(TIMES),
            "timezone": place["timezone"],
            "types": sorted(set(rng.sample(FORMAT_CODES, 2) + rng.sample(codes, 1))),
            "updated": f"2026-{rng.randint(1, 10):02d}-{rng.randint(1, 28):02d} 10:00:00",
            "entity": "Example Intergroup of Alcoholics Anonymous",
            "entity_url": "https://example.org",
            "region": place["county"],
            "notes": "Enter by the <b>side</b> door." if rng.random() < 0.2 else "",
        }
        if rng.random() < 0.7:
            item["end_time"] = (
                dt.datetime.strptime(item["time"], "%H:%M")
                + dt.timedelta(minutes=rng.choice((60, 90)))
            ).strftime("%H:%M")
        if kind < 0.2:  # online only
            item["conference_url"] = f"https://example.org/meet/{n}"
            item["conference_phone"] = "(555) 555-0100"
            item["city"], item["state"], item["approximate"] = place["city"], place["state"], "yes"
        else:
            item["location"] = f"Example Hall {n % 97}"
            item["address"] = f"{rng.randint(1, 999)} Example St"
            item["city"], item["state"], item["postal_code"] = (
                place["city"],
                place["state"],
                place["zip_code"],
            )
            item["country"] = "US"
            if rng.random() < 0.85:  # the rest are placed offline from their ZIP code
                item["latitude"] = round(float(place["lat"]) + rng.uniform(-0.01, 0.01), 5)
                item["longitude"] = round(float(place["long"]) + rng.uniform(-0.01, 0.01), 5)
            if kind > 0.85:
                item["conference_url"] = f"https://example.org/meet/{n}"
        items.append(item)
    return items


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--meetings", type=int, default=2000)
    parser.add_argument("--keep", type=Path, help="also write the feed here")
    args = parser.parse_args(argv)
    items = generate(args.meetings)
    with tempfile.TemporaryDirectory() as folder:
        feed = Path(folder) / "feed.json"
        feed.write_text(json.dumps(items), encoding="utf-8")
        if args.keep:
            args.keep.write_text(json.dumps(items, indent=1), encoding="utf-8")
        directory = open_directory(Settings(data_dir=Path(folder)))
        started = time.perf_counter()
        report = import_feed(
            feed, format="meeting-guide", source="Example Intergroup", directory=directory
        )
        first = time.perf_counter() - started
        started = time.perf_counter()
        again = import_feed(
            feed, format="meeting-guide", source="Example Intergroup", directory=directory
        )
        second = time.perf_counter() - started
        print(f"Meeting Guide feed: {len(items):,} meetings, {feed.stat().st_size / 1e6:.1f} MB")
        print(f"first import: {first:.2f} s -> {report.summary()}")
        print(f"re-import (nothing changed): {second:.2f} s -> {again.summary()}")
        now = dt.datetime(2026, 11, 24, 17, tzinfo=dt.UTC)
        place = next(i for i in items if "latitude" in i)
        query = f"{place['city']}, {place['state']}"
        searches = (
            ("nearest in person", {"include_remote": False}),
            ("soonest within 2 days, online included", {"within_days": 2, "sort": "next_meeting"}),
        )
        for label, options in searches:
            started = time.perf_counter()
            hits = directory.find(query, radius_km=15, now=now, limit=5, **options)
            took = (time.perf_counter() - started) * 1000
            print(f"\nfind({query!r}, radius 15 km) {label}: {took:.1f} ms")
            for hit in hits:
                where = f"{hit.distance_km:.1f} km" if hit.distance_km is not None else "online"
                print(f"  {hit.next_meeting:%a %H:%M %Z}  {where:>8}  {hit.listing.name}")


if __name__ == "__main__":
    main()
