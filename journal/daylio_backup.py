"""Daylio's own backup (a ``.daylio`` file): a zip holding ``backup.daylio``, base64 text of
one JSON document. It carries what the CSV loses: each mood's level (so custom mood names
map to 1-5 without asking) and the groups activities belong to.

A custom mood's name is kept on each of its entries (``CheckIn.mood_label``) beside the
1-5 it is matched to, so "meh+" stays the person's own word.

The facts used, as open-source readers of the format describe them: ``customMoods`` list
``id``, ``custom_name`` (empty for a predefined mood, named by ``predefined_name_id`` 1-5,
rad to awful) and ``mood_group_id`` (1 best to 5 worst); ``tags`` list the activities
(``id``, ``name``, ``id_tag_group``) and ``tag_groups`` their groups (``id``, ``name``);
each of ``dayEntries`` has ``year``, ``month`` (0-11), ``day``, ``hour``, ``minute``,
``mood`` (a custom mood's id), ``tags`` (activity ids), ``note`` (may hold simple HTML) and
``note_title``.

Every bound is checked before the next step runs: the upload's size, the zip's members and
their sizes (declared and actual, so a zip bomb stops at the limit), the base64 text, the
JSON's depth, the number of entries. The result is the same ``ImportPreview`` as the CSV.
"""

from __future__ import annotations

import base64
import binascii
import html
import io
import json
import re
import zipfile
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from journal.checkin import MOODS, CheckIn
from journal.errors import BadImportFile
from journal.imports import MAX_IMPORT_BYTES, ImportPreview
from safe_files import UnreadableFile, load_json

MEMBER = "backup.daylio"
# Daylio writes deflate; stored is harmless. Anything else zipfile cannot unpack.
READABLE_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
MAX_MEMBERS = 5_000  # the backup plus its photos and recordings
MAX_BACKUP_TEXT_BYTES = 40 * 1024 * 1024  # base64 of ~30 MB of JSON: decades of entries
MAX_ENTRIES = 100_000
PREDEFINED_NAMES = {1: "rad", 2: "good", 3: "meh", 4: "bad", 5: "awful"}
NOTHING = "Nothing was imported."
_BREAKS = re.compile(r"<(?:br|/p|/div|/li)\b[^<>]{0,50}>", re.IGNORECASE)
_TAGS = re.compile(r"<[^<>]{0,200}>")


@dataclass(frozen=True)
class DaylioMood:
    """One of the person's Daylio moods: its name, its Daylio level and Kindred's 1-5."""

    name: str
    level: int  # Daylio's mood group: 1 (rad) to 5 (awful)
    mood: int | None  # None until the person matches it (a level Daylio never uses)
    custom: bool = False  # the person named it (kept on each entry), not one of Daylio's five

    @property
    def own_label(self) -> str:
        """What each entry keeps as the person's own word for its mood."""
        return self.name if self.custom else ""


@dataclass
class DaylioBackupPreview(ImportPreview):
    moods: list[DaylioMood] = field(default_factory=list)
    activity_groups: dict[str, list[str]] = field(default_factory=dict)


