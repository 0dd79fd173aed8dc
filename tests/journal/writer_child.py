"""Child process for the crash test: writes check-ins forever, printing each committed id."""

from __future__ import annotations

import sys

from journal import CheckIn, JournalStore
from tests.journal.conftest import TEST_KDF


def main(url: str, username: str, passphrase: str) -> None:
    journal = JournalStore(url, kdf=TEST_KDF).unlock(username, passphrase)
    number = 0
    while True:
        number += 1
        entry_id = journal.add(CheckIn(mood=number % 5 + 1, note=f"entry {number} " + "x" * 500))
        print(entry_id, flush=True)  # printed only after the commit returned


if __name__ == "__main__":
    main(*sys.argv[1:4])
