"""Nobody can lock a person out, names cannot be listed, passphrases are not trivially guessed.

Each test here stands for one finding of issue 18; they run on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import pytest

from journal import JournalStore, WeakPassphrase, WrongPassphrase

PASS = "maple river lantern"


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
