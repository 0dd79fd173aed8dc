"""The moderation inbox's tables: one queue of stories and directory corrections, a throttle.

The inbox holds only what a writer reviewed and consented to publish (the anonymized story),
never the original draft, and a withdrawal code only as a hash. Alembic revisions in
``migrations/versions`` create these tables; keep both in step.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sqlalchemy import JSON, Engine, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

import schema_migrations
from database import UTCDateTime, utcnow
from store_throttle import throttle_table

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "moderation_alembic_version"
KINDS = ("story", "correction")
STATUSES = ("pending", "approved", "declined")


class InboxBase(DeclarativeBase):
    """Metadata of the inbox's tables."""


class InboxRow(InboxBase):
    __tablename__ = "moderation_inbox"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(20), default="story", index=True)
    status: Mapped[str] = mapped_column(String(20), default="pending", index=True)
    title: Mapped[str] = mapped_column(String(300), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    topics: Mapped[list] = mapped_column(JSON, default=list)
    stage: Mapped[str] = mapped_column(String(40), default="working-through")
    what_helped: Mapped[list] = mapped_column(JSON, default=list)
    communities: Mapped[list] = mapped_column(JSON, default=list)
    content_warnings: Mapped[list] = mapped_column(JSON, default=list)
    flags: Mapped[list] = mapped_column(JSON, default=list)
    risk_level: Mapped[str] = mapped_column(String(20), default="unknown")
    withdrawal_hash: Mapped[str | None] = mapped_column(String(64), unique=True, nullable=True)
    story_id: Mapped[str | None] = mapped_column(String(80), nullable=True)
    target: Mapped[str | None] = mapped_column(String(300), nullable=True)
    decline_reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


# Rate limits of the inbox and of the moderators' sign-in, shared by every replica and tab.
throttle = throttle_table("moderation_throttle", InboxBase.metadata)


def upgrade_to_head(engine: Engine) -> None:
    """Bring the inbox's tables to the newest revision (carrying older queues' rows over)."""
    schema_migrations.upgrade_to_head(engine, MIGRATIONS, VERSION_TABLE)
