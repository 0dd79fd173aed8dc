"""The store contract, run on a SQLite file and on a real PostgreSQL server."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select, text, update

from journal import (
    AccountExists,
    CheckIn,
    EntryNotFound,
    InvalidEntry,
    JournalStore,
    TooManyAttempts,
    WrongPassphrase,
)
from journal.schema import entries, unlock_throttle
from journal.throttle import PASSPHRASE

PASS_A = "maple river lantern"
PASS_B = "quiet copper harbor"


def test_create_unlock_add_and_read_back(store: JournalStore):
    store.create_account("ana", PASS_A)
    journal = store.unlock("ana", PASS_A)
    when = datetime(2026, 5, 4, 21, 30)
    entry_id = journal.add(
        CheckIn(
            mood=4,
            note="walked by the sea",
            emotions=("calm", "grateful"),
            activities=("walk outside",),
            tags=("weekend",),
            sleep_hours=7.5,
            occurred_at=when,
        )
    )
    [entry] = store.unlock("ana", PASS_A).entries()
    assert entry.id == entry_id
    assert entry.checkin == CheckIn(
        mood=4,
        note="walked by the sea",
        emotions=("calm", "grateful"),
        activities=("walk outside",),
        tags=("weekend",),
        sleep_hours=7.5,
        occurred_at=when,
    )


def test_names_are_found_regardless_of_case_and_spaces(store: JournalStore):
    store.create_account("Ana Lopez", PASS_A)
    assert store.unlock("  ana lopez ", PASS_A).entries() == []
    with pytest.raises(AccountExists):
        store.create_account("ANA LOPEZ", PASS_B)


@pytest.mark.parametrize(
    ("username", "passphrase"),
    [("ana", "not the passphrase"), ("nobody", PASS_A), ("ana", ""), ("ana", PASS_A.upper())],
)
def test_wrong_passphrase_or_unknown_name_unlocks_nothing_with_one_message(
    store: JournalStore, username: str, passphrase: str
):
    store.create_account("ana", PASS_A)
    store.unlock("ana", PASS_A).add(CheckIn(mood=2, note="private"))
    with pytest.raises(WrongPassphrase) as caught:
        store.unlock(username, passphrase)
    assert str(caught.value) == str(WrongPassphrase())


def test_recovery_code_unlocks_and_can_set_a_new_passphrase(store: JournalStore):
    code = store.create_account("ana", PASS_A)
    store.unlock("ana", PASS_A).add(CheckIn(mood=3, note="before I forgot"))
    journal = store.unlock_with_recovery_code("ana", code.lower().replace("-", " "))
    assert [e.note for e in journal.entries()] == ["before I forgot"]
    journal.change_passphrase(PASS_B)
    assert store.unlock("ana", PASS_B).entries()[0].note == "before I forgot"
    with pytest.raises(WrongPassphrase):
        store.unlock("ana", PASS_A)
    with pytest.raises(WrongPassphrase):
        store.unlock_with_recovery_code("ana", "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE")


def test_one_person_cannot_list_read_edit_or_delete_anothers_entries(store: JournalStore):
    store.create_account("ana", PASS_A)
    store.create_account("ben", PASS_B)
    ana, ben = store.unlock("ana", PASS_A), store.unlock("ben", PASS_B)
    secret_id = ana.add(CheckIn(mood=1, note="ana's secret"))
    ben.add(CheckIn(mood=5, note="ben's day"))
    assert [e.note for e in ben.entries()] == ["ben's day"]
    with pytest.raises(EntryNotFound):
        ben.get(secret_id)
    with pytest.raises(EntryNotFound):
        ben.update(secret_id, CheckIn(mood=5, note="overwritten"))
    with pytest.raises(EntryNotFound):
        ben.delete(secret_id)
    assert "ana's secret" not in ben.export_json()
    assert ana.get(secret_id).note == "ana's secret"


def test_a_row_moved_to_another_owner_does_not_decrypt(store: JournalStore):
    store.create_account("ana", PASS_A)
    store.create_account("ben", PASS_B)
    ana, ben = store.unlock("ana", PASS_A), store.unlock("ben", PASS_B)
    secret_id = ana.add(CheckIn(mood=1, note="ana's secret"))
    with store.engine.begin() as connection:
        connection.execute(
            update(entries).where(entries.c.id == secret_id).values(account_id=ben.account_id)
        )
    with pytest.raises(Exception, match="authenticate"):
        ben.entries()


def test_edit_and_delete_an_entry(store: JournalStore):
    store.create_account("ana", PASS_A)
    journal = store.unlock("ana", PASS_A)
    entry_id = journal.add(CheckIn(mood=2, note="first draft"))
    journal.update(entry_id, CheckIn(mood=3, note="second thoughts", tags=("edited",)))
    edited = journal.get(entry_id)
    assert (edited.mood, edited.note, edited.checkin.tags) == (3, "second thoughts", ("edited",))
    journal.delete(entry_id)
    assert journal.entries() == []
    with pytest.raises(EntryNotFound):
        journal.delete(entry_id)


def test_a_session_reading_again_sees_what_another_session_wrote(store: JournalStore):
    """Two unlocked sessions on one journal (two tabs, or two replicas): no stale reads."""
    store.create_account("ana", PASS_A)
    tab_one, tab_two = store.unlock("ana", PASS_A), store.unlock("ana", PASS_A)
    entry_id = tab_one.add(CheckIn(mood=2, note="first draft"))
    assert [e.note for e in tab_one.entries()] == ["first draft"]
    tab_two.update(entry_id, CheckIn(mood=4, note="second thoughts"))
    tab_two.add_note("a new note")
    assert sorted(e.note for e in tab_one.entries()) == ["a new note", "second thoughts"]
    tab_two.delete(entry_id)
    assert [e.note for e in tab_one.entries()] == ["a new note"]


def test_every_write_to_entries_or_trackers_moves_the_revision_seen_by_every_session(
    store: JournalStore,
):
    """The key a page's cache of decrypted entries is checked against on each rerun."""
    store.create_account("ana", PASS_A)
    store.create_account("ben", PASS_B)
    tab_one, tab_two = store.unlock("ana", PASS_A), store.unlock("ana", PASS_A)
    other = store.unlock("ben", PASS_B)
    seen = [tab_one.revision()]
    writes = [
        lambda: tab_two.add(CheckIn(mood=2)),
        lambda: tab_two.add_many([CheckIn(mood=3), CheckIn(mood=4)]),
        lambda: tab_two.update(tab_two.entries()[0].id, CheckIn(mood=5)),
        lambda: tab_two.delete(tab_two.entries()[0].id),
        lambda: tab_two.add_tracker("Water", "number", "glasses"),
        lambda: tab_two.delete_tracker(tab_two.trackers()[0].id),
    ]
    for write in writes:
        write()
        seen.append(tab_one.revision())
    assert seen == sorted(set(seen))  # every write moved it forward
    tab_two.add_self_check("WHO-5", [3, 3, 3, 3, 3])  # not an entry: the entries stay valid
    other.add(CheckIn(mood=1))  # someone else's journal
    assert tab_one.revision() == seen[-1]
    tab_two.delete_everything()  # in another tab: this one re-reads, and finds nothing
    assert tab_one.revision() == -1 and tab_one.entries() == []


