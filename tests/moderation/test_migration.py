"""Upgrading an old store: the story queue and directory corrections move into the inbox,
naive UTC timestamps come back aware, and no row is lost."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config

from database import open_engine
from journal.db import MIGRATIONS as JOURNAL_MIGRATIONS
from journal.db import upgrade_to_head as upgrade_journal
from knowledge.directory.store import MIGRATIONS as DIRECTORY_MIGRATIONS
from knowledge.directory.store import make_engine
from knowledge.moderation.inbox import ModerationInbox
from knowledge.moderation.schema import MIGRATIONS as INBOX_MIGRATIONS

NAIVE = datetime(2026, 11, 20, 9, 30)  # naive UTC, as the old stores wrote it

# The old story queue, as ``create_all`` made it before the inbox existed.
old = sa.MetaData()
story_submissions = sa.Table(
    "story_submissions", old,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("kind", sa.String(20)), sa.Column("status", sa.String(20)),
    sa.Column("title", sa.String(200)), sa.Column("body", sa.Text),
    sa.Column("topics", sa.JSON), sa.Column("stage", sa.String(40)),
    sa.Column("what_helped", sa.JSON), sa.Column("communities", sa.JSON),
    sa.Column("content_warnings", sa.JSON), sa.Column("flags", sa.JSON),
    sa.Column("risk_level", sa.String(20)),
    sa.Column("withdrawal_hash", sa.String(64), unique=True, nullable=True),
    sa.Column("story_id", sa.String(80), nullable=True),
    sa.Column("target", sa.String(200), nullable=True), sa.Column("decline_reason", sa.Text),
    sa.Column("created_at", sa.DateTime(timezone=True)),
    sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
)  # fmt: skip


def _upgrade(engine: sa.Engine, folder: Path, revision: str, way=command.upgrade) -> None:
    config = Config()
    config.set_main_option("script_location", str(folder))
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        way(config, revision)
        connection.commit()


def _story(**changes) -> dict:
    row = {
        "kind": "story", "status": "pending", "title": "The gulls at dawn", "body": "Words.",
        "topics": ["loneliness"], "stage": "working-through", "what_helped": ["peer-group"],
        "communities": [], "content_warnings": [], "flags": [], "risk_level": "unknown",
        "withdrawal_hash": None, "story_id": None, "target": None, "decline_reason": "",
        "created_at": datetime(2026, 11, 21, 10, 0, tzinfo=UTC), "decided_at": None,
    }  # fmt: skip
    return {**row, **changes}


def test_old_queues_are_carried_into_the_inbox(store_url: str):
    engine = open_engine(store_url)
    _upgrade(engine, DIRECTORY_MIGRATIONS, "0001")
    old.create_all(engine)
    with engine.begin() as connection:
        connection.execute(
            sa.insert(story_submissions),
            [
                _story(withdrawal_hash="a" * 64),
                _story(
                    status="approved", story_id="shared-1", decided_at=NAIVE.replace(tzinfo=UTC)
                ),
                _story(kind="correction", title="Old group", target="listing-9", body="Moved."),
            ],
        )
        connection.execute(
            sa.text(
                "INSERT INTO directory_corrections (listing_id, listing_name, message, status,"
                " created_at, resolved_at, resolution_note) VALUES"
                " ('listing-1', 'Tuesday group', 'Now on Wednesdays.', 'open', :at, NULL, ''),"
                " ('listing-2', 'Warmline', 'New number.', 'accepted', :at, :at, 'updated')"
            ),
            {"at": NAIVE},
        )

    make_engine(store_url)  # the directory's opener: inbox first, then the directory's revision
    inbox = ModerationInbox(engine)
    stories = inbox.items("pending", kind="story")
    assert [(s.title, s.topics) for s in stories] == [("The gulls at dawn", ["loneliness"])]
    assert [s.story_id for s in inbox.items("approved", kind="story")] == ["shared-1"]
    corrections = inbox.items("pending", kind="correction")
    assert [(c.target, c.title, c.body) for c in corrections] == [
        ("listing-1", "Tuesday group", "Now on Wednesdays."),
        ("listing-9", "Old group", "Moved."),
    ]
    assert corrections[0].created_at == NAIVE.replace(tzinfo=UTC), "naive values were UTC"
    [accepted] = [i for i in inbox.items("approved", kind="correction")]
    assert (accepted.target, accepted.decline_reason) == ("listing-2", "updated")
    tables = set(sa.inspect(engine).get_table_names())
    assert not {"story_submissions", "directory_corrections"} & tables
    with engine.connect() as connection:
        assert connection.execute(sa.text("SELECT count(*) FROM moderation_inbox")).scalar() == 5

    # ...and back down: every row returns to the old queue, the directory's table returns.
    _upgrade(engine, INBOX_MIGRATIONS, "base", way=command.downgrade)
    _upgrade(engine, DIRECTORY_MIGRATIONS, "0001", way=command.downgrade)
    tables = set(sa.inspect(engine).get_table_names())
    assert {"story_submissions", "directory_corrections"} <= tables
    assert not {"moderation_inbox", "moderation_throttle"} & tables
    with engine.connect() as connection:
        kinds = connection.execute(
            sa.text("SELECT kind, count(*) FROM story_submissions GROUP BY kind ORDER BY kind")
        ).all()
    assert [tuple(row) for row in kinds] == [("correction", 3), ("story", 2)]


def test_journal_timestamps_written_naive_are_read_as_the_same_utc_instant(store_url: str):
    engine = open_engine(store_url)
    _upgrade(engine, JOURNAL_MIGRATIONS, "0003")
    with engine.begin() as connection:
        connection.execute(
            sa.text(
                "INSERT INTO journal_unlock_throttle (bucket, failures, last_failure_at,"
                " locked_until) VALUES ('b', 3, :at, :at)"
            ),
            {"at": NAIVE},
        )
    upgrade_journal(engine)
    from journal.schema import unlock_throttle

    with engine.connect() as connection:
        row = connection.execute(sa.select(unlock_throttle)).one()
    assert row.last_failure_at == NAIVE.replace(tzinfo=UTC) == row.locked_until
    assert row.failures == 3

    _upgrade(engine, JOURNAL_MIGRATIONS, "0003", way=command.downgrade)
    with engine.connect() as connection:
        back = connection.execute(sa.text("SELECT last_failure_at FROM journal_unlock_throttle"))
        value = back.scalar()
    assert (value if isinstance(value, datetime) else datetime.fromisoformat(value)) == NAIVE
