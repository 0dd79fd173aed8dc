"""Insights: mood over time, by weekday and by activity, and streaks without guilt."""

from __future__ import annotations

import altair as alt
import streamlit as st

from journal.insights import (
    emotion_counts,
    mood_by_activity,
    mood_by_weekday,
    mood_over_time,
    streaks,
)
from ui.journal import lock_button, readable_entries, require_journal

st.title("Insights")
journal = require_journal("see patterns in your check-ins")
if journal is None:
    st.stop()
lock_button()

entries = readable_entries(journal)
over_time = mood_over_time(entries)
if over_time.empty:
    st.info("Your charts appear here after your first check-in.")
    st.stop()

runs = streaks(entries)
days, current, longest = st.columns(3)
days.metric("Days with an entry, last 30 days", runs.days_last_30)
current.metric("Current run of days", runs.current)
longest.metric("Longest run so far", runs.longest)
st.caption("Missed days are completely fine. Every check-in counts, whenever it happens.")

st.header("Mood over time", anchor=False)
line = (
    alt.Chart(over_time)
    .mark_line(point=True)
    .encode(
        x=alt.X("day:T", title=None),
        y=alt.Y("mood:Q", scale=alt.Scale(domain=[1, 5]), title="Average mood (1-5)"),
        tooltip=[alt.Tooltip("day:T"), alt.Tooltip("mood:Q", format=".1f"), "checkins:Q"],
    )
)
st.altair_chart(line, width="stretch")

st.header("By weekday", anchor=False)
weekdays = mood_by_weekday(entries)
bars = (
    alt.Chart(weekdays)
    .mark_bar()
    .encode(
        x=alt.X("weekday:N", sort=list(weekdays["weekday"]), title=None),
        y=alt.Y("average_mood:Q", scale=alt.Scale(domain=[0, 5]), title="Average mood"),
        tooltip=["weekday:N", alt.Tooltip("average_mood:Q", format=".1f"), "checkins:Q"],
    )
)
st.altair_chart(bars, width="stretch")

st.header("Activities and mood", anchor=False)
activities = mood_by_activity(entries)
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
    grouped = (
        alt.Chart(long)
        .mark_bar()
        .encode(
            y=alt.Y("activity:N", sort=list(activities["activity"]), title=None),
            yOffset="when:N",
            x=alt.X("average_mood:Q", scale=alt.Scale(domain=[0, 5]), title="Average mood"),
            color=alt.Color("when:N", title="Days"),
            tooltip=["activity:N", "when:N", alt.Tooltip("average_mood:Q", format=".2f")],
        )
    )
    st.altair_chart(grouped, width="stretch")
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

emotions = emotion_counts(entries)
if not emotions.empty:
    st.header("Emotions you named", anchor=False)
    st.altair_chart(
        alt.Chart(emotions)
        .mark_bar()
        .encode(y=alt.Y("emotion:N", sort="-x", title=None), x=alt.X("count:Q", title="Times")),
        width="stretch",
    )
