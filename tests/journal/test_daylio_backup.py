"""Daylio's own backup (.daylio): samples built from the format's public facts, including
damaged, wrong and huge files. Clear messages, nothing half-imported, re-import adds nothing."""

from __future__ import annotations

import base64
import io
import json
import zipfile
from datetime import datetime

import pytest

from journal import BadImportFile, JournalStore
from journal.daylio_backup import (
    MAX_BACKUP_TEXT_BYTES,
    MEMBER,
    build_backup,
    parse_daylio_backup,
    plain_text,
)
from tests.journal.conftest import DATA
from tests.journal.daylio_samples import SAMPLE, document

PASS = "maple river lantern"


def _journal(store: JournalStore):
    store.create_account("ana", PASS)
    return store.unlock("ana", PASS)


def test_the_sample_backup_reads_moods_levels_groups_notes_and_times():
    preview = parse_daylio_backup(SAMPLE.read_bytes())
    assert preview.skipped == [] and preview.unmapped_moods == []
    by_time = {c.occurred_at: c for c in preview.entries}
    evening = by_time[datetime(2026, 3, 2, 21, 30)]
    assert evening.mood == 5  # "Super Happy", a custom name on Daylio's best level
    assert evening.title == "Good night"
    assert evening.note == "Dinner with Sam & Jo\nLaughed a lot"
    assert evening.activities == ("friends", "good sleep")
    assert evening.tags == ("Social", "Health")  # the activities' groups
    assert by_time[datetime(2026, 3, 3, 8, 5)].mood == 2  # "Drained", level 4 of 5
    assert by_time[datetime(2026, 3, 3, 18, 45)].starred
    assert by_time[datetime(2025, 12, 31, 12, 0)].mood == 1  # month 11 is December
    assert {(m.name, m.level, m.mood) for m in preview.moods} >= {
        ("Super Happy", 1, 5),
        ("Drained", 4, 2),
        ("meh", 3, 3),
    }
    assert preview.activity_groups == {
        "Social": ["friends", "family"],
        "Health": ["exercise", "good sleep"],
    }


def test_a_mood_without_a_level_waits_for_the_persons_mapping_as_in_the_csv():
    moods = document()["customMoods"] + [{"id": 9, "custom_name": "Wobbly", "mood_group_id": 0}]
    entries = [*document()["dayEntries"], {**document()["dayEntries"][1], "id": 9, "mood": 9}]
    data = build_backup(document(customMoods=moods, dayEntries=entries))
    preview = parse_daylio_backup(data)
    assert preview.unmapped_moods == ["Wobbly"]
    assert [s.reason for s in preview.skipped] == ["mood 'Wobbly' is not matched to 1-5 yet"]
    mapped = parse_daylio_backup(data, {"wobbly": 3, "Drained": 1})
    assert mapped.skipped == [] and len(mapped.entries) == 5
    assert sorted(c.mood for c in mapped.entries if c.occurred_at.hour == 8) == [1, 3]


def test_import_is_all_at_once_and_again_adds_nothing(store: JournalStore):
    journal = _journal(store)
    preview = parse_daylio_backup(SAMPLE.read_bytes())
    journal.add_many(preview.entries)
    assert len(journal.entries()) == 4
    again = parse_daylio_backup(SAMPLE.read_bytes())
    again.leave_out_existing(e.checkin for e in journal.entries())
    assert again.entries == [] and again.already_there == 4


def _own_mood_names_backup() -> bytes:
    """The sample with two more moods the person named: "meh+" (Daylio's middle level) and
    "radiant" (its best), and an entry for each beside the sample's four."""
    moods = [
        *document()["customMoods"],
        {"id": 8, "custom_name": " meh+ ", "mood_group_id": 3, "predefined_name_id": -1},
        {"id": 9, "custom_name": "radiant", "mood_group_id": 1, "predefined_name_id": -1},
    ]
    template = document()["dayEntries"][1]
    entries = [
        *document()["dayEntries"],
        {**template, "id": 8, "mood": 8, "day": 10, "note": "so-so, a bit better"},
        {**template, "id": 9, "mood": 9, "day": 11, "note": "best day in weeks"},
    ]
    return build_backup(document(customMoods=moods, dayEntries=entries))


