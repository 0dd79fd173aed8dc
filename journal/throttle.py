"""Unlock rate limiting kept in the database, so every app replica sees the same count."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import Connection, Engine, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from journal.db import write_transaction
from journal.errors import TooManyAttempts
from journal.schema import unlock_throttle

FREE_ATTEMPTS = 5
FIRST_LOCKOUT = timedelta(seconds=30)
LONGEST_LOCKOUT = timedelta(hours=1)
FORGET_AFTER = timedelta(hours=24)


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)  # columns hold naive UTC


def lockout_for(failures: int) -> timedelta | None:
    """No wait for the first few slips, then a delay that doubles up to an hour."""
    if failures < FREE_ATTEMPTS:
        return None
    return min(FIRST_LOCKOUT * 2 ** (failures - FREE_ATTEMPTS), LONGEST_LOCKOUT)


def begin_attempt(engine: Engine, digest: str, now: datetime | None = None) -> int:
    """Count an unlock attempt before the passphrase is checked; raise while locked out.

    The attempt is counted first, under a row lock, so parallel guesses (from one replica or
    several) cannot all slip past the limit before any failure is written; a successful
    unlock clears the count. Returns the running count.
    """
    now = now or utcnow()
    for _ in range(3):  # two first attempts at once on Postgres: the loser retries the insert
        try:
            with write_transaction(engine) as connection:
                return _count_attempt(connection, digest, now)
        except IntegrityError:
            continue
    raise TooManyAttempts(FIRST_LOCKOUT.total_seconds())


def _count_attempt(connection: Connection, digest: str, now: datetime) -> int:
    row = connection.execute(
        select(
            unlock_throttle.c.failures,
            unlock_throttle.c.last_failure_at,
            unlock_throttle.c.locked_until,
        )
        .where(unlock_throttle.c.username_digest == digest)
        .with_for_update()
    ).first()
    if row is None:
        connection.execute(
            insert(unlock_throttle).values(
                username_digest=digest, failures=1, last_failure_at=now, locked_until=None
            )
        )
        return 1
    if row.locked_until is not None and row.locked_until > now:
        raise TooManyAttempts((row.locked_until - now).total_seconds())
    attempts = 1 if now - row.last_failure_at > FORGET_AFTER else row.failures + 1
    wait = lockout_for(attempts)
    connection.execute(
        update(unlock_throttle)
        .where(unlock_throttle.c.username_digest == digest)
        .values(
            failures=attempts,
            last_failure_at=now,
            locked_until=now + wait if wait else None,
        )
    )
    return attempts


def clear(connection: Connection, digest: str) -> None:
    connection.execute(delete(unlock_throttle).where(unlock_throttle.c.username_digest == digest))
