"""Browser fixtures: Kindred served by `streamlit run` on loopback, driven by Debian's Chromium.

The app runs against a fresh data folder prepared with the same `python -m seed` that
`make run` uses. Chromium is never downloaded: the tests use /usr/bin/chromium, which
`make system-deps` (called by CI) installs from Debian's packages.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from loopback_servers import free_port, stop, wait_until_answers

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path(os.environ.get("KINDRED_CHROMIUM", "/usr/bin/chromium"))
AXE_JS = Path(__file__).resolve().parent / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = ROOT / "test-results" / "screenshots"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).resolve().parent
    for item in items:
        if here in Path(str(item.fspath)).resolve().parents:
            item.add_marker(pytest.mark.e2e)


def _require_browser_tools() -> None:
    missing = [str(p) for p in (CHROMIUM, AXE_JS) if not p.exists()]
    if missing:
        message = f"browser tests need {', '.join(missing)}: run `make system-deps`"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


def wait_for_health(url: str, process: subprocess.Popen, timeout: float = 120) -> None:
    wait_until_answers(
        f"{url}/_stcore/health", process, timeout, accept=lambda body: body.strip() == b"ok"
    )


def app_environment(data_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        KINDRED_DATA_DIR=str(data_dir),
        HF_HUB_OFFLINE="1",
        TRANSFORMERS_OFFLINE="1",
        ANONYMIZED_TELEMETRY="False",
        KINDRED_COUNTRY="US",
    )
    for name in ("DATABASE_URL", "CHROMA_HOST", "KINDRED_LLM"):
        env.pop(name, None)
    return env


@contextlib.contextmanager
def serve_app(data_dir: Path) -> Iterator[str]:
    """`python -m serve` (streamlit run app.py) on a free loopback port; stopped after."""
    with serve_app_process(data_dir) as (url, _process):
        yield url


@contextlib.contextmanager
def serve_app_process(data_dir: Path) -> Iterator[tuple[str, subprocess.Popen]]:
    """Like `serve_app`, with the server process too (the page benchmark reads its memory)."""
    env = app_environment(data_dir)
    env.update(extra_app_environment())
    port = free_port()
    log = (data_dir / f"streamlit-{port}.log").open("w")
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "serve",
            "--server.port",
            str(port),
            "--server.address",
            "127.0.0.1",
            "--server.headless",
            "true",
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for_health(url, process)
        yield url, process
    finally:
        stop(process)
        log.close()


@pytest.fixture(scope="session")
def seeded_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh data folder with the sample data `make run` would prepare."""
    _require_browser_tools()
    data_dir = tmp_path_factory.mktemp("e2e-data")
    env = app_environment(data_dir)
    subprocess.run([sys.executable, "-m", "seed"], cwd=ROOT, env=env, check=True)
    return data_dir


@pytest.fixture(scope="session")
def app_url(request: pytest.FixtureRequest) -> Iterator[str]:
    """A running Kindred with sample data, on a free loopback port.

    KINDRED_E2E_URL points the journeys at a Kindred that is already running instead
    (started with the moderator password below), handy while writing a journey.
    """
    if os.environ.get("KINDRED_E2E_URL"):
        _require_browser_tools()
        yield os.environ["KINDRED_E2E_URL"].rstrip("/")
        return
    with serve_app(request.getfixturevalue("seeded_data_dir")) as url:
        yield url


def extra_app_environment() -> dict[str, str]:
    """Settings the journeys need: a known moderator password (hash) for the moderation page."""
    from argon2 import PasswordHasher

    return {"KINDRED_MODERATOR_PASSWORD_HASH": PasswordHasher().hash(MODERATOR_PASSWORD)}


MODERATOR_PASSWORD = "e2e-moderator-passphrase"


@pytest.fixture(scope="session")
def _warm_app(browser, app_url: str) -> str:
    """One first visit to the home page. Until app.py has run once, Streamlit serves the
    scripts in pages/ on their own (no navigation, no help control) to anyone arriving by a
    deep link (serve.py turns that off; test_deep_link.py checks it). The journeys start after."""
    with new_tab(browser, app_url) as tab:
        tab.goto(app_url)
        tab.wait_for_selector('[data-testid="stAppViewContainer"]')
        tab.wait_for_timeout(1500)
    return app_url


@contextlib.contextmanager
def new_tab(browser, app_url: str, *, phone: bool = False) -> Iterator[object]:
    """A fresh browser context (a new person, a new Streamlit session) with one tab;
    ``phone`` makes it a 390 x 844 window with touch, as a person on a phone has it."""
    from tests.e2e.browser import COUNT_RUNS

    size = {"width": 390, "height": 844} if phone else {"width": 1280, "height": 900}
    context = browser.new_context(
        viewport=size, accept_downloads=True, is_mobile=phone, has_touch=phone
    )
    context.set_default_timeout(30_000)
    context.add_init_script(COUNT_RUNS)
    tab = context.new_page()
    tab.app_url = app_url
    try:
        yield tab
    finally:
        context.close()


@pytest.fixture()
def page(browser, _warm_app: str) -> Iterator[object]:
    with new_tab(browser, _warm_app) as tab:
        yield tab


@pytest.fixture(scope="session", autouse=True)
def _fresh_screenshots() -> None:
    if SCREENSHOTS.exists():
        shutil.rmtree(SCREENSHOTS)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)


@pytest.fixture(scope="session", autouse=True)
def _patient_expectations() -> None:
    """Assertions wait for what Streamlit draws after a rerun, on a busy 2-core machine too."""
    from playwright.sync_api import expect

    expect.set_options(timeout=20_000)
