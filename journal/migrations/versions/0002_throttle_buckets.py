"""Throttle by bucket: passphrase, recovery code, name, client and creation limits apart.

Why: one counter per name let anyone lock a person out of their journal, recovery code
included. The table is now keyed by a keyed digest of each bucket (see journal/throttle.py).
Its old rows only held running failure counts, forgotten within 24 hours anyway, so the table
is recreated rather than converted. Account name digests are not touched here: the names are
not known to a migration, so each journal is re-keyed on its next successful unlock.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_table("journal_unlock_throttle")
    op.create_table(
        "journal_unlock_throttle",
        sa.Column("bucket", sa.String(64), primary_key=True),
        sa.Column("failures", sa.Integer, nullable=False),
        sa.Column("last_failure_at", sa.DateTime, nullable=False),
        sa.Column("locked_until", sa.DateTime, nullable=True),
    )


def downgrade() -> None:
    op.drop_table("journal_unlock_throttle")
    op.create_table(
        "journal_unlock_throttle",
        sa.Column("username_digest", sa.String(64), primary_key=True),
        sa.Column("failures", sa.Integer, nullable=False),
        sa.Column("last_failure_at", sa.DateTime, nullable=False),
        sa.Column("locked_until", sa.DateTime, nullable=True),
    )
