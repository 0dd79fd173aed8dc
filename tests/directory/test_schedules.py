"""Next meeting across daylight-saving changes (US, UK, Australia), and the .ics parsed back."""

from __future__ import annotations

import datetime as dt

import pytest
from icalendar import Calendar

from knowledge.directory.ics import listing_calendar
from knowledge.directory.schedules import describe, next_meeting
from knowledge.directory.schema import Listing, Meeting, Schedule

UTC = dt.UTC


def weekly(weekday: int, start: str, zone: str, minutes: int = 60) -> Schedule:
    meeting = Meeting(weekday=weekday, start=start, duration_minutes=minutes, timezone=zone)
    return Schedule(kind="weekly", meetings=(meeting,))


# (zone, weekday, start, now in UTC, expected start in UTC, expected local offset)
DST_TABLE = [
    # US: clocks go forward 8 Mar 2026 and back 1 Nov 2026
    ("America/Chicago", 1, "19:00", "2026-03-02T12:00", "2026-03-04T01:00", "-06:00"),
    ("America/Chicago", 1, "19:00", "2026-03-05T12:00", "2026-03-11T00:00", "-05:00"),
    ("America/Chicago", 1, "19:00", "2026-10-28T12:00", "2026-11-04T01:00", "-06:00"),
    (
        "America/New_York",
        6,
        "02:30",
        "2026-03-07T12:00",
        "2026-03-08T07:30",
        "-04:00",
    ),  # in the gap
    (
        "America/New_York",
        6,
        "01:30",
        "2026-10-31T12:00",
        "2026-11-01T05:30",
        "-04:00",
    ),  # first 01:30
    # UK: forward 29 Mar 2026, back 25 Oct 2026
    ("Europe/London", 0, "18:30", "2026-03-24T12:00", "2026-03-30T17:30", "+01:00"),
    ("Europe/London", 0, "18:30", "2026-10-20T12:00", "2026-10-26T18:30", "+00:00"),
    # Australia (Sydney): back 5 Apr 2026, forward 4 Oct 2026
    ("Australia/Sydney", 1, "10:00", "2026-03-30T00:00", "2026-03-30T23:00", "+11:00"),
    ("Australia/Sydney", 1, "10:00", "2026-04-01T00:00", "2026-04-07T00:00", "+10:00"),
    ("Australia/Sydney", 0, "19:00", "2026-10-01T00:00", "2026-10-05T08:00", "+11:00"),
    ("Australia/Perth", 0, "19:00", "2026-10-01T00:00", "2026-10-05T11:00", "+08:00"),  # no DST
]


@pytest.mark.parametrize(("zone", "weekday", "start", "now", "expected", "offset"), DST_TABLE)
def test_next_meeting_across_daylight_saving(zone, weekday, start, now, expected, offset):
    now_utc = dt.datetime.fromisoformat(now).replace(tzinfo=UTC)
    found = next_meeting(weekly(weekday, start, zone), now_utc, zone)
    assert found.astimezone(UTC) == dt.datetime.fromisoformat(expected).replace(tzinfo=UTC)
    assert found.isoformat().endswith(offset)


def test_shown_in_the_persons_zone_when_their_clocks_change_on_another_day():
    # London has left summer time (25 Oct) but New York has not yet (1 Nov): 4 hours apart.
    schedule = weekly(1, "19:00", "Europe/London")
    found = next_meeting(schedule, dt.datetime(2026, 10, 26, 12, tzinfo=UTC), "America/New_York")
    assert found.isoformat() == "2026-10-27T15:00:00-04:00"
    found = next_meeting(schedule, dt.datetime(2026, 11, 2, 12, tzinfo=UTC), "America/New_York")
    assert found.isoformat() == "2026-11-03T14:00:00-05:00"


def test_a_meeting_starting_now_is_next_and_one_that_started_is_not():
    schedule = weekly(1, "19:00", "UTC")
    start = dt.datetime(2026, 11, 24, 19, tzinfo=UTC)
    assert next_meeting(schedule, start) == start
    assert next_meeting(schedule, start + dt.timedelta(minutes=1)) == start + dt.timedelta(days=7)


def test_several_meetings_pick_the_soonest():
    schedule = Schedule(
        kind="weekly",
        meetings=(
            Meeting(weekday=4, start="09:00", timezone="Europe/London"),
            Meeting(weekday=2, start="20:00", timezone="America/Los_Angeles"),
        ),
    )
    found = next_meeting(schedule, dt.datetime(2026, 11, 24, 12, tzinfo=UTC))
    assert found == dt.datetime(2026, 11, 26, 4, tzinfo=UTC)


@pytest.mark.parametrize(
    ("schedule", "expected"),
    [
        (Schedule(kind="appointment"), None),
        (Schedule(kind="unknown", note="call"), None),
        (Schedule(kind="always"), "now"),
    ],
)
def test_other_schedules(schedule, expected):
    now = dt.datetime(2026, 1, 1, tzinfo=UTC)
    found = next_meeting(schedule, now)
    assert found == (now if expected == "now" else None)


def test_naive_now_is_refused_and_describe_reads_well():
    with pytest.raises(ValueError):
        next_meeting(weekly(0, "10:00", "UTC"), dt.datetime(2026, 1, 1))
    assert describe(weekly(1, "19:00", "America/Chicago", 90)) == (
        "Tuesdays 19:00-20:30 (America/Chicago)"
    )


def test_ics_parses_back_with_zone_rule_and_duration():
    listing = Listing(
        id="x",
        name="Evening Circle",
        kind="mutual_aid_group",
        formats=["in_person"],
        latitude=41.9,
        longitude=-87.6,
        city="Chicago",
        address="1 Example Street",
        is_demo=True,
        description="A <b>demo</b> group",
        schedule=Schedule(
            kind="weekly",
            meetings=(
                Meeting(weekday=1, start="19:00", duration_minutes=90, timezone="America/Chicago"),
                Meeting(weekday=5, start="10:00", duration_minutes=60, timezone="America/Chicago"),
            ),
        ),
    )
    raw = listing_calendar(listing, dt.datetime(2026, 3, 5, tzinfo=UTC))
    calendar = Calendar.from_ical(raw)
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 2
    first = events[0]
    start = first.decoded("dtstart")
    assert start.isoformat() == "2026-03-10T19:00:00-05:00"  # after the US change
    assert str(start.tzinfo) == "America/Chicago"
    assert first.decoded("duration") == dt.timedelta(minutes=90)
    assert first["rrule"]["FREQ"] == ["WEEKLY"] and first["rrule"]["BYDAY"] == ["TU"]
    assert "Demo listing" in str(first["description"])
    assert str(first["summary"]) == "Evening Circle"
    assert [tz["tzid"] for tz in calendar.walk("VTIMEZONE")] == ["America/Chicago"]
    assert events[1]["rrule"]["BYDAY"] == ["SA"]


def test_ics_needs_weekly_meetings():
    listing = Listing(id="y", name="Line", kind="peer_support_specialist", formats=["phone"])
    with pytest.raises(ValueError):
        listing_calendar(listing)
