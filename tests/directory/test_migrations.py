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
    # the only table the code does not declare is Alembic's own bookkeeping
    assert [d[1].name for d in differences] == ["directory_alembic_version"]
    tables = set(inspect(engine).get_table_names())
    assert {"directory_listings", "directory_state", "directory_corrections"} <= tables
    assert "directory_alembic_version" in tables


def test_opening_twice_is_harmless(tmp_path):
    url = f"sqlite:///{tmp_path / 'kindred.db'}"
    make_engine(url)
    make_engine(url)