def parse_daylio_backup(
    data: bytes, mood_map: Mapping[str, int] | None = None
) -> DaylioBackupPreview:
    """Preview a ``.daylio`` import; ``mood_map`` (name -> 1..5) overrides the levels."""
    document = _document(_backup_text(data))
    moods = _moods(document.get("customMoods"), mood_map or {})
    activities = _activities(document.get("tags"), document.get("tag_groups"))
    preview = DaylioBackupPreview(source="Daylio backup", moods=list(moods.values()))
    for activity, group in activities.values():
        if group:
            preview.activity_groups.setdefault(group, []).append(activity)
    unmapped: dict[str, None] = {}
    for number, item in enumerate(document["dayEntries"], start=1):
        if not isinstance(item, dict):
            preview.skip(number, "is not an entry")
            continue
        known = moods.get(item.get("mood"))  # type: ignore[arg-type]
        if known is None:
            preview.skip(number, "has a mood this backup does not list")
            continue
        if known.mood is None:
            unmapped[known.name] = None
            preview.skip(number, f"mood '{known.name}' is not matched to 1-5 yet")
            continue
        try:
            occurred = _when(item)
            labels = [activities[tag] for tag in _ids(item.get("tags", []))]
        except (KeyError, TypeError, ValueError, OverflowError):
            preview.skip(number, "has no valid date and time, or an unknown activity")
            continue
        note, title = item.get("note", ""), item.get("note_title", "")
        if not isinstance(note, str) or not isinstance(title, str):
            preview.skip(number, "its note should be text")
            continue
        preview.keep(
            number,
            CheckIn(
                mood=known.mood,
                mood_label=known.own_label,
                note=plain_text(note),
                title=plain_text(title),
                activities=tuple(name for name, _ in labels),
                tags=tuple(dict.fromkeys(group for _, group in labels if group)),
                occurred_at=occurred,
                starred=item.get("isFavorite") is True,
            ),
        )
    preview.unmapped_moods = list(unmapped)
    return preview


def _backup_text(data: bytes) -> bytes:
    """The ``backup.daylio`` member's bytes, read within every bound."""
    if len(data) > MAX_IMPORT_BYTES:
        raise BadImportFile(
            f"This file is {len(data) / 1_048_576:.0f} MB; the limit is "
            f"{MAX_IMPORT_BYTES // 1_048_576} MB. A Daylio backup with many photos can be "
            f"bigger: export the CSV instead, or a backup without photos. {NOTHING}"
        )
    if not data.strip():
        raise BadImportFile(f"This file is empty. {NOTHING}")
    if not data.startswith(b"PK"):
        hint = " It looks like a CSV: choose 'Daylio (CSV)' above." if b"," in data[:200] else ""
        raise BadImportFile(
            "This isn't a Daylio backup: a .daylio file is a zip archive (made with Daylio's "
            f"'Backup & Restore').{hint} {NOTHING}"
        )
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
            if len(members) > MAX_MEMBERS:
                raise BadImportFile(
                    f"This archive holds {len(members):,} files, far more than a Daylio backup "
                    f"(the limit is {MAX_MEMBERS:,}). {NOTHING}"
                )
            member = next((m for m in members if m.filename == MEMBER), None)
            if member is None:
                raise BadImportFile(
                    f"This zip has no '{MEMBER}' inside, so it isn't a Daylio backup. {NOTHING}"
                )
            if member.file_size > MAX_BACKUP_TEXT_BYTES:
                raise _too_big()
            if member.compress_type not in READABLE_METHODS:
                raise BadImportFile(
                    "This zip is packed in a way Daylio never uses, so it isn't a Daylio "
                    f"backup Kindred can read. Please make a new backup in Daylio. {NOTHING}"
                )
            with archive.open(member) as stream:
                text = stream.read(MAX_BACKUP_TEXT_BYTES + 1)  # sizes in a zip can lie
    except (zipfile.BadZipFile, zlib.error, EOFError, RuntimeError) as error:
        raise BadImportFile(
            "This Daylio backup is damaged and can't be opened (an interrupted download or "
            f"copy?). Please make a new backup in Daylio. {NOTHING}"
        ) from error
    if len(text) > MAX_BACKUP_TEXT_BYTES:
        raise _too_big()
    return text


def _too_big() -> BadImportFile:
    return BadImportFile(
        f"The backup inside this file unpacks to more than {MAX_BACKUP_TEXT_BYTES // 1_048_576}"
        f" MB, far more than years of Daylio entries: it isn't a real backup. {NOTHING}"
    )


