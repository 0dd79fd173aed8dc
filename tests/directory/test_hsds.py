"""Open Referral HSDS 3.0: import, validation, export that passes the schema, round trip."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from knowledge.directory import export_feed, import_feed, open_directory, prepare_sample_data
from knowledge.directory.hsds import SCHEMA_FILE, _uid, hsds_schema, validate_services
from settings import Settings
from tests.directory.conftest import DATA, write_json

FEED = DATA / "hsds_feed.json"
SOURCE = "Example 211"
SERVICES = json.loads(FEED.read_text(encoding="utf-8"))


@pytest.fixture()
def imported(directory):
    report = import_feed(FEED, format="hsds", source=SOURCE, directory=directory)
    assert report.ok, report.rejected
    return directory


def get(directory, index: int):
    return directory.get(f"{SOURCE}:{SERVICES[index]['id']}")


def test_committed_schema_matches_the_models():
    assert json.loads(SCHEMA_FILE.read_text(encoding="utf-8")) == hsds_schema()


def test_the_hand_made_feed_passes_the_schema():
    assert validate_services(SERVICES) == []


def test_service_organization_location_phones_languages_accessibility(imported):
    respite = get(imported, 0)
    assert respite.name == "Example Peer Respite" and respite.kind == "peer_respite"
    assert respite.organization == "Example Peer Network"
    assert respite.languages == ["English", "Spanish"]
    assert respite.phone == "(555) 555-0110" and respite.email == "respite@example.org"
    assert respite.schedule.kind == "always"
    assert (respite.latitude, respite.longitude) == (45.53, -122.66)
    assert (respite.address, respite.city, respite.region, respite.postcode, respite.country) == (
        "5 Example Lane",
        "Portland",
        "OR",
        "97232",
        "US",
    )
    assert respite.location_name == "Respite House" and respite.location_notes == "Ring the bell"
    assert respite.accessibility == ["wheelchair access"]  # unknown wording is not forced in
    assert respite.cost == ["free"] and respite.topics == ["psychosis"]
    assert respite.fellowship == "peer-run" and respite.last_verified == dt.date(2026, 9, 30)


def test_weekly_schedules_hybrid_and_zones(imported):
    group = get(imported, 1)
    assert group.formats == ["hybrid"] and group.conference_url == "https://example.org/join"
    assert group.conference_phone == "(555) 555-0111" and group.phone == ""
    days = [
        (m.weekday, str(m.start), m.duration_minutes, m.timezone) for m in group.schedule.meetings
    ]
    assert days == [
        (0, "18:00:00", 90, "America/Chicago"),
        (2, "18:00:00", 90, "America/Chicago"),
        (5, "10:00:00", 60, "America/Chicago"),
    ]
    online = get(imported, 2)
    assert online.formats == ["online"] and online.status == "temporarily_closed"
    assert online.schedule.meetings[0].timezone == "UTC"
    line = get(imported, 3)
    assert line.formats == ["phone"] and line.schedule.kind == "appointment"
    assert line.schedule.note == "call to book"


def test_find_returns_hsds_services_with_next_meetings(imported):
    now = dt.datetime(2026, 11, 2, 12, tzinfo=dt.UTC)  # Monday, US clocks went back yesterday
    hits = imported.find("60614", radius_km=5, include_remote=False, now=now)
    assert [h.listing.name for h in hits] == ["Example Weekly Hearing Voices Group"]
    assert hits[0].next_meeting.isoformat() == "2026-11-02T18:00:00-06:00"


BAD = [
    ({"status": "open"}, "status"),
    (
        {"schedules": [{"id": "s", "freq": "WEEKLY", "byday": "XX", "opens_at": "10:00"}]},
        "schedules.0.byday",
    ),
    ({"schedules": [{"id": "s", "freq": "DAILY"}]}, "schedules.0.freq"),
    (
        {"schedules": [{"id": "s", "freq": "WEEKLY", "byday": "MO", "opens_at": "25:00"}]},
        "schedules.0.opens_at",
    ),
    ({"name": None}, "name"),
]


@pytest.mark.parametrize(("change", "field"), BAD)
def test_bad_records_reject_the_whole_file(directory, tmp_path, change, field):
    services = json.loads(FEED.read_text(encoding="utf-8"))
    services[1].update(change)
    report = import_feed(
        write_json(tmp_path / "bad.json", services), format="hsds", directory=directory
    )
    assert not report.ok and directory.count() == 0
    assert (report.rejected[0].index, report.rejected[0].field) == (1, field)


def test_bad_coordinates_are_rejected(directory, tmp_path):
    services = json.loads(FEED.read_text(encoding="utf-8"))
    services[0]["service_at_locations"][0]["location"]["latitude"] = 123
    report = import_feed(
        write_json(tmp_path / "bad.json", services), format="hsds", directory=directory
    )
    assert "latitude" in report.rejected[0].field and directory.count() == 0


@pytest.mark.parametrize("content", ["nope", '{"services": 1}', "[1]"])
def test_bad_files(directory, tmp_path, content):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    report = import_feed(path, format="hsds", directory=directory)
    assert not report.ok and directory.count() == 0


def test_reimport_retires_a_removed_service(imported, tmp_path):
    fewer = SERVICES[:3]
    report = import_feed(
        write_json(tmp_path / "v2.json", fewer), format="hsds", source=SOURCE, directory=imported
    )
    assert report.retired == [f"{SOURCE}:{SERVICES[3]['id']}"] and len(report.unchanged) == 3


def test_export_passes_validation_and_round_trips(imported, tmp_path):
    path = tmp_path / "out.json"
    assert export_feed(path, format="hsds", directory=imported) == 4
    exported = json.loads(path.read_text(encoding="utf-8"))
    assert validate_services(exported) == []
    fresh_dir = tmp_path / "fresh"
    fresh_dir.mkdir()
    fresh = open_directory(Settings(data_dir=fresh_dir))
    assert import_feed(path, format="hsds", source=SOURCE, directory=fresh).ok
    assert fresh.listings() == imported.listings()


def test_demo_listings_export_to_valid_hsds_and_keep_their_fields(directory, tmp_path):
    prepare_sample_data(Settings.from_env())
    path = tmp_path / "demo.json"
    count = export_feed(path, format="hsds", directory=directory)
    exported = json.loads(path.read_text(encoding="utf-8"))
    assert count == len(exported) >= 300 and validate_services(exported) == []
    fresh_dir = tmp_path / "fresh"
    fresh_dir.mkdir()
    fresh = open_directory(Settings(data_dir=fresh_dir))
    assert import_feed(path, format="hsds", source="demo-again", directory=fresh).ok
    before = {_uid(listing.id): listing for listing in directory.listings()}
    for after in fresh.listings():
        original = before[after.external_id]
        for field in ("kind", "topics", "populations", "languages", "cost", "formats", "schedule",
                      "latitude", "longitude", "city", "conference_url", "fellowship", "last_verified"):  # fmt: skip
            assert getattr(after, field) == getattr(original, field), (after.name, field)
