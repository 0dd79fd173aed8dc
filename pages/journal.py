"""Check-in and journal: create or unlock, a fast check-in, entries as a list and calendar."""

from __future__ import annotations

import streamlit as st

from ui.help import journal_crisis_card
from ui.journal import (
    lock_button,
    new_passphrase_form,
    readable_entries,
    readable_trackers,
    recovery_code_notice,
    require_journal,
)
from ui.journal_entries import (
    CRISIS_KEY,
    EDITING_KEY,
    SAVED_KEY,
    edit_form,
    entry_card,
    month_calendar,
    new_checkin_form,
)
from ui.trackers import reminder_panel, trackers_panel

PAGE_SIZE = 20

st.title("Check-in & journal")
journal = require_journal("check in and see your entries")
if journal is None:
    st.stop()

lock_button()
recovery_code_notice()
new_passphrase_form(journal)
if st.session_state.get(CRISIS_KEY):
    journal_crisis_card()
    if st.button("Close this card", key="journal_crisis_close"):
        del st.session_state[CRISIS_KEY]
        st.rerun()
if saved := st.session_state.pop(SAVED_KEY, None):
    st.success(saved)

entries = readable_entries(journal)
trackers = readable_trackers(journal)
checkin_tab, entries_tab, calendar_tab, trackers_tab, reminder_tab = st.tabs(
    ["Check in", "Entries", "Calendar", "Your trackers", "Reminder"]
)
with checkin_tab:
    new_checkin_form(trackers)

with entries_tab:
    if not entries:
        st.info("No entries yet. Your first check-in will appear here.")
    shown = st.session_state.get("journal_shown", PAGE_SIZE)
    tracker_names = {t.id: t for t in trackers}
    for entry in entries[:shown]:
        if st.session_state.get(EDITING_KEY) == entry.id:
            edit_form(journal, entry, trackers)
        else:
            entry_card(journal, entry, tracker_names)
    if len(entries) > shown and st.button("Show older entries", key="journal_more"):
        st.session_state["journal_shown"] = shown + PAGE_SIZE
        st.rerun()

with calendar_tab:
    month_calendar(entries)

with trackers_tab:
    trackers_panel(journal, trackers)

with reminder_tab:
    reminder_panel()
