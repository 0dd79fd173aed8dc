"""Daylio CSV and jrnl JSON writers, for round-trip tests of the importers (Kindred itself
exports only its own JSON and CSV)."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from collections.abc import Mapping, Sequence

from journal.checkin import Entry
from journal.daylio import ACTIVITY_SEPARATOR, DEFAULT_MOODS, HEADER


def to_jrnl_json(entries: Sequence[Entry]) -> str:
    """Entries in jrnl's JSON shape (oldest first, as jrnl writes them)."""
    ordered = sorted(entries, key=lambda e: e.checkin.occurred_at)
    items = [
        {
            "title": e.checkin.title,
            "body": e.checkin.note,
            "date": e.checkin.occurred_at.strftime("%Y-%m-%d"),
            "time": e.checkin.occurred_at.strftime("%H:%M"),
            "tags": list(e.checkin.tags),
            "starred": e.checkin.starred,
        }
        for e in ordered
    ]
    tags = Counter(tag for item in items for tag in item["tags"])
    return json.dumps({"tags": dict(tags), "entries": items}, ensure_ascii=False, indent=4)


def to_daylio_csv(entries: Sequence[Entry], labels: Mapping[int, str] | None = None) -> str:
    """Check-ins as a current-format Daylio CSV, newest first, 24-hour times."""
    names = labels or {v: k for k, v in DEFAULT_MOODS.items()}
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(HEADER)
    ordered = sorted(entries, key=lambda e: e.checkin.occurred_at, reverse=True)
    for entry in ordered:
        c = entry.checkin
        if c.mood is None:
            continue
        at = c.occurred_at
        writer.writerow(
            [
                at.date().isoformat(),
                f"{at.strftime('%B')} {at.day}",
                at.strftime("%A"),
                at.strftime("%H:%M"),
                c.mood_label or names[c.mood],  # Daylio writes the person's own mood name
                ACTIVITY_SEPARATOR.join(c.activities),
                c.title,
                c.note,
            ]
        )
    return buffer.getvalue()
