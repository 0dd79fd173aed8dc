"""Corrections move to the moderation inbox; listing timestamps become aware UTC.

Why: a correction suggested on the Find a group page landed in ``directory_corrections``,
which the Moderation page never read. The inbox (``knowledge/moderation``) now holds every
correction; its first revision copies this table's rows and drops it. Here the table is
dropped only while empty (a fresh store), so whichever history runs first, no row is lost.

Revision ID: directory_inbox_0002
Revises: 0001
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from schema_migrations import naive_to_aware_utc

revision = "directory_inbox_0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if "directory_corrections" in sa.inspect(bind).get_table_names():
        rows = bind.execute(sa.text("SELECT 1 FROM directory_corrections LIMIT 1")).first()
        if rows is None:
            op.drop_table("directory_corrections")
    naive_to_aware_utc(bind, {"directory_listings": ("retired_at", "updated_at")})


def downgrade() -> None:
    raise NotImplementedError("Corrections live in the moderation inbox now.")
