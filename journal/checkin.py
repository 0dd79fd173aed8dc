"""What a person writes: check-ins (with a mood) and notes (without), and their vocabulary."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

from journal.errors import InvalidEntry

MOODS: dict[int, tuple[str, str]] = {
    5: ("Great", "😄"),
    4: ("Good", "🙂"),
    3: ("Okay", "😐"),
    2: ("Low", "🙁"),
    1: ("Awful", "😞"),
}

# The mood-meter idea: emotions placed by pleasantness and energy, four named quadrants.
EMOTION_QUADRANTS: dict[str, tuple[str, ...]] = {
    "pleasant, high energy": (
        "excited", "joyful", "proud", "hopeful", "energized", "inspired", "playful", "motivated",
    ),
    "pleasant, low energy": (
        "calm", "content", "grateful", "relaxed", "peaceful", "relieved", "safe", "connected",
    ),
    "unpleasant, high energy": (
        "anxious", "angry", "stressed", "frustrated", "scared", "restless", "overwhelmed",
        "irritated",
    ),
    "unpleasant, low energy": (
        "sad", "tired", "lonely", "hopeless", "numb", "bored", "ashamed", "disappointed",
    ),
}  # fmt: skip
EMOTIONS: tuple[str, ...] = tuple(e for words in EMOTION_QUADRANTS.values() for e in words)
QUADRANT_OF: dict[str, str] = {e: q for q, words in EMOTION_QUADRANTS.items() for e in words}

ACTIVITIES: tuple[str, ...] = (
    "sleep well", "exercise", "walk outside", "friends", "family", "peer group", "therapy",
    "work", "study", "hobby", "music", "reading", "cooking", "chores", "screen time",
    "meditation", "took medication", "alcohol", "rest",
)  # fmt: skip

MAX_NOTE_CHARS = 20_000
MAX_TITLE_CHARS = 300
MAX_LABEL_CHARS = 60
MAX_LABELS = 60
MAX_TRACKER_VALUES = 30
MAX_MOOD_LABEL_CHARS = 60
FUTURE_SLACK = timedelta(days=1)  # time zones: "today" may be tomorrow in UTC


@dataclass(frozen=True)
class CheckIn:
    """One entry. ``mood`` 1-5 for a check-in; ``None`` makes it a mood-less note.

    ``occurred_at`` is the person's local date and time the entry is about (naive), so a
    past day can be back-filled; ``emotions`` come from ``EMOTIONS``; ``activities`` and
    ``tags`` are free short labels (imported Daylio activities land in ``activities``, jrnl
    tags in ``tags``); ``title`` and ``starred`` keep what jrnl and Daylio exports carry.
    ``trackers`` holds the person's own tracker values by tracker id (``journal.trackers``);
    the journal checks them against its trackers when saving. ``mood_label`` is the person's
    own word for the mood when they had one (a custom Daylio mood, "meh+"), kept beside the
    1-5 it was matched to; a note has none.
    """

    mood: int | None = None
    note: str = ""
    emotions: tuple[str, ...] = ()
    activities: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    sleep_hours: float | None = None
    occurred_at: datetime = field(default_factory=lambda: datetime.now().replace(microsecond=0))
    title: str = ""
    starred: bool = False
    trackers: Mapping[str, int | float | bool] = field(default_factory=dict, hash=False)
    mood_label: str = ""

    @property
    def is_note(self) -> bool:
        return self.mood is None

    def validated(self, now: datetime | None = None) -> CheckIn:
        """A cleaned copy, or InvalidEntry with a message the person can act on."""
        if self.mood is not None and (
            isinstance(self.mood, bool) or not isinstance(self.mood, int) or not 1 <= self.mood <= 5
        ):
            raise InvalidEntry("Mood must be a whole number from 1 (awful) to 5 (great).")
        if not isinstance(self.note, str) or len(self.note) > MAX_NOTE_CHARS:
            raise InvalidEntry(f"Notes can be up to {MAX_NOTE_CHARS:,} characters.")
        if len(self.title) > MAX_TITLE_CHARS:
            raise InvalidEntry(f"Titles can be up to {MAX_TITLE_CHARS} characters.")
        unknown = [e for e in self.emotions if e not in QUADRANT_OF]
        if unknown:
            raise InvalidEntry(f"Unknown emotion: {unknown[0]!r}. Pick from the list.")
        sleep = self.sleep_hours
        if sleep is not None:
            if not isinstance(sleep, int | float) or math.isnan(sleep) or not 0 <= sleep <= 24:
                raise InvalidEntry("Hours of sleep must be between 0 and 24.")
            sleep = round(float(sleep), 2)
        if not isinstance(self.occurred_at, datetime):
            raise InvalidEntry("The date of an entry must be a date and time.")
        occurred = self.occurred_at.replace(tzinfo=None, microsecond=0)
        if occurred > (now or datetime.now()) + FUTURE_SLACK:
            raise InvalidEntry("An entry can be about today or a past day, not the future.")
        if self.mood is None and not (self.note.strip() or self.title.strip() or self.trackers):
            raise InvalidEntry("A note needs some text.")
        if not isinstance(self.trackers, Mapping) or len(self.trackers) > MAX_TRACKER_VALUES:
            raise InvalidEntry(f"Up to {MAX_TRACKER_VALUES} trackers per check-in.")
        if not isinstance(self.mood_label, str):
            raise InvalidEntry("A mood's own name must be text.")
        mood_label = "" if self.mood is None else " ".join(self.mood_label.split())
        if len(mood_label) > MAX_MOOD_LABEL_CHARS:
            raise InvalidEntry(f"A mood's own name can be up to {MAX_MOOD_LABEL_CHARS} characters.")
        return replace(
            self,
            emotions=_dedupe(self.emotions),
            activities=_labels(self.activities, "activities"),
            tags=_labels(self.tags, "tags"),
            sleep_hours=sleep,
            occurred_at=occurred,
            title=self.title.strip(),
            trackers={str(k): v for k, v in self.trackers.items()},
            mood_label=mood_label,
        )

    def to_record(self) -> dict[str, Any]:
        return {
            "mood": self.mood,
            "note": self.note,
            "emotions": list(self.emotions),
            "activities": list(self.activities),
            "tags": list(self.tags),
            "sleep_hours": self.sleep_hours,
            "occurred_at": self.occurred_at.isoformat(),
            "title": self.title,
            "starred": self.starred,
            "trackers": dict(self.trackers),
            "mood_label": self.mood_label,
        }

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> CheckIn:
        return cls(
            mood=record["mood"],
            note=record["note"],
            emotions=tuple(record["emotions"]),
            activities=tuple(record["activities"]),
            tags=tuple(record["tags"]),
            sleep_hours=record["sleep_hours"],
            occurred_at=datetime.fromisoformat(record["occurred_at"]),
            title=record.get("title", ""),
            starred=record.get("starred", False),
            trackers=record.get("trackers") or {},
            mood_label=record.get("mood_label", ""),
        )


@dataclass(frozen=True)
class Entry:
    """A saved check-in or note: its id and clear timestamps, with the decrypted content."""

    id: str
    checkin: CheckIn
    created_at: datetime
    updated_at: datetime

    @property
    def note(self) -> str:
        return self.checkin.note

    @property
    def mood(self) -> int | None:
        return self.checkin.mood

    @property
    def occurred_at(self) -> datetime:
        return self.checkin.occurred_at


def mood_words(mood: int, own_label: str = "") -> str:
    """The mood as Kindred names it, with the person's own word for it when there is one."""
    label, face = MOODS[mood]
    return f"{face} {label} ({own_label})" if own_label else f"{face} {label}"


def _dedupe(items: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


def _labels(items: tuple[str, ...] | list[str], what: str) -> tuple[str, ...]:
    cleaned = _dedupe(tuple(" ".join(str(i).split()) for i in items if str(i).strip()))
    if len(cleaned) > MAX_LABELS:
        raise InvalidEntry(f"Up to {MAX_LABELS} {what} per entry.")
    too_long = [c for c in cleaned if len(c) > MAX_LABEL_CHARS]
    if too_long:
        raise InvalidEntry(f"Each of the {what} can be up to {MAX_LABEL_CHARS} characters.")
    return cleaned
