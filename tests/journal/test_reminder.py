"""The check-in reminder .ics, parsed back with icalendar: rule, alarm and time zone."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from itertools import islice
from zoneinfo import ZoneInfo

import pytest
from dateutil.rrule import rrulestr
from icalendar import Calendar

from journal import InvalidEntry
from journal.reminder import DEFAULT_TITLE, Reminder, reminder_ics


def _event(data: bytes):
    calendar = Calendar.from_ical(data)
    [event] = calendar.walk("VEVENT")
    return calendar, event


def test_a_daily_reminder_repeats_every_day_with_a_display_alarm():
    calendar, event = _event(
        reminder_ics(Reminder(time(20, 30), "Europe/London"), date(2026, 3, 2))
    )
    assert event["SUMMARY"] == DEFAULT_TITLE == "Check in"
    assert event["RRULE"]["FREQ"] == ["DAILY"]
    assert "BYDAY" not in event["RRULE"]
    [alarm] = event.walk("VALARM")
    assert alarm["ACTION"] == "DISPLAY"
    assert alarm["TRIGGER"].dt == timedelta(0)
    assert event["DTSTART"].dt == datetime(2026, 3, 2, 20, 30, tzinfo=ZoneInfo("Europe/London"))
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/London"]


def test_chosen_weekdays_give_a_weekly_rule_starting_on_the_first_of_them():
    # 2 March 2026 is a Monday; Tuesday and Saturday chosen: the first is Tuesday 3 March
    _, event = _event(
        reminder_ics(Reminder(time(8, 0), "America/New_York", (5, 1)), date(2026, 3, 2))
    )
    assert event["RRULE"]["FREQ"] == ["WEEKLY"]
    assert event["RRULE"]["BYDAY"] == ["TU", "SA"]
    assert event["DTSTART"].dt.date() == date(2026, 3, 3)


def test_the_local_time_holds_across_a_clock_change():
    """8 pm in London stays 8 pm after the clocks go forward (29 March 2026): in UTC the
    reminder moves from 20:00 to 19:00, and the file's own VTIMEZONE says so."""
    calendar, event = _event(
        reminder_ics(Reminder(time(20, 0), "Europe/London"), date(2026, 3, 27))
    )
    start = event["DTSTART"].dt
    occurrences = list(islice(rrulestr(event["RRULE"].to_ical().decode(), dtstart=start), 5))
    assert [o.strftime("%d %H:%M") for o in occurrences] == [
        "27 20:00", "28 20:00", "29 20:00", "30 20:00", "31 20:00",
    ]  # fmt: skip
    [vtimezone] = calendar.walk("VTIMEZONE")
    zone_in_file = vtimezone.to_tz()
    in_utc = [o.replace(tzinfo=zone_in_file).astimezone(UTC).hour for o in occurrences]
    assert in_utc == [20, 20, 19, 19, 19]


def test_the_wording_is_the_persons_own_and_tidied():
    _, event = _event(reminder_ics(Reminder(time(7, 15), "Asia/Tokyo", title="  Tea   break ")))
    assert event["SUMMARY"] == "Tea break"
    [alarm] = event.walk("VALARM")
    assert alarm["DESCRIPTION"] == "Tea break"
    _, blank = _event(reminder_ics(Reminder(time(7, 15), "Asia/Tokyo", title="   ")))
    assert blank["SUMMARY"] == "Check in"


@pytest.mark.parametrize(
    ("reminder", "message"),
    [
        (Reminder(time(9, 0), "Mars/Olympus_Mons"), "time zone"),
        (Reminder(time(9, 0), "UTC", (7,)), "Monday to Sunday"),
        (Reminder(time(9, 0), "UTC", title="x" * 81), "up to 80"),
    ],
)
def test_bad_reminders_are_refused_kindly(reminder, message):
    with pytest.raises(InvalidEntry, match=message):
        reminder_ics(reminder)
