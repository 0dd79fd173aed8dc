"""The store's tables. Only ids, the owner and timestamps are clear; the rest is sealed.

Alembic revisions in ``journal/migrations/versions`` create these; keep both in step.
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    text,
)

from database import UTCDateTime
from store_throttle import throttle_table

metadata = MetaData()

accounts = Table(
    "journal_accounts",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("username_digest", String(64), nullable=False, unique=True),
    Column("created_at", UTCDateTime, nullable=False),
    Column("kdf_params", Text, nullable=False),
    Column("kdf_salt", LargeBinary, nullable=False),
    Column("verifier", LargeBinary, nullable=False),
    Column("wrapped_key", LargeBinary, nullable=False),
    Column("recovery_salt", LargeBinary, nullable=False),
    Column("recovery_wrapped_key", LargeBinary, nullable=False),
    # Bumped with every write to the account's entries or trackers (``Journal.revision``),
    # so a session knows its decrypted copy is current without reading every row.
    Column("revision", Integer, nullable=False, server_default=text("0")),
)

# One row per rate-limit bucket (journal/throttle.py), found by a keyed digest of what it
# counts, so unknown names are throttled the same way as real ones.
unlock_throttle = throttle_table("journal_unlock_throttle", metadata)

entries = Table(
    "journal_entries",
    metadata,
    Column("id", String(32), primary_key=True),
    Column(
        "account_id",
        String(32),
        ForeignKey("journal_accounts.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("created_at", UTCDateTime, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
    Column("payload", LargeBinary, nullable=False),
)

self_checks = Table(
    "journal_self_checks",
    metadata,
    Column("id", String(32), primary_key=True),
    Column(
        "account_id",
        String(32),
        ForeignKey("journal_accounts.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("created_at", UTCDateTime, nullable=False),
    Column("payload", LargeBinary, nullable=False),
)


def _one_sealed_record_per_person(name: str) -> Table:
    """A table of one sealed record per person, keyed by the owner; the row goes with the
    account (ON DELETE CASCADE)."""
    return Table(
        name,
        metadata,
        Column(
            "account_id",
            String(32),
            ForeignKey("journal_accounts.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        Column("created_at", UTCDateTime, nullable=False),
        Column("updated_at", UTCDateTime, nullable=False),
        Column("payload", LargeBinary, nullable=False),
    )


safety_plans = _one_sealed_record_per_person("journal_safety_plans")
# The reader's story ratings and the topics they avoid: no story id, answer or topic in clear.
story_feedback = _one_sealed_record_per_person("journal_story_feedback")

# The person's own trackers (journal/trackers.py): one sealed definition per row; the values
# are inside each check-in's sealed payload. The row goes with the account (ON DELETE CASCADE).
trackers = Table(
    "journal_trackers",
    metadata,
    Column("id", String(32), primary_key=True),
    Column(
        "account_id",
        String(32),
        ForeignKey("journal_accounts.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("created_at", UTCDateTime, nullable=False),
    Column("payload", LargeBinary, nullable=False),
)
