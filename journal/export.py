"""Everything the person wrote, decrypted, as JSON or CSV (for the owner only)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from datetime import datetime

from journal.checkin import Entry
from journal.safety_plan import SafetyPlan
from journal.self_checks import SavedSelfCheck
from journal.story_feedback import StoryFeedback
from journal.trackers import Tracker
from safe_files import spreadsheet_safe_row

CSV_COLUMNS = (
    "id", "occurred_at", "kind", "mood", "mood_label", "emotions", "activities", "tags", "sleep_hours",
    "title", "note", "starred", "created_at", "updated_at", "trackers",
)  # fmt: skip
LIST_SEPARATOR = " | "
FORMAT_VERSION = 1


def entry_record(entry: Entry, trackers: Sequence[Tracker] = ()) -> dict:
    """An entry as plain data; values of trackers the person has since deleted are left out."""
    record = entry.checkin.to_record()
    known = {t.id for t in trackers}
    record["trackers"] = {k: v for k, v in record["trackers"].items() if k in known}
    return {
        "id": entry.id,
        "kind": "note" if entry.checkin.is_note else "check-in",
        **record,
        "created_at": entry.created_at.isoformat(),
        "updated_at": entry.updated_at.isoformat(),
    }


def to_json(
    entries: Sequence[Entry],
    self_checks: Sequence[SavedSelfCheck],
    safety_plan: SafetyPlan | None = None,
    trackers: Sequence[Tracker] = (),
    story_feedback: StoryFeedback | None = None,
) -> str:
    document = {
        "format": "kindred-journal",
        "version": FORMAT_VERSION,
        "exported_at": datetime.now().replace(microsecond=0).isoformat(),
        "trackers": [t.to_record() for t in trackers],
        "entries": [entry_record(e, trackers) for e in entries],
        "self_checks": [
            {
                "id": s.id,
                "instrument": s.result.instrument,
                "taken_at": s.taken_at.isoformat(),
                "answers": list(s.result.answers),
                "total": s.result.total,
                "percentage": s.result.percentage,
                "band": s.result.band,
            }
            for s in self_checks
        ],
        "safety_plan": safety_plan.to_record() if safety_plan else None,
        "story_feedback": story_feedback.to_record() if story_feedback else None,
    }
    return json.dumps(document, ensure_ascii=False, indent=2)


def to_csv(entries: Sequence[Entry], trackers: Sequence[Tracker] = ()) -> str:
    """One row per entry; cells that a spreadsheet would run as a formula start with '."""
    by_id = {t.id: t for t in trackers}
    buffer = io.StringIO()
    # "\r\n" (RFC 4180) also makes the writer quote a lone "\r" inside a note
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for entry in entries:
        record = entry_record(entry, trackers)
        record["trackers"] = LIST_SEPARATOR.join(
            f"{by_id[k].name}: {by_id[k].describe(v)}" for k, v in record["trackers"].items()
        )
        for key in ("emotions", "activities", "tags"):
            record[key] = LIST_SEPARATOR.join(record[key])
        record["mood"] = "" if record["mood"] is None else record["mood"]
        record["sleep_hours"] = "" if record["sleep_hours"] is None else record["sleep_hours"]
        writer.writerow(spreadsheet_safe_row({key: record[key] for key in CSV_COLUMNS}))
    return buffer.getvalue()
