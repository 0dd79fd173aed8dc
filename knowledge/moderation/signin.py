"""The moderators' sign-in: the shared password, tries counted in the database, idle end.

Wrong passwords are counted in the inbox's throttle table (``store_throttle``), so a new tab
or another replica sees the same count: five free tries from one client (clients the server
cannot tell apart count as one) and twenty from everywhere together, then a pause of 30 s
that doubles up to an hour. A right password clears both. A moderator session ends after ``moderator_idle_minutes``
without a click.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from database import utcnow, write_transaction
from knowledge.moderation.inbox import ModerationInbox
from knowledge.moderation.schema import throttle
from knowledge.stories.moderators import verify_moderator
from settings import Settings
from store_throttle import Bucket, Limiter, Paused, Policy, bucket_key

FROM_ONE_SENDER = Policy(5, timedelta(seconds=30), timedelta(hours=1))
FROM_ANYWHERE = Policy(20, timedelta(seconds=30), timedelta(hours=1))


class SignInPaused(Exception):  # noqa: N818 - reads as a sentence
    """Too many wrong passwords: ``seconds`` until the next try is counted."""

    def __init__(self, seconds: float) -> None:
        minutes = max(1, round(seconds / 60))
        super().__init__(
            "Too many wrong passwords. For everyone's safety, sign-in is paused for about "
            f"{minutes} minute{'s' if minutes != 1 else ''}; please try again then."
        )
        self.seconds = seconds


def sign_in_buckets(secret: bytes, client: str | None) -> list[Bucket]:
    """This client's tries and everyone's. Clients the server cannot tell apart (None)
    count as one client, so a new tab or browser session starts no fresh count."""
    mine = bucket_key(secret, "sign-in", client or "unknown client")
    return [
        Bucket(mine, FROM_ONE_SENDER, "sign-in", "clear"),
        Bucket(bucket_key(secret, "sign-in"), FROM_ANYWHERE, "sign-in", "clear"),
    ]


def sign_in(inbox: ModerationInbox, password: str, settings: Settings, client: str | None) -> bool:
    """True when the password is right; raises SignInPaused (counting nothing) when paused."""
    buckets = sign_in_buckets(inbox.secret, client)
    limiter = Limiter(throttle)
    try:
        limiter.begin_attempt(inbox.engine, buckets)
    except Paused as paused:
        raise SignInPaused(paused.seconds) from None
    if not verify_moderator(password, settings):
        return False
    with write_transaction(inbox.engine) as connection:
        limiter.settle_success(connection, buckets)
    return True


def still_signed_in(last_seen: datetime, settings: Settings, now: datetime | None = None) -> bool:
    """False once the moderator has been idle longer than the setting allows."""
    idle = (now or utcnow()) - last_seen
    return idle <= timedelta(minutes=settings.moderator_idle_minutes)
