"""Two real `streamlit run` replicas on one PostgreSQL and one Chroma server, in Chromium.

A journal created through replica A's page unlocks through replica B's page: what a person
sees when a load balancer sends their next visit to another replica. The load test does
the heavy lifting without browsers (30 browser sessions are too much for 2 cores).
"""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator

import pytest

from knowledge.stories import StoryLibrary
from knowledge.stories.index import open_collection
from loopback_servers import create_database, free_port, stop
from settings import Settings
from tests.e2e.conftest import CHROMIUM, ROOT, wait_for_health
from tests.scale.conftest import replica_environment, sample_stories

pytestmark = [pytest.mark.slow, pytest.mark.e2e, pytest.mark.postgres]
PASSPHRASE = "harbor lantern meadow"


@pytest.fixture(scope="module")
def two_streamlit_replicas(postgres_server, chroma_server, tmp_path_factory, model) -> Iterator:
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing: run `make system-deps`")
        pytest.skip(f"{CHROMIUM} is missing")
    host, port = chroma_server
    url = create_database(postgres_server, f"browser_{uuid.uuid4().hex[:8]}")
    processes, addresses = [], []
    for letter in "ab":
        settings = Settings(
            data_dir=tmp_path_factory.mktemp(f"streamlit-{letter}"),
            database_url=url,
            chroma_host=host,
            chroma_port=port,
        )
        if not processes:  # a non-empty index: the replicas skip indexing the whole corpus
            StoryLibrary(open_collection(settings)).add(sample_stories())
        app_port = free_port()
        log = (settings.data_dir / "streamlit.log").open("w")
        processes.append(
            subprocess.Popen(
                [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port",
                 str(app_port), "--server.address", "127.0.0.1", "--server.headless", "true"],
                cwd=ROOT, env=replica_environment(settings), stdout=log, stderr=subprocess.STDOUT,
            )
        )  # fmt: skip
        addresses.append(f"http://127.0.0.1:{app_port}")
    try:
        for address, process in zip(addresses, processes, strict=True):
            wait_for_health(address, process)
        yield addresses
    finally:
        for process in processes:
            stop(process)


@pytest.fixture()
def chromium(browser):  # type: ignore[no-untyped-def]
    """The session's one Chromium (tests/conftest.py), shared with the browser journeys."""
    return browser


def _open_journal(chromium, address: str):  # type: ignore[no-untyped-def]
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(60_000)
    page = context.new_page()
    page.goto(f"{address}/journal")
    page.get_by_role("tab", name="Unlock").wait_for()
    return page


def _visible(page, label: str):  # type: ignore[no-untyped-def]
    return page.get_by_label(label, exact=True).filter(visible=True)


def test_a_journal_created_on_replica_a_unlocks_on_replica_b(two_streamlit_replicas, chromium):
    replica_a, replica_b = two_streamlit_replicas
    name = f"browser {uuid.uuid4().hex[:6]}"

    page_a = _open_journal(chromium, replica_a)
    page_a.get_by_role("tab", name="Create a journal").click()
    _visible(page_a, "Name").fill(name)
    _visible(page_a, "Passphrase").fill(PASSPHRASE)
    _visible(page_a, "Passphrase again").fill(PASSPHRASE)
    page_a.get_by_role("button", name="Create my journal").click()
    page_a.get_by_role("button", name="Lock journal").wait_for()

    page_b = _open_journal(chromium, replica_b)
    _visible(page_b, "Name").fill(name)
    _visible(page_b, "Passphrase").fill("not the right words")
    page_b.get_by_role("button", name="Unlock", exact=True).click()
    page_b.get_by_text("don't match a journal here").wait_for()
    _visible(page_b, "Passphrase").fill(PASSPHRASE)
    page_b.get_by_role("button", name="Unlock", exact=True).click()
    page_b.get_by_role("button", name="Lock journal").wait_for()
    assert page_b.get_by_role("button", name="Lock journal").count() == 1
