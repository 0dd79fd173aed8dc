"""Kindred's own listing files: the CSV template and a JSON array of listings.

Every row is validated; problems come back by row and field and nothing is written unless
the whole file is good. A row without coordinates is placed offline from its postcode or city.
"""

from __future__ import annotations

import json
import re

from pydantic import ValidationError

from knowledge.directory.report import MAX_RECORDS, Rejection, rejections_from, too_many
from knowledge.directory.schema import Listing, Schedule
from knowledge.geo import locate
from safe_files import UnreadableFile, csv_rows, from_spreadsheet_safe, load_json

MAX_FILE_BYTES = 100 * 1024 * 1024  # 50,000 records (MAX_RECORDS) of a long feed fit in it

LIST_COLUMNS = ("topics", "populations", "languages", "cost", "accessibility", "formats")
CSV_COLUMNS = (
    "id",
    "name",
    "kind",
    "description",
    *LIST_COLUMNS,
    "schedule",
    "fellowship",
    "location_name",
    "address",
    "postcode",
    "city",
    "region",
    "country",
    "latitude",
    "longitude",
    "phone",
    "url",
    "email",
    "conference_url",
    "notes",
    "last_verified",
    "source",
    "is_demo",
)
REQUIRED_COLUMNS = ("name", "kind")
DAY_NAMES = {
    name: index
    for index, names in enumerate(
        [
            ("mon", "monday"),
            ("tue", "tues", "tuesday"),
            ("wed", "wednesday"),
            ("thu", "thur", "thurs", "thursday"),
            ("fri", "friday"),
            ("sat", "saturday"),
            ("sun", "sunday"),
        ]
    )
    for name in names
}
MEETING_RE = re.compile(
    r"^(?P<day>[A-Za-z]+)\s+(?P<start>\d{1,2}:\d{2})\s*-\s*(?P<end>\d{1,2}:\d{2})\s+(?P<tz>\S+)$"
)


class FileProblemError(ValueError):
    """The whole file cannot be read (encoding, shape, columns)."""


def decode(raw: bytes) -> str:
    """The file's text, refused before any parsing when it is too big or not UTF-8."""
    if len(raw) > MAX_FILE_BYTES:
        raise FileProblemError(
            f"the file is {len(raw) / 1_048_576:.0f} MB, more than the "
            f"{MAX_FILE_BYTES // 1_048_576} MB a directory file may be; split it"
        )
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise FileProblemError(
            f"the file is not UTF-8 text (first bad byte at position {error.start}); "
            "save it as UTF-8 and try again"
        ) from error


def json_array(raw: bytes, expected: str, wrapper: str = "", single: tuple[str, ...] = ()) -> list:
    """The JSON array a file holds, or holds under the key `wrapper` of an object, or the
    one record an object is when it has every key of `single`.

    Every JSON importer reads its file through here, so a bad file reads the same everywhere;
    `expected` says what the file should have been.
    """
    try:
        data = load_json(decode(raw))
    except json.JSONDecodeError as error:
        raise FileProblemError(
            f"not valid JSON (line {error.lineno}, column {error.colno})"
        ) from error
    except UnreadableFile as error:
        raise FileProblemError(f"not a directory file: {error}") from error
    if wrapper and isinstance(data, dict) and isinstance(data.get(wrapper), list):
        data = data[wrapper]
    elif single and isinstance(data, dict) and all(key in data for key in single):
        data = [data]
    if not isinstance(data, list):
        raise FileProblemError(expected)
    return data


def parse_schedule(text: str) -> dict:
    """ "24/7", "by appointment", or "Mon 19:00-20:30 America/Chicago; Thu ..." """
    text = " ".join(text.split())
    if not text:
        return {"kind": "unknown"}
    if text.lower() in ("24/7", "always", "24 hours"):
        return {"kind": "always"}
    if text.lower().startswith("by appointment"):
        return {"kind": "appointment", "note": text[len("by appointment") :].strip(" :-")}
    meetings = []
    for part in text.split(";"):
        match = MEETING_RE.match(part.strip())
        if not match or match["day"].lower() not in DAY_NAMES:
            raise ValueError(
                f"cannot read {part.strip()!r}: write 'Mon 19:00-20:30 America/Chicago', "
                "'24/7' or 'by appointment'"
            )
        start_h, start_m = (int(x) for x in match["start"].split(":"))
        end_h, end_m = (int(x) for x in match["end"].split(":"))
        duration = (end_h * 60 + end_m - start_h * 60 - start_m) % (24 * 60) or 24 * 60
        meetings.append(
            {
                "weekday": DAY_NAMES[match["day"].lower()],
                "start": f"{start_h:02d}:{start_m:02d}",
                "duration_minutes": duration,
                "timezone": match["tz"],
            }
        )
    return {"kind": "weekly", "meetings": meetings}


