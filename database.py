"""The one store layer: an engine for every store (journal, directory, moderation inbox).

SQLite (the default, one file shared by every store) runs in WAL mode with one busy timeout,
foreign keys on, full sync and zeroed deleted pages; Postgres (``DATABASE_URL``) gets a pool
that checks a connection before use. Every timestamp is stored and read as aware UTC
(``UTCDateTime``); old naive values, written before that rule, are read as UTC.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Connection, DateTime, Dialect, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.types import TypeDecorator

from settings import Settings

BUSY_TIMEOUT_MS = 30_000


def open_engine(store: Settings | str) -> Engine:
    """An engine on the configured store (settings) or on a database URL."""
    url = store.store_url if isinstance(store, Settings) else store
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True)
    if parsed.database and parsed.database != ":memory:":
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(
        url, connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000}
    )

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        # Let SQLAlchemy issue BEGIN itself (below), so writers can take the lock up front.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA secure_delete=ON")  # deleted pages are zeroed, not left behind
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        # A deferred transaction that reads and then writes can fail with "database is
        # locked" without waiting; IMMEDIATE takes the write lock first and waits politely.
        mode = connection.get_execution_options().get("kindred_begin", "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")

    return engine


@contextmanager
def write_transaction(engine: Engine) -> Iterator[Connection]:
    """One transaction for one write, committed as a whole or not at all."""
    with engine.connect() as connection:
        connection.execution_options(kindred_begin="IMMEDIATE")
        with connection.begin():
            yield connection


def utcnow() -> datetime:
    """Now, aware UTC, to the second."""
    return datetime.now(UTC).replace(microsecond=0)


class UTCDateTime(TypeDecorator):
    """A timestamp that goes in and comes out as aware UTC.

    Postgres keeps it as ``timestamptz``; SQLite keeps the UTC wall time as text, so a naive
    value read back (or written before this type existed) is UTC by construction.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("Kindred stores aware UTC timestamps; this one has no time zone.")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
