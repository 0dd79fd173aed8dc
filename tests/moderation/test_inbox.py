"""The inbox itself: it scrubs stories, bounds fields, limits senders, keeps aware UTC."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Column, Integer, MetaData, Table, insert, select
from sqlalchemy.exc import StatementError

from database import UTCDateTime, open_engine
from knowledge.moderation.inbox import (
    MAX_CORRECTION_CHARS,
    MAX_REASON_CHARS,
    MAX_TITLE_CHARS,
    SENDING,
    ModerationInbox,
    SubmissionError,
)
from tests.stories.test_submissions import ALL_CONSENT, BODY, draft

NAMED = BODY + " My sister Maria Lopez drove me there; call her on 555-201-3344."


def test_the_inbox_scrubs_a_story_the_caller_did_not(inbox: ModerationInbox):
    receipt = inbox.submit(draft(NAMED, title="Thank you Maria Lopez"), ALL_CONSENT, False)
    item = inbox.get(receipt.submission_id)
    for detail in ("Maria", "Lopez", "555-201-3344"):
        assert detail not in item.body and detail not in item.title
    assert "[name]" in item.body and "[name]" in item.title
    assert item.body.startswith("Last winter I stopped answering my phone.")


def test_every_field_is_bounded(inbox: ModerationInbox):
    with pytest.raises(SubmissionError, match=f"title under {MAX_TITLE_CHARS}"):
        inbox.submit(draft(title="t" * (MAX_TITLE_CHARS + 1)), ALL_CONSENT, False)
    with pytest.raises(SubmissionError, match="correction under 2,000"):
        inbox.suggest_correction("listing-1", "x" * (MAX_CORRECTION_CHARS + 1))
    with pytest.raises(SubmissionError, match="no longer in the directory"):
        inbox.suggest_correction("l" * 301, "It moved to Fridays.")
    receipt = inbox.submit(draft(), ALL_CONSENT, False)
    with pytest.raises(SubmissionError, match="reason under 1,000"):
        inbox.decline(receipt.submission_id, "r" * (MAX_REASON_CHARS + 1))
    assert [i.id for i in inbox.items("pending")] == [receipt.submission_id]


def test_one_sender_is_slowed_down_kindly_and_others_are_not(inbox: ModerationInbox):
    for n in range(SENDING.free):
        inbox.suggest_correction("listing-1", f"Change number {n}.", sender="203.0.113.9")
    with pytest.raises(SubmissionError) as too_fast:
        inbox.suggest_correction("listing-1", "One more change.", sender="203.0.113.9")
    message = str(too_fast.value)
    assert "please wait about 2 minutes" in message and "still here" in message
    with pytest.raises(SubmissionError, match="please wait"):
        inbox.submit(draft(), ALL_CONSENT, False, sender="203.0.113.9")
    inbox.suggest_correction("listing-1", "A different person.", sender="198.51.100.4")
    again = ModerationInbox(open_engine(inbox.engine.url), inbox.secret)  # another replica
    with pytest.raises(SubmissionError, match="please wait"):
        again.suggest_correction("listing-1", "From another replica.", sender="203.0.113.9")
    assert len(inbox.items("pending", kind="correction")) == SENDING.free + 1


def test_timestamps_are_aware_utc_on_the_way_in_and_out(inbox: ModerationInbox):
    before = datetime.now(UTC).replace(microsecond=0)
    correction = inbox.suggest_correction("listing-1", "It moved to Fridays.")
    inbox.approve(correction)
    item = inbox.get(correction)
    assert item.created_at.tzinfo is UTC
    assert before <= item.created_at <= before + timedelta(minutes=1)

    table = Table(
        "when", MetaData(), Column("id", Integer, primary_key=True), Column("at", UTCDateTime)
    )
    table.create(inbox.engine)
    aware = datetime.fromisoformat("2026-03-29T03:30:00+02:00")
    with inbox.engine.begin() as connection:
        connection.execute(insert(table).values(id=1, at=aware))
        read = connection.execute(select(table.c.at)).scalar_one()
    assert read == aware and read.tzinfo is UTC and read.hour == 1
    with pytest.raises(StatementError, match="no time zone"), inbox.engine.begin() as connection:
        connection.execute(insert(table).values(id=2, at=datetime(2026, 1, 1)))
