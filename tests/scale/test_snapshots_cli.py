"""`python -m deploy.snapshots`: connection flags without secrets, and the index round trip."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from deploy.snapshots import SnapshotError, libpq_arguments
from knowledge.stories import StoryLibrary
from knowledge.stories.index import open_collection
from loopback_servers import running_chroma
from settings import Settings
from tests.scale.conftest import ROOT, sample_stories


@pytest.mark.parametrize(
    ("url", "flags", "env"),
    [
        (
            "postgresql+psycopg://kindred:s3cret@db.internal:5433/kindred",
            ["-h", "db.internal", "-p", "5433", "-U", "kindred", "-d", "kindred"],
            {"PGPASSWORD": "s3cret"},
        ),
        (
            "postgresql://app@127.0.0.1/journal",
            ["-h", "127.0.0.1", "-p", "5432", "-U", "app", "-d", "journal"],
            {},
        ),
    ],
)
def test_the_password_goes_to_the_environment_never_to_the_command_line(url, flags, env):
    assert libpq_arguments(url) == (flags, env)


def test_a_sqlite_url_is_refused_with_the_right_advice():
    with pytest.raises(SnapshotError, match=r"sqlite3 \.backup"):
        libpq_arguments("sqlite:///data/kindred.db")


def _cli(command: list[str], host: str, port: int, stdin: bytes = b"") -> bytes:
    env = {**os.environ, "CHROMA_HOST": host, "CHROMA_PORT": str(port)}
    done = subprocess.run(
        [sys.executable, "-m", "deploy.snapshots", *command],
        input=stdin, capture_output=True, cwd=ROOT, env=env, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr.decode()
    return done.stdout


@pytest.mark.slow
def test_the_index_exported_to_stdout_imports_from_stdin_into_a_fresh_server(tmp_path, model):
    with running_chroma(tmp_path / "first") as (host, port):
        source = StoryLibrary(open_collection(Settings(chroma_host=host, chroma_port=port)))
        source.add(sample_stories())
        passages = source.count_passages()
        exported = _cli(["chroma-export", "--out", "-"], host, port)
    with running_chroma(tmp_path / "second") as (host, port):
        _cli(["chroma-import", "--from", "-"], host, port, stdin=exported)
        restored = StoryLibrary(open_collection(Settings(chroma_host=host, chroma_port=port)))
        assert restored.count_passages() == passages
        hits = restored.search("night shifts as a nurse and worrying", k=1)
        assert [hit.story.id for hit in hits] == ["scale-night-shift-worry"]
