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

from schema_migrations import aware_to_naive_utc, naive_to_aware_utc

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
    # The corrections themselves stay in the moderation inbox (its own downgrade puts them
    # back in the old story queue); revision 0001's empty table comes back for its code.
    bind = op.get_bind()
    aware_to_naive_utc(bind, {"directory_listings": ("retired_at", "updated_at")})
    if "directory_corrections" in sa.inspect(bind).get_table_names():
        return
    op.create_table(
        "directory_corrections",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("listing_id", sa.String(300), nullable=False),
        sa.Column("listing_name", sa.String(300), nullable=False),
        sa.Column("message", sa.Text, nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("resolved_at", sa.DateTime, nullable=True),
        sa.Column("resolution_note", sa.Text, nullable=False),
    )
    op.create_index("ix_directory_corrections_listing_id", "directory_corrections", ["listing_id"])
    op.create_index("ix_directory_corrections_status", "directory_corrections", ["status"])
