"""Rate limits kept in the database, so every app replica sees the same counts.

Each limit is a *bucket*: one row, found by a keyed digest of what it counts, with its own
policy (free tries, then a lockout that doubles up to a ceiling):

| bucket | counts | policy |
| --- | --- | --- |
| passphrase | wrong passphrases for one name from one client | 5 free, 30 s doubling to 1 h |
| name | wrong passphrases for one name from every client together | 20 free, 30 s doubling to 1 h |
| recovery | wrong recovery codes for one name from one client | 3 free, 5 min doubling to 24 h |
| client | wrong passphrases and codes from one client, any name | 20 free, 1 min doubling to 1 h |
| creation | journals created (or tried) from one client | 5 free, 1 min doubling to 1 h |

Passphrase and recovery code never share a bucket, so guessing someone's passphrase cannot
block their recovery code, and a client that guesses only slows itself down. When the server
cannot tell clients apart (``client`` is None) the passphrase and recovery buckets are kept
per name only, and the client buckets are not used.

An attempt is counted before the secret is checked, under a row lock, so parallel guesses
(from one replica or several) cannot slip past a limit before a failure is written; a success
gives its attempt back (see ``settle_success``).
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import Connection, Engine, delete, select, update

from journal.db import write_transaction
from journal.schema import unlock_throttle

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


PASSPHRASE = Policy(5, timedelta(seconds=30), timedelta(hours=1))
NAME_FROM_ANYWHERE = Policy(20, timedelta(seconds=30), timedelta(hours=1))
RECOVERY = Policy(3, timedelta(minutes=5), timedelta(hours=24))
CLIENT_FAILURES = Policy(20, timedelta(minutes=1), timedelta(hours=1))
CLIENT_CREATIONS = Policy(5, timedelta(minutes=1), timedelta(hours=1))

FREE_ATTEMPTS = PASSPHRASE.free
FIRST_LOCKOUT = PASSPHRASE.first_lockout
LONGEST_LOCKOUT = PASSPHRASE.longest_lockout


def lockout_for(failures: int) -> timedelta | None:
    """The passphrase policy's wait after ``failures`` wrong tries."""
    return PASSPHRASE.lockout_for(failures)


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


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)  # columns hold naive UTC


def _key(secret: bytes, *parts: str) -> str:
    message = "kindred-throttle-v1\0" + "\0".join(parts)
    return hmac.new(secret, message.encode("utf-8"), hashlib.sha256).hexdigest()


def unlock_buckets(secret: bytes, name_digest: str, client: str | None) -> list[Bucket]:
    """Passphrase tries: this name from this client, this name from anywhere, this client."""
    if client is None:
        return [Bucket(_key(secret, "passphrase", name_digest), PASSPHRASE, "passphrase", "clear")]
    return [
        Bucket(_key(secret, "passphrase", name_digest, client), PASSPHRASE, "passphrase", "clear"),
        Bucket(_key(secret, "name", name_digest), NAME_FROM_ANYWHERE, "passphrase", "clear"),
        Bucket(_key(secret, "client", client), CLIENT_FAILURES, "client", "return"),
    ]


def recovery_buckets(secret: bytes, name_digest: str, client: str | None) -> list[Bucket]:
    """Recovery code tries: this name from this client (never from anywhere, so strangers
    cannot use it up), and this client's failures across names."""
    if client is None:
        return [Bucket(_key(secret, "recovery", name_digest), RECOVERY, "recovery", "clear")]
    return [
        Bucket(_key(secret, "recovery", name_digest, client), RECOVERY, "recovery", "clear"),
        Bucket(_key(secret, "client", client), CLIENT_FAILURES, "client", "return"),
    ]


def creation_buckets(secret: bytes, client: str | None) -> list[Bucket]:
    if client is None:
        return []
    return [Bucket(_key(secret, "creation", client), CLIENT_CREATIONS, "creation", "keep")]


def begin_attempt(engine: Engine, buckets: Sequence[Bucket], now: datetime | None = None) -> None:
    """Count one attempt in every bucket, or raise Paused (counting nothing) if one is locked."""
    if not buckets:
        return
    now = now or utcnow()
    with write_transaction(engine) as connection:
        _ensure_rows(connection, buckets, now)
        rows = _locked_rows(connection, buckets)
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
                update(unlock_throttle)
                .where(unlock_throttle.c.bucket == bucket.key)
                .values(
                    failures=attempts,
                    last_failure_at=now,
                    locked_until=now + wait if wait else None,
                )
            )


def seconds_until_open(
    engine: Engine, buckets: Sequence[Bucket], now: datetime | None = None
) -> float:
    """How long until none of these buckets is locked (0: open now). Reads only."""
    if not buckets:
        return 0.0
    now = now or utcnow()
    with engine.connect() as connection:
        until = connection.execute(
            select(unlock_throttle.c.locked_until).where(
                unlock_throttle.c.bucket.in_([b.key for b in buckets]),
                unlock_throttle.c.locked_until > now,
            )
        ).scalars()
        return max(((u - now).total_seconds() for u in until), default=0.0)


def settle_success(connection: Connection, buckets: Iterable[Bucket]) -> None:
    """After a success: clear the owner's buckets, give back this attempt in the client's.

    Rows are touched in key order, as ``begin_attempt`` locks them, so two transactions
    never wait for each other in a circle."""
    for bucket in sorted({b.key: b for b in buckets}.values(), key=lambda b: b.key):
        if bucket.on_success == "clear":
            connection.execute(
                delete(unlock_throttle).where(unlock_throttle.c.bucket == bucket.key)
            )
        elif bucket.on_success == "return":
            row = connection.execute(
                select(unlock_throttle.c.failures)
                .where(unlock_throttle.c.bucket == bucket.key)
                .with_for_update()
            ).first()
            if row is None:
                continue
            if row.failures <= 1:
                connection.execute(
                    delete(unlock_throttle).where(unlock_throttle.c.bucket == bucket.key)
                )
            else:
                left = row.failures - 1
                values: dict = {"failures": left}
                if bucket.policy.lockout_for(left) is None:
                    values["locked_until"] = None
                connection.execute(
                    update(unlock_throttle)
                    .where(unlock_throttle.c.bucket == bucket.key)
                    .values(**values)
                )


def _ensure_rows(connection: Connection, buckets: Sequence[Bucket], now: datetime) -> None:
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
    connection.execute(insert(unlock_throttle).values(rows).on_conflict_do_nothing())


def _locked_rows(connection: Connection, buckets: Sequence[Bucket]) -> dict:
    found = connection.execute(
        select(unlock_throttle)
        .where(unlock_throttle.c.bucket.in_([b.key for b in buckets]))
        .order_by(unlock_throttle.c.bucket)
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
