"""Kindred's own JSON export read back: entries and the person's trackers, all or nothing.

Trackers in the file are matched to the journal's own by id, then by name and kind (a
tracker made again on another server), so importing the same export twice, or an export
of this journal, adds no second "Medication" tracker; the rest are created with the
entries in one transaction (``Journal.add_many(preview.entries, preview.new_trackers)``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from journal.checkin import CheckIn
from journal.errors import BadImportFile, InvalidEntry
from journal.imports import ImportPreview, load_json_upload
from journal.trackers import MAX_TRACKERS, Tracker, new_tracker_id

ENTRY_KEYS = ("mood", "note", "emotions", "activities", "tags", "sleep_hours", "occurred_at")


@dataclass
class KindredPreview(ImportPreview):
    """An ImportPreview that also carries the trackers to create with the entries."""

    new_trackers: list[Tracker] = field(default_factory=list)


def parse_kindred(data: bytes, existing: Sequence[Tracker] = ()) -> KindredPreview:
    """Preview a Kindred JSON export against the journal's ``existing`` trackers."""
    document = load_json_upload(data, "Kindred")
    if not isinstance(document, dict) or document.get("format") != "kindred-journal":
        raise BadImportFile(
            "This file isn't a Kindred journal export (made with 'Download JSON' on the "
            "Privacy & your data page). Nothing was imported."
        )
    entries, listed = document.get("entries"), document.get("trackers", [])
    if not isinstance(entries, list) or not isinstance(listed, list):
        raise BadImportFile(
            'This Kindred export is damaged: "entries" and "trackers" should be lists. '
            "Nothing was imported."
        )
    preview = KindredPreview(source="Kindred")
    id_map = _match_trackers(listed, existing, preview)
    for number, item in enumerate(entries, start=1):
        try:
            checkin = _checkin(item, id_map)
        except (KeyError, TypeError, ValueError, InvalidEntry) as error:
            preview.skip(number, _reason(error))
            continue
        preview.keep(number, checkin)
    return preview


def _match_trackers(
    listed: list, existing: Sequence[Tracker], preview: KindredPreview
) -> dict[str, Tracker]:
    """File tracker id -> the journal's tracker; unmatched ones become ``new_trackers``."""
    by_id = {t.id: t for t in existing}
    by_shape = {(t.name.casefold(), t.kind, t.unit): t for t in existing}
    id_map: dict[str, Tracker] = {}
    for item in listed:
        try:
            tracker = Tracker.from_record(item).validated()
        except (KeyError, TypeError, AttributeError, InvalidEntry) as error:
            raise BadImportFile(
                f"A tracker in this export can't be read ({_reason(error)}). Nothing was imported."
            ) from error
        same = by_id.get(tracker.id)
        if same is None or (same.kind, same.unit) != (tracker.kind, tracker.unit):
            same = by_shape.get((tracker.name.casefold(), tracker.kind, tracker.unit))
        if same is None:
            same = Tracker(new_tracker_id(), tracker.name, tracker.kind, tracker.unit)
            preview.new_trackers.append(same)
            by_shape[(same.name.casefold(), same.kind, same.unit)] = same
        id_map[tracker.id] = same
    if len(existing) + len(preview.new_trackers) > MAX_TRACKERS:
        raise BadImportFile(
            f"This export would bring your trackers over {MAX_TRACKERS}. Delete some first. "
            "Nothing was imported."
        )
    return id_map


def _checkin(item: object, id_map: dict[str, Tracker]) -> CheckIn:
    if not isinstance(item, dict) or any(key not in item for key in ENTRY_KEYS):
        raise ValueError("is not a whole entry")
    values = item.get("trackers") or {}
    if not isinstance(values, dict) or any(key not in id_map for key in values):
        raise ValueError("has values for a tracker the file does not list")
    for key in ("emotions", "activities", "tags"):
        if not isinstance(item[key], list) or not all(isinstance(x, str) for x in item[key]):
            raise ValueError(f"its {key} should be a list of words")
    if not isinstance(item["note"], str) or not isinstance(item.get("title", ""), str):
        raise ValueError("its note and title should be text")
    checkin = CheckIn.from_record(item)
    return replace(
        checkin,
        starred=checkin.starred is True,
        trackers={id_map[key].id: id_map[key].check(value) for key, value in values.items()},
    )


def _reason(error: Exception) -> str:
    if isinstance(error, KeyError):
        return f"{error.args[0]!r} is missing"
    return str(error).rstrip(".")
