"""Aware UTC timestamps: every journal timestamp is stored and read as aware UTC.

Why: the stores used naive UTC in two places and aware UTC in a third. The values were
already UTC, so Postgres columns become timestamptz read as UTC; SQLite keeps its text.

Revision ID: journal_aware_utc_0004
Revises: 0003
Create Date: 2026-11-29
"""

from __future__ import annotations

from alembic import op

from schema_migrations import aware_to_naive_utc, naive_to_aware_utc

revision = "journal_aware_utc_0004"
down_revision = "0003"
branch_labels = None
depends_on = None

COLUMNS = {
    "journal_accounts": ("created_at",),
    "journal_unlock_throttle": ("last_failure_at", "locked_until"),
    "journal_entries": ("created_at", "updated_at"),
    "journal_self_checks": ("created_at",),
    "journal_safety_plans": ("created_at", "updated_at"),
}


def upgrade() -> None:
    naive_to_aware_utc(op.get_bind(), COLUMNS)


def downgrade() -> None:
    aware_to_naive_utc(op.get_bind(), COLUMNS)
