"""One moderation inbox: stories and directory corrections, and a throttle table.

Why: stories waited in ``story_submissions`` (made by ``create_all``, outside Alembic) and
directory corrections in ``directory_corrections``, which the Moderation page never read.
Both tables' rows are copied here (oldest first, ids renumbered: nothing refers to them, a
withdrawal code finds its story by hash) and the old tables dropped. Old naive timestamps
were UTC, so they are stored as aware UTC.

Revision ID: moderation_inbox_0001
Revises:
Create Date: 2026-11-29
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from database import UTCDateTime

revision = "moderation_inbox_0001"
down_revision = None
branch_labels = None
depends_on = None

CORRECTION_STATUS = {"open": "pending", "accepted": "approved", "dismissed": "declined"}


def upgrade() -> None:
    inbox = op.create_table(
        "moderation_inbox",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("topics", sa.JSON, nullable=False),
        sa.Column("stage", sa.String(40), nullable=False),
        sa.Column("what_helped", sa.JSON, nullable=False),
        sa.Column("communities", sa.JSON, nullable=False),
        sa.Column("content_warnings", sa.JSON, nullable=False),
        sa.Column("flags", sa.JSON, nullable=False),
        sa.Column("risk_level", sa.String(20), nullable=False),
        sa.Column("withdrawal_hash", sa.String(64), nullable=True, unique=True),
        sa.Column("story_id", sa.String(80), nullable=True),
        sa.Column("target", sa.String(300), nullable=True),
        sa.Column("decline_reason", sa.Text, nullable=False),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.Column("decided_at", UTCDateTime, nullable=True),
    )
    op.create_index("ix_moderation_inbox_kind", "moderation_inbox", ["kind"])
    op.create_index("ix_moderation_inbox_status", "moderation_inbox", ["status"])
    op.create_table(
        "moderation_throttle",
        sa.Column("bucket", sa.String(64), primary_key=True),
        sa.Column("failures", sa.Integer, nullable=False),
        sa.Column("last_failure_at", UTCDateTime, nullable=False),
        sa.Column("locked_until", UTCDateTime, nullable=True),
    )
    bind = op.get_bind()
    existing = set(sa.inspect(bind).get_table_names())
    rows = []
    if "story_submissions" in existing:
        old = sa.Table("story_submissions", sa.MetaData(), autoload_with=bind)
        for row in bind.execute(sa.select(old).order_by(old.c.id)).mappings():
            rows.append({**_blank(), **{k: v for k, v in row.items() if k != "id"}})
    if "directory_corrections" in existing:
        old = sa.Table("directory_corrections", sa.MetaData(), autoload_with=bind)
        for row in bind.execute(sa.select(old).order_by(old.c.id)).mappings():
            rows.append(
                {
                    **_blank(),
                    "kind": "correction",
                    "status": CORRECTION_STATUS.get(row["status"], "pending"),
                    "title": row["listing_name"],
                    "body": row["message"],
                    "target": row["listing_id"],
                    "decline_reason": row["resolution_note"] or "",
                    "created_at": row["created_at"],
                    "decided_at": row["resolved_at"],
                }
            )
    for row in rows:
        row["created_at"], row["decided_at"] = _utc(row["created_at"]), _utc(row["decided_at"])
    rows.sort(key=lambda r: r["created_at"])
    if rows:
        op.bulk_insert(inbox, rows)
    for name in ("story_submissions", "directory_corrections"):
        if name in existing:
            op.drop_table(name)


def _blank() -> dict:
    return {
        "kind": "story", "status": "pending", "title": "", "body": "", "topics": [],
        "stage": "working-through", "what_helped": [], "communities": [],
        "content_warnings": [], "flags": [], "risk_level": "unknown", "withdrawal_hash": None,
        "story_id": None, "target": None, "decline_reason": "", "decided_at": None,
    }  # fmt: skip


def _utc(value: datetime | str | None) -> datetime | None:
    """Old rows: naive values were UTC; SQLite may hand back text."""
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def downgrade() -> None:
    # The old story queue held stories and corrections alike (kind "correction"), so every
    # inbox row goes back into it whole; nothing is lost on the way down.
    bind = op.get_bind()
    queue = op.create_table(
        "story_submissions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("kind", sa.String(20)), sa.Column("status", sa.String(20)),
        sa.Column("title", sa.String(300)), sa.Column("body", sa.Text),
        sa.Column("topics", sa.JSON), sa.Column("stage", sa.String(40)),
        sa.Column("what_helped", sa.JSON), sa.Column("communities", sa.JSON),
        sa.Column("content_warnings", sa.JSON), sa.Column("flags", sa.JSON),
        sa.Column("risk_level", sa.String(20)),
        sa.Column("withdrawal_hash", sa.String(64), unique=True, nullable=True),
        sa.Column("story_id", sa.String(80), nullable=True),
        sa.Column("target", sa.String(300), nullable=True), sa.Column("decline_reason", sa.Text),
        sa.Column("created_at", UTCDateTime), sa.Column("decided_at", UTCDateTime, nullable=True),
    )  # fmt: skip
    inbox = sa.Table("moderation_inbox", sa.MetaData(), autoload_with=bind)
    rows = [
        {key: value for key, value in row.items() if key != "id"}
        for row in bind.execute(sa.select(inbox).order_by(inbox.c.id)).mappings()
    ]
    for row in rows:
        row["created_at"], row["decided_at"] = _utc(row["created_at"]), _utc(row["decided_at"])
    if rows:
        op.bulk_insert(queue, rows)
    op.drop_table("moderation_throttle")
    op.drop_table("moderation_inbox")
