"""Next meetings worked out in NumPy agree with the one-listing rule, across clock changes."""

from __future__ import annotations

import datetime as dt
import math
import random

import numpy as np
import pytest

from knowledge.directory import import_feed
from knowledge.directory.meeting_slots import NO_MEETING, MeetingSlots, from_us, to_us
from knowledge.directory.schedules import next_meeting
from knowledge.directory.schema import Listing
from tests.directory.conftest import write_json
from tests.directory.test_schedules import DST_TABLE

UTC = dt.UTC
# Whole-hour, half-hour and 45-minute offsets; Lord Howe moves its clocks by 30 minutes;
# Santiago and Sydney change in the southern spring, London and Chicago in the northern.
ZONES = (
    "America/Chicago",
    "America/New_York",
    "America/St_Johns",
    "America/Santiago",
    "Europe/London",
    "Australia/Sydney",
    "Australia/Lord_Howe",
    "Asia/Kolkata",
    "Pacific/Chatham",
    "UTC",
)
# 02:30 falls in a spring-forward gap and 01:30 twice in a fall-back in several zones.
STARTS = ("00:00", "01:30", "02:00", "02:30", "09:15", "19:00", "23:59")


def _row(*meetings: tuple[int, str, str], kind: str = "weekly") -> dict:
    schedule = {
        "kind": kind,
        "meetings": [{"weekday": d, "start": s, "timezone": z} for d, s, z in meetings],
    }
    listing = Listing.model_validate(
        {
            "id": "x",
            "name": "Group",
            "kind": "online_group",
            "formats": ["online"],
            "schedule": schedule,
        }
    )
    return listing.model_dump(mode="json")


def _exact(schedules: list, now: dt.datetime) -> list[int]:
    found = [next_meeting(schedule, now) for schedule in schedules]
    return [NO_MEETING if when is None else to_us(when) for when in found]


@pytest.mark.parametrize(("zone", "weekday", "start", "now", "expected", "offset"), DST_TABLE)
def test_the_daylight_saving_table(zone, weekday, start, now, expected, offset):
    slots = MeetingSlots.build([_row((weekday, start, zone))])
    found = slots.next_starts(np.array([0]), dt.datetime.fromisoformat(now).replace(tzinfo=UTC))
    assert from_us(int(found[0])) == dt.datetime.fromisoformat(expected).replace(tzinfo=UTC)


def test_every_zone_weekday_and_start_agrees_with_next_meeting_around_clock_changes():
    rng = random.Random(21)
    rows = [_row((d, s, z)) for z in ZONES for d in range(7) for s in STARTS]
    # rows with two or three meetings in different zones, open all hours, and by appointment
    for _ in range(60):
        picks = [(rng.randrange(7), rng.choice(STARTS), rng.choice(ZONES)) for _ in range(3)]
        rows.append(_row(*picks[: rng.randint(2, 3)]))
    rows += [_row(kind="always"), _row(kind="appointment")]
    schedules = [Listing.model_validate(row).schedule for row in rows]
    slots = MeetingSlots.build(rows)
    every = np.arange(len(rows))
    checked = 0
    # Every 7 hours 13 minutes over the months these zones change their clocks in 2026
    # (March-April, September-November), so each change is crossed at many phases.
    for first, last in ((dt.date(2026, 2, 25), dt.date(2026, 4, 12)),
                        (dt.date(2026, 8, 30), dt.date(2026, 11, 8))):  # fmt: skip
        now = dt.datetime.combine(first, dt.time(0, 0, 7, 500), tzinfo=UTC)
        while now.date() <= last:
            found = slots.next_starts(every, now)
            assert found.tolist() == _exact(schedules, now), now
            checked += 1
            now += dt.timedelta(hours=7, minutes=13)
    assert checked > 350
    assert found[-2] == to_us(now - dt.timedelta(hours=7, minutes=13))  # always: now
    assert found[-1] == NO_MEETING


