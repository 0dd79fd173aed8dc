"""Daylio CSV export: read it (both header variants, 12/24 h times) and write it back."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, time

from journal.checkin import CheckIn
from journal.errors import BadImportFile
from journal.imports import ImportPreview, decode_upload
from safe_files import UnreadableFile, csv_rows

HEADER = ("full_date", "date", "weekday", "time", "mood", "activities", "note_title", "note")
OLD_HEADER = ("year", "date", "weekday", "time", "mood", "activities", "note")
DEFAULT_MOODS: dict[str, int] = {"rad": 5, "good": 4, "meh": 3, "bad": 2, "awful": 1}
ACTIVITY_SEPARATOR = " | "
TIME_FORMATS = ("%I:%M %p", "%H:%M", "%I:%M%p")
DAY_MONTH_FORMATS = ("%d %B %Y", "%B %d %Y", "%d %b %Y", "%b %d %Y")


def parse_daylio(data: bytes, mood_map: Mapping[str, int] | None = None) -> ImportPreview:
    """Preview an import. Custom mood labels need ``mood_map`` (label -> 1..5) from the person."""
    if data.startswith(b"PK\x03\x04"):
        raise BadImportFile(
            "This is a zip file, not a Daylio CSV export. If it is a Daylio backup (.daylio), "
            "choose 'Daylio backup (.daylio)' above. Nothing was imported."
        )
    text = decode_upload(data, "Daylio")
    if text.lstrip().startswith(("{", "[")):
        raise BadImportFile(
            "This is a JSON file, not a Daylio export (Daylio exports a CSV file). If it came "
            "from jrnl, choose 'jrnl (JSON)' above. Nothing was imported."
        )
    try:
        rows = list(csv_rows(text))
    except UnreadableFile as error:
        raise BadImportFile(
            f"This Daylio file can't be read: {error}. Nothing was imported."
        ) from error
    header = tuple(h.strip().lower() for h in rows[0][1]) if rows else ()
    if header not in (HEADER, OLD_HEADER):
        raise BadImportFile(
            "This doesn't look like a Daylio export: the first line should be "
            f"'{','.join(HEADER)}' (or the older '{','.join(OLD_HEADER)}'). Nothing was imported."
        )
    moods = {**DEFAULT_MOODS, **{k.strip().lower(): v for k, v in (mood_map or {}).items()}}
    preview = ImportPreview(source="Daylio")
    unmapped: dict[str, None] = {}
    last_line, last_row = rows[-1]
    if len(rows) > 1 and len(last_row) < len(header) and not text.endswith(("\n", "\r")):
        raise BadImportFile(
            f"This Daylio file stops part-way through line {last_line}: it looks cut short (an "
            "interrupted download or copy?). Please export it again. Nothing was imported."
        )
    for row_number, (_, row) in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            preview.skip(row_number, f"has {len(row)} columns instead of {len(header)}")
            continue
        cells = dict(zip(header, row, strict=True))
        label = cells["mood"].strip()
        mood = moods.get(label.lower())
        if mood is None:
            unmapped[label] = None
            preview.skip(row_number, f"mood '{label}' is not matched to 1-5 yet")
            continue
        try:
            occurred = datetime.combine(_day(cells), _time(cells["time"]))
        except ValueError as error:
            preview.skip(row_number, str(error))
            continue
        activities = [a.strip() for a in cells["activities"].split("|") if a.strip()]
        preview.keep(
            row_number,
            CheckIn(
                mood=mood,
                # A mood the person named (not one of Daylio's five) stays their own word.
                mood_label="" if label.lower() in DEFAULT_MOODS else label,
                note=cells["note"].strip(),
                title=cells.get("note_title", "").strip(),
                activities=tuple(activities),
                occurred_at=occurred,
            ),
        )
    preview.unmapped_moods = list(unmapped)
    return preview


def _day(cells: Mapping[str, str]) -> date:
    if "full_date" in cells:
        try:
            return date.fromisoformat(cells["full_date"].strip())
        except ValueError:
            raise ValueError(f"date '{cells['full_date']}' is not YYYY-MM-DD") from None
    text = f"{cells['date'].strip()} {cells['year'].strip()}"
    for fmt in DAY_MONTH_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(f"date '{text}' is not a day and month in English")


def _time(text: str) -> time:
    cleaned = text.strip().upper().replace(".", "")
    for fmt in TIME_FORMATS:
        try:
            return datetime.strptime(cleaned, fmt).time()
        except ValueError:
            continue
    raise ValueError(f"time '{text}' is neither like '10:00 pm' nor like '22:00'")
