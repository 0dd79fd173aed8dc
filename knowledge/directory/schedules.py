"""When does a group meet next? Wall-clock times in the group's zone, shown in the person's.

A weekly meeting is a local time in an IANA zone ("19:00 every Tuesday, America/Chicago"), so
it stays at 19:00 local across daylight-saving changes while its UTC instant moves.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from knowledge.directory.schema import Meeting, Schedule

UTC = dt.UTC
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _local(start: dt.time, zone: ZoneInfo, day: dt.date) -> dt.datetime:
    """A start on `day`; a time skipped by a spring-forward lands just after the gap."""
    naive = dt.datetime.combine(day, start)
    return naive.replace(tzinfo=zone).astimezone(UTC).astimezone(zone)


def next_local_start(weekday: int, start: dt.time, timezone: str, now: dt.datetime) -> dt.datetime:
    """The next start at or after `now` of a meeting held every `weekday` at `start` local
    time in `timezone`, in that zone (the rule `meeting_slots` vectorizes)."""
    zone = ZoneInfo(timezone)
    today = now.astimezone(zone).date()
    for offset in range(8):
        day = today + dt.timedelta(days=offset)
        if day.weekday() != weekday:
            continue
        found = _local(start, zone, day)
        if found >= now:
            return found
    raise AssertionError("a weekly meeting always recurs within eight days")


def next_start(meeting: Meeting, now: dt.datetime) -> dt.datetime:
    """The next start of one weekly meeting at or after `now`, in the meeting's zone."""
    return next_local_start(meeting.weekday, meeting.start, meeting.timezone, now)


def next_meeting(
    schedule: Schedule, now: dt.datetime | None = None, person_tz: str | None = None
) -> dt.datetime | None:
    """The soonest start, in the person's zone (UTC when not given).

    A 24/7 service is available `now`; by-appointment and unknown schedules have no next time.
    """
    now = now or dt.datetime.now(UTC)
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    target = ZoneInfo(person_tz) if person_tz else UTC
    if schedule.kind == "always":
        return now.astimezone(target)
    if schedule.kind != "weekly" or not schedule.meetings:
        return None
    soonest = min(next_start(m, now) for m in schedule.meetings)
    return soonest.astimezone(target)


def describe(schedule: Schedule) -> str:
    """One line of plain text a person can read: "Tuesdays 19:00-20:30 (America/Chicago)"."""
    if schedule.kind == "always":
        return "Open 24 hours, every day"
    if schedule.kind == "appointment":
        return "By appointment" + (f" ({schedule.note})" if schedule.note else "")
    if schedule.kind == "unknown":
        return schedule.note or "Ask for times"
    parts = []
    for meeting in schedule.meetings:
        end = (
            dt.datetime.combine(dt.date(2000, 1, 3), meeting.start)
            + dt.timedelta(minutes=meeting.duration_minutes)
        ).time()
        parts.append(
            f"{WEEKDAY_NAMES[meeting.weekday]}s {meeting.start:%H:%M}-{end:%H:%M} ({meeting.timezone})"
        )
    return "; ".join(parts)


def format_when(when: dt.datetime, now: dt.datetime | None = None) -> str:
    """ "Today 19:00", "Tomorrow 07:30" or "Thu 12 Mar 19:00", with the zone's abbreviation."""
    now = (now or dt.datetime.now(UTC)).astimezone(when.tzinfo)
    days = (when.date() - now.date()).days
    day = "Today" if days == 0 else "Tomorrow" if days == 1 else f"{when:%a %d %b}"
    return f"{day} {when:%H:%M} {when.tzname() or ''}".strip()
