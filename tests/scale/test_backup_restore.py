"""A backup taken while people are writing restores to a working instance.

Writers keep adding check-ins while ``deploy.snapshots`` dumps PostgreSQL (pg_dump -Fc) and
exports the story index from the Chroma server. Both are restored into a fresh database
and a fresh Chroma server; there every journal unlocks and holds exactly the check-ins it
had at the moment of the dump (all acknowledged before the dump began, in order, and none
that was never acknowledged), and story and directory searches answer.
"""

from __future__ import annotations

import threading
import time
import uuid
from pathlib import Path

import pytest

from deploy.snapshots import (
    CHROMA_FILE,
    POSTGRES_FILE,
    dump_postgres,
    export_chroma,
    import_chroma,
    restore_postgres,
)
from journal import CheckIn, JournalStore
from knowledge.directory import import_feed, open_directory
from knowledge.stories import StoryLibrary
from knowledge.stories.index import open_collection
from loopback_servers import create_database, postgres_identity, running_chroma
from settings import Settings
from tests.journal.conftest import TEST_KDF
from tests.scale.conftest import LISTINGS, sample_stories

pytestmark = [pytest.mark.slow, pytest.mark.postgres]
WRITERS = 3
PASSPHRASE = "pebble orchard signal"


class Writer(threading.Thread):
    """One person checking in again and again; remembers each acknowledged entry and when."""

    def __init__(self, store: JournalStore, name: str, stop: threading.Event) -> None:
        super().__init__(daemon=True)
        self.journal = store.unlock(name, PASSPHRASE)
        self.name_in_journal = name
        self.stop = stop
        self.acknowledged: list[tuple[str, float]] = []
        self.failures: list[str] = []

    def run(self) -> None:
        number = 0
        while not self.stop.is_set():
            number += 1
            try:
                entry_id = self.journal.add(CheckIn(mood=number % 5 + 1, note=f"day {number}"))
            except Exception as error:  # counted and asserted on below
                self.failures.append(repr(error))
                continue
            self.acknowledged.append((entry_id, time.time()))
            time.sleep(0.01)


def test_backup_during_writes_restores_to_a_working_instance(
    postgres_server: str, tmp_path: Path, model
):
    url = create_database(postgres_server, f"live_{uuid.uuid4().hex[:8]}")
    backup = tmp_path / "backup"
    with running_chroma(tmp_path / "chroma-live") as (host, port):
        live = Settings(data_dir=tmp_path / "data", database_url=url, chroma_host=host,
                        chroma_port=port)  # fmt: skip
        StoryLibrary(open_collection(live)).add(sample_stories())
        assert import_feed(
            LISTINGS, format="json", source="scale", directory=open_directory(live)
        ).ok
        store = JournalStore(url, kdf=TEST_KDF)
        names = [f"writer {n}" for n in range(WRITERS)]
        for name in names:
            store.create_account(name, PASSPHRASE)
        stop = threading.Event()
        writers = [Writer(store, name, stop) for name in names]
        for writer in writers:
            writer.start()
        time.sleep(1.0)
        began = time.time()
        dump_postgres(url, backup / POSTGRES_FILE, **postgres_identity())
        passages = export_chroma(host, port, backup / CHROMA_FILE)
        ended = time.time()
        time.sleep(0.5)
        stop.set()
        for writer in writers:
            writer.join(timeout=30)
        store.close()

    assert [w.failures for w in writers] == [[]] * WRITERS
    during = sum(began <= at <= ended for w in writers for _, at in w.acknowledged)
    assert during > 0, "no check-in was written while the backup ran"

    restored_url = create_database(postgres_server, f"restored_{uuid.uuid4().hex[:8]}")
    restore_postgres(backup / POSTGRES_FILE, restored_url, **postgres_identity())
    with running_chroma(tmp_path / "chroma-restored") as (new_host, new_port):
        assert import_chroma(backup / CHROMA_FILE, new_host, new_port) == passages
        restored = Settings(data_dir=tmp_path / "restored", database_url=restored_url,
                            chroma_host=new_host, chroma_port=new_port)  # fmt: skip
        restored_store = JournalStore(restored_url, kdf=TEST_KDF)
        for writer in writers:
            entries = restored_store.unlock(writer.name_in_journal, PASSPHRASE).entries()
            acknowledged = [entry_id for entry_id, _ in writer.acknowledged]
            before_backup = [entry_id for entry_id, at in writer.acknowledged if at < began]
            kept = {entry.id for entry in entries}
            assert kept == set(acknowledged[: len(kept)]), "the backup is not a clean prefix"
            assert set(before_backup) <= kept
        restored_store.close()
        library = StoryLibrary(open_collection(restored))
        hits = library.search("hearing voices and singing in a choir", k=3)
        assert hits and hits[0].story.id == "scale-voices-choir"
        found = open_directory(restored).find("Chicago", include_remote=False)
        assert "scale-harbor-circle" in [hit.listing.id for hit in found]
