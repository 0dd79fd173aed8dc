"""The feed sources table: each URL the directory refreshes, and how its last refresh went.

`refreshed_at` is the last time the listings were confirmed to match the feed (a 304, the
same bytes, or a clean import); `last_error` says why the latest try failed, if it did, while
the listings stay as the last good refresh left them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Column, Engine, String, Table, Text, insert, select, update

from database import UTCDateTime, utcnow
from knowledge.directory.store import metadata

feeds_table = Table(
    "directory_feeds",
    metadata,
    Column("source", String(200), primary_key=True),
    Column("url", Text, nullable=False),
    Column("format", String(20), nullable=False),
    Column("etag", String(500), nullable=False, default=""),
    Column("last_modified", String(100), nullable=False, default=""),
    Column("content_hash", String(64), nullable=False, default=""),
    Column("added_at", UTCDateTime, nullable=False),
    Column("checked_at", UTCDateTime, nullable=True),
    Column("refreshed_at", UTCDateTime, nullable=True),
    Column("changed_at", UTCDateTime, nullable=True),
    Column("last_error", Text, nullable=False, default=""),
    Column("last_summary", Text, nullable=False, default=""),
)


@dataclass(frozen=True)
class FeedSource:
    source: str
    url: str
    format: str
    etag: str = ""
    last_modified: str = ""
    content_hash: str = ""
    added_at: dt.datetime | None = None
    checked_at: dt.datetime | None = None
    refreshed_at: dt.datetime | None = None
    changed_at: dt.datetime | None = None
    last_error: str = ""
    last_summary: str = ""


def add(engine: Engine, source: str, url: str, format: str) -> FeedSource:
    """Register a feed, or change the URL or format of a source already registered."""
    with engine.begin() as conn:
        changed = conn.execute(
            update(feeds_table)
            .where(feeds_table.c.source == source)
            .values(url=url, format=format, etag="", last_modified="", content_hash="")
        ).rowcount
        if not changed:
            conn.execute(
                insert(feeds_table).values(
                    source=source,
                    url=url,
                    format=format,
                    etag="",
                    last_modified="",
                    content_hash="",
                    added_at=utcnow(),
                    last_error="",
                    last_summary="",
                )
            )
    found = get(engine, source)
    assert found is not None
    return found


def get(engine: Engine, source: str) -> FeedSource | None:
    return next(iter(all_sources(engine, source)), None)


def all_sources(engine: Engine, source: str | None = None) -> list[FeedSource]:
    query = select(feeds_table).order_by(feeds_table.c.source)
    if source is not None:
        query = query.where(feeds_table.c.source == source)
    with engine.connect() as conn:
        return [FeedSource(**row._mapping) for row in conn.execute(query)]


def record(engine: Engine, source: str, **values: object) -> None:
    """Write how a refresh went (validators, times, error, summary)."""
    with engine.begin() as conn:
        conn.execute(update(feeds_table).where(feeds_table.c.source == source).values(**values))
