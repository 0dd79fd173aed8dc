"""Revision: a counter on each account, bumped in the same transaction as every write to its
entries or trackers.

Why: a page keeps the decrypted entries in the person's session and must know, on every
rerun, whether they changed (in another tab, by an import). Reading every row's nonce to
find out grew with the journal (a year of check-ins cost more than the rest of a warm
Insights rerun); one integer read by primary key does not. It says how many writes there
were, nothing about what they held.

Revision ID: journal_revision_0001
Revises: journal_story_feedback_0001
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "journal_revision_0001"
down_revision = "journal_story_feedback_0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("journal_accounts") as batch:
        batch.add_column(
            sa.Column("revision", sa.Integer, nullable=False, server_default=sa.text("0"))
        )


def downgrade() -> None:
    with op.batch_alter_table("journal_accounts") as batch:
        batch.drop_column("revision")