def test_the_persons_own_mood_names_stay_on_their_entries_sealed_and_through_export(
    store: JournalStore,
):
    from sqlalchemy import select

    from journal.kindred_import import parse_kindred
    from journal.schema import entries

    data = _own_mood_names_backup()
    preview = parse_daylio_backup(data)
    assert preview.skipped == []
    words = {c.note: (c.mood, c.mood_label) for c in preview.entries}
    assert words["so-so, a bit better"] == (3, "meh+")
    assert words["best day in weeks"] == (5, "radiant")
    assert words["Short run"] == (3, "")  # Daylio's own "meh" is not a word of theirs
    assert words["Dinner with Sam & Jo\nLaughed a lot"] == (5, "Super Happy")

    journal = _journal(store)
    journal.add_many(preview.entries)
    saved = {e.note: e.checkin.mood_label for e in journal.entries()}
    assert saved["so-so, a bit better"] == "meh+" and saved["best day in weeks"] == "radiant"
    with store.engine.connect() as connection:  # sealed like everything else
        payloads = connection.execute(select(entries.c.payload)).scalars().all()
    assert payloads and not any(b"radiant" in p or b"meh+" in p for p in payloads)

    again = parse_daylio_backup(data)  # importing the same backup again adds nothing
    again.leave_out_existing(e.checkin for e in journal.entries())
    assert again.entries == [] and again.already_there == 6

    store.create_account("ben", "quiet copper harbor")
    elsewhere = store.unlock("ben", "quiet copper harbor")
    elsewhere.add_many(parse_kindred(journal.export_json().encode()).entries)
    moved = {e.note: (e.mood, e.checkin.mood_label) for e in elsewhere.entries()}
    assert moved["so-so, a bit better"] == (3, "meh+")
    assert moved["best day in weeks"] == (5, "radiant")
    assert "radiant" in journal.export_csv()


def test_a_mood_name_too_long_to_be_a_real_one_skips_its_entries_with_the_reason():
    moods = [{"id": 1, "custom_name": "x" * 61, "mood_group_id": 2}]
    entries = [{**document()["dayEntries"][0], "mood": 1, "tags": []}]
    preview = parse_daylio_backup(build_backup(document(customMoods=moods, dayEntries=entries)))
    assert preview.entries == []
    assert [s.reason for s in preview.skipped] == ["A mood's own name can be up to 60 characters."]


def test_an_entry_that_is_not_valid_is_skipped_with_its_row():
    entries = document()["dayEntries"]
    entries[0]["month"] = 13
    entries[1]["tags"] = [99]
    entries[2]["mood"] = 42
    preview = parse_daylio_backup(build_backup(document(dayEntries=entries)))
    assert [(s.row, s.reason) for s in preview.skipped] == [
        (1, "has no valid date and time, or an unknown activity"),
        (2, "has no valid date and time, or an unknown activity"),
        (3, "has a mood this backup does not list"),
    ]
    assert len(preview.entries) == 1


