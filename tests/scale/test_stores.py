"""Every store and the story index, on the local defaults and on PostgreSQL + a Chroma server.

The same calls, only the settings differ: ``backend`` is a SQLite file and a Chroma folder,
or a fresh PostgreSQL database and a ``chroma run`` server, both started on loopback.
"""

from __future__ import annotations

import pytest
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect, text

from journal import AccountExists, CheckIn, JournalStore, WrongPassphrase
from journal.db import MIGRATIONS as JOURNAL_MIGRATIONS
from journal.db import VERSION_TABLE as JOURNAL_VERSION_TABLE
from knowledge.directory import import_feed, open_directory
from knowledge.directory.store import MIGRATIONS as DIRECTORY_MIGRATIONS
from knowledge.moderation.inbox import Consent, Draft, open_inbox
from knowledge.moderation.schema import MIGRATIONS as INBOX_MIGRATIONS
from knowledge.stories import StoryLibrary
from settings import Settings
from tests.journal.conftest import TEST_KDF
from tests.scale.conftest import LISTINGS

PASSPHRASE = "lantern harbor willow"
SHARED_BODY = (
    "When my anxiety was at its worst I could not open the post or answer the phone. "
    "A friend came with me to a peer group in the library on Thursday evenings. Hearing "
    "others describe the same racing heart and the same avoidance made me feel less broken. "
    "Over a year I learned to breathe through the wave and to ask for help before it peaked."
)


def test_journal_create_unlock_add_and_read_back(backend: Settings):
    store = JournalStore(backend.store_url, kdf=TEST_KDF)
    store.create_account("river", PASSPHRASE)
    first = store.unlock("river", PASSPHRASE).add(CheckIn(mood=4, note="a calm walk"))
    second = store.unlock("river", PASSPHRASE).add(CheckIn(mood=2, note="a hard evening"))
    entries = JournalStore(backend.store_url, kdf=TEST_KDF).unlock("river", PASSPHRASE).entries()
    assert sorted(e.id for e in entries) == sorted([first, second])
    assert {e.checkin.note for e in entries} == {"a calm walk", "a hard evening"}
    with pytest.raises(AccountExists):
        store.create_account("River", "another passphrase")
    with pytest.raises(WrongPassphrase):
        store.unlock("river", "not the passphrase")
    store.close()


def test_story_submission_approval_search_and_withdrawal(backend: Settings, library: StoryLibrary):
    queue = open_inbox(backend)
    receipt = queue.submit(
        Draft(
            title="The Thursday group",
            body=SHARED_BODY,
            topics=["anxiety"],
            what_helped=["peer-group"],
        ),
        Consent(True, True, True),
    )
    query = "a peer group helped me with a racing heart and avoiding the post"
    assert [item.id for item in queue.items("pending")] == [receipt.submission_id]
    story = queue.approve(receipt.submission_id, library)
    assert story is not None
    assert story.id in [hit.story.id for hit in library.search(query, k=5, include_warnings=True)]
    assert queue.items("pending") == []
    assert queue.withdraw(receipt.withdrawal_code, library) is True
    assert story.id not in [
        hit.story.id for hit in library.search(query, k=5, include_warnings=True)
    ]
    assert queue.get(receipt.submission_id) is None


def test_directory_import_find_and_corrections(backend: Settings):
    directory = open_directory(backend)
    report = import_feed(LISTINGS, format="json", source="scale", directory=directory)
    assert report.ok, report.rejected
    names = [hit.listing.id for hit in directory.find("Chicago", include_remote=False)]
    assert set(names) >= {"scale-harbor-circle", "scale-lakeside-specialist"}
    correction = open_inbox(backend).suggest_correction(
        "scale-harbor-circle", "It moved to the second floor.", "Harbor Circle"
    )
    again = open_inbox(backend)  # a second handle on the same store sees the same rows
    assert [c.id for c in again.items("pending", kind="correction")] == [correction]
    again.approve(correction)
    assert open_inbox(backend).items("pending", kind="correction") == []


def _head(migrations) -> str:  # type: ignore[no-untyped-def]
    config = Config()
    config.set_main_option("script_location", str(migrations))
    return ScriptDirectory.from_config(config).get_current_head()


def test_migrations_reach_head_and_rerun_as_a_no_op(backend: Settings):
    for _ in range(2):  # the second opening finds everything at head and changes nothing
        JournalStore(backend.store_url, kdf=TEST_KDF).close()
        open_directory(backend)
        open_inbox(backend)
    engine = create_engine(backend.store_url)
    tables = set(inspect(engine).get_table_names())
    assert {
        "journal_accounts", "journal_entries", "journal_self_checks", "journal_unlock_throttle",
        "directory_listings", "moderation_inbox", "moderation_throttle",
    } <= tables  # fmt: skip
    assert not {"directory_corrections", "story_submissions"} & tables, "moved into the inbox"
    with engine.connect() as connection:
        journal = connection.execute(text(f"SELECT version_num FROM {JOURNAL_VERSION_TABLE}"))
        directory = connection.execute(text("SELECT version_num FROM directory_alembic_version"))
        inbox = connection.execute(text("SELECT version_num FROM moderation_alembic_version"))
        assert [row[0] for row in journal] == [_head(JOURNAL_MIGRATIONS)]
        assert [row[0] for row in directory] == [_head(DIRECTORY_MIGRATIONS)]
        assert [row[0] for row in inbox] == [_head(INBOX_MIGRATIONS)]
    engine.dispose()
