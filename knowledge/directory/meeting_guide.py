"""Meeting Guide JSON feeds (Code for Recovery spec) to listings and back.

A feed is a JSON array of meetings keyed by `slug`; with the feed's source it is the listing
id, so a re-import updates instead of duplicating. Type codes are mapped through the table in
knowledge/data/directory/meeting_guide_types.json, never through branches here.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from functools import lru_cache
from pathlib import Path

from pydantic import ValidationError

from knowledge.directory.listing_files import json_array
from knowledge.directory.report import MAX_RECORDS, Rejection, rejections_from, too_many
from knowledge.directory.schema import Listing, check_timezone
from knowledge.geo import locate, nearest_place, timezone_near

DATA = Path(__file__).resolve().parent.parent / "data" / "directory"
TIME_RE = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)(?::[0-5]\d)?$")
ZIP_IN_TEXT = re.compile(r"\b(\d{5})(?:-\d{4})?\b")
CONTACT_FIELDS = ("name", "email", "phone")
TEXT_FIELDS = {
    "location": "location_name",
    "location_notes": "location_notes",
    "notes": "notes",
    "group": "group",
    "group_notes": "group_notes",
    "url": "url",
    "feedback_url": "feedback_url",
    "conference_url": "conference_url",
    "conference_url_notes": "conference_url_notes",
    "conference_phone": "conference_phone",
    "conference_phone_notes": "conference_phone_notes",
}
ENTITY_FIELDS = (
    "entity",
    "entity_email",
    "entity_location",
    "entity_logo",
    "entity_phone",
    "entity_url",
)


@lru_cache(maxsize=1)
def type_table() -> dict[str, dict]:
    data = json.loads((DATA / "meeting_guide_types.json").read_text(encoding="utf-8"))
    return {entry["code"]: entry for entry in data["types"]}


@lru_cache(maxsize=1)
def fellowship_table() -> list[dict]:
    return json.loads((DATA / "fellowships.json").read_text(encoding="utf-8"))["fellowships"]


def fellowship_of(*texts: str) -> tuple[str, list[str]]:
    """The fellowship a feed's words name (entity, source), with the topics it implies."""
    words = " ".join(t.lower() for t in texts if t)
    for entry in fellowship_table():
        for phrase in entry["match"]:
            if re.search(rf"(?<![a-z]){re.escape(phrase)}(?![a-z])", words):
                return entry["name"], list(entry["topics"])
    return "", []


def _days(value: object) -> list[int]:
    values = value if isinstance(value, list) else [value]
    days = []
    for day in values:
        if isinstance(day, str) and day.strip().isdigit():
            day = int(day)
        if not isinstance(day, int) or isinstance(day, bool) or not 0 <= day <= 6:
            raise ValueError(f"unknown day {day!r}: use 0 (Sunday) to 6 (Saturday)")
        days.append(day)
    return days


def _minutes(value: str, name: str) -> int:
    match = TIME_RE.match(value.strip())
    if not match:
        raise ValueError(f"{name} {value!r} is not a time like 19:30")
    return int(match[1]) * 60 + int(match[2])


def _schedule(item: dict, zone: str) -> dict:
    if item.get("day") in (None, "", []) or not item.get("time"):
        return {"kind": "appointment"}
    start = _minutes(str(item["time"]), "time")
    end = _minutes(str(item["end_time"]), "end_time") if item.get("end_time") else start + 60
    duration = (end - start) % (24 * 60) or 24 * 60
    return {
        "kind": "weekly",
        "meetings": [
            {
                "weekday": (day + 6) % 7,  # Meeting Guide counts from Sunday, Python from Monday
                "start": f"{start // 60:02d}:{start % 60:02d}",
                "duration_minutes": duration,
                "timezone": zone,
            }
            for day in _days(item["day"])
        ],
    }


def _coordinate(item: dict, name: str) -> float | None:
    value = item.get(name)
    if value in (None, ""):
        return None
    try:
        return float(value)
    except (TypeError, ValueError) as error:
        raise ValueError(f"{name} {value!r} is not a number") from error


def _place(item: dict) -> tuple[float, float, str] | None:
    """Geocode offline from the postcode, then the city, then the formatted address."""
    country = (item.get("country") or "").strip() or None
    country_code = country if country and len(country) == 2 else None
    tries = [str(item.get("postal_code") or "")]
    if item.get("city"):
        tries.append(f"{item['city']}, {item['state']}" if item.get("state") else item["city"])
    formatted = str(item.get("formatted_address") or "")
    if formatted:
        zip_match = ZIP_IN_TEXT.search(formatted)
        if zip_match:
            tries.append(zip_match[1])
        parts = [p.strip() for p in formatted.split(",")]
        for i in range(1, len(parts)):
            state = re.sub(r"\s*\d[\d-]*$", "", parts[i + 1]) if i + 1 < len(parts) else ""
            tries.append(f"{parts[i]}, {state}" if state else parts[i])
    for text in tries:
        place = locate(text, country_code) if text.strip() else None
        if place:
            return place.lat, place.lon, place.country
    return None


