"""Share -> moderate -> search -> withdraw, consent, flags, codes and moderator passwords."""

from __future__ import annotations

from pathlib import Path

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.moderation.inbox import (
    Consent,
    Draft,
    ModerationInbox,
    SubmissionError,
    open_inbox,
)
from knowledge.moderation.schema import InboxRow
from knowledge.stories import ModerationLockedError, review_story, verify_moderator
from settings import Settings

ALL_CONSENT = Consent(True, True, True)
BODY = (
    "Last winter I stopped answering my phone. The lighthouse keeper's cottage where I work "
    "is far from town and the nights are long. I started counting the gulls from the window "
    "instead of sleeping. A peer group that meets by video every Thursday changed that: "
    "seven people, cameras on or off, nobody rushing me. I learned to name the heaviness "
    "out loud, and to walk the cliff path at dawn with a flask of tea. It is still hard some "
    "weeks, but now I ring the warmline before it gets dark inside my head."
)


def draft(body: str = BODY, **changes) -> Draft:
    fields = {
        "title": "The gulls at dawn",
        "body": body,
        "topics": ["loneliness", "depression"],
        "stage": "working-through",
        "what_helped": ["peer-group", "warmline"],
        "communities": ["rural"],
    }
    return Draft(**{**fields, **changes})


@pytest.fixture()
def queue(tmp_path: Path) -> ModerationInbox:
    return open_inbox(Settings(data_dir=tmp_path / "store"))


def _ids(library, query: str) -> set[str]:
    return {h.story.id for h in library.search(query, k=10, include_warnings=True)}


@pytest.mark.slow
def test_share_moderate_search_withdraw(queue, shipped_library):
    receipt = queue.submit(draft(), ALL_CONSENT, use_safety_check=False)
    query = "lighthouse keeper counting gulls through long nights"
    assert not any(i.startswith("shared-") for i in _ids(shipped_library, query)), (
        "nothing is searchable before approval"
    )

    pending = queue.items("pending")
    assert [item.id for item in pending] == [receipt.submission_id]
    story = queue.approve(receipt.submission_id, shipped_library)
    assert story.id in _ids(shipped_library, query), "approval indexes at once"
    assert not story.composite
    assert queue.items("approved")[0].story_id == story.id

    assert not queue.withdraw("WRONG-CODE-AAAA-BBBB-CCCC", shipped_library)
    assert queue.withdraw(receipt.withdrawal_code.lower(), shipped_library), "codes ignore case"
    assert story.id not in _ids(shipped_library, query)
    assert shipped_library.get(story.id) is None
    assert queue.get(receipt.submission_id) is None, "withdrawal deletes the row"


def test_a_declined_story_is_never_indexed(queue, shipped_library):
    receipt = queue.submit(draft(), ALL_CONSENT, use_safety_check=False)
    with pytest.raises(SubmissionError, match="reason"):
        queue.decline(receipt.submission_id, "  ")
    queue.decline(receipt.submission_id, "It names a small town; please resubmit without it.")
    assert queue.get(receipt.submission_id).status == "declined"
    with pytest.raises(SubmissionError, match="no longer waiting"):
        queue.approve(receipt.submission_id, shipped_library)
    assert queue.withdraw(receipt.withdrawal_code, shipped_library)


def test_moderator_edits_text_and_warnings_before_approving(queue):
    receipt = queue.submit(draft(), ALL_CONSENT, use_safety_check=False)
    edited = queue.edit(
        receipt.submission_id, draft(title="The gulls at first light"), ["hospitalization"]
    )
    assert edited.title == "The gulls at first light"
    assert edited.content_warnings == ["hospitalization"]
    with pytest.raises(SubmissionError):
        queue.edit(receipt.submission_id, draft(topics=[]), [])


