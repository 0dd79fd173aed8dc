"""`python -m knowledge.stories ingest FILE.jsonl`: validation by row, progress, summary."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from knowledge.stories import open_library
from knowledge.stories.cli import ingest, main
from settings import Settings

ROOT = Path(__file__).resolve().parents[2]


def _row(story_id: str, **changes) -> str:
    row = {
        "id": story_id,
        "title": "Small steps on the ward",
        "body": "The first week on the ward I barely spoke. A peer worker sat with me. " * 6,
        "topics": ["hospitalization"],
        "stage": "steady",
        "what_helped": ["peer-specialist"],
        "communities": [],
        "language": "en",
        "content_warnings": ["hospitalization"],
        "composite": True,
    }
    return json.dumps({**row, **changes})


@pytest.fixture()
def settings(tmp_path: Path, shipped_library_dir: Path) -> Settings:
    folder = tmp_path / "data"
    shutil.copytree(shipped_library_dir, folder)
    return Settings(data_dir=folder)


def test_ingest_reports_bad_rows_indexes_good_ones_and_never_duplicates(tmp_path, settings):
    source = tmp_path / "stories.jsonl"
    source.write_text(
        "\n".join(
            [
                _row("cli-one"),
                "{oops",
                _row("cli-two", topics=["weather"]),
                "",
                _row("cli-three", stage="done"),
                _row("cli-four"),
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    before = open_library(settings).count()
    out = io.StringIO()
    assert ingest(source, settings, out=out, progress=False) == 1
    report = out.getvalue()
    assert "stories.jsonl row 2: not valid JSON" in report
    assert "row 3: topics: unknown topics ['weather']" in report
    assert "row 5: stage" in report
    assert "5 rows read, 2 valid, 3 rejected; 2 new stories, 0 updated" in report
    assert open_library(settings).count() == before + 2

    out = io.StringIO()
    ingest(source, settings, out=out, progress=False)
    assert "0 new stories, 2 updated" in out.getvalue()
    assert open_library(settings).count() == before + 2


def test_ingest_of_a_clean_file_exits_zero(tmp_path, settings, monkeypatch):
    source = tmp_path / "good.jsonl"
    source.write_text(_row("cli-good") + "\n", encoding="utf-8")
    monkeypatch.setenv("KINDRED_DATA_DIR", str(settings.data_dir))
    assert main(["ingest", str(source), "--no-progress"]) == 0
    assert open_library(settings).get("cli-good") is not None


@pytest.mark.parametrize(
    ("content", "message"), [(None, "No such file"), (b"\xff\xfe\x00", "not UTF-8")]
)
def test_unusable_files_get_a_clear_message(tmp_path, settings, content, message):
    path = tmp_path / "input.jsonl"
    if content is not None:
        path.write_bytes(content)
    out = io.StringIO()
    assert ingest(path, settings, out=out, progress=False) == 2
    assert message in out.getvalue()


@pytest.mark.slow
def test_the_module_runs_as_a_command(tmp_path, settings):
    source = tmp_path / "one.jsonl"
    source.write_text(_row("cli-command"), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "knowledge.stories", "ingest", str(source)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env={
            "KINDRED_DATA_DIR": str(settings.data_dir),
            "HF_HUB_OFFLINE": "1",
            "ANONYMIZED_TELEMETRY": "False",
            "PATH": "/usr/bin:/bin",
        },
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "1 new stories" in done.stdout
    assert "100%" in done.stderr, "tqdm draws its progress bar on stderr"
