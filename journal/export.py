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
from safe_files import spreadsheet_safe_row

CSV_COLUMNS = (
    "id", "occurred_at", "kind", "mood", "emotions", "activities", "tags", "sleep_hours",
    "title", "note", "starred", "created_at", "updated_at",
)  # fmt: skip
LIST_SEPARATOR = " | "
FORMAT_VERSION = 1


def entry_record(entry: Entry) -> dict:
    record = entry.checkin.to_record()
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
) -> str:
    document = {
        "format": "kindred-journal",
        "version": FORMAT_VERSION,
        "exported_at": datetime.now().replace(microsecond=0).isoformat(),
        "entries": [entry_record(e) for e in entries],
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
    }
    return json.dumps(document, ensure_ascii=False, indent=2)


def to_csv(entries: Sequence[Entry]) -> str:
    """One row per entry; cells that a spreadsheet would run as a formula start with '."""
    buffer = io.StringIO()
    # "\r\n" (RFC 4180) also makes the writer quote a lone "\r" inside a note
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for entry in entries:
        record = entry_record(entry)
        for key in ("emotions", "activities", "tags"):
            record[key] = LIST_SEPARATOR.join(record[key])
        record["mood"] = "" if record["mood"] is None else record["mood"]
        record["sleep_hours"] = "" if record["sleep_hours"] is None else record["sleep_hours"]
        writer.writerow(spreadsheet_safe_row({key: record[key] for key in CSV_COLUMNS}))
    return buffer.getvalue()
