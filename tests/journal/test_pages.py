"""The journal pages through AppTest: create, unlock, check in, edit, chart, export, delete."""

from __future__ import annotations

import time
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import text
from streamlit.testing.v1 import AppTest

from journal import CheckIn, JournalStore
from settings import Settings
from tests.journal.conftest import DATA, TEST_KDF

ROOT = Path(__file__).resolve().parents[2]
APP = str(ROOT / "app.py")
NAME, PASS = "ana", "maple river lantern"


@pytest.fixture()
def app_data(data_dir: Path) -> Path:
    """A fresh data folder, with the process-wide cached settings and store forgotten."""
    from ui.services import _open_store, app_settings

    app_settings.clear()
    _open_store.clear()
    return data_dir


def _store() -> JournalStore:
    return JournalStore(Settings.from_env().store_url, kdf=TEST_KDF)


def _app(page: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120)
    at.session_state["help_country"] = "US"
    at.run()
    at.switch_page(page).run()
    assert not at.exception, at.exception
    return at


def _click(at: AppTest, label: str) -> AppTest:
    [button] = [b for b in at.button if b.label == label]
    button.click().run()
    assert not at.exception, at.exception
    return at


def _texts(at: AppTest) -> str:
    parts = [m.value for m in at.markdown] + [c.value for c in at.caption]
    for kind in (at.success, at.info, at.warning, at.error):
        parts += [str(e.value) for e in kind]
    return "\n".join(parts)


def _unlocked(page: str, entries: list[CheckIn] = ()) -> AppTest:
    store = _store()
    store.create_account(NAME, PASS)
    store.unlock(NAME, PASS).add_many(entries)
    at = _app(page)
    at.text_input(key="journal_unlock_name").input(NAME)
    at.text_input(key="journal_unlock_pass").input(PASS)
    return _click(at, "Unlock")


def test_create_shows_the_recovery_code_once_and_it_unlocks(app_data):
    at = _app("pages/journal.py")
    at.text_input(key="journal_create_name").input(NAME)
    at.text_input(key="journal_create_pass").input(PASS)
    at.text_input(key="journal_create_again").input(PASS)
    _click(at, "Create my journal")
    assert at.session_state["journal_session"] is not None
    [code] = [c.value for c in at.code]
    assert "only this once" in _texts(at)
    _click(at, "I have saved my recovery code")
    assert not at.code
    assert _store().unlock_with_recovery_code(NAME, code).entries() == []


def test_create_refuses_mismatched_or_short_passphrases(app_data):
    at = _app("pages/journal.py")
    at.text_input(key="journal_create_name").input(NAME)
    at.text_input(key="journal_create_pass").input("short")
    at.text_input(key="journal_create_again").input("short")
    _click(at, "Create my journal")
    assert "at least 8 characters" in _texts(at)
    at.text_input(key="journal_create_again").input("different")
    _click(at, "Create my journal")
    assert "two passphrases are different" in _texts(at)
    assert "journal_session" not in at.session_state


def test_wrong_passphrase_gives_one_kind_message_and_unlocks_nothing(app_data):
    _store().create_account(NAME, PASS)
    at = _app("pages/journal.py")
    at.text_input(key="journal_unlock_name").input(NAME)
    at.text_input(key="journal_unlock_pass").input("wrong guess here")
    _click(at, "Unlock")
    assert "don't match a journal here" in _texts(at)
    assert "journal_session" not in at.session_state


def test_check_in_then_edit_then_delete(app_data):
    at = _unlocked("pages/journal.py")
    at.radio(key="journal_new_0_mood").set_value(2)
    at.multiselect(key="journal_new_0_emotions").select("tired")
    at.multiselect(key="journal_new_0_acts").select("walk outside")
    at.text_input(key="journal_new_0_tags").input("rainy, <i>monday</i>")
    at.number_input(key="journal_new_0_sleep").set_value(6.5)
    at.text_area(key="journal_new_0_note").input("long day <script>alert(1)</script>")
    _click(at, "Save check-in")
    assert "Saved. Thank you for checking in." in _texts(at)
    shown = _texts(at)
    assert r"long day \<script\>alert\(1\)\</script\>" in shown  # shown as inert text
    assert "slept 6\\.5 h" in shown and "🙁 Low" in shown

    [entry] = _store().unlock(NAME, PASS).entries()
    assert entry.checkin.tags == ("rainy", "<i>monday</i>")
    _click(at, "Edit")
    at.radio(key="journal_edit_mood").set_value(4)
    at.text_area(key="journal_edit_note").input("better by the evening")
    _click(at, "Save changes")
    [edited] = _store().unlock(NAME, PASS).entries()
    assert (edited.id, edited.mood, edited.note) == (entry.id, 4, "better by the evening")

    _click(at, "Delete")
    assert "Delete this entry for good?" in _texts(at)
    _click(at, "Yes, delete it")
    assert "Entry deleted." in _texts(at)
    assert _store().unlock(NAME, PASS).entries() == []


