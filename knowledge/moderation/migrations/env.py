"""Alembic environment: runs on the connection ``knowledge.moderation.schema`` hands over."""

from __future__ import annotations

from alembic import context

from knowledge.moderation.schema import VERSION_TABLE, InboxBase

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=InboxBase.metadata,
    version_table=VERSION_TABLE,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    if connection.dialect.name == "postgresql":
        # Several app replicas may open the store at once: one migrates, the others wait.
        connection.exec_driver_sql("SELECT pg_advisory_xact_lock(727100403)")
    context.run_migrations()
