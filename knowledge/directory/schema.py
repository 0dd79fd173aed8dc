"""The listing schema: one pydantic model per thing a person can find, and its vocabularies.

Fields with a fixed vocabulary reject anything outside it with a message naming the field and
the allowed values, so an import reports bad rows instead of storing nonsense.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)

# The story library's taxonomy, so a story and a group about the same thing share a word.
from knowledge.directory.names import language_name
from knowledge.directory.plain_text import plain_text
from knowledge.taxonomy import TOPICS
from safe_files import without_nul

KINDS: tuple[str, ...] = (
    "mutual_aid_group",
    "peer_support_specialist",
    "peer_respite",
    "warmline",
    "crisis_line",
    "community_clinic",
    "online_group",
)
POPULATIONS: tuple[str, ...] = (
    "youth",
    "young adults",
    "older adults",
    "veterans",
    "LGBTQ+",
    "transgender",
    "BIPOC",
    "Indigenous",
    "women",
    "men",
    "parents",
    "Deaf/hard of hearing",
    "disability",
    "immigrants",
    "newcomers",
    "professionals",
    "families and friends",
)
COSTS: tuple[str, ...] = ("free", "donation", "sliding scale", "insurance", "paid")
ACCESSIBILITY: tuple[str, ...] = (
    "wheelchair access",
    "accessible bathroom",
    "sign language",
    "hearing loop",
    "captions",
    "fragrance free",
    "childcare",
    "child friendly",
    "quiet space",
)
FORMATS: tuple[str, ...] = ("in_person", "online", "phone", "hybrid")
REMOTE_FORMATS = frozenset({"online", "phone"})
# A list field -> its allowed values and the word its error message uses.
VOCABULARIES: dict[str, tuple[tuple[str, ...], str]] = {
    "topics": (TOPICS, "topic"),
    "populations": (POPULATIONS, "population"),
    "cost": (COSTS, "cost"),
    "accessibility": (ACCESSIBILITY, "accessibility"),
}
# Free text that feeds write as HTML: stored as plain text, so no markup reaches a page.
NOTE_FIELDS = (
    "description",
    "notes",
    "location_notes",
    "group_notes",
    "conference_url_notes",
    "conference_phone_notes",
)


# Validation context for rows the store wrote from an already validated Listing: the
# cleaning validators (NUL removal, HTML to text, language names, vocabularies) are skipped,
# since they already ran on the way in and rebuilding the hits shown is most of a search's
# time. Types, ranges and nested models are still checked.
FROM_STORE = {"from_store": True}


def _from_store(info: ValidationInfo) -> bool:
    return bool(info.context and info.context.get("from_store"))


def _check_all(values: list[str], allowed: tuple[str, ...], field: str) -> list[str]:
    lookup = {value.lower(): value for value in allowed}
    out = []
    for value in values:
        key = value.strip().lower()
        if key not in lookup:
            raise ValueError(f"unknown {field} {value!r}; allowed: {', '.join(allowed)}")
        if lookup[key] not in out:
            out.append(lookup[key])
    return out


def attendance_option(formats: list[str] | tuple[str, ...], status: str) -> str:
    """The 12 Step Meeting List's attendance: in_person, hybrid, online or inactive.

    A temporarily closed location with no online or phone option is inactive: nobody should
    travel to a locked door. With one, the meeting is online only.
    """
    remote = any(f in REMOTE_FORMATS for f in formats)
    if status == "temporarily_closed":
        return "online" if remote or "hybrid" in formats else "inactive"
    if "hybrid" in formats or ("in_person" in formats and "online" in formats):
        return "hybrid"
    if formats and set(formats) <= REMOTE_FORMATS:
        return "online"
    return "in_person"


def check_timezone(name: str) -> str:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise ValueError(
            f"unknown time zone {name!r} (use an IANA name like Europe/London)"
        ) from error
    return name


class Meeting(BaseModel):
    """One weekly session: weekday 0 = Monday ... 6 = Sunday, local wall-clock time."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    weekday: int = Field(ge=0, le=6)
    start: dt.time
    duration_minutes: int = Field(default=60, ge=1, le=24 * 60)
    timezone: str

    _check_tz = field_validator("timezone")(lambda cls, v: check_timezone(v))


