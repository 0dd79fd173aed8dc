"""Every weekly meeting of a directory snapshot as arrays, so "soonest first" runs in NumPy.

`schedules.next_meeting` works one listing at a time (zone conversions per meeting in
Python). A "meets within 7 days" search asks for every candidate, and with the online groups
that is thousands: at 100,000 listings it was most of a 40-60 ms search (docs/benchmarks.md).
Here each weekly meeting is one slot (row, weekday, start as microseconds after midnight,
zone number), read once per snapshot. For one search each zone's UTC offset is read once:
where it stays the same from a day before `now` to eight days after (no daylight-saving
change), every local start maps to UTC by subtracting it; a zone whose clocks change in
that window is worked out slot by slot with `schedules.next_local_start`, the exact rule.
Times are whole microseconds since the Unix epoch (int64).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

import numpy as np

from knowledge.directory.schedules import next_local_start

NO_MEETING = np.iinfo(np.int64).max  # sorts after every real time
DAY_US = 86_400_000_000
WEEK_US = 7 * DAY_US
EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
EPOCH_WEEKDAY = 3  # 1 January 1970 was a Thursday
# The offset is sampled this often across the window: clocks never change twice within it.
SAMPLE_STEP = dt.timedelta(hours=6)
WINDOW = (dt.timedelta(days=-1), dt.timedelta(days=8))
OTHER, WEEKLY, ALWAYS = 0, 1, 2
MEMO_DAYS = 512


def to_us(when: dt.datetime) -> int:
    """An aware datetime as whole microseconds since the epoch."""
    return (when - EPOCH) // dt.timedelta(microseconds=1)


def from_us(micros: int) -> dt.datetime:
    return EPOCH + dt.timedelta(microseconds=micros)


def _start_us(start: str) -> int:
    moment = dt.time.fromisoformat(start)
    seconds = moment.hour * 3600 + moment.minute * 60 + moment.second
    return seconds * 1_000_000 + moment.microsecond


@dataclass
class MeetingSlots:
    """The weekly meetings of a snapshot's rows; `next_starts` answers for many rows at once."""

    kind: np.ndarray  # per row: OTHER, WEEKLY or ALWAYS
    first: np.ndarray  # per row + 1: where the row's slots start (slots are grouped by row)
    weekday: np.ndarray  # per slot, 0 = Monday
    start_us: np.ndarray  # per slot, local time after midnight
    zone: np.ndarray  # per slot, a number into `zones`
    zones: list[str]
    # (zone number, UTC day) -> the zone's offset in microseconds, or None when its clocks
    # change within the window; the same for every search that day.
    _offsets: dict[tuple[int, int], int | None] = field(default_factory=dict, repr=False)

    @classmethod
    def build(cls, rows: Sequence[dict]) -> MeetingSlots:
        """From stored listing rows (validated on the way in, so read as they are)."""
        kinds, first, weekdays, starts, zones = [], [0], [], [], []
        numbers: dict[str, int] = {}
        for row in rows:
            schedule = row.get("schedule") or {}
            kind = schedule.get("kind")
            meetings = (schedule.get("meetings") or ()) if kind == "weekly" else ()
            kinds.append(ALWAYS if kind == "always" else WEEKLY if meetings else OTHER)
            for meeting in meetings:
                weekdays.append(meeting["weekday"])
                starts.append(_start_us(meeting["start"]))
                zones.append(numbers.setdefault(meeting["timezone"], len(numbers)))
            first.append(len(weekdays))
        return cls(
            np.array(kinds, dtype=np.int8),
            np.array(first, dtype=np.int64),
            np.array(weekdays, dtype=np.int64),
            np.array(starts, dtype=np.int64),
            np.array(zones, dtype=np.int64),
            list(numbers),
        )

    def next_starts(self, rows: np.ndarray, now: dt.datetime) -> np.ndarray:
        """The next start (UTC microseconds) of each of these rows at or after `now`.

        A 24/7 service is available `now`; a row with no weekly meeting gets NO_MEETING.
        """
        if now.tzinfo is None:
            raise ValueError("now must be timezone-aware")
        now_us = to_us(now)
        kinds = self.kind[rows]
        found = np.full(len(rows), NO_MEETING, dtype=np.int64)
        found[kinds == ALWAYS] = now_us
        weekly = np.flatnonzero(kinds == WEEKLY)
        if not len(weekly):
            return found
        begin, end = self.first[rows[weekly]], self.first[rows[weekly] + 1]
        counts = end - begin
        ends = np.cumsum(counts)
        # every slot of these rows, row by row: a CSR gather
        slots = np.repeat(begin - (ends - counts), counts) + np.arange(ends[-1])
        starts = self._slot_starts(slots, now, now_us)
        found[weekly] = np.minimum.reduceat(starts, ends - counts)
        return found

    def _slot_starts(self, slots: np.ndarray, now: dt.datetime, now_us: int) -> np.ndarray:
        zone = self.zone[slots]
        used = np.unique(zone)
        offsets = np.zeros(len(self.zones), dtype=np.int64)
        changing = []
        for number in used.tolist():
            offset = self._offset(number, now)
            if offset is None:
                changing.append(number)
            else:
                offsets[number] = offset
        local_now = now_us + offsets[zone]
        day = local_now // DAY_US
        ahead = (self.weekday[slots] - (day + EPOCH_WEEKDAY)) % 7
        local = day * DAY_US + ahead * DAY_US + self.start_us[slots]
        local += WEEK_US * (local < local_now)  # started already today: next week's
        starts = local - offsets[zone]
        if changing:
            exact = np.flatnonzero(np.isin(zone, changing))
            starts[exact] = self._exact(slots[exact], now)
        return starts

    def _offset(self, number: int, now: dt.datetime) -> int | None:
        """The zone's offset if it holds over the window around `now`, else None."""
        key = (number, to_us(now) // DAY_US)
        if key in self._offsets:
            return self._offsets[key]
        zone = ZoneInfo(self.zones[number])
        day = EPOCH + dt.timedelta(days=key[1])
        # the whole of `now`'s UTC day and the window after its last instant
        moment, last = day + WINDOW[0], day + dt.timedelta(days=1) + WINDOW[1]
        seen = set()
        while moment <= last:
            seen.add(moment.astimezone(zone).utcoffset())
            moment += SAMPLE_STEP
        [offset] = seen if len(seen) == 1 else [None]
        if len(self._offsets) >= MEMO_DAYS:
            self._offsets.clear()
        found = self._offsets[key] = (
            None if offset is None else offset // dt.timedelta(microseconds=1)
        )
        return found

    def _exact(self, slots: np.ndarray, now: dt.datetime) -> list[int]:
        """Slot by slot with the exact rule, once per distinct (zone, weekday, start)."""
        memo: dict[tuple[int, int, int], int] = {}
        out = []
        for zone, weekday, start in zip(
            self.zone[slots].tolist(),
            self.weekday[slots].tolist(),
            self.start_us[slots].tolist(),
            strict=True,
        ):
            key = (zone, weekday, start)
            if key not in memo:
                moment = (dt.datetime.min + dt.timedelta(microseconds=start)).time()
                memo[key] = to_us(next_local_start(weekday, moment, self.zones[zone], now))
            out.append(memo[key])
        return out
