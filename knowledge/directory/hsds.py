"""Open Referral HSDS 3.0 services to listings and back.

The fields Kindred maps are validated by the pydantic models of hsds_models.py (no PyPI
package ships the 3.0 schema for offline use); their JSON Schema is committed beside the
data. A feed is a JSON
array of services in the 3.0 "compiled service" shape: organization, languages, phones,
schedules and service_at_locations -> location (addresses, accessibility, languages) nested.
Kindred's own fields that HSDS has no slot for travel as attributes whose taxonomy term's
vocabulary is "kindred:<field>".
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from zoneinfo import ZoneInfo

from pydantic import ValidationError

from knowledge.directory.hsds_models import (
    SCHEMA_FILE,
    Location,
    Schedule,
    Service,
    hsds_schema,
    validate_services,
)
from knowledge.directory.listing_files import json_array
from knowledge.directory.report import MAX_RECORDS, Rejection, rejections_from, too_many
from knowledge.directory.schema import ACCESSIBILITY, COSTS, Listing, check_timezone
from knowledge.geo import timezone_near

__all__ = ["SCHEMA_FILE", "export_services", "hsds_schema", "parse_feed", "validate_services"]
NAMESPACE = uuid.UUID("6f1c8a53-1d55-4a51-9b3e-6c1c0d7b2f10")
BYDAY = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
ZONE_IN_TEXT = re.compile(r"\(([A-Za-z_]+/[A-Za-z_/+-]+)\)")
KINDRED_FIELDS = (
    "kind",
    "topics",
    "populations",
    "formats",
    "fellowship",
    "attendance",
    "features",
)
STATUS_TO_HSDS = {"active": "active", "temporarily_closed": "temporarily closed"}


def _uid(*parts: str) -> str:
    return str(uuid.uuid5(NAMESPACE, "|".join(parts)))


# ---- import --------------------------------------------------------------------------------


def _attribute_values(service: Service) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for attribute in service.attributes:
        term = attribute.taxonomy_term
        if term and term.vocabulary.startswith("kindred:"):
            out.setdefault(term.vocabulary.removeprefix("kindred:"), []).append(
                attribute.value or term.name
            )
    return out


def _zone(schedule: Schedule, lat: float | None, lon: float | None) -> str:
    found = ZONE_IN_TEXT.search(schedule.description)
    if found:
        try:
            return check_timezone(found[1])
        except ValueError:
            pass
    if lat is not None and lon is not None:
        return timezone_near(lat, lon)
    if schedule.timezone is not None and float(schedule.timezone).is_integer():
        offset = int(schedule.timezone)
        return "UTC" if offset == 0 else f"Etc/GMT{-offset:+d}"  # Etc zones count backwards
    raise ValueError("no time zone: give a location or a timezone offset")


def _schedule(service: Service, lat: float | None, lon: float | None) -> dict:
    if not service.schedules:
        return {"kind": "unknown"}
    first = service.schedules[0]
    text = first.description.lower()
    if "24/7" in text or "24 hours" in text:
        return {"kind": "always"}
    if "appointment" in text and not first.byday:
        return {"kind": "appointment", "note": first.notes}
    meetings = []
    for schedule in service.schedules:
        if schedule.freq != "WEEKLY" or not schedule.byday or not schedule.opens_at:
            return {"kind": "unknown", "note": schedule.description or schedule.notes}
        start = int(schedule.opens_at[:2]) * 60 + int(schedule.opens_at[3:5])
        end = (
            int(schedule.closes_at[:2]) * 60 + int(schedule.closes_at[3:5])
            if schedule.closes_at
            else start + 60
        )
        zone = _zone(schedule, lat, lon)
        for day in schedule.byday.split(","):
            meetings.append(
                {
                    "weekday": BYDAY.index(day.strip()[-2:]),
                    "start": schedule.opens_at[:5],
                    "duration_minutes": (end - start) % (24 * 60) or 24 * 60,
                    "timezone": zone,
                }
            )
    return {"kind": "weekly", "meetings": meetings}


def to_listing(raw: object, index: int, source: str) -> tuple[Listing | None, list[Rejection]]:
    try:
        service = Service.model_validate(raw)
    except ValidationError as error:
        return None, rejections_from(error, index)
    attrs = _attribute_values(service)
    physical = next(
        (
            s.location
            for s in service.service_at_locations
            if s.location.location_type == "physical"
        ),
        None,
    )
    virtual = next(
        (s.location for s in service.service_at_locations if s.location.location_type == "virtual"),
        None,
    )
    lat = physical.latitude if physical else None
    lon = physical.longitude if physical else None
    address = physical.addresses[0] if physical and physical.addresses else None
    phones = [p for p in service.phones if p.description != "conference"]
    conference_phone = next((p.number for p in service.phones if p.description == "conference"), "")
    formats = attrs.get("formats") or _formats(physical, virtual, phones or conference_phone)
    languages = [lang.name for lang in service.languages if lang.name]
    accessibility = [a.description for a in (physical.accessibility if physical else [])]
    try:
        schedule = _schedule(service, lat, lon)
    except (ValueError, IndexError) as error:
        return None, [Rejection(index, str(error), "schedules")]
    kind = (attrs.get("kind") or [_default_kind(formats)])[0]
    record = {
        "id": f"{source}:{service.id}",
        "external_id": service.id,
        "name": service.name,
        "kind": kind,
        "formats": formats,
        "description": service.description,
        "url": service.url,
        "email": service.email,
        "status": "temporarily_closed" if service.status != "active" else "active",
        "organization": service.organization.name if service.organization else "",
        "languages": languages,
        "phone": phones[0].number if phones else "",
        "conference_phone": conference_phone,
        "conference_url": virtual.url if virtual else "",
        "schedule": schedule,
        "location_name": physical.name if physical else "",
        "location_notes": physical.description if physical else "",
        "latitude": lat,
        "longitude": lon,
        "address": address.address_1 if address else "",
        "city": address.city if address else "",
        "region": address.state_province if address else "",
        "postcode": address.postal_code if address else "",
        "country": address.country if address else "",
        "accessibility": [a for a in accessibility if a.lower() in ACCESSIBILITY],
        "cost": [c.option for c in service.cost_options if c.option.lower() in COSTS],
        "topics": attrs.get("topics", []),
        "populations": attrs.get("populations", []),
        "fellowship": (attrs.get("fellowship") or [""])[0],
        "attendance": (attrs.get("attendance") or [""])[0],
        "features": attrs.get("features", []),
        "last_verified": service.assured_date,
        "source": source,
    }
    try:
        return Listing.model_validate(record), []
    except ValidationError as error:
        return None, rejections_from(error, index)


def _formats(physical: Location | None, virtual: Location | None, phone: object) -> list[str]:
    if physical and virtual:
        return ["hybrid"]
    if physical:
        return ["in_person"]
    formats = ["online"] if virtual else []
    return formats + (["phone"] if phone else [])


def _default_kind(formats: list[str]) -> str:
    if "in_person" in formats or "hybrid" in formats:
        return "community_clinic"
    return "online_group" if "online" in formats else "warmline"


def parse_feed(raw: bytes, source: str, bar=None) -> tuple[list[Listing], list[Rejection]]:
    data = json_array(  # or an API page {"contents": [...]}, or the API's one service
        raw,
        "an HSDS feed here is a JSON array of services, an API page or one service",
        wrapper="contents",
        single=("id", "name"),
    )
    if len(data) > MAX_RECORDS:
        return [], [too_many(len(data))]
    listings, rejected = [], []
    items = list(enumerate(data))
    for index, item in bar(items) if bar else items:
        listing, problems = to_listing(item, index, source)
        rejected.extend(problems)
        if listing:
            listings.append(listing)
    return listings, rejected


# ---- export --------------------------------------------------------------------------------


def _attribute(listing_id: str, field: str, value: str) -> dict:
    return {
        "id": _uid(listing_id, "attribute", field, value),
        "link_id": _uid(listing_id),
        "link_type": "service",
        "link_entity": "service",
        "value": value,
        "taxonomy_term": {
            "id": _uid("term", field, value),
            "code": value,
            "name": value,
            "vocabulary": f"kindred:{field}",
        },
    }


def _schedules(listing: Listing) -> list[dict]:
    sid = listing.id
    schedule = listing.schedule
    if schedule.kind == "always":
        return [{"id": _uid(sid, "schedule"), "description": "Open 24/7"}]
    if schedule.kind == "appointment":
        return [
            {"id": _uid(sid, "schedule"), "description": "By appointment", "notes": schedule.note}
        ]
    if schedule.kind == "unknown":
        return (
            [{"id": _uid(sid, "schedule"), "description": schedule.note}] if schedule.note else []
        )
    out = []
    for n, meeting in enumerate(schedule.meetings):
        end = (meeting.start.hour * 60 + meeting.start.minute + meeting.duration_minutes) % 1440
        offset = dt.datetime.now(dt.UTC).astimezone(ZoneInfo(meeting.timezone))
        out.append(
            {
                "id": _uid(sid, "schedule", str(n)),
                "freq": "WEEKLY",
                "byday": BYDAY[meeting.weekday],
                "opens_at": f"{meeting.start:%H:%M}",
                "closes_at": f"{end // 60:02d}:{end % 60:02d}",
                "timezone": (offset.utcoffset() or dt.timedelta()).total_seconds() / 3600,
                "description": f"Weekly, local time ({meeting.timezone})",
            }
        )
    return out


def export_service(listing: Listing) -> dict:
    sid = listing.id
    service: dict = {
        "id": listing.external_id if _is_uuid(listing.external_id) else _uid(sid),
        "name": listing.name,
        "description": listing.description,
        "url": listing.url,
        "email": listing.email,
        "status": STATUS_TO_HSDS[listing.status],
        "languages": [
            {"id": _uid(sid, "language", name), "name": name} for name in listing.languages
        ],
        "phones": [],
        "schedules": _schedules(listing),
        "service_at_locations": [],
        "cost_options": [{"id": _uid(sid, "cost", c), "option": c} for c in listing.cost],
        "attributes": [],
    }
    if listing.organization:
        service["organization"] = {
            "id": _uid("organization", listing.organization),
            "name": listing.organization,
            "description": "",
        }
    if listing.last_verified:
        service["assured_date"] = listing.last_verified.isoformat()
    if listing.phone:
        service["phones"].append(
            {"id": _uid(sid, "phone"), "number": listing.phone, "type": "voice"}
        )
    if listing.conference_phone:
        service["phones"].append(
            {
                "id": _uid(sid, "conference"),
                "number": listing.conference_phone,
                "description": "conference",
            }
        )
    if listing.located:
        location = {
            "id": _uid(sid, "location"),
            "location_type": "physical",
            "name": listing.location_name,
            "description": listing.location_notes,
            "latitude": listing.latitude,
            "longitude": listing.longitude,
            "addresses": [],
            "accessibility": [
                {"id": _uid(sid, "access", a), "description": a} for a in listing.accessibility
            ],
        }
        if listing.address or listing.city:
            location["addresses"].append(
                {
                    "id": _uid(sid, "address"),
                    "address_1": listing.address,
                    "city": listing.city,
                    "state_province": listing.region,
                    "postal_code": listing.postcode,
                    "country": listing.country,
                    "address_type": "physical",
                }
            )
        service["service_at_locations"].append({"id": _uid(sid, "sal"), "location": location})
    if listing.conference_url:
        service["service_at_locations"].append(
            {
                "id": _uid(sid, "sal-virtual"),
                "location": {
                    "id": _uid(sid, "virtual"),
                    "location_type": "virtual",
                    "url": listing.conference_url,
                },
            }
        )
    for field in KINDRED_FIELDS:
        value = getattr(listing, field)
        for item in value if isinstance(value, list) else [value] if value else []:
            service["attributes"].append(_attribute(sid, field, item))
    return service


def _is_uuid(text: str) -> bool:
    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return True


def export_services(listings: list[Listing]) -> list[dict]:
    return [export_service(listing) for listing in listings]