class Schedule(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: Literal["weekly", "appointment", "always", "unknown"] = "unknown"
    meetings: tuple[Meeting, ...] = ()
    note: str = ""

    @model_validator(mode="after")
    def _weekly_has_meetings(self) -> Schedule:
        if self.kind == "weekly" and not self.meetings:
            raise ValueError("a weekly schedule needs at least one meeting")
        return self


class Contact(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str = ""
    email: str = ""
    phone: str = ""


class Listing(BaseModel):
    """A group, peer specialist, respite, line or clinic a person can reach."""

    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)

    @model_validator(mode="before")
    @classmethod
    def _without_nul(cls, data: object, info: ValidationInfo) -> object:
        """NUL characters are never text, and PostgreSQL refuses them: every importer's
        records pass through here, so none reaches the store."""
        return data if _from_store(info) else without_nul(data)

    id: str = Field(min_length=1, max_length=300)
    name: str = Field(min_length=1, max_length=300)
    kind: Literal[
        "mutual_aid_group",
        "peer_support_specialist",
        "peer_respite",
        "warmline",
        "crisis_line",
        "community_clinic",
        "online_group",
    ]
    description: str = ""
    topics: list[str] = Field(default_factory=list)
    populations: list[str] = Field(default_factory=list)
    languages: list[str] = Field(default_factory=list)
    cost: list[str] = Field(default_factory=list)
    accessibility: list[str] = Field(default_factory=list)
    formats: list[str] = Field(default_factory=list)
    schedule: Schedule = Field(default_factory=Schedule)
    fellowship: str = ""
    attendance: Literal["", "open", "closed"] = ""
    status: Literal["active", "temporarily_closed"] = "active"
    features: list[str] = Field(default_factory=list)
    type_codes: list[str] = Field(default_factory=list)
    location_name: str = ""
    address: str = ""
    postcode: str = ""
    city: str = ""
    region: str = ""
    country: str = ""
    latitude: float | None = Field(default=None, ge=-90, le=90)
    longitude: float | None = Field(default=None, ge=-180, le=180)
    approximate: bool = False
    area_names: list[str] = Field(default_factory=list)
    phone: str = ""
    url: str = ""
    email: str = ""
    conference_url: str = ""
    conference_url_notes: str = ""
    conference_phone: str = ""
    conference_phone_notes: str = ""
    notes: str = ""
    location_notes: str = ""
    group: str = ""
    group_notes: str = ""
    organization: str = ""
    contacts: list[Contact] = Field(default_factory=list)
    feedback_url: str = ""
    feedback_emails: list[str] = Field(default_factory=list)
    last_verified: dt.date | None = None
    source: str = ""
    source_updated: dt.datetime | None = None
    external_id: str = ""
    extra: dict[str, str] = Field(default_factory=dict)
    is_demo: bool = False

    @field_validator(*VOCABULARIES)
    @classmethod
    def _in_vocabulary(cls, value: list[str], info: ValidationInfo) -> list[str]:
        if _from_store(info):
            return value
        allowed, noun = VOCABULARIES[info.field_name]
        return _check_all(value, allowed, noun)

    @field_validator(*NOTE_FIELDS)
    @classmethod
    def _plain(cls, value: str, info: ValidationInfo) -> str:
        return value if _from_store(info) else plain_text(value)

    @field_validator("formats")
    @classmethod
    def _formats(cls, value: list[str], info: ValidationInfo) -> list[str]:
        if _from_store(info):
            return value
        return _check_all([v.replace(" ", "_") for v in value], FORMATS, "format")

    @field_validator("languages")
    @classmethod
    def _languages(cls, value: list[str], info: ValidationInfo) -> list[str]:
        if _from_store(info):
            return value
        out: list[str] = []
        for language in value:
            name = language_name(language)
            if name and name not in out:
                out.append(name)
        return out

    @field_validator("country")
    @classmethod
    def _country(cls, value: str) -> str:
        value = value.strip().upper()
        if value and (len(value) != 2 or not value.isalpha()):
            raise ValueError("country must be an ISO 3166 alpha-2 code like US, GB, CA, AU")
        return value

    @model_validator(mode="after")
    def _coordinates_together(self) -> Listing:
        if (self.latitude is None) != (self.longitude is None):
            raise ValueError("latitude and longitude go together: give both or neither")
        if not self.remote_only and not self.located:
            raise ValueError(
                "a listing met in person needs a place: latitude and longitude, or a city or "
                "postcode that can be found"
            )
        return self

    @property
    def in_person(self) -> bool:
        return not self.remote_only

    @property
    def attendance_option(self) -> str:
        """in_person, hybrid, online or inactive (see `attendance_option`)."""
        return attendance_option(self.formats, self.status)

    @property
    def remote_only(self) -> bool:
        """Reached only online or by phone: no distance applies."""
        return bool(self.formats) and set(self.formats) <= REMOTE_FORMATS

    @property
    def located(self) -> bool:
        return self.latitude is not None and self.longitude is not None
