"""Tracker widgets: the person's own trackers in the check-in form, managing them, and the
calendar reminder download."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import time

import streamlit as st

from journal import InvalidEntry, Journal
from journal.reminder import BYDAY, DEFAULT_TITLE, Reminder, reminder_ics
from journal.trackers import KINDS, Tracker, TrackerValue
from knowledge.resources import wording
from ui.services import time_zones

SKIP = "Skip"
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def tracker_fields(
    prefix: str, trackers: Sequence[Tracker], initial: Mapping[str, TrackerValue]
) -> dict[str, TrackerValue]:
    """One widget per tracker (inside a form); what they hold, unanswered ones left out."""
    for tracker in trackers:
        key, start = f"{prefix}_tracker_{tracker.id}", initial.get(tracker.id)
        if tracker.kind == "number":
            st.number_input(
                f"{tracker.name} ({tracker.unit})" if tracker.unit else tracker.name,
                min_value=0.0,
                value=None if start is None else float(start),
                step=1.0,
                placeholder="Leave empty to skip",
                key=key,
            )
            continue
        options: list[object] = [
            SKIP,
            *((True, False) if tracker.kind == "yes_no" else range(1, 6)),
        ]
        st.radio(
            tracker.name,
            options=options,
            index=options.index(start) if start in options[1:] else 0,
            format_func=lambda o, t=tracker: o if o == SKIP else t.describe(o),  # type: ignore[arg-type]
            horizontal=True,
            key=key,
        )
    return tracker_values(prefix, trackers)


def tracker_values(prefix: str, trackers: Sequence[Tracker]) -> dict[str, TrackerValue]:
    """What the tracker widgets hold, read from the session so a form's callback can too."""
    values: dict[str, TrackerValue] = {}
    for tracker in trackers:
        answer = st.session_state.get(f"{prefix}_tracker_{tracker.id}")
        if answer is not None and answer != SKIP:
            values[tracker.id] = answer
    return values


def trackers_panel(journal: Journal, trackers: Sequence[Tracker]) -> None:
    """The person's trackers, a form to add one, and a way to remove one."""
    st.write(wording.TRACKERS_INTRO)
    for tracker in trackers:
        name, kind, remove = st.columns([3, 2, 1])
        name.markdown(f"**{tracker.name}**")
        kind.caption(KINDS[tracker.kind] + (f" ({tracker.unit})" if tracker.unit else ""))
        if remove.button("Remove", key=f"journal_tracker_remove_{tracker.id}"):
            journal.delete_tracker(tracker.id)
            st.rerun()
    with st.form("journal_tracker_form", clear_on_submit=True):
        name = st.text_input(
            "Name", placeholder="e.g. took my medication", key="journal_tracker_name"
        )
        kind = st.radio(
            "Kind",
            options=list(KINDS),
            format_func=KINDS.__getitem__,
            horizontal=True,
            key="journal_tracker_kind",
        )
        unit = st.text_input(
            "Unit (for numbers)", placeholder="e.g. minutes", key="journal_tracker_unit"
        )
        if st.form_submit_button("Add tracker"):
            try:
                added = journal.add_tracker(name, kind, unit)
            except InvalidEntry as error:
                st.error(str(error))
            else:
                st.session_state["journal_saved_message"] = f"Tracker '{added.name}' added."
                st.rerun()


def _browser_timezone(zones: Sequence[str]) -> str:
    try:
        zone = st.context.timezone
    except Exception:  # no browser connection (a script run)
        zone = None
    return zone if zone in zones else "UTC"


def reminder_panel() -> None:
    """Choose when; download an .ics for the person's own calendar. Nothing is sent."""
    st.write(wording.REMINDER_INTRO)
    zones = time_zones()
    left, right = st.columns(2)
    at = left.time_input("Time", value=time(20, 0), step=300, key="journal_reminder_time")
    zone = right.selectbox(
        "Time zone",
        options=zones,
        index=zones.index(_browser_timezone(zones)),
        key="journal_reminder_zone",
    )
    days = st.multiselect(
        "Days (leave empty for every day)",
        options=list(range(7)),
        format_func=WEEKDAY_NAMES.__getitem__,
        key="journal_reminder_days",
    )
    title = st.text_input(
        "What your calendar shows",
        value=DEFAULT_TITLE,
        max_chars=80,
        help=wording.REMINDER_TITLE_HELP,
        key="journal_reminder_title",
    )
    reminder = Reminder(at, zone, tuple(days), title)
    try:
        reminder.validated()
    except InvalidEntry as error:
        st.error(str(error))
        return
    when = ", ".join(BYDAY[d] for d in sorted(days)) if days else "every day"
    st.download_button(
        "Download reminder (.ics)",
        data=lambda: reminder_ics(reminder),
        file_name="check-in-reminder.ics",
        mime="text/calendar",
        key="journal_reminder_download",
        on_click="ignore",
        help=f"Repeats {when} at {at:%H:%M} ({zone}).",
    )
