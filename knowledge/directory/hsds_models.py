"""Pydantic models of the Open Referral HSDS 3.0 fields Kindred maps, and their JSON Schema.

No maintained PyPI package ships the 3.0 schema for offline use (`hsds-validator` is not on
PyPI), so these models are the validation: field names and enums as in HSDS 3.0's
schema/*.json. `hsds_schema()` is committed as knowledge/data/directory/hsds_service.schema.json.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from knowledge.directory.report import Rejection

SCHEMA_FILE = (
    Path(__file__).resolve().parent.parent / "data" / "directory" / "hsds_service.schema.json"
)
HHMM = r"^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?(Z|[+-]\d\d:?\d\d)?$"


class _Model(BaseModel):
    model_config = ConfigDict(extra="allow")


class TaxonomyTerm(_Model):
    id: str
    code: str = ""
    name: str
    description: str = ""
    vocabulary: str = ""


class Attribute(_Model):
    id: str
    link_id: str = ""
    link_type: str = ""
    link_entity: str = ""
    value: str = ""
    taxonomy_term: TaxonomyTerm | None = None


class Language(_Model):
    id: str
    name: str = ""
    code: str = ""


class Phone(_Model):
    id: str
    number: str
    type: str = ""
    description: str = ""


class Accessibility(_Model):
    id: str
    description: str = ""
    details: str = ""


class Address(_Model):
    id: str
    attention: str = ""
    address_1: str
    city: str
    region: str = ""
    state_province: str
    postal_code: str
    country: str
    address_type: Literal["physical", "postal", "virtual"]


class Location(_Model):
    id: str
    location_type: Literal["physical", "postal", "virtual"]
    url: str = ""
    name: str = ""
    description: str = ""
    latitude: float | None = Field(default=None, ge=-90, le=90)
    longitude: float | None = Field(default=None, ge=-180, le=180)
    addresses: list[Address] = Field(default_factory=list)
    accessibility: list[Accessibility] = Field(default_factory=list)
    languages: list[Language] = Field(default_factory=list)


class ServiceAtLocation(_Model):
    id: str
    location: Location


class Schedule(_Model):
    id: str
    freq: Literal["WEEKLY", "MONTHLY"] | None = None
    byday: str = Field(
        default="",
        pattern=r"^$|^([+-]?\d?(MO|TU|WE|TH|FR|SA|SU))(,[+-]?\d?(MO|TU|WE|TH|FR|SA|SU))*$",
    )
    opens_at: str = Field(default="", pattern=rf"^$|{HHMM}")
    closes_at: str = Field(default="", pattern=rf"^$|{HHMM}")
    timezone: float | None = None
    description: str = ""
    notes: str = ""


class CostOption(_Model):
    id: str
    option: str = ""


class Organization(_Model):
    id: str
    name: str
    description: str = ""
    website: str = ""


class Service(_Model):
    id: str
    name: str
    description: str = ""
    url: str = ""
    email: str = ""
    status: Literal["active", "inactive", "defunct", "temporarily closed"]
    assured_date: dt.date | None = None
    organization: Organization | None = None
    languages: list[Language] = Field(default_factory=list)
    phones: list[Phone] = Field(default_factory=list)
    schedules: list[Schedule] = Field(default_factory=list)
    service_at_locations: list[ServiceAtLocation] = Field(default_factory=list)
    cost_options: list[CostOption] = Field(default_factory=list)
    attributes: list[Attribute] = Field(default_factory=list)


def hsds_schema() -> dict:
    """JSON Schema (draft 2020-12) of one service as Kindred reads and writes it."""
    schema = Service.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "HSDS 3.0 service (the fields Kindred maps)"
    return schema


def validate_services(data: object) -> list[Rejection]:
    """Check a whole export against the committed JSON Schema."""
    import jsonschema

    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    if not isinstance(data, list):
        return [Rejection(None, "an HSDS feed here is a JSON array of services")]
    validator = jsonschema.Draft202012Validator(schema)
    return [
        Rejection(i, error.message, ".".join(str(p) for p in error.absolute_path))
        for i, item in enumerate(data)
        for error in validator.iter_errors(item)
    ]
