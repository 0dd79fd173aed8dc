"""Insights that tell the truth: gaps stay gaps, trackers over time, mood by tracker, and
a year in pixels."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from journal import CheckIn, Entry
from journal.insights import day_runs, mood_over_time, year_in_pixels
from journal.tracker_insights import mood_by_tracker, tracker_over_time
from journal.trackers import Tracker

MEDS = Tracker("a" * 32, "Took my medication", "yes_no")
ANXIETY = Tracker("b" * 32, "Anxiety", "scale")
OUTSIDE = Tracker("c" * 32, "Time outside", "number", "min")
START = date(2026, 5, 1)


def _entry(offset: int, mood: int | None, hour: int = 20, **values) -> Entry:
    when = datetime.combine(START + timedelta(days=offset), datetime.min.time()).replace(hour=hour)
    checkin = CheckIn(mood=mood, note="n", occurred_at=when, trackers=values)
    return Entry(id=f"{offset}-{hour}", checkin=checkin, created_at=when, updated_at=when)


@pytest.mark.parametrize(
    ("offsets", "runs"),
    [
        ([0, 1, 2], [0, 0, 0]),
        ([0, 1, 5, 6, 30], [0, 0, 1, 1, 2]),
        ([0, 2, 4], [0, 1, 2]),
        ([], []),
    ],
)
def test_consecutive_days_share_a_run_and_a_missing_day_starts_a_new_one(offsets, runs):
    assert day_runs([START + timedelta(days=o) for o in offsets]) == runs


def test_mood_over_time_never_bridges_days_without_check_ins():
    frame = mood_over_time([_entry(0, 3), _entry(1, 4), _entry(40, 2), _entry(41, 5, hour=9)])
    assert frame["run"].tolist() == [0, 0, 1, 1]
    assert len(frame) == 4  # no invented rows for the 38 days between


def test_several_check_ins_a_day_average_within_the_day():
    frame = mood_over_time([_entry(0, 1, hour=8), _entry(0, 5, hour=21)])
    assert frame[["mood", "checkins"]].values.tolist() == [[3.0, 2]]


def test_tracker_values_over_time_average_each_day_and_keep_gaps():
    entries = [
        _entry(0, 3, hour=8, **{MEDS.id: False}),
        _entry(0, 4, hour=20, **{MEDS.id: True, OUTSIDE.id: 30}),
        _entry(1, 4, **{MEDS.id: True}),
        _entry(5, 2, **{MEDS.id: True, OUTSIDE.id: 10}),
    ]
    frame = tracker_over_time(entries, [MEDS, OUTSIDE])
    meds = frame[frame["tracker"] == MEDS.name]
    assert meds["value"].tolist() == [0.5, 1.0, 1.0]
    assert meds["run"].tolist() == [0, 0, 1]
    outside = frame[frame["tracker"] == OUTSIDE.name]
    assert outside["value"].tolist() == [30.0, 10.0] and outside["run"].tolist() == [0, 1]


def test_mood_by_tracker_groups_by_answer_and_splits_numbers_at_the_median():
    entries = [
        _entry(0, 2, **{MEDS.id: False, ANXIETY.id: 5, OUTSIDE.id: 0}),
        _entry(1, 4, **{MEDS.id: True, ANXIETY.id: 2, OUTSIDE.id: 60}),
        _entry(2, 5, **{MEDS.id: True, ANXIETY.id: 2, OUTSIDE.id: 45}),
        _entry(3, None, **{MEDS.id: False}),  # a note: no mood, not averaged
    ]
    rows = mood_by_tracker(entries, [MEDS, ANXIETY, OUTSIDE])
    got = {(r.tracker, r.answer): (r.average_mood, r.checkins) for r in rows.itertuples()}
    assert got == {
        ("Took my medication", "no"): (2.0, 1),
        ("Took my medication", "yes"): (4.5, 2),
        ("Anxiety", "2 of 5"): (4.5, 2),
        ("Anxiety", "5 of 5"): (2.0, 1),
        ("Time outside", "under 45 min"): (2.0, 1),
        ("Time outside", "at or over 45 min"): (4.5, 2),
    }


def test_trackers_without_values_give_empty_tables_with_their_columns():
    assert mood_by_tracker([_entry(0, 3)], [MEDS]).empty
    frame = tracker_over_time([_entry(0, 3)], [MEDS])
    assert frame.empty and list(frame.columns) == ["tracker", "day", "value", "run"]


def test_year_in_pixels_has_every_day_and_leaves_days_without_check_ins_blank():
    frame = year_in_pixels([_entry(0, 1, hour=8), _entry(0, 4), _entry(3, 5)], 2026)
    assert len(frame) == 365
    day = frame.set_index("date")
    assert day.loc["2026-05-01", "mood"] == 2.5
    assert day.loc["2026-05-04", "mood"] == 5
    assert day["mood"].isna().sum() == 363
    assert (day.loc["2026-05-04", "month"], day.loc["2026-05-04", "day"]) == ("May", 4)
    assert len(year_in_pixels([], 2028)) == 366
