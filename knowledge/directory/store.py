"""The directory's own tables in the shared store (SQLite by default, Postgres by URL).

The database is the only truth: every write bumps a version number in the same transaction,
so each app replica can tell cheaply whether its in-memory search index is stale.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from sqlalchemy import (
    Boolean,
    Column,
    Engine,
    Float,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    func,
    insert,
    select,
    update,
)

import schema_migrations
from database import UTCDateTime, open_engine, utcnow
from knowledge.directory.schema import Listing
from knowledge.moderation import schema as moderation_schema

metadata = MetaData()

listings_table = Table(
    "directory_listings",
    metadata,
    Column("id", String(300), primary_key=True),
    Column("source", String(200), nullable=False, default="", index=True),
    Column("kind", String(40), nullable=False),
    Column("country", String(2), nullable=False, default=""),
    Column("latitude", Float, nullable=True),
    Column("longitude", Float, nullable=True),
    Column("is_demo", Boolean, nullable=False, default=False),
    Column("retired_at", UTCDateTime, nullable=True),
    Column("updated_at", UTCDateTime, nullable=False),
    Column("data", Text, nullable=False),
    Index("ix_directory_listings_lat_lon", "latitude", "longitude"),
)
state_table = Table(
    "directory_state",
    metadata,
    Column("key", String(40), primary_key=True),
    Column("value", Integer, nullable=False),
)
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def make_engine(url: str) -> Engine:
    """An engine on the store with the inbox and directory tables at their newest revision.

    The inbox goes first: its migration carries the old ``directory_corrections`` rows over
    before the directory's own revision drops that table.
    """
    engine = open_engine(url)
    moderation_schema.upgrade_to_head(engine)
    upgrade_to_head(engine)
    return engine


def upgrade_to_head(engine: Engine) -> None:
    schema_migrations.upgrade_to_head(engine, MIGRATIONS, "directory_alembic_version")


def read_version(engine: Engine) -> int:
    with engine.connect() as conn:
        value = conn.execute(
            select(state_table.c.value).where(state_table.c.key == "version")
        ).scalar()
    return int(value or 0)


def _bump(conn) -> None:
    changed = conn.execute(
        update(state_table)
        .where(state_table.c.key == "version")
        .values(value=state_table.c.value + 1)
    ).rowcount
    if not changed:
        conn.execute(insert(state_table).values(key="version", value=1))


def _row(listing: Listing, now: dt.datetime) -> dict:
    return {
        "id": listing.id,
        "source": listing.source,
        "kind": listing.kind,
        "country": listing.country,
        "latitude": listing.latitude,
        "longitude": listing.longitude,
        "is_demo": listing.is_demo,
        "retired_at": None,
        "updated_at": now,
        "data": listing.model_dump_json(exclude_defaults=True),
    }


def existing(engine: Engine, ids: Iterable[str] | None = None, source: str | None = None) -> dict:
    """Stored listings as {id: (data json, retired?)}, by id and/or source."""
    query = select(listings_table.c.id, listings_table.c.data, listings_table.c.retired_at)
    if source is not None:
        query = query.where(listings_table.c.source == source)
    out = {}
    with engine.connect() as conn:
        if ids is None:
            rows = conn.execute(query)
            out = {r.id: (r.data, r.retired_at is not None) for r in rows}
        else:
            wanted = list(ids)
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                rows = conn.execute(query.where(listings_table.c.id.in_(chunk)))
                out.update({r.id: (r.data, r.retired_at is not None) for r in rows})
    return out


def write(
    engine: Engine,
    new: list[Listing],
    changed: list[Listing],
    retire_ids: list[str],
) -> None:
    """Insert, update and retire in one transaction; nothing is written if any step fails."""
    now = utcnow()
    with engine.begin() as conn:
        if new:
            conn.execute(insert(listings_table), [_row(listing, now) for listing in new])
        for listing in changed:
            row = _row(listing, now)
            conn.execute(
                update(listings_table).where(listings_table.c.id == listing.id).values(**row)
            )
        for start in range(0, len(retire_ids), 500):
            conn.execute(
                update(listings_table)
                .where(listings_table.c.id.in_(retire_ids[start : start + 500]))
                .values(retired_at=now, updated_at=now)
            )
        _bump(conn)


def active_rows(engine: Engine, **where: object) -> Iterator[tuple[str, str]]:
    """(id, data json) of every listing not retired."""
    query = select(listings_table.c.id, listings_table.c.data).where(
        listings_table.c.retired_at.is_(None)
    )
    for name, value in where.items():
        query = query.where(listings_table.c[name] == value)
    with engine.connect() as conn:
        yield from conn.execute(query.order_by(listings_table.c.id)).tuples()


def count(engine: Engine, *, include_retired: bool = False) -> int:
    query = select(func.count()).select_from(listings_table)
    if not include_retired:
        query = query.where(listings_table.c.retired_at.is_(None))
    with engine.connect() as conn:
        return int(conn.execute(query).scalar() or 0)


def get(engine: Engine, listing_id: str) -> Listing | None:
    with engine.connect() as conn:
        data = conn.execute(
            select(listings_table.c.data).where(listings_table.c.id == listing_id)
        ).scalar()
    return Listing.model_validate_json(data) if data else None


def dumps(listing: Listing) -> str:
    return json.dumps(listing.model_dump(mode="json"), sort_keys=True)
