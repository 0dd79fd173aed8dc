"""Alembic environment: runs on the connection ``journal.db.upgrade_to_head`` hands over."""

from __future__ import annotations

from alembic import context

from journal.db import VERSION_TABLE
from journal.schema import metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    version_table=VERSION_TABLE,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    if connection.dialect.name == "postgresql":
        # Several app replicas may open the store at once: one migrates, the others wait.
        connection.exec_driver_sql("SELECT pg_advisory_xact_lock(727100401)")
    context.run_migrations()
