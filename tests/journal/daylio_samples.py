"""Daylio backup samples built from the format's public facts (see journal/daylio_backup.py).

``python -m tests.journal.daylio_samples`` rewrites ``data/daylio_backup.daylio``; the tests
also build variations of the same document in memory.
"""

from __future__ import annotations

import copy

from journal.daylio_backup import build_backup
from tests.journal.conftest import DATA

DOCUMENT: dict = {
    "version": 15,
    "isReminderOn": True,
    "customMoods": [
        {"id": 1, "custom_name": "", "mood_group_id": 1, "predefined_name_id": 1,
         "mood_group_order": 0, "icon_id": 1, "state": 0},
        {"id": 2, "custom_name": "", "mood_group_id": 2, "predefined_name_id": 2,
         "mood_group_order": 0, "icon_id": 2, "state": 0},
        {"id": 3, "custom_name": "", "mood_group_id": 3, "predefined_name_id": 3,
         "mood_group_order": 0, "icon_id": 3, "state": 0},
        {"id": 4, "custom_name": "", "mood_group_id": 4, "predefined_name_id": 4,
         "mood_group_order": 0, "icon_id": 4, "state": 0},
        {"id": 5, "custom_name": "", "mood_group_id": 5, "predefined_name_id": 5,
         "mood_group_order": 0, "icon_id": 5, "state": 0},
        {"id": 6, "custom_name": "Super Happy", "mood_group_id": 1, "predefined_name_id": -1,
         "mood_group_order": 1, "icon_id": 21, "state": 0},
        {"id": 7, "custom_name": "Drained", "mood_group_id": 4, "predefined_name_id": -1,
         "mood_group_order": 1, "icon_id": 34, "state": 0},
    ],
    "tag_groups": [
        {"id": 1, "name": "Social", "is_expanded": True, "order": 1},
        {"id": 2, "name": "Health", "is_expanded": True, "order": 2},
    ],
    "tags": [
        {"id": 1, "name": "friends", "createdAt": 1767225600000, "icon": 1, "order": 1,
         "state": 0, "id_tag_group": 1},
        {"id": 2, "name": "family", "createdAt": 1767225600000, "icon": 2, "order": 2,
         "state": 0, "id_tag_group": 1},
        {"id": 3, "name": "exercise", "createdAt": 1767225600000, "icon": 3, "order": 1,
         "state": 0, "id_tag_group": 2},
        {"id": 4, "name": "good sleep", "createdAt": 1767225600000, "icon": 4, "order": 2,
         "state": 0, "id_tag_group": 2},
    ],
    "dayEntries": [
        {"id": 1, "minute": 30, "hour": 21, "day": 2, "month": 2, "year": 2026,
         "datetime": 1772487000000, "timeZoneOffset": 0, "mood": 6,
         "note": "Dinner with <b>Sam</b> &amp; Jo<br>Laughed a lot", "note_title": "Good night",
         "tags": [1, 4], "assets": [], "isFavorite": False},
        {"id": 2, "minute": 5, "hour": 8, "day": 3, "month": 2, "year": 2026,
         "datetime": 1772525100000, "timeZoneOffset": 0, "mood": 7, "note": "",
         "note_title": "", "tags": [], "assets": [], "isFavorite": False},
        {"id": 3, "minute": 45, "hour": 18, "day": 3, "month": 2, "year": 2026,
         "datetime": 1772563500000, "timeZoneOffset": 0, "mood": 3,
         "note": "Short run", "note_title": "", "tags": [3], "assets": [], "isFavorite": True},
        {"id": 4, "minute": 0, "hour": 12, "day": 31, "month": 11, "year": 2025,
         "datetime": 1767182400000, "timeZoneOffset": 0, "mood": 5,
         "note": "", "note_title": "", "tags": [2], "assets": [], "isFavorite": False},
    ],
    "goals": [],
    "goalEntries": [],
    "assets": [],
    "metadata": {"number_of_entries": 4, "created_at": 1772600000000,
                 "platform": "android", "android_version": 34},
}  # fmt: skip
SAMPLE = DATA / "daylio_backup.daylio"


def document(**changes: object) -> dict:
    """A deep copy of the sample document with top-level keys replaced."""
    return {**copy.deepcopy(DOCUMENT), **changes}


if __name__ == "__main__":
    SAMPLE.write_bytes(build_backup(DOCUMENT, {"assets/photos/2026/3/abc123": b"\xff\xd8 photo"}))
    print(f"wrote {SAMPLE}")
