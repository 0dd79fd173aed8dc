"""The person's own trackers: sealed at rest, checked, several check-ins a day, and carried
through Kindred's own JSON export and back through its import."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from journal import BadImportFile, CheckIn, InvalidEntry, JournalStore
from journal.kindred_import import parse_kindred

PASS = "maple river lantern"
DAY = datetime(2026, 3, 14)


def _journal(store: JournalStore, name: str = "ana"):
    store.create_account(name, PASS)
    return store.unlock(name, PASS)


def _three_trackers(journal):
    return (
        journal.add_tracker("Took my medication", "yes_no"),
        journal.add_tracker("Racing thoughts", "scale"),
        journal.add_tracker("Time outside", "number", "minutes"),
    )


def test_trackers_and_their_values_are_sealed_at_rest(tmp_path: Path):
    from tests.journal.conftest import TEST_KDF

    store = JournalStore(f"sqlite:///{tmp_path / 'kindred.db'}", kdf=TEST_KDF)
    journal = _journal(store)
    meds, thoughts, outside = _three_trackers(journal)
    journal.add(
        CheckIn(
            mood=3,
            occurred_at=DAY.replace(hour=9),
            trackers={meds.id: True, thoughts.id: 4, outside.id: 47.25},
        )
    )
    store.close()
    raw = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.name.startswith("kindred.db"))
    for secret in (b"Took my medication", b"Racing thoughts", b"minutes", b"47.25", b"yes_no"):
        assert secret not in raw
    again = JournalStore(f"sqlite:///{tmp_path / 'kindred.db'}", kdf=TEST_KDF).unlock("ana", PASS)
    assert [t.name for t in again.trackers()] == [
        "Took my medication",
        "Racing thoughts",
        "Time outside",
    ]
    [entry] = again.entries()
    assert entry.checkin.trackers == {meds.id: True, thoughts.id: 4, outside.id: 47.25}


def test_several_check_ins_a_day_each_keep_their_own_time(store: JournalStore):
    journal = _journal(store)
    meds = journal.add_tracker("Took my medication", "yes_no")
    journal.add(
        CheckIn(mood=2, occurred_at=DAY.replace(hour=8, minute=5), trackers={meds.id: False})
    )
    journal.add(
        CheckIn(mood=4, occurred_at=DAY.replace(hour=21, minute=40), trackers={meds.id: True})
    )
    found = journal.entries()
    assert [(e.occurred_at.hour, e.occurred_at.minute, e.mood) for e in found] == [
        (21, 40, 4),
        (8, 5, 2),
    ]
    assert [e.checkin.trackers[meds.id] for e in found] == [True, False]


@pytest.mark.parametrize(
    ("kind", "value", "message"),
    [
        ("yes_no", 1, "yes or no"),
        ("scale", 6, "1 to 5"),
        ("scale", 2.5, "1 to 5"),
        ("scale", True, "needs a number"),
        ("number", -3, "between 0"),
        ("number", "lots", "needs a number"),
    ],
)
def test_values_that_do_not_fit_their_tracker_are_refused(sqlite_store, kind, value, message):
    journal = _journal(sqlite_store)
    tracker = journal.add_tracker("Mine", kind, "cups")
    with pytest.raises(InvalidEntry, match=message):
        journal.add(CheckIn(mood=3, occurred_at=DAY, trackers={tracker.id: value}))
    assert journal.entries() == []


def test_a_value_for_a_tracker_not_in_the_journal_is_refused(sqlite_store):
    journal = _journal(sqlite_store)
    with pytest.raises(InvalidEntry, match="not in your journal"):
        journal.add(CheckIn(mood=3, occurred_at=DAY, trackers={"f" * 32: True}))


def test_tracker_names_are_unique_and_checked(sqlite_store):
    journal = _journal(sqlite_store)
    journal.add_tracker("Anxiety", "scale")
    with pytest.raises(InvalidEntry, match="already have"):
        journal.add_tracker("  anxiety ", "scale")
    with pytest.raises(InvalidEntry, match="name of 1 to"):
        journal.add_tracker("   ", "scale")
    with pytest.raises(InvalidEntry, match="1-5 scale"):
        journal.add_tracker("Steps", "count")


def test_a_journal_never_sees_another_persons_trackers(sqlite_store):
    ana = _journal(sqlite_store, "ana")
    ben = _journal(sqlite_store, "ben")
    secret = ana.add_tracker("Ana's private tracker", "yes_no")
    assert ben.trackers() == []
    with pytest.raises(InvalidEntry):
        ben.add(CheckIn(mood=3, occurred_at=DAY, trackers={secret.id: True}))


def test_deleted_trackers_leave_the_export_but_entries_stay(sqlite_store):
    journal = _journal(sqlite_store)
    meds, thoughts, _ = _three_trackers(journal)
    journal.add(CheckIn(mood=3, occurred_at=DAY, trackers={meds.id: True, thoughts.id: 2}))
    journal.delete_tracker(thoughts.id)
    document = json.loads(journal.export_json())
    assert [t["name"] for t in document["trackers"]] == ["Took my medication", "Time outside"]
    assert document["entries"][0]["trackers"] == {meds.id: True}
    assert "Took my medication: yes" in journal.export_csv()


def test_trackers_round_trip_through_export_and_import(store: JournalStore):
    source = _journal(store, "ana")
    meds, thoughts, outside = _three_trackers(source)
    source.add_many(
        [
            CheckIn(mood=2, note="rough morning", occurred_at=DAY.replace(hour=8),
                    trackers={meds.id: False, thoughts.id: 5}),
            CheckIn(mood=4, occurred_at=DAY.replace(hour=20),
                    trackers={meds.id: True, outside.id: 90}),
        ]
    )  # fmt: skip
    exported = source.export_json().encode()

    target = _journal(store, "ben")
    preview = parse_kindred(exported, target.trackers())
    assert [t.name for t in preview.new_trackers] == [
        "Took my medication",
        "Racing thoughts",
        "Time outside",
    ]
    target.add_many(preview.entries, preview.new_trackers)
    names = {t.id: t.name for t in target.trackers()}
    got = sorted(
        ((e.occurred_at, e.mood, {names[k]: v for k, v in e.checkin.trackers.items()})
         for e in target.entries()),
        key=lambda row: row[0],
    )  # fmt: skip
    assert got == [
        (DAY.replace(hour=8), 2, {"Took my medication": False, "Racing thoughts": 5}),
        (DAY.replace(hour=20), 4, {"Took my medication": True, "Time outside": 90.0}),
    ]

    again = parse_kindred(exported, target.trackers())
    again.leave_out_existing(e.checkin for e in target.entries())
    assert again.new_trackers == [] and again.entries == [] and again.already_there == 2


def test_importing_an_export_into_its_own_journal_adds_nothing(sqlite_store):
    journal = _journal(sqlite_store)
    meds = journal.add_tracker("Took my medication", "yes_no")
    journal.add(CheckIn(mood=3, occurred_at=DAY, trackers={meds.id: True}))
    preview = parse_kindred(journal.export_json().encode(), journal.trackers())
    preview.leave_out_existing(e.checkin for e in journal.entries())
    assert (preview.new_trackers, preview.entries, preview.already_there) == ([], [], 1)


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ({"format": "something-else", "entries": []}, "isn't a Kindred journal export"),
        ({"format": "kindred-journal", "entries": {}}, "should be lists"),
        ({"format": "kindred-journal", "entries": [], "trackers": [{"name": "x"}]}, "tracker"),
        (
            {"format": "kindred-journal", "entries": [],
             "trackers": [{"id": "a", "name": "x", "kind": "colour"}]},
            "tracker",
        ),
    ],
)  # fmt: skip
def test_bad_kindred_files_are_refused_whole(sqlite_store, document, message):
    journal = _journal(sqlite_store)
    with pytest.raises(BadImportFile, match=message) as caught:
        parse_kindred(json.dumps(document).encode(), journal.trackers())
    assert str(caught.value).endswith("Nothing was imported.")
    assert journal.trackers() == [] and journal.entries() == []


def test_entries_with_values_that_do_not_fit_are_skipped_with_a_reason(sqlite_store):
    journal = _journal(sqlite_store)
    document = {
        "format": "kindred-journal",
        "trackers": [{"id": "t1", "name": "Anxiety", "kind": "scale", "unit": ""}],
        "entries": [
            {"mood": 3, "note": "", "emotions": [], "activities": [], "tags": [],
             "sleep_hours": None, "occurred_at": "2026-03-14T09:00:00", "trackers": {"t1": 9}},
            {"mood": 4, "note": "", "emotions": [], "activities": [], "tags": [],
             "sleep_hours": None, "occurred_at": "2026-03-14T10:00:00", "trackers": {"t2": 1}},
            {"mood": 4, "note": "", "emotions": [], "activities": [], "tags": [],
             "sleep_hours": None, "occurred_at": "2026-03-14T11:00:00", "trackers": {"t1": 2}},
        ],
    }  # fmt: skip
    preview = parse_kindred(json.dumps(document).encode(), journal.trackers())
    assert [(s.row, s.reason) for s in preview.skipped] == [
        (1, "'Anxiety' is a whole number from 1 to 5"),
        (2, "has values for a tracker the file does not list"),
    ]
    journal.add_many(preview.entries, preview.new_trackers)
    [entry] = journal.entries()
    [anxiety] = journal.trackers()
    assert entry.checkin.trackers == {anxiety.id: 2}
