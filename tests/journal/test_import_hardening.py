"""Bad import files never crash, imports never mislead, and the CSV export never runs formulas.

One test per finding of issue 18 (items 3, 4 and 5) on the journal's side.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime

import pytest

from journal import BadImportFile, CheckIn, JournalStore
from journal.daylio import parse_daylio
from journal.jrnl import parse_jrnl
from tests.journal.conftest import DATA

PASS = "maple river lantern"
DAYLIO_HEADER = "full_date,date,weekday,time,mood,activities,note_title,note\n"


def _journal(store: JournalStore):
    store.create_account("ana", PASS)
    return store.unlock("ana", PASS)


def _jrnl(*entries: dict) -> bytes:
    return json.dumps({"tags": {}, "entries": list(entries)}).encode()


def _jrnl_entry(**changes) -> dict:
    return {"title": "A day.", "body": "Fine.", "date": "2026-03-01", "time": "09:15",
            "tags": ["@work"], "starred": False, **changes}  # fmt: skip


# -- bad files: a named error with a kind message, never a traceback --------------------------


@pytest.mark.parametrize(
    ("parser", "data", "message"),
    [
        (parse_jrnl, b'{"entries": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", "levels deep"),
        (parse_jrnl, b"[" * 5_000_000, "levels deep"),
        (
            parse_daylio,
            (DAYLIO_HEADER + "2026-09-30,September 30,Wednesday,10:00 pm,rad,,," + "x" * 200_000)
            .encode(),
            "line 2 has a cell longer than",
        ),
        (parse_daylio, _jrnl(_jrnl_entry()), "This is a JSON file, not a Daylio export"),
        (parse_jrnl, (DATA / "daylio_current.csv").read_bytes(), "choose 'Daylio \\(CSV\\)'"),
    ],
    ids=["jrnl-nested", "jrnl-unclosed-nesting", "daylio-long-cell", "json-as-daylio", "csv-as-jrnl"],
)  # fmt: skip
def test_hostile_files_are_refused_with_a_named_error(sqlite_store, parser, data, message):
    journal = _journal(sqlite_store)
    with pytest.raises(BadImportFile, match=message) as caught:
        parser(data)
    assert "Nothing was imported" in str(caught.value)
    assert journal.entries() == []


def test_nul_characters_never_reach_the_journal(store: JournalStore):
    daylio = DAYLIO_HEADER + '2026-09-30,September 30,Wednesday,10:00 pm,rad,walk\x00,,"a\x00b"\n'
    jrnl = _jrnl(_jrnl_entry(title="t\u0000itle", body="bo\u0000dy", tags=["@w\u0000ork"]))
    journal = _journal(store)
    journal.add_many([*parse_daylio(daylio.encode()).entries, *parse_jrnl(jrnl).entries])
    saved = {e.checkin.note: e.checkin for e in journal.entries()}
    assert set(saved) == {"ab", "body"}
    assert saved["ab"].activities == ("walk",)
    assert (saved["body"].title, saved["body"].tags) == ("title", ("@work",))


# -- imports that mislead ---------------------------------------------------------------------


def test_a_daylio_file_cut_inside_a_quoted_note_is_refused_naming_the_line():
    whole = (DATA / "daylio_current.csv").read_text()
    cut = whole[: whole.index("Felt lighter")]  # inside the quoted note that begins on line 2
    with pytest.raises(BadImportFile, match=r"begins on line 2.*cut short"):
        parse_daylio(cut.encode())


def test_a_daylio_file_cut_part_way_through_a_row_is_refused_naming_the_line():
    whole = (DATA / "daylio_current.csv").read_text()
    cut = whole[: whole.index("8:15 am")]  # line 4 stops after its third cell
    with pytest.raises(BadImportFile, match="stops part-way through line 4"):
        parse_daylio(cut.encode())


def _daylio(rows: list[tuple[str, str, str]]) -> bytes:
    """A current-format Daylio export of (date, time, note) rows, newest first."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(DAYLIO_HEADER.strip().split(","))
    for day, at, note in rows:
        writer.writerow([day, "", "", at, "good", "walk", "", note])
    return out.getvalue().encode()


def test_importing_a_newer_export_of_the_same_app_adds_only_the_new_rows(store: JournalStore):
    journal = _journal(store)
    journal.add(CheckIn(mood=2, note="typed in Kindred", occurred_at=datetime(2026, 3, 1, 8, 0)))
    older = [("2026-03-02", "09:00", "first"), ("2026-03-01", "21:30", "multi\nline")]
    first = parse_daylio(_daylio(older))
    first.leave_out_existing(e.checkin for e in journal.entries())
    assert first.already_there == 0
    journal.add_many(first.entries)

    newer = [("2026-03-03", "07:45", "new one"), ("2026-03-02", "09:00", "first (edited)"),
             *older]  # fmt: skip
    second = parse_daylio(_daylio(newer))
    second.leave_out_existing(e.checkin for e in journal.entries())
    assert second.already_there == 2
    assert "2 entries ready to import from Daylio; 2 already in your journal" in second.summary
    journal.add_many(second.entries)
    notes = sorted(e.note for e in journal.entries())
    assert notes == ["first", "first (edited)", "multi\nline", "new one", "typed in Kindred"]

    again = parse_jrnl(_jrnl(_jrnl_entry()))
    journal.add_many(again.entries)
    again = parse_jrnl(_jrnl(_jrnl_entry(), _jrnl_entry(time="10:00")))
    again.leave_out_existing(e.checkin for e in journal.entries())
    assert (again.already_there, len(again.entries)) == (1, 1)


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"starred": "no"}, "starred must be true or false, not \"no\""),
        ({"starred": 1}, "starred must be true or false"),
        ({"tags": [{"a": 1}, 5, None]}, "tags must be a list of words"),
        ({"tags": "@work"}, "tags must be a list of words"),
        ({"body": ["a"]}, "title and body must be text"),
    ],
)  # fmt: skip
def test_jrnl_values_of_the_wrong_type_are_refused_not_coerced(change, reason):
    preview = parse_jrnl(_jrnl(_jrnl_entry(), _jrnl_entry(**change)))
    assert len(preview.entries) == 1 and not preview.entries[0].starred
    [skipped] = preview.skipped
    assert skipped.row == 2 and reason in skipped.reason


# -- export -----------------------------------------------------------------------------------


def test_the_csv_export_neutralizes_formula_cells(sqlite_store: JournalStore):
    journal = _journal(sqlite_store)
    hostile = ['=HYPERLINK("http://evil.example","click")', "+SUM(1)", "-2+3", "@foo",
               "\t=1", "\r=1"]  # fmt: skip
    for text in hostile:
        journal.add(CheckIn(mood=3, note=text, title=text, tags=(text.strip(),)))
    rows = list(csv.DictReader(io.StringIO(journal.export_csv())))
    assert sorted(row["note"] for row in rows) == sorted("'" + text for text in hostile)
    assert all(row["title"].startswith("'") for row in rows)
    assert all(not row[key].startswith(("=", "+", "-", "@", "\t", "\r"))
               for row in rows for key in row)  # fmt: skip
    assert rows[0]["mood"] == "3"  # numbers and dates are left as they are
