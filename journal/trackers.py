"""The person's own trackers: a 1-5 scale, yes/no, or a number with a unit.

A tracker's definition (its name, kind and unit) is sealed in its own row; the values live
inside each sealed check-in, keyed by the tracker's id, so a tracker can be renamed without
touching past entries and nothing about it is readable in the database.
"""

from __future__ import annotations

import math
import secrets
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from journal.errors import InvalidEntry

TrackerKind = Literal["scale", "yes_no", "number"]
KINDS: dict[str, str] = {
    "scale": "A 1-5 scale",
    "yes_no": "Yes or no",
    "number": "A number with a unit",
}
MAX_TRACKERS = 30
MAX_NAME_CHARS = 60
MAX_UNIT_CHARS = 20
MAX_NUMBER = 1_000_000.0

TrackerValue = int | float | bool


@dataclass(frozen=True)
class Tracker:
    """One tracker. ``id`` is stable (values point at it); ``unit`` only for numbers."""

    id: str
    name: str
    kind: TrackerKind
    unit: str = ""

    def validated(self) -> Tracker:
        name = " ".join(str(self.name).split())
        if not name or len(name) > MAX_NAME_CHARS:
            raise InvalidEntry(f"Give the tracker a name of 1 to {MAX_NAME_CHARS} characters.")
        if self.kind not in KINDS:
            raise InvalidEntry("A tracker is a 1-5 scale, yes or no, or a number with a unit.")
        unit = " ".join(str(self.unit).split()) if self.kind == "number" else ""
        if len(unit) > MAX_UNIT_CHARS:
            raise InvalidEntry(f"A unit can be up to {MAX_UNIT_CHARS} characters.")
        return Tracker(id=self.id, name=name, kind=self.kind, unit=unit)

    def check(self, value: object) -> TrackerValue:
        """The value cleaned for this tracker, or InvalidEntry saying what fits."""
        if self.kind == "yes_no":
            if not isinstance(value, bool):
                raise InvalidEntry(f"'{self.name}' is answered yes or no.")
            return value
        if isinstance(value, bool) or not isinstance(value, int | float) or math.isnan(value):
            raise InvalidEntry(f"'{self.name}' needs a number.")
        if self.kind == "scale":
            if value != int(value) or not 1 <= value <= 5:
                raise InvalidEntry(f"'{self.name}' is a whole number from 1 to 5.")
            return int(value)
        if not 0 <= value <= MAX_NUMBER:
            raise InvalidEntry(f"'{self.name}' must be between 0 and {MAX_NUMBER:,.0f}.")
        return round(float(value), 2)

    def describe(self, value: TrackerValue) -> str:
        """A value as a person reads it: "yes", "4 of 5", "30 min"."""
        if self.kind == "yes_no":
            return "yes" if value else "no"
        if self.kind == "scale":
            return f"{value} of 5"
        return f"{value:g} {self.unit}".strip()

    def to_record(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "kind": self.kind, "unit": self.unit}

    @classmethod
    def from_record(cls, record: Mapping[str, Any]) -> Tracker:
        return cls(
            id=str(record["id"]),
            name=str(record["name"]),
            kind=record["kind"],
            unit=str(record.get("unit", "")),
        )


def new_tracker_id() -> str:
    """32 hex characters that sort by creation time, so trackers list in the order made."""
    return f"{time.time_ns():016x}{secrets.token_hex(8)}"


def checked_values(
    values: Mapping[str, object], trackers: Sequence[Tracker]
) -> dict[str, TrackerValue]:
    """Values for known trackers only, each checked; an unknown tracker id is refused."""
    by_id = {t.id: t for t in trackers}
    cleaned: dict[str, TrackerValue] = {}
    for tracker_id, value in values.items():
        tracker = by_id.get(tracker_id)
        if tracker is None:
            raise InvalidEntry("A check-in names a tracker that is not in your journal.")
        cleaned[tracker_id] = tracker.check(value)
    return cleaned