def test_notes_are_mood_less_and_sorted_with_back_filled_days(store: JournalStore):
    store.create_account("ana", PASS_A)
    journal = store.unlock("ana", PASS_A)
    journal.add_note("a conversation worth keeping", ["companion"])
    journal.add(CheckIn(mood=4, occurred_at=datetime.now() - timedelta(days=3)))
    newest, oldest = journal.entries()
    assert newest.checkin.is_note and newest.checkin.tags == ("companion",)
    assert oldest.mood == 4


@pytest.mark.parametrize(
    ("checkin", "message"),
    [
        (CheckIn(mood=0), "Mood must be"),
        (CheckIn(mood=6), "Mood must be"),
        (CheckIn(mood=3, emotions=("made-up",)), "Unknown emotion"),
        (CheckIn(mood=3, sleep_hours=25), "sleep"),
        (CheckIn(mood=3, sleep_hours=-1), "sleep"),
        (CheckIn(mood=3, note="x" * 20_001), "Notes can be up to"),
        (CheckIn(mood=3, occurred_at=datetime.now() + timedelta(days=3)), "not the future"),
        (CheckIn(mood=None, note="   "), "needs some text"),
        (CheckIn(mood=3, tags=("t" * 61,)), "up to 60 characters"),
    ],
)
def test_invalid_check_ins_are_refused_with_a_reason_and_nothing_saved(
    store: JournalStore, checkin: CheckIn, message: str
):
    store.create_account("ana", PASS_A)
    journal = store.unlock("ana", PASS_A)
    with pytest.raises(InvalidEntry, match=message):
        journal.add(checkin)
    assert journal.entries() == []


def test_add_many_is_all_or_nothing(store: JournalStore):
    store.create_account("ana", PASS_A)
    journal = store.unlock("ana", PASS_A)
    with pytest.raises(InvalidEntry):
        journal.add_many([CheckIn(mood=3), CheckIn(mood=9)])
    assert journal.entries() == []


def test_failed_unlocks_are_throttled_in_the_database(store: JournalStore):
    store.create_account("ana", PASS_A)
    for _ in range(PASSPHRASE.free):
        with pytest.raises(WrongPassphrase):
            store.unlock("ana", "guess guess guess")
    # A second store on the same database (another app replica) sees the lockout.
    replica = JournalStore(store.url, kdf=store.kdf, name_key=store.name_key)
    with pytest.raises(TooManyAttempts) as caught:
        replica.unlock("ana", PASS_A)
    assert "wait" in str(caught.value)
    replica.close()
    with store.engine.begin() as connection:  # time passes
        connection.execute(update(unlock_throttle).values(locked_until=None))
    assert store.unlock("ana", PASS_A).entries() == []
    with store.engine.connect() as connection:
        assert connection.execute(select(unlock_throttle)).all() == []


