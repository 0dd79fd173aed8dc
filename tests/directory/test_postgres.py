"""The directory on a real PostgreSQL: two replicas, one database, the same answers."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from knowledge.directory import Directory, import_feed
from knowledge.directory.store import make_engine, metadata
from tests.directory.conftest import DATA, write_json

pytestmark = pytest.mark.postgres
NOW = dt.datetime(2026, 11, 24, 12, tzinfo=dt.UTC)


@pytest.fixture()
def replicas(postgres_url):
    first, second = Directory(make_engine(postgres_url)), Directory(make_engine(postgres_url))
    yield first, second
    metadata.drop_all(first.engine)
    with first.engine.begin() as connection:
        connection.execute(text("DROP TABLE directory_alembic_version"))
    first.engine.dispose()
    second.engine.dispose()


def test_two_replicas_agree_after_imports_and_retirements(replicas, tmp_path):
    first, second = replicas
    feed = DATA / "meeting_guide_feed.json"
    assert import_feed(feed, format="meeting-guide", source="pg", directory=first).ok
    names = [h.listing.name for h in second.find("Chicago", include_remote=False, now=NOW)]
    assert "Early Birds" in names
    import json

    items = [i for i in json.loads(feed.read_text()) if i["slug"] != "early-birds"]
    report = import_feed(write_json(tmp_path / "v2.json", items), source="pg", directory=second)
    assert report.retired == ["pg:early-birds"]
    names = [h.listing.name for h in first.find("Chicago", include_remote=False, now=NOW)]
    assert "Early Birds" not in names and "Midnight Hour" in names
