"""Insights widgets: charts that keep gaps as gaps, the year in pixels, the trackers, and
the one-page report to share."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TypeVar

import pandas as pd
import pyarrow as pa
import streamlit as st

from journal import Entry, Journal
from journal.insights import (
    Streaks,
    activity_comparison,
    emotion_counts,
    mood_by_activity,
    mood_by_weekday,
    mood_over_time,
    streaks,
    year_in_pixels,
)
from journal.report_pdf import ReportChoices, report_pdf
from journal.tracker_insights import mood_by_tracker, tracker_over_time
from journal.trackers import Tracker
from knowledge.resources import wording
from ui import insight_charts as charts
from ui.journal import session_memo as journal_memo

T = TypeVar("T")

ACTIVITY_COLUMNS = {
    "with_average": "mood with",
    "with_count": "check-ins with",
    "without_average": "mood without",
    "without_count": "check-ins without",
}


def session_memo(name: str, compute: Callable[[], T], *depends: object) -> T:
    """``compute()`` once per version of the entries (and ``depends``) and per day (streaks
    count up to today), under an ``insights_`` key; a rerun that changed nothing (a tick in
    the report panel) reuses the tables."""
    return journal_memo(f"insights_memo_{name}", compute, date.today(), *depends)


def _arrow(frame: pd.DataFrame) -> pa.Table:
    """A table as Streamlit sends it: converting a pandas frame to Arrow on every rerun was
    most of a warm rerun's time; a ready Arrow table is sent as it is."""
    return pa.Table.from_pandas(frame, preserve_index=False)


@dataclass(frozen=True)
class InsightTables:
    """Everything the page draws from the entries, made once per version of them."""

    over_time: pa.Table
    streaks: Streaks
    years: tuple[int, ...]
    weekdays: pa.Table
    weekday_order: list[str]
    activities: pa.Table  # long form, for the chart
    activity_order: list[str]
    activity_table: pa.Table  # wide, with the column names the person reads
    emotions: pa.Table


def insight_tables(entries: Sequence[Entry]) -> InsightTables:
    """The page's tables for ``entries``, reused on reruns until an entry changes."""
    return session_memo("tables", lambda: _make_tables(entries))


def _make_tables(entries: Sequence[Entry]) -> InsightTables:
    weekdays = mood_by_weekday(entries)
    activities = mood_by_activity(entries)
    return InsightTables(
        over_time=_arrow(mood_over_time(entries)),
        streaks=streaks(entries),
        years=tuple(
            sorted({e.occurred_at.year for e in entries if e.mood is not None}, reverse=True)
        ),
        weekdays=_arrow(weekdays),
        weekday_order=list(weekdays["weekday"]),
        activities=_arrow(activity_comparison(activities)),
        activity_order=list(activities["activity"]),
        activity_table=_arrow(activities.rename(columns=ACTIVITY_COLUMNS)),
        emotions=_arrow(emotion_counts(entries)),
    )


def pixels(entries: Sequence[Entry], years: Sequence[int]) -> None:
    """A year of moods, a square a day; blank where there was no check-in."""
    if not years:
        return
    year = st.selectbox("Year", options=years, key="insights_pixels_year")
    grid, months = session_memo("pixels", lambda: _pixel_grid(entries, year), year)
    st.vega_lite_chart(grid, charts.year_pixels(months), width="stretch")
    st.caption("Darker squares are better days; blank squares are days without a check-in.")


def _pixel_grid(entries: Sequence[Entry], year: int) -> tuple[pa.Table, list[str]]:
    grid = year_in_pixels(entries, year)
    return _arrow(grid), list(dict.fromkeys(grid["month"]))


def trackers_section(entries: Sequence[Entry], trackers: Sequence[Tracker]) -> None:
    over_time, by_answer = session_memo(
        "trackers", lambda: _tracker_tables(entries, trackers), tuple(trackers)
    )
    if not over_time.num_rows:
        st.info("Answer your trackers in a check-in to see them here.")
        return
    st.vega_lite_chart(over_time, charts.tracker_lines(), width="stretch")
    st.caption("Yes/no trackers show the share of a day's check-ins answered yes.")
    if by_answer.num_rows:
        st.markdown("**Mood by your trackers' answers**")
        st.dataframe(by_answer, hide_index=True, width="stretch")


def _tracker_tables(
    entries: Sequence[Entry], trackers: Sequence[Tracker]
) -> tuple[pa.Table, pa.Table]:
    by_answer = mood_by_tracker(entries, trackers).rename(
        columns={"average_mood": "average mood", "checkins": "check-ins"}
    )
    return _arrow(tracker_over_time(entries, trackers)), _arrow(by_answer)


def report_panel(journal: Journal, entries: Sequence[Entry], trackers: Sequence[Tracker]) -> None:
    """Pick a period and what goes in; the PDF is made only when downloaded."""
    st.write(wording.REPORT_INTRO)
    today = date.today()
    period = st.date_input(
        "Period",
        value=(today - timedelta(days=29), today),
        max_value=today,
        key="insights_report_period",
    )
    if not isinstance(period, tuple) or len(period) != 2:
        st.info("Choose the first and the last day of the period.")
        return
    left, right = st.columns(2)
    mood = left.checkbox("Mood over time", key="insights_report_mood")
    sleep = left.checkbox("Sleep", key="insights_report_sleep")
    checks = left.checkbox("Self-check scores (PHQ-9, GAD-7, WHO-5)", key="insights_report_checks")
    notes = left.checkbox("My notes (written words)", key="insights_report_notes")
    chosen = tuple(
        t.id for t in trackers if right.checkbox(t.name, key=f"insights_report_tracker_{t.id}")
    )
    choices = ReportChoices(period[0], period[1], mood, sleep, chosen, checks, notes)
    if notes:
        st.warning("Your notes will be in the report. Share it only with people you trust.")

    def make() -> bytes:
        return report_pdf(
            choices,
            entries,
            trackers,
            journal.self_checks(),
            title="Check-in summary",
            disclaimer=wording.REPORT_NOT_A_DIAGNOSIS,
        )

    st.download_button(
        "Download report (PDF)",
        data=make,
        file_name=f"check-in-summary-{period[0]}-{period[1]}.pdf",
        mime="application/pdf",
        key="insights_report_download",
        on_click="ignore",
    )
