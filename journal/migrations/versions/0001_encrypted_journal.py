"""Encrypted journal: accounts with wrapped keys, sealed entries and self-checks, throttle.

Why: the first schema. Only ids, owners and timestamps are clear columns; every private
field lives inside the AES-GCM sealed ``payload``.

Revision ID: 0001
Revises:
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "journal_accounts",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("username_digest", sa.String(64), nullable=False, unique=True),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("kdf_params", sa.Text, nullable=False),
        sa.Column("kdf_salt", sa.LargeBinary, nullable=False),
        sa.Column("verifier", sa.LargeBinary, nullable=False),
        sa.Column("wrapped_key", sa.LargeBinary, nullable=False),
        sa.Column("recovery_salt", sa.LargeBinary, nullable=False),
        sa.Column("recovery_wrapped_key", sa.LargeBinary, nullable=False),
    )
    op.create_table(
        "journal_unlock_throttle",
        sa.Column("username_digest", sa.String(64), primary_key=True),
        sa.Column("failures", sa.Integer, nullable=False),
        sa.Column("last_failure_at", sa.DateTime, nullable=False),
        sa.Column("locked_until", sa.DateTime, nullable=True),
    )
    for name in ("journal_entries", "journal_self_checks"):
        columns = [
            sa.Column("id", sa.String(32), primary_key=True),
            sa.Column(
                "account_id",
                sa.String(32),
                sa.ForeignKey("journal_accounts.id", ondelete="CASCADE"),
                nullable=False,
            ),
            sa.Column("created_at", sa.DateTime, nullable=False),
        ]
        if name == "journal_entries":
            columns.append(sa.Column("updated_at", sa.DateTime, nullable=False))
        op.create_table(name, *columns, sa.Column("payload", sa.LargeBinary, nullable=False))
        op.create_index(f"ix_{name}_account_id", name, ["account_id"])


def downgrade() -> None:
    op.drop_table("journal_self_checks")
    op.drop_table("journal_entries")
    op.drop_table("journal_unlock_throttle")
    op.drop_table("journal_accounts")