def _document(text: bytes) -> dict:
    try:
        raw = base64.b64decode(b"".join(text.split()), validate=True)
        document = load_json(raw.decode("utf-8"))
    except (binascii.Error, ValueError, UnicodeDecodeError) as error:
        reason = f" ({error})" if isinstance(error, UnreadableFile) else ""
        raise BadImportFile(
            f"The backup inside this .daylio file can't be read{reason}: it may be damaged or "
            f"from an app other than Daylio. {NOTHING}"
        ) from error
    if not isinstance(document, dict) or not isinstance(document.get("dayEntries"), list):
        raise BadImportFile(
            f"This backup has no list of entries ('dayEntries'), so it isn't a Daylio backup "
            f"Kindred can read. {NOTHING}"
        )
    if len(document["dayEntries"]) > MAX_ENTRIES:
        raise BadImportFile(
            f"This backup lists {len(document['dayEntries']):,} entries; the limit is "
            f"{MAX_ENTRIES:,}. {NOTHING}"
        )
    return document


def _moods(listed: object, mood_map: Mapping[str, int]) -> dict[int, DaylioMood]:
    """Daylio mood id -> the mood; a backup without ``customMoods`` has the five defaults."""
    chosen = {k.strip().lower(): v for k, v in mood_map.items() if v in MOODS}
    items = listed if isinstance(listed, list) and listed else _default_moods()
    moods: dict[int, DaylioMood] = {}
    for item in items:
        if not isinstance(item, dict) or not isinstance(item.get("id"), int):
            continue
        level = item.get("mood_group_id")
        custom = item.get("custom_name") if isinstance(item.get("custom_name"), str) else ""
        custom = " ".join(custom.split())
        name = custom or PREDEFINED_NAMES.get(item.get("predefined_name_id"), "")
        name = name or f"mood {item['id']}"
        mood = chosen.get(name.lower())
        if mood is None and isinstance(level, int) and level in PREDEFINED_NAMES:
            mood = 6 - level
        level = level if isinstance(level, int) else 0
        moods[item["id"]] = DaylioMood(name, level, mood, custom=bool(custom))
    return moods


def _default_moods() -> list[dict]:
    return [
        {"id": level, "predefined_name_id": level, "mood_group_id": level, "custom_name": ""}
        for level in PREDEFINED_NAMES
    ]


def _activities(tags: object, groups: object) -> dict[int, tuple[str, str]]:
    """Activity id -> (name, group name or "")."""
    group_names: dict[int, str] = {}
    for group in groups if isinstance(groups, list) else []:
        if isinstance(group, dict) and isinstance(group.get("name"), str):
            group_names[group.get("id")] = " ".join(group["name"].split())  # type: ignore[index]
    found: dict[int, tuple[str, str]] = {}
    for tag in tags if isinstance(tags, list) else []:
        if isinstance(tag, dict) and isinstance(tag.get("name"), str):
            name = " ".join(tag["name"].split())
            found[tag.get("id")] = (name, group_names.get(tag.get("id_tag_group"), ""))  # type: ignore[index]
    return found


def _ids(value: object) -> list[int]:
    if not isinstance(value, list):
        raise TypeError("tags should be a list")
    return value


def _when(item: Mapping[str, object]) -> datetime:
    """The local date and time the person saw in Daylio (``month`` counts from 0)."""
    parts = [item[key] for key in ("year", "month", "day", "hour", "minute")]
    if not all(isinstance(p, int) and not isinstance(p, bool) for p in parts):
        raise TypeError("date parts should be whole numbers")
    year, month, day, hour, minute = parts  # type: ignore[misc]
    return datetime(year, month + 1, day, hour, minute)  # type: ignore[operator,arg-type]


def plain_text(text: str) -> str:
    """A note as plain text: Daylio's simple HTML (line breaks, lists, bold) unwrapped."""
    if "<" not in text and "&" not in text:
        return text.strip()
    return html.unescape(_TAGS.sub("", _BREAKS.sub("\n", text))).strip()


def build_backup(document: Mapping[str, object], extra: Mapping[str, bytes] | None = None) -> bytes:
    """A ``.daylio`` file holding ``document``, as Daylio writes one (for tests and samples)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        encoded = base64.b64encode(json.dumps(document, ensure_ascii=False).encode())
        archive.writestr(MEMBER, encoded)
        for name, content in (extra or {}).items():
            archive.writestr(name, content)
    return buffer.getvalue()
