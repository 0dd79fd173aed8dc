"""The moderation inbox: share a story, suggest a directory correction, moderate, withdraw.

Stories and directory corrections wait in one queue for a moderator. The inbox scrubs a
story itself (names, places and contact details out) before anything is stored, bounds every
field, and limits how fast one sender can add to it. Nothing shared is searchable until a
moderator approves it; approval indexes it at once. The writer gets a withdrawal code once;
only its SHA-256 hash is kept (the code carries 100 random bits, so the hash cannot be
reversed by guessing). Withdrawing removes the story from the index and deletes its row.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from pydantic import ValidationError
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from database import open_engine, utcnow
from knowledge.anonymize import scrub
from knowledge.moderation.schema import InboxRow, throttle, upgrade_to_head
from knowledge.stories.review import review_story
from knowledge.stories.schema import Story
from safe_files import NUL, without_nul
from settings import Settings
from store_throttle import Bucket, Limiter, Paused, Policy, bucket_key

if TYPE_CHECKING:
    from knowledge.stories.library import StoryLibrary

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I to misread
CODE_GROUPS = 5
MIN_WORDS = 40
MAX_CHARS = 12_000  # a story's body
MAX_TITLE_CHARS = 120
MAX_CORRECTION_CHARS = 2_000
MAX_REASON_CHARS = 1_000
MAX_TARGET_CHARS = 300  # a listing id
# One sender (a client address, else a browser session) may add 5 items, then waits 2 min,
# doubling to an hour; the count is forgotten after an hour without sending.
SENDING = Policy(5, timedelta(minutes=2), timedelta(hours=1), forget_after=timedelta(hours=1))


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


def _item(row: InboxRow) -> QueueItem:
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
    if len(draft.title) > MAX_TITLE_CHARS:
        raise SubmissionError(f"Please keep the title under {MAX_TITLE_CHARS} characters.")
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


class ModerationInbox:
    """The one moderation queue (stories and directory corrections), and the moves a writer,
    a person suggesting a correction, or a moderator can make.

    ``sender`` names who is adding (a client address, else a browser session) for the rate
    limit; ``secret`` keys its digest, so the throttle table shows no addresses.
    """

    def __init__(self, engine: Engine, secret: bytes = b"kindred-inbox") -> None:
        self.engine = engine
        self.secret = secret
        self.limiter = Limiter(throttle)

    # -- writers ------------------------------------------------------------------------
    def submit(
        self,
        draft: Draft,
        consent: Consent,
        use_safety_check: bool = True,
        *,
        sender: str | None = None,
    ) -> Receipt:
        """Scrub, check and queue a story; the caller cannot skip the scrub."""
        if not consent.complete:
            raise SubmissionError("Please tick all three consent boxes before sending your story.")
        validate_draft(draft)  # bounds the text before the (slower) scrub reads it
        draft = replace(draft, title=scrub(draft.title).text, body=scrub(draft.body).text)
        validate_draft(draft)
        review = review_story(draft.body, use_safety_check=use_safety_check)
        self._count_sending(sender)
        code = new_withdrawal_code()
        row = InboxRow(
            kind="story",
            content_warnings=list(review.warnings),
            flags=review.flags,
            risk_level=review.risk_level,
            withdrawal_hash=hash_code(code),
            **_story_fields(draft),
        )
        return Receipt(self._add(row), code, review.warnings)

    def suggest_correction(
        self, target: str, message: str, title: str = "", sender: str | None = None
    ) -> int:
        """Queue a correction to a directory listing (``target`` is the listing id)."""
        target, message, title = (t.replace(NUL, "").strip() for t in (target, message, title))
        if not target or len(message) < 5:
            raise SubmissionError("Please say what should change, in a sentence or two.")
        if len(message) > MAX_CORRECTION_CHARS:
            raise SubmissionError(
                f"Please keep a correction under {MAX_CORRECTION_CHARS:,} characters."
            )
        if len(target) > MAX_TARGET_CHARS:
            raise SubmissionError("That listing is no longer in the directory.")
        self._count_sending(sender)
        return self._add(
            InboxRow(kind="correction", title=title[:300], body=message, target=target)
        )

    def _count_sending(self, sender: str | None) -> None:
        if sender is None:
            return
        bucket = Bucket(bucket_key(self.secret, "sending", sender), SENDING, "sending", "keep")
        try:
            self.limiter.begin_attempt(self.engine, [bucket])
        except Paused as paused:
            minutes = max(1, round(paused.seconds / 60))
            raise SubmissionError(
                "Thank you for all you are sending. To keep the inbox fair, please wait about "
                f"{minutes} minute{'s' if minutes != 1 else ''} and send this again; "
                "what you wrote is still here."
            ) from None

    def _add(self, row: InboxRow) -> int:
        with Session(self.engine) as session, session.begin():
            session.add(row)
            session.flush()
            return row.id

    def withdraw(self, code: str, library: StoryLibrary) -> bool:
        """Remove the story with this code from the index and the store; False if unknown."""
        with Session(self.engine) as session, session.begin():
            row = session.scalar(
                select(InboxRow).where(InboxRow.withdrawal_hash == hash_code(code))
            )
            if row is None:
                return False
            if row.story_id:
                library.remove(row.story_id)
            session.delete(row)
        return True

    # -- moderators ---------------------------------------------------------------------
    def items(self, status: str = "pending", kind: str | None = None) -> list[QueueItem]:
        query = select(InboxRow).where(InboxRow.status == status).order_by(InboxRow.id)
        if kind:
            query = query.where(InboxRow.kind == kind)
        with Session(self.engine) as session:
            return [_item(row) for row in session.scalars(query)]

    def get(self, submission_id: int) -> QueueItem | None:
        with Session(self.engine) as session:
            row = session.get(InboxRow, submission_id)
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

    def approve(self, submission_id: int, library: StoryLibrary | None = None) -> Story | None:
        """Publish a story (indexed at once) or accept a correction (nothing to index)."""
        with Session(self.engine) as session, session.begin():
            row = self._pending(session, submission_id)
            if row.kind == "correction":
                row.status = "approved"
                row.decided_at = utcnow()
                return None
            if library is None:
                raise ValueError("Publishing a story needs the story library.")
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
            row.decided_at = utcnow()
            return story

    def decline(self, submission_id: int, reason: str) -> None:
        reason = reason.replace(NUL, "").strip()
        if not reason:
            raise SubmissionError("Please give a short reason; it helps the writer.")
        if len(reason) > MAX_REASON_CHARS:
            raise SubmissionError(f"Please keep the reason under {MAX_REASON_CHARS:,} characters.")
        with Session(self.engine) as session, session.begin():
            row = self._pending(session, submission_id)
            row.status = "declined"
            row.decline_reason = reason
            row.decided_at = utcnow()

    @staticmethod
    def _pending(session: Session, submission_id: int) -> InboxRow:
        row = session.get(InboxRow, submission_id)
        if row is None or row.status != "pending":
            raise SubmissionError("This submission is no longer waiting for review.")
        return row


def inbox_secret(settings: Settings) -> bytes:
    """Keys the sender digests with the deployment's own secrets (the same on every replica)."""
    material = f"{settings.name_key}\0{settings.moderator_password_hash}"
    return hashlib.sha256(f"kindred-inbox\0{material}".encode()).digest()


def open_inbox(settings: Settings | None = None) -> ModerationInbox:
    """The inbox in the configured store, its tables migrated to the newest revision."""
    settings = settings or Settings.from_env()
    settings.ensure_data_dir()
    engine = open_engine(settings)
    upgrade_to_head(engine)
    return ModerationInbox(engine, inbox_secret(settings))
