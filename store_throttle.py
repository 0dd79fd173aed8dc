"""Rate limits kept in the database, so every app replica and every tab sees the same counts.

The mechanism under the journal's door (``journal/throttle.py``) and the moderators' sign-in
and inbox (``knowledge/moderation``). Each limit is a *bucket*: one row in a throttle table,
found by a keyed digest of what it counts, with its own policy (free tries, then a lockout
that doubles up to a ceiling). An attempt is counted before the secret is checked, under a
row lock, so parallel guesses (from one replica or several) cannot slip past a limit before a
failure is written; a success gives its attempt back (see ``Limiter.settle_success``).
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import (
    Column,
    Connection,
    Engine,
    Integer,
    MetaData,
    String,
    Table,
    delete,
    select,
    update,
)

from database import UTCDateTime, utcnow, write_transaction

FORGET_AFTER = timedelta(hours=24)


@dataclass(frozen=True)
class Policy:
    free: int
    first_lockout: timedelta
    longest_lockout: timedelta
    forget_after: timedelta = FORGET_AFTER

    def lockout_for(self, failures: int) -> timedelta | None:
        """No wait for the first few slips, then a delay that doubles up to the ceiling."""
        if failures < self.free:
            return None
        return min(self.first_lockout * 2 ** (failures - self.free), self.longest_lockout)


@dataclass(frozen=True)
class Bucket:
    """One counted limit. ``scope`` names it for messages; ``on_success`` is "clear" (the
    owner proved themselves: forget the count), "return" (give back this attempt only) or
    "keep" (every attempt counts, as for creations)."""

    key: str
    policy: Policy
    scope: str
    on_success: str


class Paused(Exception):  # noqa: N818 - reads as a sentence
    """A bucket is locked: ``seconds`` until it opens, ``scope`` of the first locked one."""

    def __init__(self, seconds: float, scope: str) -> None:
        super().__init__(f"{scope} paused for {seconds:.0f} s")
        self.seconds = seconds
        self.scope = scope


def bucket_key(secret: bytes, *parts: str) -> str:
    message = "kindred-throttle-v1\0" + "\0".join(parts)
    return hmac.new(secret, message.encode("utf-8"), hashlib.sha256).hexdigest()


def throttle_table(name: str, metadata: MetaData) -> Table:
    """A throttle table: one row per bucket, named by digest (it shows no names or addresses)."""
    return Table(
        name,
        metadata,
        Column("bucket", String(64), primary_key=True),
        Column("failures", Integer, nullable=False),
        Column("last_failure_at", UTCDateTime, nullable=False),
        Column("locked_until", UTCDateTime, nullable=True),
    )


class Limiter:
    """The buckets of one throttle table."""

    def __init__(self, table: Table) -> None:
        self.table = table

    def begin_attempt(
        self, engine: Engine, buckets: Sequence[Bucket], now: datetime | None = None
    ) -> None:
        """Count one attempt in every bucket, or raise Paused (counting nothing) if one is locked."""
        if not buckets:
            return
        now = now or utcnow()
        with write_transaction(engine) as connection:
            self._ensure_rows(connection, buckets, now)
            rows = self._locked_rows(connection, buckets)
            paused = [
                (rows[b.key].locked_until - now, b.scope)
                for b in buckets
                if rows[b.key].locked_until is not None and rows[b.key].locked_until > now
            ]
            if paused:
                wait, scope = max(paused, key=lambda pair: pair[0])
                raise Paused(wait.total_seconds(), scope)
            for bucket in buckets:
                row = rows[bucket.key]
                fresh = now - row.last_failure_at > bucket.policy.forget_after
                attempts = 1 if fresh else row.failures + 1
                wait = bucket.policy.lockout_for(attempts)
                connection.execute(
                    update(self.table)
                    .where(self.table.c.bucket == bucket.key)
                    .values(
                        failures=attempts,
                        last_failure_at=now,
                        locked_until=now + wait if wait else None,
                    )
                )

    def seconds_until_open(
        self, engine: Engine, buckets: Sequence[Bucket], now: datetime | None = None
    ) -> float:
        """How long until none of these buckets is locked (0: open now). Reads only."""
        if not buckets:
            return 0.0
        now = now or utcnow()
        with engine.connect() as connection:
            until = connection.execute(
                select(self.table.c.locked_until).where(
                    self.table.c.bucket.in_([b.key for b in buckets]),
                    self.table.c.locked_until > now,
                )
            ).scalars()
            return max(((u - now).total_seconds() for u in until), default=0.0)

    def settle_success(self, connection: Connection, buckets: Iterable[Bucket]) -> None:
        """After a success: clear the owner's buckets, give back this attempt in the client's.

        Rows are touched in key order, as ``begin_attempt`` locks them, so two transactions
        never wait for each other in a circle."""
        for bucket in sorted({b.key: b for b in buckets}.values(), key=lambda b: b.key):
            if bucket.on_success == "clear":
                connection.execute(delete(self.table).where(self.table.c.bucket == bucket.key))
            elif bucket.on_success == "return":
                row = connection.execute(
                    select(self.table.c.failures)
                    .where(self.table.c.bucket == bucket.key)
                    .with_for_update()
                ).first()
                if row is None:
                    continue
                if row.failures <= 1:
                    connection.execute(delete(self.table).where(self.table.c.bucket == bucket.key))
                else:
                    left = row.failures - 1
                    values: dict = {"failures": left}
                    if bucket.policy.lockout_for(left) is None:
                        values["locked_until"] = None
                    connection.execute(
                        update(self.table).where(self.table.c.bucket == bucket.key).values(**values)
                    )

    def _ensure_rows(
        self, connection: Connection, buckets: Sequence[Bucket], now: datetime
    ) -> None:
        """A zero row for each bucket that has none yet (ON CONFLICT DO NOTHING), in key order,
        so two first attempts at once never fail on the primary key or deadlock."""
        if connection.dialect.name == "postgresql":
            from sqlalchemy.dialects.postgresql import insert
        else:
            from sqlalchemy.dialects.sqlite import insert
        rows = [
            {"bucket": key, "failures": 0, "last_failure_at": now, "locked_until": None}
            for key in sorted({b.key for b in buckets})
        ]
        connection.execute(insert(self.table).values(rows).on_conflict_do_nothing())

    def _locked_rows(self, connection: Connection, buckets: Sequence[Bucket]) -> dict:
        found = connection.execute(
            select(self.table)
            .where(self.table.c.bucket.in_([b.key for b in buckets]))
            .order_by(self.table.c.bucket)
            .with_for_update()
        ).all()
        return {row.bucket: row for row in found}


# Clients -------------------------------------------------------------------------------------
DEFAULT_TRUSTED_PROXIES = ("127.0.0.1", "::1")


def client_address(
    peer: str | None,
    forwarded_for: str | None,
    trusted_proxies: Iterable[str] = DEFAULT_TRUSTED_PROXIES,
) -> str | None:
    """Who is asking, as far as the server can tell, or None when it cannot.

    ``peer`` is the address the connection came from. If it is one of our own proxies
    (``trusted_proxies``: addresses or networks), the client is the last address in
    ``X-Forwarded-For``: the one our nginx saw (earlier entries can be forged by the
    client). A proxy that sends no such header makes every person look alike, so the answer
    is None. An IPv6 client is counted by its /64, which one household usually holds whole.
    """
    address = _ip(peer)
    if address is None:
        return None
    if any(address in network for network in _networks(trusted_proxies)):
        last = (forwarded_for or "").split(",")[-1]
        address = _ip(last)
        if address is None:
            return None
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return str(address.ipv4_mapped)
        return str(ipaddress.ip_network(f"{address}/64", strict=False))
    return str(address)


def _ip(text: str | None) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address((text or "").strip())
    except ValueError:
        return None


def _networks(
    entries: Iterable[str],
) -> list[ipaddress.IPv4Network | ipaddress.IPv6Network]:
    networks = []
    for entry in entries:
        try:
            networks.append(ipaddress.ip_network(entry.strip(), strict=False))
        except ValueError:
            continue
    return networks
