"""The journal's Alembic migrations (the engine is the store layer's ``database.open_engine``)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

import schema_migrations

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "journal_alembic_version"


def upgrade_to_head(engine: Engine) -> None:
    """Run the journal's Alembic migrations up to head."""
    schema_migrations.upgrade_to_head(engine, MIGRATIONS, VERSION_TABLE)
