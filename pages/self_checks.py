"""Self-checks: PHQ-9, GAD-7 and WHO-5 with their published wording, score, band and history."""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from journal import InvalidEntry
from journal.self_checks import (
    INSTRUMENTS,
    PHQ9,
    PHQ9_DIFFICULTY_OPTIONS,
    PHQ9_DIFFICULTY_QUESTION,
    PHQ9_SELF_HARM_ITEM,
    score,
)
from knowledge.resources import wording
from ui.help import journal_crisis_card
from ui.journal import active_journal, unlock_panel

st.title("Self-checks")
st.info(wording.NOT_A_DIAGNOSIS)

code = st.radio(
    "Choose a self-check",
    options=list(INSTRUMENTS),
    format_func=lambda c: INSTRUMENTS[c].name,
    horizontal=True,
    key="self_checks_instrument",
)
instrument = INSTRUMENTS[code]
st.markdown(f"**{instrument.stem}**")

answers: list[int | None] = []
for number, item in enumerate(instrument.items):
    choice = st.radio(
        f"{number + 1}. {item}",
        options=[o.value for o in instrument.options],
        format_func=lambda v: next(o.label for o in instrument.options if o.value == v),
        index=None,
        horizontal=True,
        key=f"self_checks_{code}_{number}",
    )
    answers.append(choice)
    # Item 9 answered above "not at all": the crisis resources come at once, not after scoring.
    if instrument is PHQ9 and number == PHQ9_SELF_HARM_ITEM and (choice or 0) > 0:
        journal_crisis_card(reason="phq9_item9")

if instrument is PHQ9:
    st.radio(
        PHQ9_DIFFICULTY_QUESTION,
        options=PHQ9_DIFFICULTY_OPTIONS,
        index=None,
        key="self_checks_phq9_difficulty",
    )

journal = active_journal()
if st.button("See my score", type="primary", key="self_checks_score"):
    if any(a is None for a in answers):
        st.warning(f"Please answer all {len(instrument.items)} questions to see a score.")
    else:
        try:
            result = score(code, [a for a in answers if a is not None])
        except InvalidEntry as error:
            st.error(str(error))
        else:
            st.success(f"{instrument.code}: {result.summary}")
            st.write(wording.NOT_A_DIAGNOSIS)
            if journal is not None:
                journal.add_self_check(code, list(result.answers))
                st.caption("Saved to your journal's self-check history (encrypted).")
            else:
                st.caption("Not saved: unlock your journal to keep a history of your results.")

st.divider()
st.header("Your history", anchor=False)
if journal is None:
    st.caption("Unlock your journal to keep and see a history of your results.")
    unlock_panel()
    st.stop()
history = journal.self_checks()
if not history:
    st.caption("Your results will be charted here over time.")
    st.stop()
frame = pd.DataFrame(
    {
        "taken": [h.taken_at for h in history],
        "self-check": [h.result.instrument for h in history],
        "score": [
            h.result.percentage if h.result.percentage is not None else h.result.total
            for h in history
        ],
        "band": [h.result.band for h in history],
    }
)
chart = (
    alt.Chart(frame)
    .mark_line(point=True)
    .encode(
        x=alt.X("taken:T", title=None),
        y=alt.Y("score:Q", title="Score (WHO-5 as 0-100)"),
        color=alt.Color("self-check:N"),
        tooltip=["taken:T", "self-check:N", "score:Q", "band:N"],
    )
)
st.altair_chart(chart, width="stretch")
st.caption("For PHQ-9 and GAD-7 lower is better; for WHO-5 higher is better.")