def format_schedule(schedule: Schedule) -> str:
    if schedule.kind == "always":
        return "24/7"
    if schedule.kind == "appointment":
        return f"by appointment {schedule.note}".strip()
    if schedule.kind == "unknown":
        return ""
    names = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    parts = []
    for m in schedule.meetings:
        end_minutes = (m.start.hour * 60 + m.start.minute + m.duration_minutes) % (24 * 60)
        parts.append(
            f"{names[m.weekday]} {m.start:%H:%M}-{end_minutes // 60:02d}:{end_minutes % 60:02d} "
            f"{m.timezone}"
        )
    return "; ".join(parts)


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:80]


def _place(record: dict) -> None:
    """Fill latitude/longitude from the postcode or city when the record has none."""
    if record.get("latitude") not in (None, "") or record.get("longitude") not in (None, ""):
        return
    country = record.get("country") or None
    queries = [record.get("postcode", "")]
    city = record.get("city", "")
    if city:
        queries.append(f"{city}, {record['region']}" if record.get("region") else city)
    for query in queries:
        place = locate(query, country) if query else None
        if place:
            record["latitude"], record["longitude"] = round(place.lat, 5), round(place.lon, 5)
            record.setdefault("country", place.country)
            if not record.get("country"):
                record["country"] = place.country
            return


def to_listing(
    record: dict, index: int, source: str | None
) -> tuple[Listing | None, list[Rejection]]:
    record = {k: v for k, v in record.items() if v not in (None, "")}
    try:
        for name in LIST_COLUMNS:
            if isinstance(record.get(name), str):
                record[name] = [v.strip() for v in record[name].split(";") if v.strip()]
        if isinstance(record.get("schedule"), str):
            record["schedule"] = parse_schedule(record["schedule"])
    except ValueError as error:
        return None, [Rejection(index, str(error), "schedule")]
    if isinstance(record.get("is_demo"), str):
        record["is_demo"] = record["is_demo"].strip().lower() in ("1", "true", "yes")
    if source:
        record["source"] = source
    _place(record)
    if "id" not in record and record.get("name"):
        where = record.get("postcode") or record.get("city") or record.get("kind", "")
        record["id"] = (
            f"{slug(record.get('source', 'import'))}:{slug(record['name'])}-{slug(str(where))}"
        )
    try:
        return Listing.model_validate(record), []
    except ValidationError as error:
        return None, rejections_from(error, index)


def read_csv(raw: bytes) -> list[tuple[int, dict]]:
    try:
        lines = list(csv_rows(decode(raw)))
    except UnreadableFile as error:
        raise FileProblemError(str(error)) from error
    header = [cell.strip() for cell in lines[0][1]] if lines else []
    unknown = [c for c in header if c not in CSV_COLUMNS]
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if unknown or missing:
        problems = []
        if unknown:
            problems.append(f"unknown column(s) {', '.join(map(repr, unknown))}")
        if missing:
            problems.append(f"missing column(s) {', '.join(missing)}")
        raise FileProblemError(
            "; ".join(problems) + f". The template's columns are: {', '.join(CSV_COLUMNS)}"
        )
    rows = []
    for number, cells in enumerate((cells for _, cells in lines[1:] if cells), start=2):
        if len(cells) > len(header):
            raise FileProblemError(f"row {number} has more values than the header has columns")
        values = [from_spreadsheet_safe(cell) for cell in cells]
        values += [""] * (len(header) - len(values))
        rows.append((number, dict(zip(header, values, strict=True))))
    return rows


def read_json(raw: bytes) -> list[tuple[int, dict]]:
    data = json_array(
        raw, 'expected a JSON array of listings (or {"listings": [...]})', wrapper="listings"
    )
    rows = []
    for index, item in enumerate(data):
        if not isinstance(item, dict):
            raise FileProblemError(f"record {index} is not a JSON object")
        rows.append((index, item))
    return rows


def parse_listings(
    rows: list[tuple[int, dict]], source: str | None, progress=None
) -> tuple[list[Listing], list[Rejection]]:
    if len(rows) > MAX_RECORDS:
        return [], [too_many(len(rows))]
    listings, rejected = [], []
    iterator = progress(rows) if progress else rows
    for index, record in iterator:
        listing, problems = to_listing(dict(record), index, source)
        if listing:
            listings.append(listing)
        rejected.extend(problems)
    return listings, rejected


def listing_to_csv_row(listing: Listing) -> dict:
    data = listing.model_dump(mode="json")
    row = {}
    for column in CSV_COLUMNS:
        value = data.get(column)
        if column in LIST_COLUMNS:
            row[column] = "; ".join(value or [])
        elif column == "schedule":
            row[column] = format_schedule(listing.schedule)
        elif value is None:
            row[column] = ""
        else:
            row[column] = str(value).lower() if isinstance(value, bool) else value
    return row