def _zip(members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def _bomb() -> bytes:
    """A few hundred KB on disk that unpacks past the limit (zeros compress ~1000:1)."""
    return _zip({MEMBER: b"A" * (MAX_BACKUP_TEXT_BYTES + 1024)})


def _lying_bomb() -> bytes:
    """The same, with the member's declared size rewritten to look small."""
    data = _bomb()
    real = (MAX_BACKUP_TEXT_BYTES + 1024).to_bytes(4, "little")
    assert data.count(real) == 2  # the local header and the central directory
    return data.replace(real, (1000).to_bytes(4, "little"))


HOSTILE = [
    ("empty", b"", "empty"),
    ("csv", (DATA / "daylio_current.csv").read_bytes(), "choose 'Daylio \\(CSV\\)'"),
    ("json", b'{"dayEntries": []}', "zip archive"),
    ("truncated", SAMPLE.read_bytes()[:-40], "damaged"),
    (
        "flipped-bytes",
        SAMPLE.read_bytes()[:60] + b"\x00" * 40 + SAMPLE.read_bytes()[100:],
        "damaged",
    ),
    ("no-backup-inside", _zip({"notes.txt": b"hello"}), "no 'backup.daylio'"),
    ("not-base64", _zip({MEMBER: b"this is not base64 at all!"}), "can't be read"),
    ("base64-not-json", _zip({MEMBER: base64.b64encode(b"\x89PNG")}), "can't be read"),
    ("no-entries", _zip({MEMBER: base64.b64encode(b'{"tags": []}')}), "dayEntries"),
    (
        "deep",
        _zip({MEMBER: base64.b64encode(b'{"dayEntries": ' + b"[" * 5000 + b"]" * 5000 + b"}")}),
        "levels deep",
    ),
    ("huge-upload", b"PK" + b"\x00" * (10 * 1024 * 1024 + 1), "limit is 10 MB"),
    ("zip-bomb", _bomb(), "unpacks to more than"),
    ("lying-zip-bomb", _lying_bomb(), "unpacks to more than|damaged"),
    (
        "too-many-members",
        _zip({f"assets/{n}": b"" for n in range(5_001)}, zipfile.ZIP_STORED),
        "5,001 files",
    ),
]


@pytest.mark.parametrize(("data", "message"), [h[1:] for h in HOSTILE], ids=[h[0] for h in HOSTILE])
def test_bad_files_are_refused_whole_with_a_clear_message(sqlite_store, data, message):
    journal = _journal(sqlite_store)
    with pytest.raises(BadImportFile, match=message) as caught:
        parse_daylio_backup(data)
    assert str(caught.value).endswith("Nothing was imported.")
    assert journal.entries() == []


def test_too_many_entries_are_refused_before_any_is_read():
    many = [{}] * 100_001
    with pytest.raises(BadImportFile, match="100,001 entries"):
        parse_daylio_backup(build_backup(document(dayEntries=many)))


@pytest.mark.parametrize(
    ("note", "text"),
    [
        ("plain words", "plain words"),
        ("one<br>two<br/>three", "one\ntwo\nthree"),
        ("<ul><li>a</li><li>b</li></ul>", "a\nb"),
        ("Fish &amp; chips &lt;3", "Fish & chips <3"),
        ("<" * 50_000, "<" * 50_000),
    ],
)
def test_notes_are_plain_text(note, text):
    assert plain_text(note) == text


def test_the_sample_matches_what_the_builder_writes():
    with zipfile.ZipFile(SAMPLE) as archive:
        names = archive.namelist()
        inside = json.loads(base64.b64decode(archive.read(MEMBER)))
    assert MEMBER in names and any(n.startswith("assets/") for n in names)
    assert inside == document()


def test_a_backup_given_as_a_daylio_csv_points_to_the_backup_choice():
    from journal.daylio import parse_daylio

    with pytest.raises(BadImportFile, match=r"choose 'Daylio backup \(\.daylio\)' above"):
        parse_daylio(SAMPLE.read_bytes())


def test_a_zip_packed_with_a_method_daylio_never_uses_is_refused_kindly():
    data = bytearray(_zip({MEMBER: base64.b64encode(b"{}")}, zipfile.ZIP_STORED))
    # mark the member as LZMA-packed in both headers: zipfile itself could not unpack it
    for header in (b"PK\x03\x04", b"PK\x01\x02"):
        at = data.find(header)
        offset = 8 if header == b"PK\x03\x04" else 10
        data[at + offset : at + offset + 2] = (14).to_bytes(2, "little")
    with pytest.raises(BadImportFile, match="packed in a way Daylio never uses"):
        parse_daylio_backup(bytes(data))