def test_a_refused_check_in_keeps_what_was_typed_and_a_saved_one_clears_the_form(app_data):
    at = _unlocked("pages/journal.py")
    at.text_area(key="journal_new_0_note").input("a note worth keeping")
    at.text_input(key="journal_new_0_tags").input("x" * 61)
    _click(at, "Save check-in")
    assert "up to 60 characters" in _texts(at)
    assert at.text_area(key="journal_new_0_note").value == "a note worth keeping"
    at.text_input(key="journal_new_0_tags").input("short")
    _click(at, "Save check-in")
    assert at.text_area(key="journal_new_1_note").value == ""  # a fresh, empty form
    assert len(at.get("vega_lite_chart")) == 1  # the calendar shows this month
    [entry] = _store().unlock(NAME, PASS).entries()
    assert (entry.note, entry.checkin.tags) == ("a note worth keeping", ("short",))


def test_a_back_filled_day_is_saved_on_that_day(app_data):
    at = _unlocked("pages/journal.py")
    at.date_input(key="journal_new_0_day").set_value(datetime(2026, 1, 15).date())
    _click(at, "Save check-in")
    [entry] = _store().unlock(NAME, PASS).entries()
    assert entry.occurred_at.date() == datetime(2026, 1, 15).date()


def test_a_note_that_signals_crisis_shows_the_crisis_card(app_data):
    at = _unlocked("pages/journal.py")
    at.text_area(key="journal_new_0_note").input("I want to kill myself")
    _click(at, "Save check-in")
    shown = _texts(at)
    assert "988" in shown and "sounds really heavy" in shown


def test_lock_button_drops_the_key_and_idle_journals_lock_themselves(app_data):
    at = _unlocked("pages/journal.py")
    _click(at, "Lock journal")
    assert "journal_session" not in at.session_state
    assert any(b.label == "Unlock" for b in at.button)

    at = _unlocked_again(at)
    at.session_state["journal_last_active"] = time.time() - 16 * 60
    at.run()
    assert "journal_session" not in at.session_state
    assert "locked itself" in _texts(at)


def test_lock_clears_the_companion_conversation_and_the_story_search(app_data):
    at = _unlocked("pages/journal.py", [CheckIn(mood=2, note="lonely after the move")])
    private = {
        "companion_history": [{"role": "user", "content": "I told the companion a secret"}],
        "companion_near": "10001",
        "stories_query": "lonely after the move",  # handed over by "stories like this"
        "stories_search_box": "lonely after the move",
        "stories_more_like": "story-1",
    }
    for key, value in private.items():
        at.session_state[key] = value
    _click(at, "Lock journal")
    assert not [key for key in private if key in at.session_state]
    assert at.session_state["help_country"] == "US"  # not private: kept


def test_create_refuses_a_weak_passphrase_kindly(app_data):
    at = _app("pages/journal.py")
    at.text_input(key="journal_create_name").input(NAME)
    at.text_input(key="journal_create_pass").input("password")
    at.text_input(key="journal_create_again").input("password")
    _click(at, "Create my journal")
    shown = _texts(at)
    assert "easy for someone else to guess" in shown and "three or four words" in shown
    assert "journal_session" not in at.session_state


def test_after_the_recovery_code_a_new_passphrase_is_asked_for_and_checked(app_data):
    code = _store().create_account(NAME, PASS)
    at = _app("pages/journal.py")
    at.text_input(key="journal_recover_name").input(NAME)
    at.text_input(key="journal_recover_code").input(code)
    _click(at, "Unlock with recovery code")
    assert "Choose a new passphrase now" in _texts(at)
    at.text_input(key="journal_change_pass").input("password")
    at.text_input(key="journal_change_again").input("password")
    _click(at, "Change passphrase")
    assert "easy for someone else to guess" in _texts(at)
    new = "quiet copper harbor"
    at.text_input(key="journal_change_pass").input(new)
    at.text_input(key="journal_change_again").input(new)
    _click(at, "Change passphrase")
    assert "Your passphrase is changed" in _texts(at)
    assert _store().unlock(NAME, new).entries() == []


