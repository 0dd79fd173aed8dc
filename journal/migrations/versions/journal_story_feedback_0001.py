"""Story feedback: one sealed record per person with their story ratings and avoided topics.

Why: "For you" on the Stories page re-ranks by what the reader rated and never shows topics
they asked to avoid; both are private, so they live in the journal, sealed under the
person's data key like the safety plan. Only the owner and timestamps are clear; ON DELETE
CASCADE removes the row with the account.

Revision ID: journal_story_feedback_0001
Revises: journal_trackers_0001
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from database import UTCDateTime

revision = "journal_story_feedback_0001"
down_revision = "journal_trackers_0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "journal_story_feedback",
        sa.Column(
            "account_id",
            sa.String(32),
            sa.ForeignKey("journal_accounts.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.Column("updated_at", UTCDateTime, nullable=False),
        sa.Column("payload", sa.LargeBinary, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("journal_story_feedback")
