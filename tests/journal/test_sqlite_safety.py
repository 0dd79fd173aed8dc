"""SQLite-specific guarantees: no plaintext on disk, concurrent writers, crash safety."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from journal import CheckIn, JournalStore
from tests.journal.conftest import TEST_KDF

ROOT = Path(__file__).resolve().parents[2]
PASS = "maple river lantern"
MARKERS = {
    "note": "ZEBRA-NOTE-MARKER-7Q",
    "tag": "ZEBRA-TAG-MARKER-7Q",
    "activity": "ZEBRA-ACTIVITY-MARKER-7Q",
    "title": "ZEBRA-TITLE-MARKER-7Q",
    "username": "ZEBRA-USER-MARKER-7Q",
    "passphrase": "ZEBRA-PASSPHRASE-MARKER-7Q",
}
EMOTION = "overwhelmed"  # an emotion is a vocabulary word, so look for its JSON form
SELF_CHECK = '"instrument":"PHQ-9"'


def _disk_bytes(db: Path) -> bytes:
    return b"".join(
        p.read_bytes() for p in (db, Path(f"{db}-wal"), Path(f"{db}-shm")) if p.exists()
    )


def _assert_no_private_text(db: Path) -> None:
    on_disk = _disk_bytes(db)
    assert on_disk, "the database files should exist"
    for what, marker in MARKERS.items():
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            assert marker.encode(encoding) not in on_disk, f"{what} marker found in clear"
    assert f'"{EMOTION}"'.encode() not in on_disk and EMOTION.encode() not in on_disk
    assert SELF_CHECK.encode() not in on_disk and b'"mood":' not in on_disk


def test_no_private_text_in_the_database_files_before_and_after_checkpoint(tmp_path: Path):
    db = tmp_path / "kindred.db"
    store = JournalStore(f"sqlite:///{db}", kdf=TEST_KDF)
    store.create_account(MARKERS["username"], MARKERS["passphrase"])
    journal = store.unlock(MARKERS["username"], MARKERS["passphrase"])
    entry_id = journal.add(
        CheckIn(
            mood=2,
            note=f"today {MARKERS['note']} was hard",
            emotions=(EMOTION,),
            tags=(MARKERS["tag"],),
            activities=(MARKERS["activity"],),
            title=MARKERS["title"],
            sleep_hours=4,
        )
    )
    journal.update(entry_id, journal.get(entry_id).checkin)
    journal.add_self_check("PHQ-9", [2] * 9)
    assert Path(f"{db}-wal").exists()
    _assert_no_private_text(db)
    with store.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    _assert_no_private_text(db)
    assert journal.get(entry_id).note.startswith("today ")  # still readable with the key


@pytest.mark.parametrize("engines", ["one shared store", "a store per thread"])
def test_twenty_threads_writing_at_once_lose_nothing_and_raise_nothing(sqlite_store, engines):
    sqlite_store.create_account("ana", PASS)
    journal = sqlite_store.unlock("ana", PASS)
    per_thread, errors, written = 15, [], []
    lock, unlock_one_at_a_time = threading.Lock(), threading.Lock()
    start = threading.Barrier(20, timeout=60)

    def write(worker: int) -> None:
        try:
            mine = journal
            if engines == "a store per thread":  # like several app processes on one file
                # One unlock at a time: unlocks of one name in flight together count as
                # guesses (journal.throttle), and this test is about the writes.
                with unlock_one_at_a_time:
                    mine = JournalStore(sqlite_store.url, kdf=TEST_KDF).unlock("ana", PASS)
            start.wait()
            for n in range(per_thread):
                entry_id = mine.add(CheckIn(mood=n % 5 + 1, note=f"w{worker}-{n}"))
                with lock:
                    written.append(entry_id)
        except Exception as error:  # collected so the test can show it
            errors.append(error)
            start.abort()  # never leave the other threads waiting

    threads = [threading.Thread(target=write, args=(w,)) for w in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    stored = journal.entries()
    assert len(stored) == len(written) == 20 * per_thread
    assert {e.id for e in stored} == set(written)
    assert {e.note for e in stored} == {f"w{w}-{n}" for w in range(20) for n in range(per_thread)}


@pytest.mark.slow
def test_sigkill_mid_stream_leaves_an_intact_database_with_every_committed_entry(
    tmp_path: Path,
):
    db = tmp_path / "kindred.db"
    url = f"sqlite:///{db}"
    JournalStore(url, kdf=TEST_KDF).create_account("ana", PASS)
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.journal.writer_child", url, "ana", PASS],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    committed = []
    assert child.stdout is not None
    while len(committed) < 150:
        line = child.stdout.readline()
        assert line, "the writer stopped before it was killed"
        committed.append(line.strip())
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    committed.extend(line.strip() for line in child.stdout if line.strip())
    assert child.returncode == -signal.SIGKILL

    with sqlite3.connect(db) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    journal = JournalStore(url, kdf=TEST_KDF).unlock("ana", PASS)
    present = {e.id for e in journal.entries()}
    assert set(committed) <= present
    assert len(present) - len(committed) <= 1  # at most the one in flight when killed


@pytest.mark.parametrize(
    ("pragma", "expected"),
    [("journal_mode", "wal"), ("busy_timeout", 30000), ("foreign_keys", 1), ("synchronous", 2)],
)
def test_sqlite_connections_are_tuned_for_a_journal(sqlite_store, pragma, expected):
    with sqlite_store.engine.connect() as connection:
        assert connection.exec_driver_sql(f"PRAGMA {pragma}").scalar() == expected