def to_listing(item: dict, index: int, source: str) -> tuple[Listing | None, list[Rejection]]:
    if not isinstance(item, dict):
        return None, [Rejection(index, "a meeting must be a JSON object")]
    slug = str(item.get("slug") or "").strip()
    if not slug:
        return None, [Rejection(index, "every meeting needs a slug (its unique key)", "slug")]
    try:
        lat, lon = _coordinate(item, "latitude"), _coordinate(item, "longitude")
    except ValueError as error:
        return None, [Rejection(index, str(error), "latitude/longitude")]
    country = str(item.get("country") or "").strip()
    if lat is None or lon is None:
        found = (
            _place(item)
            if any(item.get(k) for k in ("postal_code", "city", "formatted_address"))
            else None
        )
        if found:
            lat, lon, country = round(found[0], 5), round(found[1], 5), country or found[2]
    in_range = lat is not None and lon is not None and abs(lat) <= 90 and abs(lon) <= 180
    if in_range and not country:
        country = nearest_place(lat, lon).country
    codes = [str(code) for code in item.get("types") or []]
    table = type_table()
    values: dict[str, list[str]] = {}
    scalars: dict[str, str] = {}
    features = []
    for code in codes:
        entry = table.get(code)
        if entry is None:
            continue
        features.append(entry["label"])
        for target in entry["maps_to"]:
            if target["field"] in ("attendance", "status"):
                scalars[target["field"]] = target["value"]
            else:
                values.setdefault(target["field"], []).append(target["value"])
    online = bool(item.get("conference_url") or item.get("conference_phone"))
    placed = lat is not None and not _yes(item.get("approximate")) and "TC" not in codes
    # 12 Step Meeting List feeds also say it outright; its word wins over what we infer
    stated = str(item.get("attendance_option") or "").strip().lower()
    if stated == "inactive":
        online, scalars["status"] = False, "temporarily_closed"
    elif stated == "online" and online:
        placed = False
    elif stated == "in_person":
        online = False
    formats = ["hybrid" if placed else "online"] if online else ["in_person"]
    if item.get("conference_phone"):
        formats.append("phone")
    if online and not item.get("conference_url"):
        formats = ["hybrid", "phone"] if placed else ["phone"]
    try:
        zone = str(item.get("timezone") or "") or (
            timezone_near(lat, lon) if lat is not None else ""
        )
        if zone:
            check_timezone(zone)
        schedule = _schedule(item, zone)
        if schedule["kind"] == "weekly" and not zone:
            raise ValueError("no timezone and no place to tell it from")
    except ValueError as error:
        field = "day" if "day" in str(error) else "time/timezone"
        return None, [Rejection(index, str(error), field)]
    fellowship, topics = fellowship_of(str(item.get("entity") or ""), source)
    updated = _updated(item.get("updated"))
    record = {
        "id": f"{source}:{slug}",
        "external_id": slug,
        "name": item.get("name"),
        "kind": "mutual_aid_group"
        if "in_person" in formats or "hybrid" in formats
        else "online_group",
        "formats": formats,
        "schedule": schedule,
        "type_codes": codes,
        "features": features,
        "topics": sorted(set(topics + values.get("topics", []))),
        "populations": values.get("populations", []),
        "languages": values.get("languages", []),
        "accessibility": values.get("accessibility", []),
        "cost": values.get("cost", []),
        "attendance": scalars.get("attendance", ""),
        "status": scalars.get("status", "active"),
        "fellowship": fellowship,
        "address": item.get("formatted_address") or item.get("address") or "",
        "city": item.get("city") or "",
        "region": item.get("state") or "",
        "postcode": str(item.get("postal_code") or ""),
        "country": _iso_country(country),
        "latitude": lat,
        "longitude": lon,
        "approximate": _yes(item.get("approximate")),
        "area_names": _regions(item),
        "organization": item.get("entity") or "",
        "contacts": _contacts(item),
        "feedback_emails": _list(item.get("feedback_emails")),
        "source": source,
        "source_updated": updated,
        "last_verified": updated.date() if updated else None,
        "extra": {k: str(item[k]) for k in ENTITY_FIELDS if item.get(k)},
    }
    for key, target in TEXT_FIELDS.items():
        if item.get(key):
            record[target] = str(item[key])
    if item.get("formatted_address") and item.get("address"):
        record["extra"]["address"] = str(item["address"])
    try:
        return Listing.model_validate(record), []
    except ValidationError as error:
        problems = rejections_from(error, index)
        if any("needs a place" in p.reason for p in problems):
            return None, [
                Rejection(
                    index,
                    "cannot place this meeting: no coordinates and its address or city is not "
                    "in the offline gazetteer",
                    "latitude/longitude",
                )
            ]
        return None, problems


def _yes(value: object) -> bool:
    return str(value).strip().lower() in ("yes", "true", "1")


def _list(value: object) -> list[str]:
    if isinstance(value, list):
        return [str(v) for v in value]
    return [v.strip() for v in str(value or "").split(",") if v.strip()]


