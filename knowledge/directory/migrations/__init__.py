"""Alembic migrations of the directory tables (version table: directory_alembic_version)."""
