"""Daylio CSV and jrnl JSON imports: real-format samples, round trips, and bad files."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from journal import BadImportFile, JournalStore
from journal.daylio import parse_daylio
from journal.imports import MAX_IMPORT_BYTES
from journal.jrnl import parse_jrnl
from tests.journal.writers import to_daylio_csv, to_jrnl_json

DATA = Path(__file__).resolve().parent / "data"
PASS = "maple river lantern"


def _journal(store: JournalStore):
    store.create_account("ana", PASS)
    return store.unlock("ana", PASS)


def test_current_daylio_export_previews_with_a_row_report():
    preview = parse_daylio((DATA / "daylio_current.csv").read_bytes())
    assert [(c.mood, c.occurred_at) for c in preview.entries] == [
        (5, datetime(2026, 9, 30, 22, 0)),
        (1, datetime(2026, 9, 28, 0, 5)),
        (3, datetime(2026, 9, 27, 13, 25)),
        (4, datetime(2026, 9, 26, 19, 40)),
    ]
    first = preview.entries[0]
    assert first.activities == ("friends", "walk outside", "peer group")
    assert first.title == "Good one"
    assert first.note == "Long walk with Sam.\nFelt lighter afterwards."
    assert preview.entries[2].note == 'Just "okay", nothing special'
    assert preview.unmapped_moods == ["super happy"]
    assert [(s.row, s.reason.split(" ")[0]) for s in preview.skipped] == [
        (3, "mood"),
        (7, "date"),
        (8, "time"),
    ]
    assert "not matched to 1-5" in preview.skipped[0].reason


def test_custom_mood_labels_are_mapped_by_the_person_and_kept_as_their_words():
    preview = parse_daylio((DATA / "daylio_current.csv").read_bytes(), {"Super Happy": 5})
    assert preview.unmapped_moods == []
    found = {c.occurred_at: (c.mood, c.mood_label) for c in preview.entries}
    assert found[datetime(2026, 9, 29, 8, 15)] == (5, "super happy")
    assert found[datetime(2026, 9, 30, 22, 0)] == (5, "")  # Daylio's own "rad": no label


def test_older_seven_column_daylio_export_with_24_hour_times():
    preview = parse_daylio((DATA / "daylio_old.csv").read_bytes())
    assert [(c.mood, c.occurred_at, c.note) for c in preview.entries] == [
        (4, datetime(2025, 9, 28, 21, 30), "Quiet evening,\ntwo lines of note"),
        (3, datetime(2025, 9, 27, 8, 5), ""),
        (5, datetime(2025, 12, 9, 23, 59), "Party"),
        (1, datetime(2024, 2, 29, 0, 0), "Leap day"),
    ]
    assert preview.skipped == []


def test_html_in_notes_is_kept_as_inert_text():
    preview = parse_daylio((DATA / "daylio_current.csv").read_bytes())
    assert preview.entries[1].note == "<b>Could not sleep</b> <script>alert('x')</script>"


def test_daylio_round_trip_through_the_store(store: JournalStore):
    journal = _journal(store)
    source = parse_daylio((DATA / "daylio_current.csv").read_bytes(), {"super happy": 5})
    journal.add_many(source.entries)
    exported = to_daylio_csv(journal.entries()).encode()
    again = parse_daylio(exported, {"super happy": 5})
    assert again.skipped == []
    assert "super happy" in [c.mood_label for c in again.entries]
    assert sorted(again.entries, key=lambda c: c.occurred_at) == sorted(
        source.entries, key=lambda c: c.occurred_at
    )


def test_jrnl_export_imports_as_notes_and_round_trips(store: JournalStore):
    preview = parse_jrnl((DATA / "jrnl_export.json").read_bytes())
    assert [s.row for s in preview.skipped] == [3]
    first, second = preview.entries
    assert first.is_note and first.starred and first.tags == ("#gratitude",)
    assert first.title == "First day back at the group."
    assert first.note == "Nervous at first, then it was fine.\nPeople listened."
    assert second.occurred_at == datetime(2026, 3, 6, 18, 40)
    assert second.tags == ("@work", "#gratitude")

    journal = _journal(store)
    journal.add_many(preview.entries)
    exported = json.loads(to_jrnl_json(journal.entries()))
    original = json.loads((DATA / "jrnl_export.json").read_text())
    keys = ("title", "body", "date", "time", "tags", "starred")
    assert [{k: e[k] for k in keys} for e in exported["entries"]] == [
        {k: e[k] for k in keys} for e in original["entries"][:2]
    ]
    assert exported["tags"] == original["tags"]


def _huge(_: Path) -> bytes:
    return b"full_date,date,weekday,time,mood,activities,note_title,note\n" + b"x" * (
        50 * 1024 * 1024
    )


@pytest.mark.parametrize(
    ("parser", "make_file", "message"),
    [
        (parse_daylio, lambda d: (d / "daylio_wrong_columns.csv").read_bytes(), "first line"),
        (parse_daylio, lambda d: (d / "daylio_broken_encoding.csv").read_bytes(), "UTF-8"),
        (parse_daylio, _huge, "limit is 10 MB"),
        (parse_daylio, lambda d: b"", "empty"),
        (parse_daylio, lambda d: (d / "jrnl_export.json").read_bytes(), "Daylio export"),
        (parse_jrnl, lambda d: (d / "daylio_current.csv").read_bytes(), "valid JSON"),
        (parse_jrnl, lambda d: b'{"entries": "nope"}', "entries"),
        (parse_jrnl, lambda d: b"[1, 2]", "entries"),
        (parse_jrnl, lambda d: b"\xff\xfe{}", "UTF-8"),
        (parse_jrnl, _huge, "limit is 10 MB"),
    ],
    ids=[
        "wrong-columns", "broken-encoding", "50-MB", "empty", "json-as-daylio", "csv-as-jrnl",
        "entries-not-list", "not-an-object", "jrnl-encoding", "jrnl-50-MB",
    ],
)  # fmt: skip
def test_bad_files_get_a_clear_message_and_import_nothing(
    sqlite_store: JournalStore, parser, make_file, message
):
    journal = _journal(sqlite_store)
    with pytest.raises(BadImportFile, match=message) as caught:
        parser(make_file(DATA))
    assert "Nothing was imported" in str(caught.value)
    assert journal.entries() == []
    assert MAX_IMPORT_BYTES < 50 * 1024 * 1024
