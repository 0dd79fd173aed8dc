"""Scale-out fixtures: the session's PostgreSQL and one Chroma server, replica processes.

Each test that needs PostgreSQL gets a fresh, empty database on the session's server, so
tests never see each other's rows. Replicas are separate Python processes
(``tests/scale/replica.py``) holding their own services, like two Streamlit servers.
"""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from knowledge.stories import Story, StoryLibrary
from knowledge.stories.index import open_collection
from knowledge.stories.schema import read_jsonl
from loopback_servers import create_database, running_chroma
from settings import Settings

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(__file__).resolve().parent / "data"
LISTINGS = DATA / "listings.json"


def sample_stories() -> list[Story]:
    return [story for story in read_jsonl(DATA / "stories.jsonl") if isinstance(story, Story)]


@pytest.fixture()
def pg_url(postgres_server: str) -> str:
    """A fresh, empty database of its own for one test."""
    return create_database(postgres_server, f"t_{uuid.uuid4().hex[:12]}")


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, int]]:
    with running_chroma(tmp_path_factory.mktemp("chroma")) as address:
        yield address


@pytest.fixture(params=["local", "server"])
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Settings:
    """The local defaults (SQLite file, Chroma folder) or PostgreSQL plus a Chroma server."""
    data_dir = tmp_path / "data"
    if request.param == "local":
        return Settings(data_dir=data_dir)
    host, port = request.getfixturevalue("chroma_server")
    url = request.getfixturevalue("pg_url")
    return Settings(data_dir=data_dir, database_url=url, chroma_host=host, chroma_port=port)


@pytest.fixture()
def library(backend: Settings, model) -> StoryLibrary:
    """A story library holding the three test stories, in a collection of its own."""
    name = f"scale_{uuid.uuid4().hex[:10]}"
    story_library = StoryLibrary(open_collection(backend, name=name))
    story_library.add(sample_stories())
    return story_library


class Replica:
    """A running replica process and the one-line-per-command conversation with it."""

    def __init__(self, env: dict[str, str], log: Path) -> None:
        self.log = log
        self._log_file = log.open("w")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.scale.replica"],
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._log_file,
            text=True,
            bufsize=1,
        )
        self._read(timeout=120)  # {"ready": true}

    def _read(self, timeout: float) -> dict[str, Any]:
        assert self.process.stdout is not None
        ready, _, _ = select.select([self.process.stdout], [], [], timeout)
        if not ready:
            raise TimeoutError(f"replica did not answer in {timeout} s; see {self.log}")
        line = self.process.stdout.readline()
        if not line:
            raise RuntimeError(f"replica exited: {self.log.read_text()[-3000:]}")
        return json.loads(line)

    def send(self, op: str, **arguments: Any) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps({"op": op, **arguments}) + "\n")
        self.process.stdin.flush()

    def receive(self, timeout: float = 180) -> dict[str, Any]:
        return self._read(timeout)

    def call(self, op: str, timeout: float = 180, **arguments: Any) -> dict[str, Any]:
        """{"ok": result} or {"error": "ErrorClass", "message": "..."}."""
        self.send(op, **arguments)
        return self.receive(timeout)

    def ok(self, op: str, **arguments: Any) -> Any:
        reply = self.call(op, **arguments)
        assert "ok" in reply, reply
        return reply["ok"]

    def stop(self) -> None:
        if self.process.stdin:
            self.process.stdin.close()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)
        self._log_file.close()


def replica_environment(settings: Settings) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DATABASE_URL", "CHROMA_HOST", "CHROMA_PORT", "KINDRED_LLM")
    }
    env.update(
        KINDRED_DATA_DIR=str(settings.data_dir),
        DATABASE_URL=settings.database_url,
        CHROMA_HOST=settings.chroma_host,
        CHROMA_PORT=str(settings.chroma_port),
        HF_HUB_OFFLINE="1",
        TRANSFORMERS_OFFLINE="1",
        ANONYMIZED_TELEMETRY="False",
        OMP_NUM_THREADS="1",  # two replicas on two cores: one each, as two containers would
        # One name key for every replica, as the deployment's secret gives them: each
        # replica's own generated key would find no journal made on the other.
        KINDRED_NAME_KEY="a-test-name-key-shared-by-every-replica-0123456789",
    )
    return env


@pytest.fixture(scope="module")
def shared_settings(
    postgres_server: str, chroma_server: tuple[str, int], tmp_path_factory, model
) -> Settings:
    """One fresh database and the Chroma server, with the test stories already indexed.

    With the collection not empty, replicas do not index the whole shipped corpus.
    """
    url = create_database(postgres_server, f"replicas_{uuid.uuid4().hex[:8]}")
    host, port = chroma_server
    settings = Settings(
        data_dir=tmp_path_factory.mktemp("replicas"),
        database_url=url,
        chroma_host=host,
        chroma_port=port,
    )
    StoryLibrary(open_collection(settings)).add(sample_stories())
    return settings


@pytest.fixture(scope="module")
def replicas(shared_settings: Settings) -> Iterator[tuple[Replica, Replica]]:
    """Two replica processes started at the same moment on one PostgreSQL + Chroma server."""
    env = replica_environment(shared_settings)
    folder = shared_settings.data_dir
    started = time.monotonic()
    first = Replica(env, folder / "replica-a.log")
    second = Replica(env, folder / "replica-b.log")
    assert time.monotonic() - started < 240
    yield first, second
    first.stop()
    second.stop()
