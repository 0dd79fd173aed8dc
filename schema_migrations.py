"""Alembic upgrades for every Kindred store (journal, directory, story queue), one at a time.

Alembic's ``context`` and ``op`` are process-wide proxies, so two upgrades must never overlap
in one process, whichever store they belong to: one lock here serves them all. Other
processes (app replicas) are kept apart by the database itself: each store's env.py takes a
Postgres advisory lock, and SQLite upgrades begin IMMEDIATE.
"""

from __future__ import annotations

import threading
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

_UPGRADE_LOCK = threading.Lock()


def upgrade_to_head(engine: Engine, script_location: Path, version_table: str) -> None:
    """Bring one store's tables to its newest revision (a quick no-op when already there)."""
    config = Config()
    config.set_main_option("script_location", str(script_location))
    head = ScriptDirectory.from_config(config).get_current_head()
    with _UPGRADE_LOCK:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"version_table": version_table})
            if context.get_current_revision() == head:
                return
        with engine.connect() as connection:
            if connection.dialect.name == "sqlite":
                connection.execution_options(kindred_begin="IMMEDIATE")
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
            connection.commit()


def naive_to_aware_utc(connection: Connection, columns: dict[str, tuple[str, ...]]) -> None:
    """Turn naive UTC timestamp columns ({table: columns}) into aware ones, values kept.

    Postgres gets ``timestamptz`` with each old value read as UTC; SQLite keeps the same UTC
    text either way (``database.UTCDateTime`` reads it as UTC), so nothing changes there.
    """
    _retype_utc(connection, columns, "timestamptz")


def aware_to_naive_utc(connection: Connection, columns: dict[str, tuple[str, ...]]) -> None:
    """The way back (a downgrade): aware columns become naive UTC wall times, values kept."""
    _retype_utc(connection, columns, "timestamp")


def _retype_utc(connection: Connection, columns: dict[str, tuple[str, ...]], kind: str) -> None:
    if connection.dialect.name != "postgresql":
        return
    for table, names in columns.items():
        for name in names:
            connection.exec_driver_sql(
                f'ALTER TABLE "{table}" ALTER COLUMN "{name}" TYPE {kind} '
                f"USING \"{name}\" AT TIME ZONE 'UTC'"
            )
