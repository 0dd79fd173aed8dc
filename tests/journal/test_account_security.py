"""Nobody can lock a person out, names cannot be listed, passphrases are not trivially guessed.

Each test here stands for one finding of issue 18; they run on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import hashlib
import hmac
import time
import unicodedata
from pathlib import Path

import pytest
from sqlalchemy import select, update

from journal import (
    AccountExists,
    JournalStore,
    TooManyAttempts,
    TooManyCreations,
    WeakPassphrase,
    WrongPassphrase,
)
from journal.crypto import KdfParams
from journal.names import legacy_digests, name_digest
from journal.schema import accounts, unlock_throttle
from journal.throttle import CLIENT_CREATIONS, CLIENT_FAILURES, RECOVERY, client_address
from tests.journal.conftest import TEST_KDF

PASS = "maple river lantern"
OWNER, STRANGER = "198.51.100.7", "203.0.113.9"


def _fail_unlocks(store: JournalStore, name: str, times: int, client: str | None = None) -> None:
    for number in range(times):
        with pytest.raises(WrongPassphrase):
            store.unlock(name, f"wrong guess number {number}", client=client)


def _digest_row(store: JournalStore) -> str:
    with store.engine.connect() as connection:
        return connection.execute(select(accounts.c.username_digest)).scalar_one()


# Nobody can lock the owner out ---------------------------------------------------------------
def test_a_strangers_guesses_do_not_lock_the_owner_out(store: JournalStore):
    store.create_account("ana", PASS)
    _fail_unlocks(store, "ana", 5, client=STRANGER)
    with pytest.raises(TooManyAttempts):
        store.unlock("ana", PASS, client=STRANGER)  # the stranger is paused...
    assert store.unlock("ana", PASS, client=OWNER).entries() == []  # ...the owner is not


def test_the_recovery_code_works_after_five_wrong_passphrases(store: JournalStore):
    """Even when the server cannot tell clients apart, passphrase guesses never block it."""
    code = store.create_account("ana", PASS)
    _fail_unlocks(store, "ana", 5)
    with pytest.raises(TooManyAttempts) as caught:
        store.unlock("ana", PASS)
    assert caught.value.paused == "passphrase"
    assert "recovery code still works right now" in str(caught.value)
    journal = store.unlock_with_recovery_code("ana", code)
    assert journal.entries() == []
    # The owner proved themselves: the passphrase pause is lifted too.
    assert store.unlock("ana", PASS).entries() == []


def test_a_strangers_recovery_guesses_do_not_block_the_owners_code(store: JournalStore):
    code = store.create_account("ana", PASS)
    for _ in range(RECOVERY.free):
        with pytest.raises(WrongPassphrase):
            store.unlock_with_recovery_code("ana", "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE", client=STRANGER)
    with pytest.raises(TooManyAttempts):
        store.unlock_with_recovery_code("ana", code, client=STRANGER)
    assert store.unlock_with_recovery_code("ana", code, client=OWNER).entries() == []


def test_the_recovery_code_has_its_own_stricter_limit_and_says_what_still_works(
    store: JournalStore,
):
    code = store.create_account("ana", PASS)
    for _ in range(RECOVERY.free):
        with pytest.raises(WrongPassphrase):
            store.unlock_with_recovery_code("ana", "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE")
    with pytest.raises(TooManyAttempts) as caught:
        store.unlock_with_recovery_code("ana", code)
    assert RECOVERY.free < 5
    assert caught.value.paused == "recovery"
    assert caught.value.retry_after_seconds >= RECOVERY.first_lockout.total_seconds() - 1
    assert "passphrase still works right now" in str(caught.value)
    assert store.unlock("ana", PASS).entries() == []
    # With both paused, each message says when the other way opens again.
    _fail_unlocks(store, "ana", 5)
    with pytest.raises(TooManyAttempts) as caught:
        store.unlock("ana", PASS)
    assert "recovery code can be used again in about" in str(caught.value)


def test_one_client_trying_many_names_is_paused_and_others_are_not(store: JournalStore):
    store.create_account("ana", PASS)
    for number in range(CLIENT_FAILURES.free):
        with pytest.raises(WrongPassphrase):
            store.unlock(f"name {number}", "password123", client=STRANGER)
    with pytest.raises(TooManyAttempts) as caught:
        store.unlock("ana", PASS, client=STRANGER)
    assert caught.value.paused == "client"
    assert "from this device or network" in str(caught.value)
    assert store.unlock("ana", PASS, client=OWNER).entries() == []


def test_creating_journals_is_rate_limited_per_client(store: JournalStore):
    store.create_account("ana", PASS, client=OWNER)
    for number in range(CLIENT_CREATIONS.free):
        store.create_account(f"probe {number}", PASS, client=STRANGER)
    with pytest.raises(TooManyCreations) as caught:
        store.create_account("ana", PASS, client=STRANGER)  # probing a name counts too
    assert "still unlock" in str(caught.value)
    store.create_account("ben", PASS, client=OWNER)
    assert store.unlock("ana", PASS, client=STRANGER).entries() == []


def test_a_success_gives_back_its_attempt_and_clears_the_owners_counts(store: JournalStore):
    store.create_account("ana", PASS)
    _fail_unlocks(store, "ana", 2, client=OWNER)
    store.unlock("ana", PASS, client=OWNER)
    with store.engine.connect() as connection:
        left = connection.execute(select(unlock_throttle.c.failures)).scalars().all()
    assert left == [2]  # only the client's two real failures, across names


def test_parallel_guesses_from_several_clients_are_counted_exactly(store: JournalStore):
    """Eight guesses at once from each of three clients: every client gets exactly its free
    tries, and no guess fails with a database error (lock order, first inserts)."""
    from concurrent.futures import ThreadPoolExecutor

    store.create_account("ivy", PASS)
    clients = [STRANGER, OWNER, "192.0.2.44"]

    def guess(job: tuple[str, int]) -> str:
        client, number = job
        try:
            store.unlock("ivy", f"wrong guess number {number}", client=client)
        except TooManyAttempts:
            return f"{client} locked"
        except WrongPassphrase:
            return f"{client} wrong"
        return "unlocked"

    jobs = [(client, number) for number in range(8) for client in clients]
    with ThreadPoolExecutor(max_workers=8) as pool:
        outcomes = list(pool.map(guess, jobs))
    for client in clients:
        assert outcomes.count(f"{client} wrong") == 5
        assert outcomes.count(f"{client} locked") == 3
    assert store.unlock("ivy", PASS, client="192.0.2.99").entries() == []


def test_argon2_runs_at_most_kdf_slots_at_once(tmp_path: Path, monkeypatch):
    """A burst of unlocks cannot make the server hold 64 MiB per request all at once."""
    import threading
    from concurrent.futures import ThreadPoolExecutor

    from journal import crypto

    store = JournalStore(f"sqlite:///{tmp_path / 'slots.db'}", kdf=TEST_KDF, kdf_slots=2)
    running, most = 0, 0
    guard = threading.Lock()
    real = crypto.derive_keys

    def counted(*args):  # type: ignore[no-untyped-def]
        nonlocal running, most
        with guard:
            running += 1
            most = max(most, running)
        time.sleep(0.05)
        try:
            return real(*args)
        finally:
            with guard:
                running -= 1

    monkeypatch.setattr(crypto, "derive_keys", counted)

    def guess(number: int) -> None:
        with pytest.raises(WrongPassphrase):
            store.unlock(f"nobody {number}", PASS)

    with ThreadPoolExecutor(max_workers=6) as pool:
        list(pool.map(guess, range(6)))
    store.close()
    assert most == 2


# Names cannot be listed ----------------------------------------------------------------------
def test_name_taken_is_no_faster_than_a_failed_unlock(tmp_path: Path):
    """Measured with a realistic argon2id cost. The fastest of several runs is compared (the
    machine's noise only ever adds time); "taken" must cost at least 60% of a failed unlock,
    where before the fix it answered about 300 times faster."""
    kdf = KdfParams(time_cost=2, memory_cost=32768, parallelism=1)
    store = JournalStore(f"sqlite:///{tmp_path / 'timing.db'}", kdf=kdf)
    store.create_account("ana", PASS)
    taken, failed = [], []
    for _ in range(4):  # fewer than the free tries, so no pause gets in the way
        started = time.perf_counter()
        with pytest.raises(AccountExists):
            store.create_account("ana", "quiet copper harbor")
        taken.append(time.perf_counter() - started)
        started = time.perf_counter()
        with pytest.raises(WrongPassphrase):
            store.unlock("ana", "quiet copper harbor")
        failed.append(time.perf_counter() - started)
    store.close()
    assert min(taken) >= 0.6 * min(failed), (taken, failed)


def test_nfc_and_nfd_of_one_name_are_one_journal(store: JournalStore):
    composed = unicodedata.normalize("NFC", "Zoë Núñez")
    decomposed = unicodedata.normalize("NFD", "Zoë Núñez")
    assert composed != decomposed
    store.create_account(composed, PASS)
    assert store.unlock(decomposed, PASS).entries() == []
    with pytest.raises(AccountExists):
        store.create_account(decomposed, "quiet copper harbor")


def test_the_name_digest_is_keyed_not_plain_sha256(store: JournalStore):
    store.create_account("ana", PASS)
    stored = _digest_row(store)
    assert stored not in legacy_digests("ana")
    assert stored != hashlib.sha256(b"ana").hexdigest()
    expected = hmac.new(store.name_key, b"kindred-username-v2:ana", hashlib.sha256).hexdigest()
    assert stored == expected
    assert name_digest("ana", b"another deployment's key, 32 bytes") != stored


@pytest.mark.parametrize("way", ["passphrase", "recovery code"])
def test_a_journal_with_the_old_digest_unlocks_and_is_rekeyed(store: JournalStore, way: str):
    code = store.create_account("Ana", PASS)
    [old] = legacy_digests("Ana")
    with store.engine.begin() as connection:  # as a journal made before the name key
        connection.execute(update(accounts).values(username_digest=old))
    with pytest.raises(AccountExists):
        store.create_account("ana", "quiet copper harbor")  # the old name is still taken
    if way == "passphrase":
        journal = store.unlock("ana", PASS)
    else:
        journal = store.unlock_with_recovery_code("ana", code)
    assert journal.entries() == []
    assert _digest_row(store) == name_digest("ana", store.name_key)
    assert store.unlock("ana", PASS).entries() == []


# Passphrases ---------------------------------------------------------------------------------
@pytest.mark.parametrize("weak", ["password", "12345678", "ana12345", "qwertyuiop"])
def test_weak_passphrases_are_refused_with_a_kind_reason(store: JournalStore, weak: str):
    with pytest.raises(WeakPassphrase) as caught:
        store.create_account("ana", weak)
    message = str(caught.value)
    assert "easy for someone else to guess" in message
    assert "three or four words" in message
    with pytest.raises(WrongPassphrase):
        store.unlock("ana", weak)  # nothing was created


def test_changing_to_a_weak_passphrase_is_refused(store: JournalStore):
    store.create_account("ana", PASS)
    journal = store.unlock("ana", PASS)
    with pytest.raises(WeakPassphrase):
        journal.change_passphrase("password")
    assert store.unlock("ana", PASS).entries() == []


# Clients -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("peer", "forwarded_for", "expected"),
    [
        ("203.0.113.9", None, "203.0.113.9"),  # straight to Streamlit
        ("203.0.113.9", "198.51.100.7", "203.0.113.9"),  # a header from a stranger: ignored
        ("127.0.0.1", "198.51.100.7", "198.51.100.7"),  # our nginx set it
        ("127.0.0.1", "6.6.6.6, 198.51.100.7", "198.51.100.7"),  # only the last is nginx's
        ("127.0.0.1", None, None),  # our proxy without the header: cannot tell people apart
        ("127.0.0.1", "not an address", None),
        (None, None, None),
        ("2001:db8:1:2:3:4:5:6", None, "2001:db8:1:2::/64"),  # one household's /64
        ("::ffff:203.0.113.9", None, "203.0.113.9"),
    ],
)
def test_client_address(peer, forwarded_for, expected):
    assert client_address(peer, forwarded_for) == expected


def test_a_trusted_proxy_network_comes_from_the_settings():
    assert client_address("172.18.0.5", "198.51.100.7", ["172.16.0.0/12"]) == "198.51.100.7"
    assert client_address("172.18.0.5", "198.51.100.7") == "172.18.0.5"


# The name key --------------------------------------------------------------------------------
def test_the_name_key_is_generated_once_kept_private_and_a_setting_wins(tmp_path: Path):
    from journal import open_store
    from settings import Settings

    settings = Settings.from_env({"KINDRED_DATA_DIR": str(tmp_path)})
    first = open_store(settings)
    key_file = tmp_path / "name_key"
    assert key_file.stat().st_mode & 0o777 == 0o600
    second = open_store(settings)
    assert second.name_key == first.name_key and len(first.name_key) == 32
    second.close()
    first.close()
    chosen = Settings.from_env(
        {"KINDRED_DATA_DIR": str(tmp_path / "other"), "KINDRED_NAME_KEY": "x" * 40}
    )
    third = JournalStore(chosen.store_url, kdf=TEST_KDF, name_key=b"x" * 40)
    fourth = open_store(chosen)
    assert fourth.name_key == third.name_key == b"x" * 40
    assert not (tmp_path / "other" / "name_key").exists()
    third.close()
    fourth.close()
