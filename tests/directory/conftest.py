"""Directory fixtures: a fresh store in a temporary data folder, and small hand-made listings."""

from __future__ import annotations

import json
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
def postgres_url():
    """A real PostgreSQL on loopback (skipped where the server binaries are not installed)."""
    try:
        from tests.servers import PostgresUnavailableError, running_postgres
    except ImportError:  # the shared server helper lands with the journal's tests
        pytest.skip("tests/servers.py is not available")
    try:
        with running_postgres() as url:
            yield url
    except PostgresUnavailableError as reason:
        pytest.skip(str(reason))
