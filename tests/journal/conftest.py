"""Journal fixtures: a database on the session's PostgreSQL, stores over SQLite and Postgres."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from journal import JournalStore
from journal.crypto import KdfParams
from loopback_servers import create_database

DATA = Path(__file__).resolve().parent / "data"
# The real argon2id, at a lower cost so a suite that unlocks hundreds of times stays quick.
# Production uses the KdfParams() defaults; the store records each account's parameters.
TEST_KDF = KdfParams(time_cost=1, memory_cost=8192, parallelism=1)
# Stores on SQLite keep their generated name key beside the database file; the Postgres store
# is given this one, as a deployment gives KINDRED_NAME_KEY.
TEST_NAME_KEY = b"kindred journal tests: a name key of 32+ bytes"


@pytest.fixture(scope="session")
def postgres_url(postgres_server: str) -> str:
    """The journal's database on the session's real PostgreSQL (tests empty its tables)."""
    return create_database(postgres_server, "journal")


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[JournalStore]:
    """A fresh store on a SQLite file, and the same on a real Postgres database."""
    if request.param == "sqlite":
        journal_store = JournalStore(f"sqlite:///{tmp_path / 'kindred.db'}", kdf=TEST_KDF)
    else:
        url = request.getfixturevalue("postgres_url")
        journal_store = JournalStore(url, kdf=TEST_KDF, name_key=TEST_NAME_KEY)
    yield journal_store
    if request.param == "postgres":
        with journal_store.engine.begin() as connection:  # each test starts from empty tables
            connection.execute(
                text(
                    "TRUNCATE journal_entries, journal_self_checks, journal_unlock_throttle, "
                    "journal_accounts CASCADE"
                )
            )
    journal_store.close()


@pytest.fixture()
def sqlite_store(tmp_path: Path) -> Iterator[JournalStore]:
    journal_store = JournalStore(f"sqlite:///{tmp_path / 'kindred.db'}", kdf=TEST_KDF)
    yield journal_store
    journal_store.close()
