"""Share a story: consent, the moderation queue, approval into the index, and withdrawal.

Nothing shared is searchable until a moderator approves it; approval indexes it at once.
The writer gets a withdrawal code once; only its SHA-256 hash is kept (the code carries 100
random bits, so the hash cannot be reversed by guessing). Withdrawing removes the story from
the index and deletes its row from the store.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from pydantic import ValidationError
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from knowledge.stories.library import StoryLibrary
from knowledge.stories.review import review_story
from knowledge.stories.schema import Story
from knowledge.stories.store import Submission, store_engine
from safe_files import NUL, without_nul
from settings import Settings

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I to misread
CODE_GROUPS = 5
MIN_WORDS = 40
MAX_CHARS = 12_000


class SubmissionError(ValueError):
    """A submission that cannot be accepted as it is; the message says what to change."""


@dataclass(frozen=True)
class Consent:
    publish_anonymously: bool = False
    may_be_edited: bool = False
    understands_withdrawal: bool = False

    @property
    def complete(self) -> bool:
        return self.publish_anonymously and self.may_be_edited and self.understands_withdrawal


@dataclass(frozen=True)
class Draft:
    """What the writer sends after reviewing the anonymized text."""

    title: str
    body: str
    topics: Sequence[str]
    stage: str = "working-through"
    what_helped: Sequence[str] = ()
    communities: Sequence[str] = ()


@dataclass(frozen=True)
class Receipt:
    submission_id: int
    withdrawal_code: str
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class QueueItem:
    """A submission as the moderation page shows it."""

    id: int
    kind: str
    status: str
    title: str
    body: str
    topics: list[str]
    stage: str
    what_helped: list[str]
    communities: list[str]
    content_warnings: list[str]
    flags: list[str] = field(default_factory=list)
    risk_level: str = "unknown"
    story_id: str | None = None
    target: str | None = None
    decline_reason: str = ""
    created_at: datetime | None = None


def new_withdrawal_code() -> str:
    """A code like 'K7QM-2XPA-...' (5 groups of 4): about 100 random bits."""
    chars = [secrets.choice(CODE_ALPHABET) for _ in range(4 * CODE_GROUPS)]
    return "-".join("".join(chars[i : i + 4]) for i in range(0, len(chars), 4))


def hash_code(code: str) -> str:
    normalized = "".join(ch for ch in code.upper() if ch.isalnum())
    return hashlib.sha256(f"kindred-withdrawal:{normalized}".encode()).hexdigest()


def _item(row: Submission) -> QueueItem:
    return QueueItem(
        id=row.id,
        kind=row.kind,
        status=row.status,
        title=row.title,
        body=row.body,
        topics=list(row.topics or []),
        stage=row.stage,
        what_helped=list(row.what_helped or []),
        communities=list(row.communities or []),
        content_warnings=list(row.content_warnings or []),
        flags=list(row.flags or []),
        risk_level=row.risk_level,
        story_id=row.story_id,
        target=row.target,
        decline_reason=row.decline_reason,
        created_at=row.created_at,
    )


def _story_fields(draft: Draft) -> dict:
    """The draft as stored, without NUL characters (PostgreSQL refuses them in text)."""
    fields = {
        "title": " ".join(draft.title.split()),
        "body": draft.body.strip(),
        "topics": list(draft.topics),
        "stage": draft.stage,
        "what_helped": list(draft.what_helped),
        "communities": list(draft.communities),
    }
    return without_nul(fields)  # type: ignore[return-value]


def validate_draft(draft: Draft, content_warnings: Sequence[str] = ()) -> None:
    """Raise SubmissionError with a kind, specific message if the draft cannot be queued."""
    if len(draft.body.split()) < MIN_WORDS:
        raise SubmissionError(
            f"Stories need at least {MIN_WORDS} words so a reader can follow them. "
            "Take your time; a few more sentences about what helped would be plenty."
        )
    if len(draft.body) > MAX_CHARS:
        raise SubmissionError(
            f"This story is longer than {MAX_CHARS:,} characters. Could you shorten it a little?"
        )
    try:
        Story(
            id="draft-check",
            content_warnings=list(content_warnings),
            composite=False,
            **_story_fields(draft),
        )
    except ValidationError as exc:
        fields = sorted({str(e["loc"][0]) for e in exc.errors() if e["loc"]})
        raise SubmissionError(
            "Please check these parts of the form: "
            + ", ".join(f.replace("_", " ") for f in fields)
        ) from None


class ModerationQueue:
    """The submissions table, and the moves a writer or a moderator can make."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    # -- writers ------------------------------------------------------------------------
    def submit(self, draft: Draft, consent: Consent, use_safety_check: bool = True) -> Receipt:
        if not consent.complete:
            raise SubmissionError("Please tick all three consent boxes before sending your story.")
        validate_draft(draft)
        review = review_story(draft.body, use_safety_check=use_safety_check)
        code = new_withdrawal_code()
        with Session(self.engine) as session, session.begin():
            row = Submission(
                kind="story",
                content_warnings=list(review.warnings),
                flags=review.flags,
                risk_level=review.risk_level,
                withdrawal_hash=hash_code(code),
                **_story_fields(draft),
            )
            session.add(row)
            session.flush()
            submission_id = row.id
        return Receipt(submission_id, code, review.warnings)

    def submit_correction(self, target: str, message: str, title: str = "") -> int:
        """Queue a correction to a directory listing (``target`` is the listing id)."""
        target, message, title = (text.replace(NUL, "") for text in (target, message, title))
        message = message.strip()
        if not target or len(message) < 5:
            raise SubmissionError("Please say what should change, in a sentence or two.")
        with Session(self.engine) as session, session.begin():
            row = Submission(
                kind="correction", title=title[:200], body=message[:4000], target=target
            )
            session.add(row)
            session.flush()
            return row.id

    def withdraw(self, code: str, library: StoryLibrary) -> bool:
        """Remove the story with this code from the index and the store; False if unknown."""
        with Session(self.engine) as session, session.begin():
            row = session.scalar(
                select(Submission).where(Submission.withdrawal_hash == hash_code(code))
            )
            if row is None:
                return False
            if row.story_id:
                library.remove(row.story_id)
            session.delete(row)
        return True

    # -- moderators ---------------------------------------------------------------------
    def items(self, status: str = "pending", kind: str | None = None) -> list[QueueItem]:
        query = select(Submission).where(Submission.status == status).order_by(Submission.id)
        if kind:
            query = query.where(Submission.kind == kind)
        with Session(self.engine) as session:
            return [_item(row) for row in session.scalars(query)]

    def get(self, submission_id: int) -> QueueItem | None:
        with Session(self.engine) as session:
            row = session.get(Submission, submission_id)
            return _item(row) if row else None

    def edit(self, submission_id: int, draft: Draft, content_warnings: Sequence[str]) -> QueueItem:
        """A moderator's light edit: text, labels and warnings."""
        validate_draft(draft, content_warnings)
        with Session(self.engine) as session, session.begin():
            row = self._pending(session, submission_id)
            for key, value in _story_fields(draft).items():
                setattr(row, key, value)
            row.content_warnings = list(content_warnings)
            return _item(row)

    def approve(self, submission_id: int, library: StoryLibrary) -> Story | None:
        """Publish a story (indexed at once) or accept a correction (nothing to index)."""
        with Session(self.engine) as session, session.begin():
            row = self._pending(session, submission_id)
            if row.kind == "correction":
                row.status = "approved"
                row.decided_at = datetime.now(UTC)
                return None
            story = Story(
                id=row.story_id or f"shared-{secrets.token_hex(5)}",
                title=row.title,
                body=row.body,
                topics=row.topics,
                stage=row.stage,
                what_helped=row.what_helped,
                communities=row.communities,
                content_warnings=row.content_warnings,
                composite=False,
            )
            library.add([story])
            row.story_id = story.id
            row.status = "approved"
            row.decided_at = datetime.now(UTC)
            return story

    def decline(self, submission_id: int, reason: str) -> None:
        reason = reason.replace(NUL, "").strip()
        if not reason:
            raise SubmissionError("Please give a short reason; it helps the writer.")
        with Session(self.engine) as session, session.begin():
            row = self._pending(session, submission_id)
            row.status = "declined"
            row.decline_reason = reason
            row.decided_at = datetime.now(UTC)

    @staticmethod
    def _pending(session: Session, submission_id: int) -> Submission:
        row = session.get(Submission, submission_id)
        if row is None or row.status != "pending":
            raise SubmissionError("This submission is no longer waiting for review.")
        return row


def open_queue(settings: Settings | None = None) -> ModerationQueue:
    settings = settings or Settings.from_env()
    settings.ensure_data_dir()
    return ModerationQueue(store_engine(settings.store_url))


def submit_correction(
    target: str, message: str, title: str = "", settings: Settings | None = None
) -> int:
    """For the directory: queue a correction to listing ``target`` for the moderators."""
    return open_queue(settings).submit_correction(target, message, title)