def _unlocked_again(at: AppTest) -> AppTest:
    at.text_input(key="journal_unlock_name").input(NAME)
    at.text_input(key="journal_unlock_pass").input(PASS)
    return _click(at, "Unlock")


def test_insights_draw_charts_and_streaks(app_data):
    days = [datetime(2026, 11, d, 20) for d in (2, 3, 4, 9)]
    entries = [
        CheckIn(mood=m, activities=a, occurred_at=d, emotions=("calm",))
        for m, a, d in zip(
            (2, 4, 5, 3), (("work",), ("walk outside",), ("walk outside",), ()), days, strict=True
        )
    ]
    at = _unlocked("pages/insights.py", entries)
    charts = at.get("vega_lite_chart")
    assert len(charts) == 5  # over time, year in pixels, weekday, activity, emotions
    assert "Missed days are completely fine" in _texts(at)
    assert "walk outside" in at.dataframe[0].value["activity"].tolist()


def test_the_persons_own_mood_name_shows_in_the_list_and_in_insights(app_data):
    import pyarrow as pa

    entries = [
        CheckIn(mood=3, mood_label="meh+", note="so-so", occurred_at=datetime(2026, 11, 2, 9)),
        CheckIn(mood=4, note="fine", occurred_at=datetime(2026, 11, 3, 9)),
    ]
    at = _unlocked("pages/journal.py", entries)
    assert r"**😐 Okay \(meh\+\)**" in _texts(at)  # their word, escaped as inert text
    assert "🙂 Good**" in _texts(at)  # no words of their own: Kindred's alone
    at.switch_page("pages/insights.py").run()
    assert not at.exception, at.exception
    words = set()
    for chart in at.get("vega_lite_chart"):
        if chart.proto.data.data:
            table = pa.ipc.open_stream(chart.proto.data.data).read_all()
            if "own_words" in table.column_names:
                words |= set(table.column("own_words").to_pylist())
    assert "meh+" in words  # the mood over time and year in pixels tooltips


def test_privacy_page_exports_imports_with_preview_and_deletes_everything(app_data):
    at = _unlocked("pages/privacy.py", [CheckIn(mood=3, note="kept safe")])
    assert [b.label for b in at.get("download_button")] == ["Download JSON", "Download CSV"]

    at.file_uploader(key="privacy_import_file").upload(
        "daylio.csv", (DATA / "daylio_current.csv").read_bytes(), "text/csv"
    )
    at.run()
    assert "4 entries ready to import from Daylio; 3 rows will be skipped" in _texts(at)
    at.selectbox(key="privacy_map_super happy").set_value(5).run()
    assert "5 entries ready to import" in _texts(at)
    _click(at, "Import 5 entries")
    assert "Imported 5 entries." in _texts(at)
    assert len(_store().unlock(NAME, PASS).entries()) == 6

    at.file_uploader(key="privacy_import_file").set_value(
        ("bad.csv", (DATA / "daylio_wrong_columns.csv").read_bytes(), "text/csv")
    )
    at.run()
    assert "doesn't look like a Daylio export" in _texts(at)

    _click(at, "Delete my journal for good")
    assert 'Type "delete"' in _texts(at)
    at.text_input(key="privacy_delete_confirm").input("delete")
    _click(at, "Delete my journal for good")
    assert "are deleted" in _texts(at)
    assert "journal_session" not in at.session_state
    with pytest.raises(Exception, match="don't match"):
        _store().unlock(NAME, PASS)


def test_an_imported_file_cannot_be_imported_twice_by_a_second_click(app_data):
    at = _unlocked("pages/privacy.py")
    at.radio(key="privacy_import_source").set_value("jrnl (JSON)").run()
    at.file_uploader(key="privacy_import_file").upload(
        "jrnl.json", (DATA / "jrnl_export.json").read_bytes(), "application/json"
    )
    at.run()
    [button] = [b for b in at.button if b.label.startswith("Import ")]
    button.click().run()
    imported = len(_store().unlock(NAME, PASS).entries())
    assert imported > 0 and "Imported" in _texts(at)
    at.run()
    assert not [b for b in at.button if b.label.startswith("Import ")]
    assert f"Everything in this file is already in your journal ({imported} entries" in _texts(at)
    assert len(_store().unlock(NAME, PASS).entries()) == imported


