"""Shared fixtures: offline flags, a fresh data folder per test, the real model once."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")


@pytest.fixture()
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh KINDRED_DATA_DIR, so nothing a test writes touches ./data."""
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("KINDRED_DATA_DIR", str(folder))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.delenv("CHROMA_HOST", raising=False)
    monkeypatch.delenv("KINDRED_LLM", raising=False)
    _forget_cached_settings()
    return folder


def _forget_cached_settings() -> None:
    """Pages read settings through a cached resource; each test gets its own data folder."""
    from ui.services import app_settings

    app_settings.clear()


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """One real PostgreSQL on loopback for the whole session, shared by every area's tests;
    each area takes databases of its own on it (``loopback_servers.create_database``).
    Skipped where the server is not installed, except in CI, where that is a failure."""
    from loopback_servers import PostgresUnavailableError, running_postgres

    try:
        with running_postgres() as url:
            yield url
    except PostgresUnavailableError as reason:
        if os.environ.get("CI"):
            pytest.fail(str(reason))
        pytest.skip(str(reason))


@pytest.fixture(scope="session")
def model():
    """The real embedding model (the configured backend), loaded once per test session."""
    from knowledge.embeddings import warm

    return warm()


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium through Playwright, one per test session: Playwright's sync API
    allows one running instance per thread, so the browser and scale suites share it."""
    from playwright.sync_api import sync_playwright

    from tests.e2e.conftest import CHROMIUM, CHROMIUM_ARGS, _require_browser_tools

    _require_browser_tools()
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()
