"""Trackers: the person's own scales, yes/no questions and numbers, one sealed row each.

Why: a tracker's definition (name, kind, unit) is not a day's entry, yet every check-in's
values point at it by id, so it gets its own table. As everywhere in the journal, only ids,
the owner and a timestamp are clear; the definition is the AES-GCM sealed ``payload``.
ON DELETE CASCADE removes the rows with the account.

Revision ID: journal_trackers_0001
Revises: journal_aware_utc_0004
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from database import UTCDateTime

revision = "journal_trackers_0001"
down_revision = "journal_aware_utc_0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "journal_trackers",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column(
            "account_id",
            sa.String(32),
            sa.ForeignKey("journal_accounts.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.Column("payload", sa.LargeBinary, nullable=False),
    )
    op.create_index("ix_journal_trackers_account_id", "journal_trackers", ["account_id"])


def downgrade() -> None:
    op.drop_index("ix_journal_trackers_account_id", "journal_trackers")
    op.drop_table("journal_trackers")