def test_a_json_file_chosen_while_daylio_is_selected_gets_a_kind_message(app_data):
    at = _unlocked("pages/privacy.py")
    assert at.radio(key="privacy_import_source").value == "Daylio (CSV)"
    # The uploader itself accepts the file (it would refuse it with Streamlit's own message)
    assert ".json" in at.file_uploader(key="privacy_import_file").allowed_type
    at.file_uploader(key="privacy_import_file").upload(
        "jrnl.json", (DATA / "jrnl_export.json").read_bytes(), "application/json"
    )
    at.run()
    assert not at.exception
    [error] = at.error
    assert "This is a JSON file, not a Daylio export" in error.value
    assert "choose 'jrnl (JSON)' above" in error.value


def test_phq9_item_9_shows_crisis_resources_at_once_and_scores_are_saved(app_data):
    at = _unlocked("pages/self_checks.py")
    assert "not a diagnosis" in _texts(at)
    for item in range(8):
        at.radio(key=f"self_checks_PHQ-9_{item}").set_value(1)
    at.run()
    assert "988" not in _texts(at)
    at.radio(key="self_checks_PHQ-9_8").set_value(1).run()
    assert "988" in _texts(at)
    _click(at, "See my score")
    assert "PHQ-9: 9 of 27 — mild" in _texts(at)
    assert len(at.get("vega_lite_chart")) == 1
    [saved] = _store().unlock(NAME, PASS).self_checks()
    assert saved.result.total == 9 and saved.result.crisis


def test_who5_asks_for_every_answer_before_scoring(app_data):
    at = _app("pages/self_checks.py")
    at.radio(key="self_checks_instrument").set_value("WHO-5").run()
    at.radio(key="self_checks_WHO-5_0").set_value(5).run()
    _click(at, "See my score")
    assert "Please answer all 5 questions" in _texts(at)
    for item in range(1, 5):
        at.radio(key=f"self_checks_WHO-5_{item}").set_value(2)
    _click(at, "See my score")
    assert "WHO-5: 52 of 100 — good wellbeing" in _texts(at)
    assert "Not saved" in _texts(at)


@pytest.mark.parametrize("page", ["pages/journal.py", "pages/insights.py", "pages/privacy.py"])
def test_locked_pages_offer_unlock_and_show_nothing_private(app_data, page):
    at = _app(page)
    assert any(b.label == "Unlock" for b in at.button)
    assert "Unlock your journal" in _texts(at)


def test_entries_with_text_offer_stories_like_this(app_data):
    at = _unlocked("pages/journal.py", [CheckIn(mood=2, note="lonely after the move")])
    assert any(b.label == "Stories like this" for b in at.button)


@pytest.mark.parametrize("page", ["pages/journal.py", "pages/insights.py"])
def test_a_damaged_entry_gets_a_plain_message_not_a_traceback(app_data, page):
    at = _unlocked(page, [CheckIn(mood=3, note="kept safe"), CheckIn(mood=4, note="also kept")])
    store = _store()
    with store.engine.begin() as connection:  # flip one byte of one sealed entry
        row = connection.execute(text("SELECT id, payload FROM journal_entries LIMIT 1")).one()
        damaged = bytes([row.payload[0] ^ 1]) + bytes(row.payload[1:])
        connection.execute(
            text("UPDATE journal_entries SET payload = :p WHERE id = :i"),
            {"p": damaged, "i": row.id},
        )
    # The open session re-reads (and so re-authenticates) its entries when the journal's
    # revision moves, e.g. after a write from another tab; a new session reads them at once.
    store.unlock(NAME, PASS).add_note("written in another tab")
    at.run()
    assert not at.exception, at.exception
    assert "could not be read" in _texts(at)
    at = _unlocked_again(_app(page))
    assert not at.exception, at.exception
    assert "could not be read" in _texts(at)
    assert "Nothing has been changed or deleted" in _texts(at)
    with store.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM journal_entries")).scalar() == 3
