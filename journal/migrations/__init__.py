"""Alembic migrations of the journal store, run programmatically by ``JournalStore``."""
