"""Chart data: mood over time, by weekday, by activity, and streaks without guilt."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from journal import CheckIn, Entry
from journal.insights import (
    emotion_counts,
    mood_by_activity,
    mood_by_weekday,
    mood_over_time,
    streaks,
)


def _entry(day: date, mood: int | None, activities=(), emotions=(), hour: int = 20) -> Entry:
    when = datetime.combine(day, datetime.min.time()).replace(hour=hour)
    checkin = CheckIn(
        mood=mood,
        note="n",
        activities=tuple(activities),
        emotions=tuple(emotions),
        occurred_at=when,
    )
    return Entry(id=f"{day}{hour}", checkin=checkin, created_at=when, updated_at=when)


MONDAY = date(2026, 11, 2)
ENTRIES = [
    _entry(MONDAY, 2, ["work"], ["tired"]),
    _entry(MONDAY, 4, ["walk outside"], ["calm"], hour=9),
    _entry(MONDAY + timedelta(days=1), 5, ["walk outside", "friends"], ["joyful", "calm"]),
    _entry(MONDAY + timedelta(days=2), 1, ["work"]),
    _entry(MONDAY + timedelta(days=3), None),  # a note: no mood, left out of averages
]


def test_mood_over_time_averages_each_day():
    frame = mood_over_time(ENTRIES)
    assert frame["mood"].tolist() == [3.0, 5.0, 1.0]
    assert frame["checkins"].tolist() == [2, 1, 1]


def test_mood_by_weekday_lists_every_day_monday_first():
    frame = mood_by_weekday(ENTRIES)
    assert frame["weekday"].tolist()[0] == "Monday" and len(frame) == 7
    assert frame["average_mood"].tolist()[:3] == [3.0, 5.0, 1.0]
    assert frame["checkins"].tolist() == [2, 1, 1, 0, 0, 0, 0]


@pytest.mark.parametrize(
    ("activity", "with_avg", "with_n", "without_avg", "without_n"),
    [
        ("walk outside", 4.5, 2, 1.5, 2),
        ("work", 1.5, 2, 4.5, 2),
        ("friends", 5.0, 1, 7 / 3, 3),
    ],
)
def test_mood_with_and_without_each_activity(activity, with_avg, with_n, without_avg, without_n):
    frame = mood_by_activity(ENTRIES).set_index("activity")
    row = frame.loc[activity]
    assert (row.with_average, row.with_count, row.without_count) == (with_avg, with_n, without_n)
    assert row.without_average == pytest.approx(without_avg)
    assert row.difference == pytest.approx(with_avg - without_avg)


def test_activities_that_go_with_better_days_come_first():
    assert mood_by_activity(ENTRIES)["activity"].tolist() == ["walk outside", "friends", "work"]


def test_emotion_counts():
    frame = emotion_counts(ENTRIES)
    assert frame.iloc[0].tolist() == ["calm", 2]


@pytest.mark.parametrize(
    ("offsets", "today_offset", "current", "longest", "last_30"),
    [
        ([], 0, 0, 0, 0),
        ([0, 1, 2], 2, 3, 3, 3),  # today included
        ([0, 1, 2], 3, 3, 3, 3),  # today not yet: yesterday's run still counts
        ([0, 1, 2], 4, 0, 3, 3),  # a missed day simply starts a new run
        ([0, 1, 5, 6, 7, 8], 8, 4, 4, 6),
        ([0, 40], 40, 1, 1, 1),
    ],
)
def test_streaks(offsets, today_offset, current, longest, last_30):
    entries = [_entry(MONDAY + timedelta(days=o), 3) for o in offsets]
    result = streaks(entries, today=MONDAY + timedelta(days=today_offset))
    assert (result.current, result.longest, result.days_last_30) == (current, longest, last_30)


@pytest.mark.parametrize(
    ("text", "crisis"),
    [
        ("I want to kill myself", True),
        ("I've been thinking about suicide", True),
        ("everyone would be better off dead without me", True),
        ("I don’t want to be alive anymore", True),
        ("I hurt myself again last night", True),
        ("I want to end it all", True),
        ("the deadline is killing me", False),
        ("I finished the book about grief", False),
        ("tired but okay, walked the dog", False),
    ],
)
def test_the_lexicon_alone_still_reads_a_note(text: str, crisis: bool):
    """The note check falls back to the lexicon when the learned layer fails."""
    from knowledge.safety import assess

    assert assess(text, use_embeddings=False).is_crisis is crisis
