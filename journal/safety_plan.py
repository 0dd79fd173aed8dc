"""A personal safety plan: the six steps of the Safety Planning Intervention, plus reasons.

Stanley B, Brown GK. Safety Planning Intervention: A Brief Intervention to Mitigate Suicide
Risk. Cognitive and Behavioral Practice 2012;19(2):256-264. The plan is sealed in the
person's journal like every entry (``Journal.safety_plan`` / ``save_safety_plan``), travels
in the JSON export, and comes back with ``plan_from_export``. Every step may be skipped.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from journal.errors import BadImportFile, InvalidEntry
from journal.imports import kindred_export_document

# The six steps in the published order, then the person's reasons for living.
STEPS: tuple[str, ...] = (
    "warning_signs",
    "coping",
    "distractions",
    "people",
    "professionals",
    "environment",
)
CONTACT_STEPS: frozenset[str] = frozenset({"people", "professionals"})
SECTIONS: tuple[str, ...] = (*STEPS, "reasons")

MAX_ITEMS = 30
MAX_ITEM_CHARS = 500
MAX_NAME_CHARS = 120
MAX_PHONE_CHARS = 60
REVIEW_EVERY_DAYS = 90  # "every few months"


@dataclass(frozen=True)
class Contact:
    """Someone to reach: a name, a phone as the person wrote it, and a note (role, hours)."""

    name: str
    phone: str = ""
    note: str = ""

    def to_record(self) -> dict[str, str]:
        return {"name": self.name, "phone": self.phone, "note": self.note}

    @classmethod
    def from_record(cls, record: Any) -> Contact:
        if isinstance(record, str):
            return cls(name=record)
        if not isinstance(record, dict):
            raise InvalidEntry("A contact in the safety plan is not readable.")
        return cls(
            name=str(record.get("name", "")),
            phone=str(record.get("phone", "")),
            note=str(record.get("note", "")),
        )


@dataclass(frozen=True)
class SafetyPlan:
    """Lists of short texts per step; ``people`` and ``professionals`` hold contacts.

    ``skipped`` names steps the person chose to leave out for now (what they wrote there is
    kept, just not shown on the card or the printout). ``last_reviewed`` is a local date.
    """

    warning_signs: tuple[str, ...] = ()
    coping: tuple[str, ...] = ()
    distractions: tuple[str, ...] = ()
    people: tuple[Contact, ...] = ()
    professionals: tuple[Contact, ...] = ()
    environment: tuple[str, ...] = ()
    reasons: tuple[str, ...] = ()
    skipped: frozenset[str] = field(default_factory=frozenset)
    last_reviewed: date | None = None

    def items(self, section: str) -> tuple[Any, ...]:
        if section not in SECTIONS:
            raise KeyError(section)
        return getattr(self, section)

    def shown(self, section: str) -> tuple[Any, ...]:
        """What a section shows: nothing when the person skipped it."""
        return () if section in self.skipped else self.items(section)

    @property
    def is_empty(self) -> bool:
        return not any(self.shown(section) for section in SECTIONS)

    @property
    def filled_steps(self) -> list[str]:
        return [step for step in STEPS if self.shown(step)]

    def with_section(self, section: str, values: tuple[Any, ...] | list[Any]) -> SafetyPlan:
        """A copy with one section replaced (validate before saving)."""
        self.items(section)
        if section in CONTACT_STEPS:
            values = tuple(v if isinstance(v, Contact) else Contact.from_record(v) for v in values)
        return replace(self, **{section: tuple(values)})

    def skip(self, step: str) -> SafetyPlan:
        self.items(step)
        return replace(self, skipped=self.skipped | {step})

    def unskip(self, step: str) -> SafetyPlan:
        return replace(self, skipped=self.skipped - {step})

    def reviewed(self, on: date | None = None) -> SafetyPlan:
        return replace(self, last_reviewed=on or date.today())

    def review_due(self, today: date | None = None) -> bool:
        """True when the plan was never reviewed or not for about three months."""
        if self.last_reviewed is None:
            return True
        return ((today or date.today()) - self.last_reviewed).days >= REVIEW_EVERY_DAYS

    def validated(self) -> SafetyPlan:
        """A cleaned copy (blank items dropped, text stripped) or InvalidEntry saying why."""
        cleaned: dict[str, Any] = {}
        for section in SECTIONS:
            values = self.items(section)
            if section in CONTACT_STEPS:
                kept = tuple(c for c in (_contact(v, section) for v in values) if c.name or c.phone)
            else:
                kept = tuple(t for t in (_text(v, section, MAX_ITEM_CHARS) for v in values) if t)
            if len(kept) > MAX_ITEMS:
                raise InvalidEntry(
                    f"{_label(section)} has {len(kept)} items; keep it to {MAX_ITEMS} or fewer "
                    "so the plan stays quick to read."
                )
            cleaned[section] = kept
        unknown = set(self.skipped) - set(STEPS)
        if unknown:
            raise InvalidEntry("Only the six steps can be skipped.")
        if self.last_reviewed is not None and not isinstance(self.last_reviewed, date):
            raise InvalidEntry("The review date is not a date.")
        return replace(self, **cleaned, skipped=frozenset(self.skipped))

    def to_record(self) -> dict[str, Any]:
        record: dict[str, Any] = {}
        for section in SECTIONS:
            values = self.items(section)
            record[section] = [v.to_record() if isinstance(v, Contact) else v for v in values]
        record["skipped"] = sorted(self.skipped)
        record["last_reviewed"] = self.last_reviewed.isoformat() if self.last_reviewed else None
        return record

    @classmethod
    def from_record(cls, record: Any) -> SafetyPlan:
        if not isinstance(record, dict):
            raise InvalidEntry("The safety plan is not readable.")
        values: dict[str, Any] = {}
        for section in SECTIONS:
            raw = record.get(section) or []
            if not isinstance(raw, list):
                raise InvalidEntry(f"{_label(section)} is not a list.")
            if section in CONTACT_STEPS:
                values[section] = tuple(Contact.from_record(item) for item in raw)
            else:
                values[section] = tuple(str(item) for item in raw)
        reviewed = record.get("last_reviewed")
        try:
            values["last_reviewed"] = date.fromisoformat(reviewed) if reviewed else None
        except (TypeError, ValueError) as error:
            raise InvalidEntry("The review date is not a date (YYYY-MM-DD).") from error
        skipped = record.get("skipped") or []
        if not isinstance(skipped, list):
            raise InvalidEntry("The skipped steps are not a list.")
        values["skipped"] = frozenset(str(s) for s in skipped)
        return cls(**values).validated()


def _label(section: str) -> str:
    return section.replace("_", " ").capitalize()


def _text(value: Any, section: str, limit: int) -> str:
    text = str(value).replace("\x00", "").strip()
    if len(text) > limit:
        raise InvalidEntry(
            f"One item in {_label(section).lower()} is {len(text):,} characters long; "
            f"please keep each item under {limit:,} (split it into two if you need more)."
        )
    return text


def _contact(value: Contact, section: str) -> Contact:
    return Contact(
        name=_text(value.name, section, MAX_NAME_CHARS),
        phone=_text(value.phone, section, MAX_PHONE_CHARS),
        note=_text(value.note, section, MAX_ITEM_CHARS),
    )


def plan_from_export(data: bytes) -> SafetyPlan | None:
    """The safety plan in a Kindred JSON export (``None`` when the export has none)."""
    record = kindred_export_document(data).get("safety_plan")
    if record is None:
        return None
    try:
        return SafetyPlan.from_record(record)
    except InvalidEntry as error:
        raise BadImportFile(f"The safety plan in this file can't be read: {error}") from error
