"""Safety plan: one sealed plan per person, kept apart from the dated entries.

Why: a safety plan is not a day's entry (it has no date, is edited in place and must not
show up in the history, the charts or the entry counts), so it gets its own table. As with
entries, only the owner and timestamps are clear; the plan is the AES-GCM sealed
``payload``. ON DELETE CASCADE removes it with the account.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "journal_safety_plans",
        sa.Column(
            "account_id",
            sa.String(32),
            sa.ForeignKey("journal_accounts.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.Column("payload", sa.LargeBinary, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("journal_safety_plans")
