"""Alembic environment: runs on the connection ``knowledge.directory.store`` hands over."""

from __future__ import annotations

from alembic import context

from knowledge.directory.store import metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    version_table="directory_alembic_version",
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    if connection.dialect.name == "postgresql":
        # Several app replicas may open the store at once: one migrates, the others wait.
        connection.exec_driver_sql("SELECT pg_advisory_xact_lock(727100402)")
    context.run_migrations()
