"""Directory fixtures: a fresh store in a temporary data folder, and small hand-made listings."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest

from knowledge.directory import Directory, import_feed, open_directory
from settings import Settings

DATA = Path(__file__).parent / "data"


@pytest.fixture()
def directory(data_dir: Path) -> Directory:
    return open_directory(Settings.from_env())


@pytest.fixture()
def small_directory(directory: Directory, tmp_path: Path) -> Directory:
    """The hand-made listings of data/small_listings.json, loaded through the JSON import."""
    report = import_feed(
        DATA / "small_listings.json", format="json", source="test", directory=directory
    )
    assert report.ok, report.rejected
    return directory


def write_json(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def postgres_url(postgres_server: str) -> str:
    """A fresh database for each test module on the session's real PostgreSQL."""
    from loopback_servers import create_database

    return create_database(postgres_server, f"directory_{uuid.uuid4().hex[:12]}")