def _regions(item: dict) -> list[str]:
    if isinstance(item.get("regions"), list):
        return [str(r) for r in item["regions"]]
    return [str(item[k]) for k in ("region", "sub_region") if item.get(k)]


def _contacts(item: dict) -> list[dict]:
    contacts = []
    for n in (1, 2, 3):
        contact = {f: str(item.get(f"contact_{n}_{f}") or "") for f in CONTACT_FIELDS}
        if any(contact.values()):
            contacts.append(contact)
    return contacts


def _updated(value: object) -> dt.datetime | None:
    if not value:
        return None
    try:
        return dt.datetime.fromisoformat(str(value).strip()).replace(tzinfo=None)
    except ValueError:
        return None


def _iso_country(value: str) -> str:
    if not value:
        return ""
    if len(value) == 2:
        return value.upper()
    from knowledge.geo import _gazetteer, fold

    options = _gazetteer().qualifiers.get(fold(value), [])
    codes = {c for c, region in options if not region}
    return codes.pop() if len(codes) == 1 else ""


def parse_feed(raw: bytes, source: str, bar=None) -> tuple[list[Listing], list[Rejection]]:
    data = json_array(raw, "a Meeting Guide feed is a JSON array of meetings")
    if len(data) > MAX_RECORDS:
        return [], [too_many(len(data))]
    listings, rejected = [], []
    items = list(enumerate(data))
    seen: dict[str, int] = {}
    for index, item in bar(items) if bar else items:
        listing, problems = to_listing(item, index, source)
        rejected.extend(problems)
        if listing:
            if listing.external_id in seen:
                rejected.append(
                    Rejection(index, f"slug repeats record {seen[listing.external_id]}", "slug")
                )
            seen[listing.external_id] = index
            listings.append(listing)
    return listings, rejected


def export_items(listings: list[Listing]) -> list[dict]:
    """Listings as Meeting Guide meetings; meetings at different times get their own slugs."""
    items = []
    for listing in listings:
        groups: dict[tuple, list[int]] = {}
        for meeting in listing.schedule.meetings:
            key = (meeting.start, meeting.duration_minutes, meeting.timezone)
            groups.setdefault(key, []).append((meeting.weekday + 1) % 7)
        slug = listing.external_id or listing.id
        if not groups:
            items.append(_item(listing, slug, None, []))
        for n, (key, days) in enumerate(groups.items()):
            items.append(_item(listing, slug if n == 0 else f"{slug}-{n + 1}", key, days))
    return items


def _item(listing: Listing, slug: str, key: tuple | None, days: list[int]) -> dict:
    item: dict = {"name": listing.name, "slug": slug}
    if key:
        start, duration, zone = key
        end = (start.hour * 60 + start.minute + duration) % (24 * 60)
        item["day"] = days[0] if len(days) == 1 else days
        item["time"] = f"{start:%H:%M}"
        item["end_time"] = f"{end // 60:02d}:{end % 60:02d}"
        item["timezone"] = zone
    codes = list(listing.type_codes) if listing.external_id else _codes_for(listing)
    if codes:
        item["types"] = codes
    address = listing.extra.get("address")
    if address:
        item["formatted_address"], item["address"] = listing.address, address
    elif listing.address:
        item["formatted_address" if "," in listing.address else "address"] = listing.address
    for key_name, value in (
        ("city", listing.city),
        ("state", listing.region),
        ("postal_code", listing.postcode),
        ("country", listing.country),
    ):
        if value:
            item[key_name] = value
    if listing.located:
        item["latitude"], item["longitude"] = listing.latitude, listing.longitude
    if listing.approximate:
        item["approximate"] = "yes"
    for key_name, target in TEXT_FIELDS.items():
        value = getattr(listing, target)
        if value:
            item[key_name] = value
    if not item.get("notes") and listing.description:
        item["notes"] = listing.description
    if listing.area_names:
        item["regions"] = list(listing.area_names)
    if listing.source_updated:
        item["updated"] = f"{listing.source_updated:%Y-%m-%d %H:%M:%S}"
    for n, contact in enumerate(listing.contacts[:3], start=1):
        for f in CONTACT_FIELDS:
            if getattr(contact, f):
                item[f"contact_{n}_{f}"] = getattr(contact, f)
    if listing.feedback_emails:
        item["feedback_emails"] = list(listing.feedback_emails)
    for k, v in listing.extra.items():
        if k in ENTITY_FIELDS:
            item[k] = v
    if listing.organization and "entity" not in item:
        item["entity"] = listing.organization
    return item


def _codes_for(listing: Listing) -> list[str]:
    """Type codes for a listing that did not come from a feed, read back from its fields."""
    codes = []
    for code, entry in type_table().items():
        targets = entry["maps_to"]
        if len(targets) != 1:
            continue
        field, value = targets[0]["field"], targets[0]["value"]
        if field == "topics":
            continue
        have = getattr(listing, field)
        if (value in have if isinstance(have, list) else have == value) and code not in (
            "L",
            "G",
            "BI",
        ):
            codes.append(code)
    return codes
