"""Insights widgets: charts that keep gaps as gaps, the year in pixels, the trackers, and
the one-page report to share."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import TypeVar

import streamlit as st

from journal import Entry, Journal
from journal.insights import year_in_pixels
from journal.report_pdf import ReportChoices, report_pdf
from journal.tracker_insights import mood_by_tracker, tracker_over_time
from journal.trackers import Tracker
from knowledge.resources import wording
from ui import insight_charts as charts
from ui.journal import entries_version

T = TypeVar("T")


def session_memo(name: str, compute: Callable[[], T], *depends: object) -> T:
    """``compute()`` once per version of the entries (and ``depends``) in this session.

    Kept under an ``insights_`` key, so it is dropped on lock with everything private; a
    rerun that changed nothing (a tick in the report panel) reuses the tables.
    """
    key, version = f"insights_memo_{name}", (entries_version(), date.today(), *depends)
    cached = st.session_state.get(key)
    if cached is not None and cached[0] == version:
        return cached[1]
    value = compute()
    st.session_state[key] = (version, value)
    return value


def pixels(entries: Sequence[Entry]) -> None:
    """A year of moods, a square a day; blank where there was no check-in."""
    years = sorted({e.occurred_at.year for e in entries if e.mood is not None}, reverse=True)
    if not years:
        return
    year = st.selectbox("Year", options=years, key="insights_pixels_year")
    grid = session_memo("pixels", lambda: year_in_pixels(entries, year), year)
    months = list(dict.fromkeys(grid["month"]))
    st.vega_lite_chart(grid, charts.year_pixels(months), width="stretch")
    st.caption("Darker squares are better days; blank squares are days without a check-in.")


def trackers_section(entries: Sequence[Entry], trackers: Sequence[Tracker]) -> None:
    over_time = session_memo(
        "trackers", lambda: tracker_over_time(entries, trackers), tuple(trackers)
    )
    if over_time.empty:
        st.info("Answer your trackers in a check-in to see them here.")
        return
    st.vega_lite_chart(over_time, charts.tracker_lines(), width="stretch")
    st.caption("Yes/no trackers show the share of a day's check-ins answered yes.")
    by_answer = session_memo(
        "by_tracker", lambda: mood_by_tracker(entries, trackers), tuple(trackers)
    )
    if not by_answer.empty:
        st.markdown("**Mood by your trackers' answers**")
        st.dataframe(
            by_answer.rename(columns={"average_mood": "average mood", "checkins": "check-ins"}),
            hide_index=True,
            width="stretch",
        )


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
