"""Trackers, reminders, insights and imports through AppTest: add a tracker, check in twice
a day, see it in Insights, the reminder and report downloads, a .daylio and a Kindred import."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from journal import CheckIn
from tests.journal.conftest import DATA
from tests.journal.test_pages import (  # noqa: F401 - app_data is a fixture
    NAME,
    PASS,
    _app,
    _click,
    _store,
    _texts,
    _unlocked,
    app_data,
)

pytestmark = pytest.mark.usefixtures("app_data")


def _open_unlocked(page: str):
    """The page, unlocked through the form, for a journal the test already filled."""
    at = _app(page)
    at.text_input(key="journal_unlock_name").input(NAME)
    at.text_input(key="journal_unlock_pass").input(PASS)
    return _click(at, "Unlock")


def test_add_a_tracker_then_check_in_twice_a_day_with_it():
    at = _unlocked("pages/journal.py")
    at.text_input(key="journal_tracker_name").input("Took my medication")
    at.radio(key="journal_tracker_kind").set_value("yes_no")
    _click(at, "Add tracker")
    assert "Tracker 'Took my medication' added." in _texts(at)
    [tracker] = _store().unlock(NAME, PASS).trackers()
    field = f"journal_new_0_tracker_{tracker.id}"
    at.radio(key="journal_new_0_mood").set_value(2)
    at.radio(key=field).set_value(False)
    at.time_input(key="journal_new_0_time").set_value(time(8, 15))
    _click(at, "Save check-in")
    field = f"journal_new_1_tracker_{tracker.id}"
    at.radio(key="journal_new_1_mood").set_value(4)
    at.radio(key=field).set_value(True)
    at.time_input(key="journal_new_1_time").set_value(time(21, 40))
    _click(at, "Save check-in")

    found = _store().unlock(NAME, PASS).entries()
    today = date.today()
    assert [(e.occurred_at, e.mood, e.checkin.trackers) for e in found] == [
        (datetime.combine(today, time(21, 40)), 4, {tracker.id: True}),
        (datetime.combine(today, time(8, 15)), 2, {tracker.id: False}),
    ]
    shown = _texts(at)
    assert "Took my medication: yes" in shown and "Took my medication: no" in shown


def test_a_tracker_with_a_bad_name_is_refused_kindly():
    at = _unlocked("pages/journal.py")
    at.text_input(key="journal_tracker_name").input("x" * 61)
    _click(at, "Add tracker")
    assert "name of 1 to 60 characters" in _texts(at)
    assert _store().unlock(NAME, PASS).trackers() == []


def test_the_reminder_tab_offers_an_ics_and_refuses_a_too_long_name():
    at = _unlocked("pages/journal.py")
    labels = [b.label for b in at.get("download_button")]
    assert "Download reminder (.ics)" in labels
    assert at.text_input(key="journal_reminder_title").value == "Check in"
    at.multiselect(key="journal_reminder_days").select(0).select(3).run()
    assert not at.exception


def test_insights_chart_trackers_and_offer_the_report():
    store = _store()
    store.create_account(NAME, PASS)
    journal = store.unlock(NAME, PASS)
    anxiety = journal.add_tracker("Anxiety", "scale")
    journal.add_many(
        [
            CheckIn(mood=m, occurred_at=datetime(2026, 11, d, h), trackers={anxiety.id: a})
            for m, d, h, a in ((2, 2, 8, 5), (4, 2, 21, 2), (3, 3, 9, 3), (5, 20, 9, 1))
        ]
    )
    at = _open_unlocked("pages/insights.py")
    specs = [chart.proto.spec for chart in at.get("vega_lite_chart")]
    # mood over time, year in pixels, by weekday, trackers (no activities or emotions here)
    assert len(specs) == 4
    assert sum('"facet"' in spec and '"tracker"' in spec for spec in specs) == 1
    assert sum('"detail"' in spec and '"run"' in spec for spec in specs) == 2  # gaps kept
    shown = _texts(at)
    assert "Days without a check-in are left as gaps" in shown
    assert "Mood by your trackers' answers" in shown
    [by_answer] = [d.value for d in at.dataframe if "answer" in d.value.columns]
    assert set(by_answer["answer"]) == {"1 of 5", "2 of 5", "3 of 5", "5 of 5"}
    assert "Download report (PDF)" in [b.label for b in at.get("download_button")]
    # nothing is ticked for the report until the person ticks it
    report_boxes = [c for c in at.checkbox if str(c.key).startswith("insights_report_")]
    assert len(report_boxes) == 5 and not any(c.value for c in report_boxes)
    at.checkbox(key="insights_report_notes").check().run()
    assert "Your notes will be in the report" in _texts(at)


def test_a_daylio_backup_imports_with_its_moods_and_groups_once():
    at = _unlocked("pages/privacy.py")
    at.radio(key="privacy_import_source").set_value("Daylio backup (.daylio)").run()
    at.file_uploader(key="privacy_import_file").upload(
        "backup.daylio", (DATA / "daylio_backup.daylio").read_bytes(), "application/octet-stream"
    )
    at.run()
    assert not at.exception
    shown = _texts(at)
    assert "4 entries ready to import from Daylio backup" in shown
    assert "Activity groups (kept as tags on each entry): Social: friends, family" in shown
    [moods] = [d.value for d in at.dataframe if "Daylio mood" in d.value.columns]
    assert "Super Happy" in moods["Daylio mood"].tolist()
    _click(at, "Import 4 entries")
    assert "Imported 4 entries." in _texts(at)
    at.run()
    assert "Everything in this file is already in your journal (4 entries" in _texts(at)
    assert len(_store().unlock(NAME, PASS).entries()) == 4


def test_a_damaged_daylio_backup_gets_a_kind_message():
    at = _unlocked("pages/privacy.py")
    at.radio(key="privacy_import_source").set_value("Daylio backup (.daylio)").run()
    at.file_uploader(key="privacy_import_file").upload(
        "backup.daylio", (DATA / "daylio_backup.daylio").read_bytes()[:-40], "application/zip"
    )
    at.run()
    assert not at.exception
    [error] = at.error
    assert "damaged" in error.value and "Nothing was imported." in error.value


def test_a_kindred_export_brings_its_trackers_back():
    store = _store()
    store.create_account("old", PASS)
    old = store.unlock("old", PASS)
    walk = old.add_tracker("Time outside", "number", "minutes")
    old.add(CheckIn(mood=4, occurred_at=datetime(2026, 10, 1, 9), trackers={walk.id: 30}))
    exported = old.export_json().encode()
    at = _unlocked("pages/privacy.py")
    at.radio(key="privacy_import_source").set_value("Kindred (JSON)").run()
    at.file_uploader(key="privacy_import_file").upload("k.json", exported, "application/json")
    at.run()
    assert "New trackers this adds to your journal: Time outside" in _texts(at)
    _click(at, "Import 1 entries")
    journal = _store().unlock(NAME, PASS)
    [tracker] = journal.trackers()
    [entry] = journal.entries()
    assert (tracker.name, tracker.unit, entry.checkin.trackers) == (
        "Time outside",
        "minutes",
        {tracker.id: 30.0},
    )


def test_insights_reuse_tables_until_an_entry_changes_and_lock_forgets_them():
    store = _store()
    store.create_account(NAME, PASS)
    store.unlock(NAME, PASS).add(CheckIn(mood=2, occurred_at=datetime(2025, 1, 5, 9)))
    at = _open_unlocked("pages/insights.py")
    days = [m for m in at.metric if m.label == "Days with an entry, last 30 days"]
    assert days[0].value == "0"
    store.unlock(NAME, PASS).add(CheckIn(mood=4))  # written elsewhere, e.g. another tab
    at.run()
    days = [m for m in at.metric if m.label == "Days with an entry, last 30 days"]
    assert days[0].value == "1"
    assert any(str(k).startswith("insights_memo_") for k in at.session_state)
    at.switch_page("pages/journal.py").run()  # its month calendar is kept per revision too
    assert "journal_calendar_grid" in at.session_state
    _click(at, "Lock journal")
    kept = ("insights_", "journal_entries", "journal_trackers", "journal_calendar")
    private = [k for k in at.session_state if str(k).startswith(kept)]
    assert private == []
