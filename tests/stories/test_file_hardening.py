"""Story files and forms from outside: bounded before parsing, NUL never reaches PostgreSQL
(issue 18, item 3)."""

from __future__ import annotations

import io
import json
import uuid
from pathlib import Path

import pytest

from database import open_engine
from knowledge.moderation.inbox import ModerationInbox
from knowledge.moderation.schema import upgrade_to_head
from knowledge.stories.cli import ingest
from knowledge.stories.schema import RowError, parse_row, read_jsonl
from loopback_servers import create_database
from settings import Settings
from tests.stories.test_schema_and_chunking import GOOD
from tests.stories.test_submissions import ALL_CONSENT, draft


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def queue(request, tmp_path: Path) -> ModerationInbox:
    """The moderation inbox on a SQLite file, and on a real PostgreSQL."""
    if request.param == "sqlite":
        engine = open_engine(f"sqlite:///{tmp_path / 'stories.db'}")
    else:
        server = request.getfixturevalue("postgres_server")
        engine = open_engine(create_database(server, f"stories_{uuid.uuid4().hex[:12]}"))
    upgrade_to_head(engine)
    return ModerationInbox(engine)


def test_a_deeply_nested_row_is_a_row_error_not_a_recursion_error():
    line = json.dumps({**GOOD, "topics": "@"}).replace('"@"', "[" * 50_000 + "]" * 50_000)
    with pytest.raises(RowError, match="row 4: not a story: it nests brackets 50001 levels deep"):
        parse_row(line, 4)


def test_an_over_long_row_is_refused_unparsed():
    with pytest.raises(RowError, match="row 2: longer than 200,000 characters"):
        parse_row(json.dumps({**GOOD, "body": "x" * 300_000}), 2)


def test_nul_in_a_story_file_is_dropped():
    story = parse_row(json.dumps({**GOOD, "title": "The train\u0000 I couldn't get back on"}), 1)
    assert story.title == "The train I couldn't get back on"


def test_a_story_file_too_big_to_be_real_is_refused_before_reading(tmp_path: Path, monkeypatch):
    import knowledge.stories.schema as schema

    monkeypatch.setattr(schema, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "big.jsonl"
    path.write_text(json.dumps(GOOD) + "\n" + json.dumps({**GOOD, "id": "two-of-them"}))
    out = io.StringIO()
    assert ingest(path, Settings(data_dir=tmp_path / "data"), out=out, progress=False) == 2
    assert "a story file may be at most" in out.getvalue()
    assert "Nothing was indexed" in out.getvalue()
    with pytest.raises(ValueError, match=r"big\.jsonl is 0 MB"):
        list(read_jsonl(path))


def test_a_shared_story_and_a_correction_with_nul_are_queued_without_it(queue):
    body = draft().body.replace("Last winter", "Last\x00 winter")
    receipt = queue.submit(draft(body, title="The gulls\x00 at dawn"), ALL_CONSENT, False)
    item = queue.get(receipt.submission_id)
    assert (item.title, item.body[:11]) == ("The gulls at dawn", "Last winter")
    correction = queue.suggest_correction("demo\x00-7", "Moved to\x00 Wednesdays.", "Tue\x00")
    stored = queue.get(correction)
    assert (stored.target, stored.body, stored.title) == ("demo-7", "Moved to Wednesdays.", "Tue")
    queue.decline(receipt.submission_id, "Please\x00 shorten it.")
    assert queue.get(receipt.submission_id).decline_reason == "Please shorten it."
