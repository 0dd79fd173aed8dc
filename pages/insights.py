"""Insights: mood over time (gaps kept), a year in pixels, by weekday, activity and tracker,
streaks without guilt, and a one-page report to share."""

from __future__ import annotations

import streamlit as st

from ui import insight_charts as charts
from ui.insights import insight_tables, pixels, report_panel, trackers_section
from ui.journal import lock_button, readable_entries, readable_trackers, require_journal

st.title("Insights")
journal = require_journal("see patterns in your check-ins")
if journal is None:
    st.stop()
lock_button()

entries = readable_entries(journal)
tables = insight_tables(entries)
if not tables.over_time.num_rows:
    st.info("Your charts appear here after your first check-in.")
    st.stop()

days, current, longest = st.columns(3)
days.metric("Days with an entry, last 30 days", tables.streaks.days_last_30)
current.metric("Current run of days", tables.streaks.current)
longest.metric("Longest run so far", tables.streaks.longest)
st.caption("Missed days are completely fine. Every check-in counts, whenever it happens.")

st.header("Mood over time", anchor=False)
st.vega_lite_chart(tables.over_time, charts.mood_line(), width="stretch")
st.caption("Days without a check-in are left as gaps: nothing is guessed for them.")

st.header("Year in pixels", anchor=False)
pixels(entries, tables.years)

st.header("By weekday", anchor=False)
st.vega_lite_chart(tables.weekdays, charts.weekday_bars(tables.weekday_order), width="stretch")

st.header("Activities and mood", anchor=False)
if not tables.activity_table.num_rows:
    st.info("Add activities to your check-ins to see which ones tend to go with better days.")
else:
    st.vega_lite_chart(
        tables.activities, charts.activity_bars(tables.activity_order), width="stretch"
    )
    st.dataframe(tables.activity_table, hide_index=True, width="stretch")
    st.caption(
        "These are patterns, not causes. Small counts can mislead; they are a starting point "
        "for noticing what tends to help you."
    )

if tables.emotions.num_rows:
    st.header("Emotions you named", anchor=False)
    st.vega_lite_chart(tables.emotions, charts.emotion_bars(), width="stretch")

trackers = readable_trackers(journal)
if trackers:
    st.header("Your trackers", anchor=False)
    trackers_section(entries, trackers)

st.header("A report to share", anchor=False)
report_panel(journal, entries, trackers)
