"""The Alembic revisions build exactly the tables the code declares."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from knowledge.directory.store import make_engine, metadata


def test_migrated_schema_matches_the_declared_tables(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'kindred.db'}")
    with engine.connect() as connection:
        context = MigrationContext.configure(connection)
        differences = compare_metadata(context, metadata)
    # the tables the directory does not declare: Alembic's bookkeeping and the inbox's own
    tables = {d[1].name if d[0] == "remove_table" else d[1].table.name for d in differences}
    assert tables == {
        "directory_alembic_version",
        "moderation_alembic_version",
        "moderation_inbox",
        "moderation_throttle",
    }
    tables = set(inspect(engine).get_table_names())
    assert {"directory_listings", "directory_state"} <= tables
    assert "directory_corrections" not in tables, "corrections live in the moderation inbox"
    assert "directory_alembic_version" in tables


def test_opening_twice_is_harmless(tmp_path):
    url = f"sqlite:///{tmp_path / 'kindred.db'}"
    make_engine(url)
    make_engine(url)
