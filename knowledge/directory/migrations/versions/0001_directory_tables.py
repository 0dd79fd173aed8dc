"""Directory tables: listings (JSON plus indexed place columns), a version, corrections.

Why: the first schema. The listing itself is one JSON document (its schema lives in
pydantic); only what the database must filter or index is a column. The version row lets
every app replica see cheaply that its in-memory search snapshot is stale.

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
        "directory_listings",
        sa.Column("id", sa.String(300), primary_key=True),
        sa.Column("source", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("country", sa.String(2), nullable=False),
        sa.Column("latitude", sa.Float, nullable=True),
        sa.Column("longitude", sa.Float, nullable=True),
        sa.Column("is_demo", sa.Boolean, nullable=False),
        sa.Column("retired_at", sa.DateTime, nullable=True),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.Column("data", sa.Text, nullable=False),
    )
    op.create_index("ix_directory_listings_source", "directory_listings", ["source"])
    op.create_index(
        "ix_directory_listings_lat_lon", "directory_listings", ["latitude", "longitude"]
    )
    op.create_table(
        "directory_state",
        sa.Column("key", sa.String(40), primary_key=True),
        sa.Column("value", sa.Integer, nullable=False),
    )
    op.create_table(
        "directory_corrections",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("listing_id", sa.String(300), nullable=False),
        sa.Column("listing_name", sa.String(300), nullable=False),
        sa.Column("message", sa.Text, nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("resolved_at", sa.DateTime, nullable=True),
        sa.Column("resolution_note", sa.Text, nullable=False),
    )
    op.create_index("ix_directory_corrections_listing_id", "directory_corrections", ["listing_id"])
    op.create_index("ix_directory_corrections_status", "directory_corrections", ["status"])


def downgrade() -> None:
    op.drop_table("directory_corrections")
    op.drop_table("directory_state")
    op.drop_table("directory_listings")