@pytest.mark.parametrize(
    ("consent", "the_draft", "message"),
    [
        (Consent(True, True, False), draft(), "consent"),
        (Consent(), draft(), "consent"),
        (ALL_CONSENT, draft(body="Too short to follow."), "at least 40 words"),
        (ALL_CONSENT, draft(topics=["weather"]), "topics"),
        (ALL_CONSENT, draft(body=BODY * 40), "longer than"),
    ],
)
def test_a_submission_needs_consent_and_a_readable_story(queue, consent, the_draft, message):
    with pytest.raises(SubmissionError, match=message):
        queue.submit(the_draft, consent, use_safety_check=False)
    assert queue.items("pending") == []


def test_the_withdrawal_code_is_kept_only_as_a_hash(queue, tmp_path):
    receipt = queue.submit(draft(), ALL_CONSENT, use_safety_check=False)
    code = receipt.withdrawal_code
    assert len(code.replace("-", "")) == 20
    with Session(queue.engine) as session:
        row = session.scalar(select(InboxRow))
        stored = " ".join(str(getattr(row, c.name)) for c in InboxRow.__table__.columns)
    assert code not in stored and code.replace("-", "") not in stored
    raw = (tmp_path / "store" / "kindred.db").read_bytes()
    assert code.encode() not in raw and code.replace("-", "").encode() not in raw


@pytest.mark.parametrize(
    ("text", "warnings", "method_flagged"),
    [
        ("I had suicidal thoughts most nights that winter and told my GP.", ["suicide"], False),
        ("I used to cut myself when it got too loud inside.", ["self-harm"], False),
        ("I swallowed 30 tablets and woke up in the hospital.", ["hospitalization"], True),
        ("I stood on the bridge for an hour before I called.", [], True),
        ("I was sober for a year, then relapsed at Christmas.", ["substance-use"], False),
        ("I started bingeing at night and skipping meals in the day.", ["eating"], False),
        ("My group meets on Tuesdays and we drink tea.", [], False),
    ],
)
def test_review_suggests_warnings_and_flags_method_details(text, warnings, method_flagged):
    review = review_story(text, use_safety_check=False)
    assert set(warnings) <= set(review.warnings)
    assert bool(review.method_sentences) == method_flagged
    if not warnings:
        assert not {"suicide", "self-harm"} & set(review.warnings)


@pytest.mark.slow
def test_the_companion_safety_check_adds_a_warning_when_installed(queue):
    pytest.importorskip("knowledge.safety.risk")
    receipt = queue.submit(
        draft(body=BODY + " Some nights I didn't want to be alive and I didn't tell anyone."),
        ALL_CONSENT,
    )
    item = queue.get(receipt.submission_id)
    assert "suicide" in item.content_warnings
    assert item.risk_level in ("concern", "crisis")


def test_directory_corrections_go_to_the_same_queue(queue):
    submission_id = queue.suggest_correction(
        "demo-listing-7", "The group moved to Wednesdays.", "Tuesday group"
    )
    [item] = queue.items("pending", kind="correction")
    assert (item.id, item.target, item.body, item.title) == (
        submission_id,
        "demo-listing-7",
        "The group moved to Wednesdays.",
        "Tuesday group",
    )
    assert queue.items("pending", kind="story") == []
    with pytest.raises(SubmissionError):
        queue.suggest_correction("demo-listing-7", "")
    assert queue.approve(submission_id) is None, "a correction has nothing to index"
    assert queue.get(submission_id).status == "approved"


def test_moderator_password_is_checked_against_an_argon2id_hash():
    hashed = PasswordHasher().hash("correct horse battery staple")
    assert hashed.startswith("$argon2id$")
    settings = Settings(moderator_password_hash=hashed)
    assert verify_moderator("correct horse battery staple", settings)
    assert not verify_moderator("wrong", settings)
    # Settings refuses a malformed hash at start-up; the check still fails closed on one.
    assert not verify_moderator("x", Settings.model_construct(moderator_password_hash="not-a-hash"))
    with pytest.raises(ModerationLockedError):
        verify_moderator("anything", Settings())
