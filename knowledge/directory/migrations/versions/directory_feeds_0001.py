"""Feed sources: the URLs the directory refreshes, their validators and how the last try went.

Why: intergroups publish Meeting Guide and HSDS feeds at a URL that changes over time. A
refresh sends the stored ETag / Last-Modified so an unchanged feed costs one conditional
request, and a failed one keeps the last good listings while recording why it failed.

Revision ID: directory_feeds_0001
Revises: directory_inbox_0002
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from database import UTCDateTime

revision = "directory_feeds_0001"
down_revision = "directory_inbox_0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "directory_feeds",
        sa.Column("source", sa.String(200), primary_key=True),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("format", sa.String(20), nullable=False),
        sa.Column("etag", sa.String(500), nullable=False),
        sa.Column("last_modified", sa.String(100), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("added_at", UTCDateTime, nullable=False),
        sa.Column("checked_at", UTCDateTime, nullable=True),
        sa.Column("refreshed_at", UTCDateTime, nullable=True),
        sa.Column("changed_at", UTCDateTime, nullable=True),
        sa.Column("last_error", sa.Text, nullable=False),
        sa.Column("last_summary", sa.Text, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("directory_feeds")