def test_a_meeting_starting_now_is_next_and_one_that_started_is_not():
    slots = MeetingSlots.build([_row((1, "19:00", "America/Chicago"))])
    start = dt.datetime(2026, 11, 24, 19, tzinfo=dt.timezone(dt.timedelta(hours=-6)))
    assert slots.next_starts(np.array([0]), start)[0] == to_us(start)
    later = start + dt.timedelta(microseconds=1)
    assert slots.next_starts(np.array([0]), later)[0] == to_us(start + dt.timedelta(days=7))


def test_rows_are_answered_in_the_order_asked_and_naive_now_is_refused():
    rows = [_row((0, "10:00", "UTC")), _row(kind="unknown"), _row((3, "10:00", "UTC"))]
    slots = MeetingSlots.build(rows)
    now = dt.datetime(2026, 11, 23, 12, tzinfo=UTC)  # a Monday, after the Monday meeting
    found = slots.next_starts(np.array([2, 1, 0, 2]), now)
    assert [from_us(int(t)) if t != NO_MEETING else None for t in found] == [
        dt.datetime(2026, 11, 26, 10, tzinfo=UTC),
        None,
        dt.datetime(2026, 11, 30, 10, tzinfo=UTC),
        dt.datetime(2026, 11, 26, 10, tzinfo=UTC),
    ]
    with pytest.raises(ValueError):
        slots.next_starts(np.array([0]), dt.datetime(2026, 11, 23, 12))


def test_soonest_first_search_matches_sorting_every_hit_by_its_next_meeting(directory, tmp_path):
    """The NumPy ranking against the hits of a distance search, sorted with the exact rule."""
    rng = random.Random(5)
    zones = ("America/Chicago", "America/New_York", "America/Denver", "America/Los_Angeles")
    records = []
    for i in range(300):
        online = i % 4 == 0
        kind = "always" if i % 25 == 0 else "appointment" if i % 31 == 0 else "weekly"
        meetings = [
            {"weekday": rng.randrange(7), "start": f"{rng.randrange(24):02d}:{rng.choice((0, 30)):02d}",
             "timezone": rng.choice(zones)}
            for _ in range(rng.randint(1, 2))
        ]  # fmt: skip
        record = {
            "id": f"g{i}",
            "name": f"Group {i:03d}",
            "kind": "online_group" if online else "mutual_aid_group",
            "formats": ["online"] if online else ["in_person"],
            "country": "US",
            "schedule": {"kind": kind, "meetings": meetings if kind == "weekly" else []},
        }
        if not online:
            record |= {"latitude": 41.88 + rng.uniform(-0.2, 0.2), "longitude": -87.63}
        records.append(record)
    report = import_feed(write_json(tmp_path / "g.json", records), format="json", source="t",
                         directory=directory)  # fmt: skip
    assert report.ok, report.rejected
    now = dt.datetime(2026, 10, 30, 17, 45, tzinfo=UTC)  # US clocks go back in two days
    place = (41.88, -87.63)
    every = directory.find(place, radius_km=40, limit=1000, now=now, country="US")
    horizon = now + dt.timedelta(days=3)
    expected = sorted(
        (h for h in every if h.next_meeting is not None and h.next_meeting <= horizon),
        key=lambda h: (
            h.listing.schedule.kind == "always",
            h.next_meeting,
            math.inf if h.distance_km is None else h.distance_km,
        ),
    )
    found = directory.find(
        place, radius_km=40, limit=40, now=now, country="US", within_days=3, sort="next_meeting"
    )
    assert [(h.listing.id, h.next_meeting) for h in found] == [
        (h.listing.id, h.next_meeting) for h in expected[:40]
    ]
    assert len(found) == 40 and found[-1].listing.schedule.kind == "weekly"
    by_distance = directory.find(place, radius_km=40, limit=15, now=now, within_days=3)
    expected = sorted(expected, key=lambda h: math.inf if h.distance_km is None else h.distance_km)
    assert [h.listing.id for h in by_distance] == [h.listing.id for h in expected[:15]]
