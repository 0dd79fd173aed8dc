"""Chart data from decrypted entries: mood over time, by weekday, by activity, and streaks.

Plain tables (pandas) so the page only draws them. Notes (no mood) are left out of averages.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

import pandas as pd

from journal.checkin import Entry

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def mood_over_time(entries: Sequence[Entry]) -> pd.DataFrame:
    """One row per day with a check-in: the day's average mood, how many check-ins, the
    person's own words for those moods (``own_words``, from an import, often empty), and
    ``run``, which numbers each stretch of consecutive days: a chart draws one line per run,
    so a day without check-ins is a gap, never a line guessed across it."""
    by_day = _moods_by_day(entries)
    days = sorted(by_day)
    return pd.DataFrame(
        {
            "day": pd.to_datetime(days),
            "mood": [by_day[d].average for d in days],
            "checkins": [len(by_day[d].moods) for d in days],
            "own_words": [by_day[d].own_words for d in days],
            "run": day_runs(days),
        }
    )


@dataclass
class _DayMoods:
    moods: list[int] = field(default_factory=list)
    words: dict[str, None] = field(default_factory=dict)  # in order, without repeats

    @property
    def average(self) -> float:
        return sum(self.moods) / len(self.moods)

    @property
    def own_words(self) -> str:
        return ", ".join(self.words)


def _moods_by_day(entries: Sequence[Entry], year: int | None = None) -> dict[date, _DayMoods]:
    by_day: dict[date, _DayMoods] = defaultdict(_DayMoods)
    for entry in entries:
        day = entry.checkin.occurred_at.date()
        if entry.checkin.mood is None or (year is not None and day.year != year):
            continue
        by_day[day].moods.append(entry.checkin.mood)
        if entry.checkin.mood_label:
            by_day[day].words[entry.checkin.mood_label] = None
    return by_day


def day_runs(days: Sequence[date]) -> list[int]:
    """For sorted days, the number of the run of consecutive days each belongs to."""
    runs: list[int] = []
    for index, day in enumerate(days):
        if index == 0:
            runs.append(0)
        else:
            gap = day - days[index - 1] > timedelta(days=1)
            runs.append(runs[-1] + 1 if gap else runs[-1])
    return runs


def year_in_pixels(entries: Sequence[Entry], year: int) -> pd.DataFrame:
    """Every day of a year as a month x day-of-month cell, with its average mood (None on a
    day without a check-in, which the page leaves blank rather than guessing) and the
    person's own words for the day's moods."""
    by_day = _moods_by_day(entries, year)
    days = pd.date_range(date(year, 1, 1), date(year, 12, 31), freq="D")
    found = {pd.Timestamp(d): m for d, m in by_day.items()}
    return pd.DataFrame(
        {
            "date": days.strftime("%Y-%m-%d"),
            "month": days.strftime("%b"),
            "day": days.day,
            "mood": [m.average if (m := found.get(d)) else None for d in days],
            "own_words": [m.own_words if (m := found.get(d)) else "" for d in days],
        }
    )


def mood_by_weekday(entries: Sequence[Entry]) -> pd.DataFrame:
    """Average mood for each weekday, Monday first; days without check-ins have count 0."""
    sums, counts = [0] * 7, [0] * 7
    for entry in entries:
        if entry.checkin.mood is not None:
            weekday = entry.checkin.occurred_at.weekday()
            sums[weekday] += entry.checkin.mood
            counts[weekday] += 1
    return pd.DataFrame(
        {
            "weekday": list(WEEKDAYS),
            "average_mood": [s / c if c else None for s, c in zip(sums, counts, strict=True)],
            "checkins": counts,
        }
    )


def mood_by_activity(entries: Sequence[Entry]) -> pd.DataFrame:
    """For each activity: average mood on check-ins with it and without it, with counts.

    ``difference`` (with minus without) sorts what tends to go with better days first. It
    shows a pattern, not a cause; the page says so.
    """
    moods = [(e.checkin.mood, set(e.checkin.activities)) for e in entries if e.checkin.mood]
    total, count = sum(m for m, _ in moods), len(moods)
    with_sum: dict[str, int] = defaultdict(int)
    with_count: dict[str, int] = defaultdict(int)
    for mood, activities in moods:
        for activity in activities:
            with_sum[activity] += mood
            with_count[activity] += 1
    rows = []
    for activity, n in with_count.items():
        without_n = count - n
        with_avg = with_sum[activity] / n
        without_avg = (total - with_sum[activity]) / without_n if without_n else None
        rows.append(
            {
                "activity": activity,
                "with_average": with_avg,
                "with_count": n,
                "without_average": without_avg,
                "without_count": without_n,
                "difference": with_avg - without_avg if without_avg is not None else None,
            }
        )
    columns = [
        "activity", "with_average", "with_count", "without_average", "without_count", "difference",
    ]  # fmt: skip
    frame = pd.DataFrame(rows, columns=columns)
    return frame.sort_values(["difference", "with_count"], ascending=False, na_position="last")


def activity_comparison(activities: pd.DataFrame) -> pd.DataFrame:
    """``mood_by_activity`` in long form for a side-by-side chart: one row per activity and
    ``when`` ("with" or "without"), leaving out a side with no check-ins."""
    long = activities.melt(
        id_vars=["activity"],
        value_vars=["with_average", "without_average"],
        var_name="when",
        value_name="average_mood",
    ).dropna()
    long["when"] = long["when"].map({"with_average": "with", "without_average": "without"})
    return long.reset_index(drop=True)


@dataclass(frozen=True)
class Streaks:
    current: int  # consecutive days up to today (or yesterday: today isn't over yet)
    longest: int
    days_last_30: int


def streaks(entries: Sequence[Entry], today: date | None = None) -> Streaks:
    """Counts, never reproaches: a missed day simply starts a new run."""
    today = today or date.today()
    days = {e.checkin.occurred_at.date() for e in entries}
    longest = run = 0
    previous: date | None = None
    for day in sorted(days):
        run = run + 1 if previous is not None and day - previous == timedelta(days=1) else 1
        longest = max(longest, run)
        previous = day
    current = 0
    cursor = today if today in days else today - timedelta(days=1)
    while cursor in days:
        current += 1
        cursor -= timedelta(days=1)
    recent = sum(1 for d in days if today - timedelta(days=29) <= d <= today)
    return Streaks(current=current, longest=longest, days_last_30=recent)


def emotion_counts(entries: Sequence[Entry]) -> pd.DataFrame:
    counts: dict[str, int] = defaultdict(int)
    for entry in entries:
        for emotion in entry.checkin.emotions:
            counts[emotion] += 1
    frame = pd.DataFrame(sorted(counts.items()), columns=["emotion", "count"])
    return frame.sort_values("count", ascending=False)


def calendar_month(entries: Sequence[Entry], year: int, month: int) -> pd.DataFrame:
    """Every day of a month placed on a weekday × week grid, with its average mood if any."""
    first = date(year, month, 1)
    following = date(year + month // 12, month % 12 + 1, 1)
    by_day: dict[date, list[int]] = defaultdict(list)
    written: set[date] = set()
    for entry in entries:
        day = entry.checkin.occurred_at.date()
        if first <= day < following:
            written.add(day)
            if entry.checkin.mood is not None:
                by_day[day].append(entry.checkin.mood)
    rows = []
    day = first
    while day < following:
        moods = by_day.get(day)
        rows.append(
            {
                "day": day.day,
                "date": day.isoformat(),
                "weekday": WEEKDAYS[day.weekday()][:3],
                "week": (day.day + first.weekday() - 1) // 7,
                "mood": sum(moods) / len(moods) if moods else None,
                "entries": day in written,
            }
        )
        day += timedelta(days=1)
    return pd.DataFrame(rows)
