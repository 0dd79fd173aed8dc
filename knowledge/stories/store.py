"""The moderation queue's table in the store (SQLite by default, Postgres by DATABASE_URL).

Kindred's story area owns one table, ``story_submissions``: shared stories waiting for a
moderator, approved or declined, and directory corrections. It holds only what the writer
reviewed and consented to publish (the anonymized text), never the original draft, and the
withdrawal code only as a hash.
"""

from __future__ import annotations

from datetime import UTC, datetime
from functools import lru_cache

from sqlalchemy import JSON, DateTime, Engine, Integer, String, Text, create_engine, event
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class StoryBase(DeclarativeBase):
    """Metadata of the story area's own tables (created on first use)."""


def _now() -> datetime:
    return datetime.now(UTC)


class Submission(StoryBase):
    __tablename__ = "story_submissions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(20), default="story", index=True)
    status: Mapped[str] = mapped_column(String(20), default="pending", index=True)
    title: Mapped[str] = mapped_column(String(200), default="")
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
    target: Mapped[str | None] = mapped_column(String(200), nullable=True)
    decline_reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)
    decided_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


@lru_cache(maxsize=8)
def store_engine(url: str) -> Engine:
    """One engine per store URL, with the story tables created if missing."""
    engine = create_engine(url, future=True, pool_pre_ping=True)
    if url.startswith("sqlite"):

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(connection, _record) -> None:  # type: ignore[no-untyped-def]
            cursor = connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA busy_timeout=5000")
            cursor.close()

    StoryBase.metadata.create_all(engine)
    return engine
