"""Alembic migrations of the moderation inbox (version table: moderation_alembic_version)."""
