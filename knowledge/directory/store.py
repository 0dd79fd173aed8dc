"""The directory's own tables in the shared store (SQLite by default, Postgres by URL).

The database is the only truth: every write bumps a version number in the same transaction,
so each app replica can tell cheaply whether its in-memory search index is stale.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    Engine,
    Float,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.engine import make_url

import schema_migrations
from knowledge.directory.schema import Listing
from safe_files import NUL

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
    Column("retired_at", DateTime, nullable=True),
    Column("updated_at", DateTime, nullable=False),
    Column("data", Text, nullable=False),
    Index("ix_directory_listings_lat_lon", "latitude", "longitude"),
)
state_table = Table(
    "directory_state",
    metadata,
    Column("key", String(40), primary_key=True),
    Column("value", Integer, nullable=False),
)
corrections_table = Table(
    "directory_corrections",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("listing_id", String(300), nullable=False, index=True),
    Column("listing_name", String(300), nullable=False),
    Column("message", Text, nullable=False),
    Column("status", String(20), nullable=False, default="open", index=True),
    Column("created_at", DateTime, nullable=False),
    Column("resolved_at", DateTime, nullable=True),
    Column("resolution_note", Text, nullable=False, default=""),
)
CORRECTION_STATUSES = ("open", "accepted", "dismissed")
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
BUSY_TIMEOUT_S = 30
MAX_CORRECTION_CHARS = 2000


@dataclass(frozen=True)
class Correction:
    id: int
    listing_id: str
    listing_name: str
    message: str
    status: str
    created_at: dt.datetime
    resolved_at: dt.datetime | None
    resolution_note: str


def make_engine(url: str) -> Engine:
    """An engine on the store with the directory tables migrated to the newest revision."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        # the file is shared with the journal: wait for its writers instead of failing
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_S})
    else:
        engine = create_engine(url, pool_pre_ping=True)
    upgrade_to_head(engine)
    return engine


def upgrade_to_head(engine: Engine) -> None:
    schema_migrations.upgrade_to_head(engine, MIGRATIONS, "directory_alembic_version")


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


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
    now = _now()
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


def add_correction(engine: Engine, listing: Listing, message: str) -> int:
    message = message.replace(NUL, "").strip()  # PostgreSQL refuses NUL in text
    if not message:
        raise ValueError("Please say what should change.")
    if len(message) > MAX_CORRECTION_CHARS:
        raise ValueError(f"Please keep a correction under {MAX_CORRECTION_CHARS} characters.")
    with engine.begin() as conn:
        result = conn.execute(
            insert(corrections_table).values(
                listing_id=listing.id,
                listing_name=listing.name,
                message=message,
                status="open",
                created_at=_now(),
                resolution_note="",
            )
        )
        return int(result.inserted_primary_key[0])


def list_corrections(engine: Engine, status: str | None = "open") -> list[Correction]:
    query = select(corrections_table).order_by(corrections_table.c.id)
    if status:
        query = query.where(corrections_table.c.status == status)
    with engine.connect() as conn:
        return [Correction(**row._mapping) for row in conn.execute(query)]


def resolve_correction(engine: Engine, correction_id: int, status: str, note: str = "") -> None:
    if status not in ("accepted", "dismissed"):
        raise ValueError("status must be 'accepted' or 'dismissed'")
    with engine.begin() as conn:
        changed = conn.execute(
            update(corrections_table)
            .where(corrections_table.c.id == correction_id)
            .values(
                status=status, resolved_at=_now(), resolution_note=note.replace(NUL, "").strip()
            )
        ).rowcount
    if not changed:
        raise KeyError(f"no correction with id {correction_id}")


def dumps(listing: Listing) -> str:
    return json.dumps(listing.model_dump(mode="json"), sort_keys=True)
