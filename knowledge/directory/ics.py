"""“Add to calendar”: a listing's weekly meetings as an iCalendar file (RFC 5545).

Each meeting is one recurring event in its own IANA zone (with the VTIMEZONE included), so
calendars keep it at the same local time across daylight-saving changes.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from knowledge.directory.schedules import next_start
from knowledge.directory.schema import Listing
from knowledge.resources.wording import DEMO_LISTING_BADGE

RRULE_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def has_calendar(listing: Listing) -> bool:
    return listing.schedule.kind == "weekly" and bool(listing.schedule.meetings)


def listing_calendar(listing: Listing, now: dt.datetime | None = None) -> bytes:
    """The .ics bytes for a listing with weekly meetings (ValueError otherwise)."""
    if not has_calendar(listing):
        raise ValueError("This listing has no regular meeting times to add to a calendar.")
    now = now or dt.datetime.now(dt.UTC)
    calendar = Calendar()
    calendar.add("prodid", "-//Kindred//Directory//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", listing.name)
    where = ", ".join(p for p in (listing.location_name, listing.address, listing.city) if p)
    details = [listing.description, listing.notes]
    if listing.is_demo:
        details.insert(0, DEMO_LISTING_BADGE)
    if listing.conference_url:
        details.append(f"Join online: {listing.conference_url}")
    for n, meeting in enumerate(listing.schedule.meetings):
        start = next_start(meeting, now)
        event = Event()
        event.add("uid", f"{listing.id}#{n}@kindred")
        event.add("summary", listing.name)
        event.add("dtstart", start.replace(tzinfo=ZoneInfo(meeting.timezone)))
        event.add("duration", dt.timedelta(minutes=meeting.duration_minutes))
        event.add("rrule", {"freq": "weekly", "byday": RRULE_DAYS[meeting.weekday]})
        event.add("dtstamp", now)
        if where:
            event.add("location", where)
        event.add("description", "\n\n".join(d for d in details if d))
        if listing.url:
            event.add("url", listing.url)
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()
