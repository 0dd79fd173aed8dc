"""Chart data for the person's own trackers: values over time, and mood alongside them.

Like ``journal.insights``: plain tables for the page to draw, days without a value are
gaps (``run`` numbers each stretch of consecutive days), and a pattern is never a cause.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from statistics import median

import pandas as pd

from journal.checkin import Entry
from journal.insights import day_runs
from journal.trackers import Tracker

OVER_TIME_COLUMNS = ["tracker", "day", "value", "run"]
BY_TRACKER_COLUMNS = ["tracker", "answer", "average_mood", "checkins"]


def tracker_over_time(entries: Sequence[Entry], trackers: Sequence[Tracker]) -> pd.DataFrame:
    """One row per tracker and day with a value: the day's average (yes counts as 1, so a
    yes/no tracker shows the share of that day's check-ins answered yes)."""
    names: list[str] = []
    days: list[date] = []
    values: list[float] = []
    runs: list[int] = []
    for tracker in trackers:
        by_day: dict[date, list[float]] = defaultdict(list)
        for entry in entries:
            value = entry.checkin.trackers.get(tracker.id)
            if value is not None:
                by_day[entry.checkin.occurred_at.date()].append(float(value))
        ordered = sorted(by_day)
        names += [tracker.name] * len(ordered)
        days += ordered
        values += [sum(by_day[d]) / len(by_day[d]) for d in ordered]
        runs += day_runs(ordered)
    frame = {"tracker": names, "day": pd.to_datetime(days), "value": values, "run": runs}
    return pd.DataFrame(frame, columns=OVER_TIME_COLUMNS)


def mood_by_tracker(entries: Sequence[Entry], trackers: Sequence[Tracker]) -> pd.DataFrame:
    """Average mood of the check-ins grouped by each tracker's answer.

    Yes/no and 1-5 trackers group by their answer; a number splits at its median into
    "under" and "at or over", so a few odd values do not make a row each.
    """
    rows = []
    for tracker in trackers:
        pairs = [
            (entry.checkin.mood, entry.checkin.trackers[tracker.id])
            for entry in entries
            if entry.checkin.mood is not None and tracker.id in entry.checkin.trackers
        ]
        if not pairs:
            continue
        groups: dict[str, list[int]] = defaultdict(list)
        middle = median(float(v) for _, v in pairs) if tracker.kind == "number" else 0.0
        for mood, value in pairs:
            groups[_answer(tracker, value, middle)].append(mood)
        for answer in sorted(groups):
            moods = groups[answer]
            rows.append(
                {
                    "tracker": tracker.name,
                    "answer": answer,
                    "average_mood": sum(moods) / len(moods),
                    "checkins": len(moods),
                }
            )
    return pd.DataFrame(rows, columns=BY_TRACKER_COLUMNS)


def _answer(tracker: Tracker, value: float | int | bool, middle: float) -> str:
    if tracker.kind == "number":
        limit = tracker.describe(middle)
        return f"at or over {limit}" if value >= middle else f"under {limit}"
    return tracker.describe(value)
