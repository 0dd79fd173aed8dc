"""An unlocked journal: the only object holding a person's data key, in memory only."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import datetime
from typing import Protocol

from sqlalchemy import Connection, Engine, Table, delete, insert, select, update

from database import write_transaction
from journal import throttle
from journal.checkin import CheckIn, Entry
from journal.crypto import FieldCipher
from journal.errors import EntryNotFound, InvalidEntry
from journal.export import to_csv, to_json
from journal.safety_plan import SafetyPlan
from journal.schema import (
    accounts,
    entries,
    safety_plans,
    self_checks,
    story_feedback,
    trackers,
)
from journal.self_checks import SavedSelfCheck, score
from journal.story_feedback import NO_FEEDBACK, PADDED_BYTES, StoryFeedback
from journal.trackers import MAX_TRACKERS, Tracker, checked_values, new_tracker_id


class AccountKeeper(Protocol):
    """What a journal needs from its store (``JournalStore``): the engine, and the account
    operations that need the store's key derivation. A protocol, so imports run one way:
    the store opens journals, a journal never imports the store."""

    engine: Engine

    def rewrap(self, account_id: str, data_key: bytes, new_passphrase: str) -> None: ...

    def delete_account(self, account_id: str) -> None: ...


# Every self-check record is padded to this many bytes before sealing (the longest, PHQ-9,
# is about 90), so a stored row's length does not show which questionnaire it holds.
SELF_CHECK_PADDED_BYTES = 256


class Journal:
    """Read and write one person's entries. Every query is scoped to this owner."""

    def __init__(self, store: AccountKeeper, account_id: str, data_key: bytes) -> None:
        self._store = store
        self._engine = store.engine
        self.account_id = account_id
        self._data_key = data_key
        self._cipher = FieldCipher(data_key)

    def __repr__(self) -> str:  # never print keys or content
        return f"<Journal {self.account_id[:8]}…>"

    def _aad(self, table: Table, row_id: str) -> bytes:
        return f"kindred:{table.name}:{self.account_id}:{row_id}".encode()

    # entries -------------------------------------------------------------------------------
    def add(self, checkin: CheckIn) -> str:
        return self.add_many([checkin])[0]

    def add_note(self, text: str, tags: list[str] | tuple[str, ...] = ()) -> str:
        """A mood-less note (saved conversations, imported jrnl entries)."""
        return self.add(CheckIn(mood=None, note=text, tags=tuple(tags)))

    def add_many(
        self, checkins: Iterable[CheckIn], new_trackers: Iterable[Tracker] = ()
    ) -> list[str]:
        """All of them in one transaction, or none (imports never land half-way).

        ``new_trackers`` (from an import) are created in the same transaction, so an import
        never leaves trackers without their values or values without their trackers.
        """
        added = [t.validated() for t in new_trackers]
        known = [*self.trackers(), *added]
        if len(known) > MAX_TRACKERS:
            raise InvalidEntry(f"A journal can have up to {MAX_TRACKERS} trackers.")
        valid = [self._with_checked_trackers(c.validated(), known) for c in checkins]
        now = throttle.utcnow()
        rows = []
        for checkin in valid:
            entry_id = uuid.uuid4().hex
            payload = self._cipher.seal_record(checkin.to_record(), self._aad(entries, entry_id))
            rows.append(
                {
                    "id": entry_id,
                    "account_id": self.account_id,
                    "created_at": now,
                    "updated_at": now,
                    "payload": payload,
                }
            )
        if rows or added:
            with write_transaction(self._engine) as connection:
                if added:
                    connection.execute(insert(trackers), [self._tracker_row(t) for t in added])
                if rows:
                    connection.execute(insert(entries), rows)
                self._bump_revision(connection)
        return [row["id"] for row in rows]

    def update(self, entry_id: str, checkin: CheckIn) -> None:
        valid = self._with_checked_trackers(checkin.validated(), self.trackers())
        payload = self._cipher.seal_record(valid.to_record(), self._aad(entries, entry_id))
        with write_transaction(self._engine) as connection:
            changed = connection.execute(
                update(entries)
                .where(entries.c.id == entry_id, entries.c.account_id == self.account_id)
                .values(payload=payload, updated_at=throttle.utcnow())
            ).rowcount
            self._bump_revision(connection)
        if not changed:
            raise EntryNotFound()

    def delete(self, entry_id: str) -> None:
        self._delete_own(entries, entry_id)

    def _delete_own(self, table: Table, row_id: str) -> None:
        """Delete one of this person's rows, or EntryNotFound."""
        with write_transaction(self._engine) as connection:
            gone = connection.execute(
                delete(table).where(table.c.id == row_id, table.c.account_id == self.account_id)
            ).rowcount
            self._bump_revision(connection)
        if not gone:
            raise EntryNotFound()

    def get(self, entry_id: str) -> Entry:
        with self._engine.connect() as connection:
            row = connection.execute(
                select(entries).where(
                    entries.c.id == entry_id, entries.c.account_id == self.account_id
                )
            ).first()
        if row is None:
            raise EntryNotFound()
        return self._entry(row)

    def entries(self) -> list[Entry]:
        """Every entry, the most recent day first."""
        with self._engine.connect() as connection:
            rows = connection.execute(
                select(entries).where(entries.c.account_id == self.account_id)
            ).all()
        found = [self._entry(row) for row in rows]
        found.sort(key=lambda e: (e.checkin.occurred_at, e.created_at), reverse=True)
        return found

    def revision(self) -> int:
        """Changes whenever an entry or a tracker is added, edited or deleted, by any
        session: lets a page reuse what it already decrypted, with one small read. -1 once
        the journal was deleted (from another tab): nothing is left to show."""
        with self._engine.connect() as connection:
            found = connection.execute(
                select(accounts.c.revision).where(accounts.c.id == self.account_id)
            ).scalar_one_or_none()
        return -1 if found is None else found

    def _bump_revision(self, connection: Connection) -> None:
        """Inside the write's own transaction, so the write and its revision land together."""
        connection.execute(
            update(accounts)
            .where(accounts.c.id == self.account_id)
            .values(revision=accounts.c.revision + 1)
        )

    def _entry(self, row) -> Entry:  # type: ignore[no-untyped-def]
        record = self._cipher.open_record(row.payload, self._aad(entries, row.id))
        return Entry(
            id=row.id,
            checkin=CheckIn.from_record(record),
            created_at=row.created_at,
            updated_at=row.updated_at,
        )

    @staticmethod
    def _with_checked_trackers(checkin: CheckIn, known: list[Tracker]) -> CheckIn:
        if not checkin.trackers:
            return checkin
        return replace(checkin, trackers=checked_values(checkin.trackers, known))

    # trackers ------------------------------------------------------------------------------
    def add_tracker(self, name: str, kind: str, unit: str = "") -> Tracker:
        """A new tracker of the person's own; returns it with its id."""
        tracker = Tracker(id=new_tracker_id(), name=name, kind=kind, unit=unit).validated()  # type: ignore[arg-type]
        existing = self.trackers()
        if len(existing) >= MAX_TRACKERS:
            raise InvalidEntry(f"A journal can have up to {MAX_TRACKERS} trackers.")
        if any(t.name.casefold() == tracker.name.casefold() for t in existing):
            raise InvalidEntry(f"You already have a tracker called '{tracker.name}'.")
        with write_transaction(self._engine) as connection:
            connection.execute(insert(trackers).values(**self._tracker_row(tracker)))
            self._bump_revision(connection)
        return tracker

    def trackers(self) -> list[Tracker]:
        """The person's trackers, oldest first."""
        with self._engine.connect() as connection:
            rows = connection.execute(
                select(trackers)
                .where(trackers.c.account_id == self.account_id)
                .order_by(trackers.c.id)
            ).all()
        return [
            Tracker.from_record(self._cipher.open_record(row.payload, self._aad(trackers, row.id)))
            for row in rows
        ]

    def delete_tracker(self, tracker_id: str) -> None:
        """Forget a tracker; past values stay sealed in their entries but are no longer
        shown, exported or charted."""
        self._delete_own(trackers, tracker_id)

    def _tracker_row(self, tracker: Tracker) -> dict:
        return {
            "id": tracker.id,
            "account_id": self.account_id,
            "created_at": throttle.utcnow(),
            "payload": self._cipher.seal_record(
                tracker.to_record(), self._aad(trackers, tracker.id)
            ),
        }

    # self-checks ---------------------------------------------------------------------------
    def add_self_check(
        self, instrument: str, answers: list[int], taken_at: datetime | None = None
    ) -> SavedSelfCheck:
        result = score(instrument, answers)
        check_id = uuid.uuid4().hex
        when = (taken_at or datetime.now()).replace(microsecond=0)
        record = {"instrument": instrument, "answers": list(answers), "taken_at": when.isoformat()}
        payload = self._cipher.seal_record(
            record, self._aad(self_checks, check_id), pad_to=SELF_CHECK_PADDED_BYTES
        )
        with write_transaction(self._engine) as connection:
            connection.execute(
                insert(self_checks).values(
                    id=check_id,
                    account_id=self.account_id,
                    created_at=throttle.utcnow(),
                    payload=payload,
                )
            )
        return SavedSelfCheck(check_id, when, result)

    def self_checks(self) -> list[SavedSelfCheck]:
        """Every self-check taken, oldest first (for history charts)."""
        with self._engine.connect() as connection:
            rows = connection.execute(
                select(self_checks).where(self_checks.c.account_id == self.account_id)
            ).all()
        saved = []
        for row in rows:
            record = self._cipher.open_record(row.payload, self._aad(self_checks, row.id))
            saved.append(
                SavedSelfCheck(
                    id=row.id,
                    taken_at=datetime.fromisoformat(record["taken_at"]),
                    result=score(record["instrument"], record["answers"]),
                )
            )
        saved.sort(key=lambda s: s.taken_at)
        return saved

    # safety plan ---------------------------------------------------------------------------
    def safety_plan(self) -> SafetyPlan | None:
        """The person's safety plan, or None when they have not made one."""
        with self._engine.connect() as connection:
            row = connection.execute(
                select(safety_plans).where(safety_plans.c.account_id == self.account_id)
            ).first()
        if row is None:
            return None
        record = self._cipher.open_record(row.payload, self._aad(safety_plans, self.account_id))
        return SafetyPlan.from_record(record)

    def save_safety_plan(self, plan: SafetyPlan) -> SafetyPlan:
        """Create or replace the plan in one transaction; returns the cleaned plan saved."""
        valid = plan.validated()
        payload = self._cipher.seal_record(
            valid.to_record(), self._aad(safety_plans, self.account_id)
        )
        now = throttle.utcnow()
        with write_transaction(self._engine) as connection:
            created = connection.execute(
                select(safety_plans.c.created_at).where(
                    safety_plans.c.account_id == self.account_id
                )
            ).scalar()
            connection.execute(
                delete(safety_plans).where(safety_plans.c.account_id == self.account_id)
            )
            connection.execute(
                insert(safety_plans).values(
                    account_id=self.account_id,
                    created_at=created or now,
                    updated_at=now,
                    payload=payload,
                )
            )
        return valid

    # story feedback ------------------------------------------------------------------------
    def story_feedback(self) -> StoryFeedback:
        """The person's story ratings and avoided topics (empty when they have none)."""
        with self._engine.connect() as connection:
            payload = connection.execute(
                select(story_feedback.c.payload).where(
                    story_feedback.c.account_id == self.account_id
                )
            ).scalar()
        if payload is None:
            return NO_FEEDBACK
        aad = self._aad(story_feedback, self.account_id)
        return StoryFeedback.from_record(self._cipher.open_record(payload, aad))

    def update_story_feedback(
        self, change: Callable[[StoryFeedback], StoryFeedback]
    ) -> StoryFeedback:
        """Read, change and write back in one transaction, so a rating made in another tab
        meanwhile is never lost; returns what was saved."""
        aad = self._aad(story_feedback, self.account_id)
        mine = story_feedback.c.account_id == self.account_id
        now = throttle.utcnow()
        with write_transaction(self._engine) as connection:
            row = connection.execute(select(story_feedback).where(mine).with_for_update()).first()
            current = (
                StoryFeedback.from_record(self._cipher.open_record(row.payload, aad))
                if row
                else NO_FEEDBACK
            )
            saved = change(current).validated()
            payload = self._cipher.seal_record(saved.to_record(), aad, pad_to=PADDED_BYTES)
            if row:
                connection.execute(
                    update(story_feedback).where(mine).values(payload=payload, updated_at=now)
                )
            else:
                connection.execute(
                    insert(story_feedback).values(
                        account_id=self.account_id, created_at=now, updated_at=now, payload=payload
                    )
                )
        return saved

    # your data -----------------------------------------------------------------------------
    def export_json(self) -> str:
        return to_json(
            self.entries(),
            self.self_checks(),
            self.safety_plan(),
            self.trackers(),
            self.story_feedback(),
        )

    def export_csv(self) -> str:
        return to_csv(self.entries(), self.trackers())

    def change_passphrase(self, new_passphrase: str) -> None:
        self._store.rewrap(self.account_id, self._data_key, new_passphrase)

    def delete_everything(self) -> None:
        """Entries, self-checks and the account itself, for good. The journal locks."""
        self._store.delete_account(self.account_id)
        self._cipher = _Deleted()


class _Deleted(FieldCipher):
    def __init__(self) -> None:
        pass

    def seal_record(self, record: dict, aad: bytes) -> bytes:
        raise InvalidEntry("This journal was deleted.")

    def open_record(self, sealed: bytes, aad: bytes) -> dict:
        raise InvalidEntry("This journal was deleted.")
