"""Moderation fixtures: an inbox on a SQLite file, or on the session's real PostgreSQL."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from database import open_engine
from knowledge.moderation.inbox import ModerationInbox
from knowledge.moderation.schema import upgrade_to_head
from loopback_servers import create_database


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'kindred.db'}"
    server = request.getfixturevalue("postgres_server")
    return create_database(server, f"moderation_{uuid.uuid4().hex[:12]}")


@pytest.fixture()
def inbox(store_url: str) -> ModerationInbox:
    engine = open_engine(store_url)
    upgrade_to_head(engine)
    return ModerationInbox(engine, b"test secret")
