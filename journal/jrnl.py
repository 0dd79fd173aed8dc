"""jrnl JSON export (``jrnl --format json``): read it as mood-less notes, and write it back."""

from __future__ import annotations

import json
from datetime import datetime

from journal.checkin import CheckIn
from journal.errors import BadImportFile
from journal.imports import ImportPreview, load_json_upload


def parse_jrnl(data: bytes) -> ImportPreview:
    document = load_json_upload(
        data, "jrnl", "If it is a Daylio CSV file, choose 'Daylio (CSV)' above. "
    )
    if not isinstance(document, dict) or not isinstance(document.get("entries"), list):
        raise BadImportFile(
            'This JSON isn\'t a jrnl export: it should have an "entries" list (made with '
            "`jrnl --format json`). Nothing was imported."
        )
    preview = ImportPreview(source="jrnl")
    for number, item in enumerate(document["entries"], start=1):
        if not isinstance(item, dict):
            preview.skip(number, "is not an entry object")
            continue
        try:
            occurred = datetime.strptime(f"{item['date']} {item['time']}", "%Y-%m-%d %H:%M")
        except (KeyError, TypeError, ValueError):
            preview.skip(number, "has no valid date (YYYY-MM-DD) and time (HH:MM)")
            continue
        title, body, tags = item.get("title", ""), item.get("body", ""), item.get("tags", [])
        starred = item.get("starred", False)
        if problem := _wrong_types(title, body, tags, starred):
            preview.skip(number, problem)
            continue
        preview.keep(
            number,
            CheckIn(
                mood=None,
                title=title,
                note=body.strip("\n"),
                tags=tuple(tags),
                starred=starred,
                occurred_at=occurred,
            ),
        )
    return preview


def _wrong_types(title: object, body: object, tags: object, starred: object) -> str:
    """What is not of jrnl's own type in an entry (never coerced: "no" is not false)."""
    if not isinstance(title, str) or not isinstance(body, str):
        return "title and body must be text"
    if not isinstance(tags, list) or not all(isinstance(tag, str) for tag in tags):
        return 'tags must be a list of words like "@work" (this one has something else in it)'
    if not isinstance(starred, bool):
        return f"starred must be true or false, not {json.dumps(starred)[:40]}"
    return ""
