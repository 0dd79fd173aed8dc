"""Insights: mood over time (gaps kept), a year in pixels, by weekday, activity and tracker,
streaks without guilt, and a one-page report to share."""

from __future__ import annotations

import streamlit as st

from journal.insights import (
    emotion_counts,
    mood_by_activity,
    mood_by_weekday,
    mood_over_time,
    streaks,
)
from ui import insight_charts as charts
from ui.insights import pixels, report_panel, session_memo, trackers_section
from ui.journal import lock_button, readable_entries, require_journal

st.title("Insights")
journal = require_journal("see patterns in your check-ins")
if journal is None:
    st.stop()
lock_button()

entries = readable_entries(journal)
over_time = session_memo("over_time", lambda: mood_over_time(entries))
if over_time.empty:
    st.info("Your charts appear here after your first check-in.")
    st.stop()

runs = session_memo("streaks", lambda: streaks(entries))
days, current, longest = st.columns(3)
days.metric("Days with an entry, last 30 days", runs.days_last_30)
current.metric("Current run of days", runs.current)
longest.metric("Longest run so far", runs.longest)
st.caption("Missed days are completely fine. Every check-in counts, whenever it happens.")

st.header("Mood over time", anchor=False)
st.vega_lite_chart(over_time, charts.mood_line(), width="stretch")
st.caption("Days without a check-in are left as gaps: nothing is guessed for them.")

st.header("Year in pixels", anchor=False)
pixels(entries)

st.header("By weekday", anchor=False)
weekdays = session_memo("weekdays", lambda: mood_by_weekday(entries))
st.vega_lite_chart(weekdays, charts.weekday_bars(list(weekdays["weekday"])), width="stretch")

st.header("Activities and mood", anchor=False)
activities = session_memo("activities", lambda: mood_by_activity(entries))
if activities.empty:
    st.info("Add activities to your check-ins to see which ones tend to go with better days.")
else:
    long = activities.melt(
        id_vars=["activity"],
        value_vars=["with_average", "without_average"],
        var_name="when",
        value_name="average_mood",
    ).dropna()
    long["when"] = long["when"].map({"with_average": "with", "without_average": "without"})
    st.vega_lite_chart(long, charts.activity_bars(list(activities["activity"])), width="stretch")
    st.dataframe(
        activities.rename(
            columns={
                "with_average": "mood with",
                "with_count": "check-ins with",
                "without_average": "mood without",
                "without_count": "check-ins without",
                "difference": "difference",
            }
        ),
        hide_index=True,
        width="stretch",
    )
    st.caption(
        "These are patterns, not causes. Small counts can mislead; they are a starting point "
        "for noticing what tends to help you."
    )

emotions = session_memo("emotions", lambda: emotion_counts(entries))
if not emotions.empty:
    st.header("Emotions you named", anchor=False)
    st.vega_lite_chart(emotions, charts.emotion_bars(), width="stretch")

trackers = journal.trackers()
if trackers:
    st.header("Your trackers", anchor=False)
    trackers_section(entries, trackers)

st.header("A report to share", anchor=False)
report_panel(journal, entries, trackers)
