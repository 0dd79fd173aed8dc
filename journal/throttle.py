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

The mechanism (buckets, policies, row locks, client addresses) is the store layer's
``store_throttle``; this module holds the journal's policies and buckets.
"""

from __future__ import annotations

from datetime import timedelta

from database import utcnow
from journal.schema import unlock_throttle
from store_throttle import Bucket, Limiter, Paused, Policy, bucket_key, client_address

__all__ = ["Bucket", "Paused", "client_address", "utcnow"]

PASSPHRASE = Policy(5, timedelta(seconds=30), timedelta(hours=1))
NAME_FROM_ANYWHERE = Policy(20, timedelta(seconds=30), timedelta(hours=1))
RECOVERY = Policy(3, timedelta(minutes=5), timedelta(hours=24))
CLIENT_FAILURES = Policy(20, timedelta(minutes=1), timedelta(hours=1))
CLIENT_CREATIONS = Policy(5, timedelta(minutes=1), timedelta(hours=1))


def unlock_buckets(secret: bytes, name_digest: str, client: str | None) -> list[Bucket]:
    """Passphrase tries: this name from this client, this name from anywhere, this client."""
    if client is None:
        return [
            Bucket(bucket_key(secret, "passphrase", name_digest), PASSPHRASE, "passphrase", "clear")
        ]
    return [
        Bucket(
            bucket_key(secret, "passphrase", name_digest, client), PASSPHRASE, "passphrase", "clear"
        ),
        Bucket(bucket_key(secret, "name", name_digest), NAME_FROM_ANYWHERE, "passphrase", "clear"),
        Bucket(bucket_key(secret, "client", client), CLIENT_FAILURES, "client", "return"),
    ]


def recovery_buckets(secret: bytes, name_digest: str, client: str | None) -> list[Bucket]:
    """Recovery code tries: this name from this client (never from anywhere, so strangers
    cannot use it up), and this client's failures across names."""
    if client is None:
        return [Bucket(bucket_key(secret, "recovery", name_digest), RECOVERY, "recovery", "clear")]
    return [
        Bucket(bucket_key(secret, "recovery", name_digest, client), RECOVERY, "recovery", "clear"),
        Bucket(bucket_key(secret, "client", client), CLIENT_FAILURES, "client", "return"),
    ]


def creation_buckets(secret: bytes, client: str | None) -> list[Bucket]:
    if client is None:
        return []
    return [Bucket(bucket_key(secret, "creation", client), CLIENT_CREATIONS, "creation", "keep")]


_limiter = Limiter(unlock_throttle)
begin_attempt = _limiter.begin_attempt
seconds_until_open = _limiter.seconds_until_open
settle_success = _limiter.settle_success