def test_parallel_guesses_get_exactly_the_free_attempts(store: JournalStore):
    """Eight wrong guesses at once: five are checked, three are refused, none is lost."""
    from concurrent.futures import ThreadPoolExecutor

    store.create_account("ivy", PASS_A)
    guesses = 8

    def guess(number: int) -> str:
        try:
            store.unlock("ivy", f"wrong guess number {number}")
        except TooManyAttempts:  # a kind of WrongPassphrase, so it is caught first
            return "locked"
        except WrongPassphrase:
            return "wrong"
        return "unlocked"

    with ThreadPoolExecutor(max_workers=guesses) as pool:
        outcomes = list(pool.map(guess, range(guesses)))
    assert outcomes.count("wrong") == PASSPHRASE.free
    assert outcomes.count("locked") == guesses - PASSPHRASE.free
    with store.engine.connect() as connection:
        counted = connection.execute(select(unlock_throttle.c.failures)).scalar()
    assert counted == PASSPHRASE.free


def test_unknown_names_are_throttled_the_same_way(store: JournalStore):
    for _ in range(PASSPHRASE.free):
        with pytest.raises(WrongPassphrase):
            store.unlock("nobody", PASS_A)
    with pytest.raises(TooManyAttempts):
        store.unlock("nobody", PASS_A)


@pytest.mark.parametrize(
    ("failures", "seconds"),
    [(1, None), (4, None), (5, 30), (6, 60), (7, 120), (11, 1920), (12, 3600), (40, 3600)],
)
def test_lockout_grows_then_caps_at_an_hour(failures: int, seconds: int | None):
    wait = PASSPHRASE.lockout_for(failures)
    assert (wait.total_seconds() if wait else None) == seconds


def test_delete_everything_removes_entries_self_checks_and_account(store: JournalStore):
    store.create_account("ana", PASS_A)
    journal = store.unlock("ana", PASS_A)
    journal.add(CheckIn(mood=3, note="gone soon"))
    journal.add_self_check("GAD-7", [1] * 7)
    journal.delete_everything()
    with store.engine.connect() as connection:
        for table in ("journal_entries", "journal_self_checks", "journal_accounts"):
            assert connection.execute(text(f"SELECT count(*) FROM {table}")).scalar() == 0
    with pytest.raises(WrongPassphrase):
        store.unlock("ana", PASS_A)
    store.create_account("ana", PASS_B)  # the name is free again


def test_export_json_holds_every_entry_and_self_check(store: JournalStore):
    store.create_account("ana", PASS_A)
    journal = store.unlock("ana", PASS_A)
    journal.add(CheckIn(mood=5, note="éclair & <b>tags</b>", activities=("cooking",)))
    journal.add_note("just a note", ["idea"])
    journal.add_self_check("WHO-5", [3, 3, 3, 3, 3])
    document = json.loads(journal.export_json())
    assert document["format"] == "kindred-journal"
    assert sorted(e["kind"] for e in document["entries"]) == ["check-in", "note"]
    assert {e["note"] for e in document["entries"]} == {"éclair & <b>tags</b>", "just a note"}
    assert document["self_checks"][0]["percentage"] == 60
    assert "éclair & <b>tags</b>" in journal.export_csv()


def test_store_migrates_to_head_and_reopens(store: JournalStore):
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from journal.db import MIGRATIONS

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    [head] = ScriptDirectory.from_config(config).get_heads()  # one line of revisions
    again = JournalStore(store.url, kdf=store.kdf, name_key=store.name_key)
    with again.engine.connect() as connection:
        version = connection.execute(text("SELECT version_num FROM journal_alembic_version"))
        assert version.scalar() == head
    again.close()


def test_migrations_and_table_definitions_agree(store: JournalStore):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from journal.schema import metadata

    with store.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"version_table": "journal_alembic_version"}
        )
        assert compare_metadata(context, metadata) == []


def test_open_store_follows_the_settings(tmp_path):
    from journal import open_store
    from settings import Settings

    opened = open_store(Settings.from_env({"KINDRED_DATA_DIR": str(tmp_path)}))
    assert opened.url.endswith("kindred.db") and (tmp_path / "kindred.db").exists()
    opened.close()


def test_no_private_text_in_any_column_of_any_table(store: JournalStore):
    marker = "PRIVATE-MARKER-QX"
    store.create_account(f"user-{marker}", PASS_A)
    journal = store.unlock(f"user-{marker}", PASS_A)
    journal.add(
        CheckIn(mood=2, note=marker, tags=(marker,), activities=(marker,), emotions=("numb",))
    )
    journal.add_self_check("GAD-7", [3] * 7)
    with store.engine.connect() as connection:
        for table in ("journal_accounts", "journal_entries", "journal_self_checks"):
            for row in connection.execute(text(f"SELECT * FROM {table}")):
                for value in row:
                    raw = value if isinstance(value, bytes | memoryview) else str(value).encode()
                    raw = bytes(raw)
                    assert marker.encode() not in raw and b"numb" not in raw
                    assert b"GAD-7" not in raw
