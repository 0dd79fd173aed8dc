"""A check-in reminder for the person's own calendar: an .ics file, nothing sent from here.

One repeating event (RFC 5545 RRULE, daily or on chosen weekdays) at a chosen local time in
the person's time zone, with a display alarm (VALARM) at that time. A calendar may be seen
by others, so the wording is neutral by default ("Check in") and the person can change it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from icalendar import Alarm, Calendar, Event

from journal.errors import InvalidEntry

DEFAULT_TITLE = "Check in"
MAX_TITLE_CHARS = 80
BYDAY = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")  # Monday = 0, as date.weekday()
EVENT_MINUTES = 5


@dataclass(frozen=True)
class Reminder:
    """When to be reminded: ``weekdays`` (0 = Monday) or every day when empty."""

    at: time
    timezone: str
    weekdays: tuple[int, ...] = ()
    title: str = DEFAULT_TITLE

    def validated(self) -> Reminder:
        try:
            ZoneInfo(self.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            raise InvalidEntry(f"'{self.timezone}' isn't a time zone this server knows.") from None
        title = " ".join(self.title.split()) or DEFAULT_TITLE
        if len(title) > MAX_TITLE_CHARS:
            raise InvalidEntry(f"The reminder's name can be up to {MAX_TITLE_CHARS} characters.")
        if any(day not in range(7) for day in self.weekdays):
            raise InvalidEntry("Pick weekdays from Monday to Sunday.")
        days = tuple(sorted(set(self.weekdays)))
        return Reminder(self.at.replace(second=0, microsecond=0), self.timezone, days, title)


def reminder_ics(reminder: Reminder, start: date | None = None) -> bytes:
    """The .ics file: a calendar with one repeating event and its display alarm.

    ``start`` is the first day the reminder may fire (today by default); on weekdays the
    event starts on the first chosen weekday from then, as RFC 5545 wants DTSTART to be
    an occurrence.
    """
    valid = reminder.validated()
    zone = ZoneInfo(valid.timezone)
    first = start or datetime.now(zone).date()
    if valid.weekdays:
        while first.weekday() not in valid.weekdays:
            first += timedelta(days=1)
    begins = datetime.combine(first, valid.at, tzinfo=zone)

    calendar = Calendar()
    calendar.add("prodid", "-//Kindred//check-in reminder//EN")
    calendar.add("version", "2.0")
    event = Event()
    event.add("uid", f"{uuid.uuid4()}@kindred.invalid")
    event.add("dtstamp", datetime.now(ZoneInfo("UTC")).replace(microsecond=0))
    event.add("summary", valid.title)
    event.add("dtstart", begins)
    event.add("dtend", begins + timedelta(minutes=EVENT_MINUTES))
    event.add("transp", "TRANSPARENT")  # a reminder, not a busy slot
    rule: dict[str, object] = {"freq": "weekly" if valid.weekdays else "daily"}
    if valid.weekdays:
        rule["byday"] = [BYDAY[day] for day in valid.weekdays]
    event.add("rrule", rule)
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", valid.title)
    alarm.add("trigger", timedelta(0))
    event.add_component(alarm)
    calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()
