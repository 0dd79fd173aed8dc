"""Journal entry widgets: the check-in fields, an entry card with edit/delete, the calendar."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime, time

import pyarrow as pa
import streamlit as st

from journal import (
    ACTIVITIES,
    EMOTIONS,
    MOODS,
    CheckIn,
    Entry,
    EntryNotFound,
    InvalidEntry,
    Journal,
)
from journal.checkin import MAX_NOTE_CHARS, QUADRANT_OF, mood_words
from journal.insights import WEEKDAYS, calendar_month
from journal.trackers import Tracker
from ui import insight_charts as charts
from ui.journal import active_journal, note_signals_crisis, session_memo
from ui.text import escape_markdown as md
from ui.trackers import tracker_fields, tracker_values

STORIES_PAGE = "pages/stories.py"
NEW_PREFIX = "journal_new"
# Bumped after each saved check-in: fresh widget keys give the person an empty form (deleting
# the old keys alone leaves the browser showing the last values).
NEW_FORM_ROUND = "journal_new_form_round"
EDITING_KEY = "journal_editing"
CONFIRM_DELETE_KEY = "journal_confirm_delete"
SAVED_KEY = "journal_saved_message"
CRISIS_KEY = "journal_crisis"
REFUSED_KEY = "journal_checkin_refused"  # why the last save was refused, shown once


def _tags(text: str) -> list[str]:
    return [t.strip() for t in text.split(",") if t.strip()]


def _when(day: date, hour: time | None = None) -> datetime:
    """Today means now; a back-filled day without a known time means midday."""
    if hour is not None:
        return datetime.combine(day, hour)
    if day == date.today():
        return datetime.now().replace(microsecond=0)
    return datetime.combine(day, time(12, 0))


def _emotion_label(emotion: str) -> str:
    return f"{emotion} ({QUADRANT_OF[emotion]})"


def checkin_fields(
    prefix: str, initial: CheckIn | None = None, trackers: Sequence[Tracker] = ()
) -> CheckIn:
    """The check-in widgets (inside a form); returns what they hold as a CheckIn."""
    start = initial or _blank()
    st.radio(
        "How are you, overall?",
        options=list(MOODS),
        index=list(MOODS).index(start.mood or 3),
        format_func=mood_words,
        horizontal=True,
        key=f"{prefix}_mood",
    )
    st.multiselect(
        "Emotions (pleasant or unpleasant, high or low energy)",
        options=EMOTIONS,
        default=list(start.emotions),
        format_func=_emotion_label,
        key=f"{prefix}_emotions",
    )
    known = list(dict.fromkeys([*ACTIVITIES, *start.activities]))
    st.multiselect(
        "What did you do?", options=known, default=list(start.activities), key=f"{prefix}_acts"
    )
    left, right = st.columns(2)
    left.text_input(
        "Your own tags (comma separated)", value=", ".join(start.tags), key=f"{prefix}_tags"
    )
    right.number_input(
        "Hours of sleep",
        min_value=0.0,
        max_value=24.0,
        step=0.5,
        value=start.sleep_hours,
        key=f"{prefix}_sleep",
    )
    tracker_fields(prefix, trackers, start.trackers)
    st.text_area(
        "Anything you want to add (optional)",
        value=start.note,
        max_chars=MAX_NOTE_CHARS,
        key=f"{prefix}_note",
    )
    day_column, hour_column = st.columns(2)
    day_column.date_input(
        "Day", value=start.occurred_at.date(), max_value=date.today(), key=f"{prefix}_day"
    )
    # Empty for a new check-in: "now" (or midday for a past day); several a day each keep
    # the time they were made or given.
    hour_column.time_input(
        "Time (empty means now)",
        value=start.occurred_at.time() if initial is not None else None,
        step=60,
        key=f"{prefix}_time",
    )
    return checkin_in_form(prefix, start, trackers)


def _blank() -> CheckIn:
    return CheckIn(mood=3, occurred_at=datetime.now())


def checkin_in_form(prefix: str, start: CheckIn, trackers: Sequence[Tracker] = ()) -> CheckIn:
    """What the check-in widgets of ``prefix`` hold, read from the session (a form's
    callback reads them there too); ``start`` is the entry they began from."""
    state = st.session_state
    mood = state[f"{prefix}_mood"]
    return CheckIn(
        mood=mood,
        note=state[f"{prefix}_note"],
        emotions=tuple(state[f"{prefix}_emotions"]),
        activities=tuple(state[f"{prefix}_acts"]),
        tags=tuple(_tags(state[f"{prefix}_tags"])),
        sleep_hours=state[f"{prefix}_sleep"],
        occurred_at=_when(state[f"{prefix}_day"], state[f"{prefix}_time"]),
        title=start.title,
        starred=start.starred,
        trackers=tracker_values(prefix, trackers),
        # The person's own word for an imported mood names that level only.
        mood_label=start.mood_label if mood == start.mood else "",
    )


def after_save(checkin: CheckIn, message: str, clear_prefix: str = "") -> None:
    """Confirm, check the note for crisis words, and (after a new check-in) empty the form:
    the next run shows it all."""
    st.session_state[SAVED_KEY] = message
    with st.spinner("Saving..."):
        if note_signals_crisis(checkin.note):
            st.session_state[CRISIS_KEY] = True
    if clear_prefix:
        # Cleared only after a successful save, so a refused check-in keeps what was typed.
        for key in [k for k in st.session_state if str(k).startswith(clear_prefix)]:
            del st.session_state[key]
        st.session_state[NEW_FORM_ROUND] = st.session_state.get(NEW_FORM_ROUND, 0) + 1


def save_new_checkin(prefix: str, trackers: Sequence[Tracker]) -> None:
    """ "Save check-in", before the page runs: the run it starts draws the message and an
    empty form (an st.rerun() after the form ran the whole page, and its collection, twice).
    The journal is asked for again, so one left idle too long is locked, not written to."""
    journal = active_journal()
    if journal is None:
        return
    new = checkin_in_form(prefix, _blank(), trackers)
    try:
        journal.add(new)
    except InvalidEntry as error:
        st.session_state[REFUSED_KEY] = str(error)
        return
    after_save(new, "Saved. Thank you for checking in.", f"{prefix}_")


def new_checkin_form(trackers: Sequence[Tracker] = ()) -> None:
    prefix = f"{NEW_PREFIX}_{st.session_state.get(NEW_FORM_ROUND, 0)}"
    with st.form("journal_checkin_form"):
        checkin_fields(prefix, trackers=trackers)
        st.form_submit_button(
            "Save check-in", type="primary", on_click=save_new_checkin, args=(prefix, trackers)
        )
        if refused := st.session_state.pop(REFUSED_KEY, None):
            st.error(refused)


def entry_card(
    journal: Journal, entry: Entry, trackers: Mapping[str, Tracker] | None = None
) -> None:
    """One entry, shown as inert text, with edit, delete and "stories like this"."""
    c = entry.checkin
    known = trackers or {}
    heading = "📝 Note" if c.is_note else mood_words(c.mood, c.mood_label)
    with st.container(border=True):
        st.markdown(f"**{md(heading)}** · {c.occurred_at:%A %d %B %Y, %H:%M}")
        labels = [*c.emotions, *c.activities, *c.tags]
        details = [", ".join(labels)] if labels else []
        if c.sleep_hours is not None:
            details.append(f"slept {c.sleep_hours:g} h")
        details += [
            f"{known[k].name}: {known[k].describe(v)}" for k, v in c.trackers.items() if k in known
        ]
        if details:
            st.caption(md(" · ".join(details)))
        if c.title:
            st.markdown(f"**{md(c.title)}**")
        if c.note:
            st.markdown(md(c.note))
        edit, delete, stories, _ = st.columns([1, 1, 2, 3])
        if edit.button("Edit", key=f"journal_edit_{entry.id}"):
            st.session_state[EDITING_KEY] = entry.id
            st.rerun()
        if delete.button("Delete", key=f"journal_delete_{entry.id}"):
            st.session_state[CONFIRM_DELETE_KEY] = entry.id
            st.rerun()
        if c.note.strip() and stories.button(
            "Stories like this", key=f"journal_stories_{entry.id}"
        ):
            st.session_state["stories_query"] = c.note  # embedded in memory by that page only
            st.switch_page(STORIES_PAGE)
        if st.session_state.get(CONFIRM_DELETE_KEY) == entry.id:
            _confirm_delete(journal, entry)


def _confirm_delete(journal: Journal, entry: Entry) -> None:
    st.warning("Delete this entry for good? This cannot be undone.")
    yes, no, _ = st.columns([1, 1, 4])
    if yes.button("Yes, delete it", type="primary", key=f"journal_confirm_{entry.id}"):
        try:
            journal.delete(entry.id)
        except EntryNotFound as error:
            st.error(str(error))
            return
        st.session_state.pop(CONFIRM_DELETE_KEY, None)
        st.session_state[SAVED_KEY] = "Entry deleted."
        st.rerun()
    if no.button("Keep it", key=f"journal_keep_{entry.id}"):
        st.session_state.pop(CONFIRM_DELETE_KEY, None)
        st.rerun()


def edit_form(journal: Journal, entry: Entry, trackers: Sequence[Tracker] = ()) -> None:
    with st.form(f"journal_edit_form_{entry.id}"):
        st.markdown("**Edit entry**")
        if entry.checkin.is_note:
            note = st.text_area(
                "Note", value=entry.checkin.note, max_chars=MAX_NOTE_CHARS, key="journal_edit_note"
            )
            tags = st.text_input(
                "Tags", value=", ".join(entry.checkin.tags), key="journal_edit_tags"
            )
            changed = CheckIn(
                mood=None,
                note=note,
                tags=tuple(_tags(tags)),
                occurred_at=entry.checkin.occurred_at,
                title=entry.checkin.title,
                starred=entry.checkin.starred,
            )
        else:
            changed = checkin_fields("journal_edit", entry.checkin, trackers)
        save, cancel = st.columns(2)
        if save.form_submit_button("Save changes", type="primary"):
            try:
                journal.update(entry.id, changed)
            except (InvalidEntry, EntryNotFound) as error:
                st.error(str(error))
            else:
                st.session_state.pop(EDITING_KEY, None)
                after_save(changed, "Changes saved.", "journal_edit_")
                st.rerun()
        if cancel.form_submit_button("Cancel"):
            st.session_state.pop(EDITING_KEY, None)
            st.rerun()


def month_calendar(entries: Sequence[Entry]) -> None:
    """A month grid coloured by average mood; days without entries simply stay blank."""
    months = sorted({(e.occurred_at.year, e.occurred_at.month) for e in entries}, reverse=True)
    today = date.today()
    year, month = st.selectbox(
        "Month",
        options=months or [(today.year, today.month)],
        format_func=lambda ym: date(ym[0], ym[1], 1).strftime("%B %Y"),
        key="journal_calendar_month",
    )
    grid = _calendar_grid(entries, year, month)
    st.vega_lite_chart(grid, charts.month_grid([d[:3] for d in WEEKDAYS]), width="stretch")
    st.caption("Darker days had a better average mood; blank days are simply days off.")


def _calendar_grid(entries: Sequence[Entry], year: int, month: int) -> pa.Table:
    return session_memo(
        "journal_calendar_grid",
        lambda: pa.Table.from_pandas(calendar_month(entries, year, month), preserve_index=False),
        year,
        month,
    )
