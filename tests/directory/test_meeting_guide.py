"""Meeting Guide feeds: every field and type code, re-imports, bad files, round trip, find()."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from knowledge.directory import export_feed, import_feed, open_directory
from knowledge.directory.meeting_guide import type_table
from knowledge.directory.schema import Listing
from settings import Settings
from tests.directory.conftest import DATA, write_json

FEED = DATA / "meeting_guide_feed.json"
SOURCE = "Example AA"
ITEMS = json.loads(FEED.read_text(encoding="utf-8"))


@pytest.fixture()
def imported(directory):
    report = import_feed(FEED, format="meeting-guide", source=SOURCE, directory=directory)
    assert report.ok, report.rejected
    return directory


def get(directory, slug: str) -> Listing:
    listing = directory.get(f"{SOURCE}:{slug}")
    assert listing is not None, slug
    return listing


def test_the_feed_uses_every_type_code_of_the_spec_table():
    used = {code for item in ITEMS for code in item.get("types", [])}
    assert set(type_table()) <= used
    assert len(type_table()) >= 80


def test_every_type_code_maps_onto_valid_listing_values():
    for code, entry in type_table().items():
        for target in entry["maps_to"]:
            field, value = target["field"], target["value"]
            base = {"id": "x", "name": "x", "kind": "online_group", "formats": ["online"]}
            data = {**base, field: value if field in ("attendance", "status") else [value]}
            listing = Listing.model_validate(data)
            have = getattr(listing, field)
            assert value in have if isinstance(have, list) else have == value, code


def test_summary_counts(directory):
    report = import_feed(FEED, format="meeting-guide", source=SOURCE, directory=directory)
    assert (len(report.added), report.updated, report.retired, report.rejected) == (8, [], [], [])


def test_every_field_of_an_in_person_meeting(imported):
    m = get(imported, "tuesday-big-book")
    assert m.name == "Tuesday Night Big Book" and m.external_id == "tuesday-big-book"
    assert m.kind == "mutual_aid_group" and m.formats == ["in_person"] and m.fellowship == "AA"
    meeting = m.schedule.meetings[0]
    assert (meeting.weekday, str(meeting.start), meeting.duration_minutes, meeting.timezone) == (
        1,
        "19:00:00",
        90,
        "America/Los_Angeles",
    )
    assert (
        m.address == "123 Example St, Portland, OR 97205, USA"
        and m.extra["address"] == "123 Example St"
    )
    assert (m.city, m.region, m.postcode, m.country) == ("Portland", "OR", "97205", "US")
    assert (m.latitude, m.longitude, m.approximate) == (45.5202, -122.6843, False)
    assert m.location_name == "Example Church Hall" and m.location_notes == "Use the side door"
    assert m.area_names == ["Downtown", "Pearl"]
    assert m.notes == "Bring a book &"  # markup and script gone, the words kept
    assert (m.group, m.group_notes) == ("Big Book Group", "Group conscience first Tuesday")
    assert m.url == "https://example.org/meetings/tuesday"
    assert m.feedback_url == "https://example.org/feedback"
    assert m.feedback_emails == ["feedback@example.org", "second@example.org"]
    assert m.source_updated == dt.datetime(2026, 10, 1, 12, 34, 56)
    assert m.last_verified == dt.date(2026, 10, 1)
    assert [c.name for c in m.contacts] == ["Sam", "Alex", "Jo"]
    assert m.contacts[2].phone == "(555) 555-0103"
    assert m.organization == "Example Intergroup of Alcoholics Anonymous"
    assert m.extra["entity_url"] == "https://example.org"
    assert m.attendance == "open" and m.cost == ["donation"] and "substance-use" in m.topics
    assert {"wheelchair access", "accessible bathroom", "sign language", "childcare"} <= set(
        m.accessibility
    )
    assert {"older adults", "young adults", "BIPOC", "Indigenous", "newcomers"} <= set(
        m.populations
    )
    assert m.languages == ["English", "American Sign Language"]
    assert "Big Book" in m.features and m.type_codes == ITEMS[0]["types"]


def test_multi_day_meeting_with_default_end_placed_from_its_postcode(imported):
    m = get(imported, "early-birds")
    assert [x.weekday for x in m.schedule.meetings] == [0, 1, 2, 3, 4]  # Monday..Friday
    assert all(x.duration_minutes == 60 for x in m.schedule.meetings)
    assert m.latitude == pytest.approx(41.92, abs=0.02)  # ZIP 60614
    assert m.area_names == ["North Side", "Lincoln Park"]
    assert m.attendance == "closed" and {"women", "men"} <= set(m.populations)


def test_online_only_hybrid_and_temporarily_closed(imported):
    online = get(imported, "online-evening")
    assert online.formats == ["online", "phone"] and online.kind == "online_group"
    assert online.conference_url_notes == "Password: serenity"
    assert online.conference_phone == "(555) 555-0101"
    assert len(online.languages) >= 30
    hybrid = get(imported, "hybrid-lgbtq")
    assert hybrid.formats == ["hybrid"] and hybrid.kind == "mutual_aid_group"
    assert {"LGBTQ+", "transgender"} <= set(hybrid.populations)
    closed = get(imported, "closed-for-now")
    assert closed.status == "temporarily_closed" and closed.formats == ["online"]
    assert closed.country == "US"  # told from the nearest city


def test_no_day_means_by_appointment_and_a_midnight_meeting_lasts_an_hour(imported):
    assert get(imported, "by-appointment").schedule.kind == "appointment"
    late = get(imported, "late-night").schedule.meetings[0]
    assert (late.weekday, late.duration_minutes) == (4, 60)
    assert "ZZZ-UNKNOWN" in get(imported, "late-night").type_codes


def test_find_gives_correct_next_meetings_in_the_persons_zone(imported):
    now = dt.datetime(2026, 3, 5, 12, tzinfo=dt.UTC)  # Thursday, three days before US DST
    hits = imported.find("Portland, OR", radius_km=10, include_remote=False, now=now)
    assert [h.listing.name for h in hits] == ["Tuesday Night Big Book"]
    # Tuesday 10 March 19:00 in Portland is already daylight time (UTC-7)
    assert hits[0].next_meeting.isoformat() == "2026-03-10T19:00:00-07:00"
    in_london = imported.find(
        "Portland, OR", radius_km=10, include_remote=False, now=now, person_tz="Europe/London"
    )
    assert in_london[0].next_meeting.isoformat() == "2026-03-11T02:00:00+00:00"
    spring = imported.find("10001", radius_km=5, include_remote=False, now=now)
    dst = next(h for h in spring if h.listing.name == "Spring Forward Sunday")
    assert dst.next_meeting.isoformat() == "2026-03-08T03:30:00-04:00"  # 02:30 does not exist
    assert [h.listing.name for h in imported.find("Chicago", fellowships=["AA"], now=now)][:1] == [
        "Early Birds"
    ]


def test_reimport_one_changed_one_removed(imported, tmp_path):
    items = json.loads(FEED.read_text(encoding="utf-8"))
    items[0]["time"] = "19:30"
    items = [i for i in items if i["slug"] != "early-birds"]
    report = import_feed(write_json(tmp_path / "v2.json", items), source=SOURCE, directory=imported)
    assert report.updated == [f"{SOURCE}:tuesday-big-book"]
    assert report.retired == [f"{SOURCE}:early-birds"]
    assert report.added == [] and len(report.unchanged) == 6
    assert str(get(imported, "tuesday-big-book").schedule.meetings[0].start) == "19:30:00"
    assert all(h.listing.name != "Early Birds" for h in imported.find("Chicago", radius_km=50))
    # it comes back when the feed has it again
    back = import_feed(FEED, source=SOURCE, directory=imported)
    assert f"{SOURCE}:early-birds" in back.updated


BAD = [
    ("not json", b"{{{", None),
    ("wrong shape", json.dumps({"meetings": []}).encode(), None),
    ("bad latitude", None, {"latitude": "north"}),
    ("latitude out of range", None, {"latitude": 123.0}),
    ("unknown day", None, {"day": 7}),
    ("unknown day in a list", None, {"day": [1, "Funday"]}),
    ("bad time", None, {"time": "7pm"}),
    ("bad timezone", None, {"timezone": "Mars/Base"}),
    ("no slug", None, {"slug": ""}),
    (
        "cannot be placed",
        None,
        {
            "latitude": None,
            "longitude": None,
            "formatted_address": "Nowhere",
            "city": "Atlantisville",
            "conference_url": "",
        },
    ),
    ("latin-1", "latin1", None),
]


@pytest.mark.parametrize(("label", "raw", "change"), BAD, ids=[b[0] for b in BAD])
def test_bad_files_import_nothing_and_say_where(directory, tmp_path, label, raw, change):
    path = tmp_path / "bad.json"
    if change is not None:
        items = json.loads(FEED.read_text(encoding="utf-8"))
        items[3].update(change)
        path.write_text(json.dumps(items), encoding="utf-8")
    elif raw == "latin1":
        text = json.dumps(ITEMS, ensure_ascii=False).replace("Tuesday", "Mardi é")
        path.write_bytes(text.encode("latin-1"))
    else:
        path.write_bytes(raw)
    report = import_feed(path, format="meeting-guide", source=SOURCE, directory=directory)
    assert not report.ok and directory.count() == 0
    if change is not None:
        assert [r.index for r in report.rejected] == [3], report.rejected
        assert report.rejected[0].field and report.rejected[0].reason
    else:
        assert report.rejected[0].index is None


def test_a_repeated_slug_is_rejected(directory, tmp_path):
    items = [ITEMS[0], dict(ITEMS[1], slug=ITEMS[0]["slug"])]
    report = import_feed(
        write_json(tmp_path / "dup.json", items), source=SOURCE, directory=directory
    )
    assert [(r.index, r.field) for r in report.rejected] == [(1, "slug")]


@pytest.mark.slow
def test_100k_meetings_are_refused_quickly(directory, tmp_path):
    items = [{"name": "m", "slug": f"m{i}", "latitude": 1, "longitude": 1} for i in range(100_000)]
    report = import_feed(
        write_json(tmp_path / "big.json", items), source=SOURCE, directory=directory
    )
    assert "100,000 records" in report.rejected[0].reason and directory.count() == 0


def test_export_then_import_round_trips_to_equal_listings(imported, tmp_path):
    path = tmp_path / "out.json"
    assert export_feed(path, format="meeting-guide", directory=imported, sources=[SOURCE]) == 8
    fresh_dir = tmp_path / "fresh"
    fresh_dir.mkdir()
    fresh = open_directory(Settings(data_dir=fresh_dir))
    report = import_feed(path, format="meeting-guide", source=SOURCE, directory=fresh)
    assert report.ok, report.rejected
    assert fresh.listings() == imported.listings()


def test_export_of_demo_listings_is_a_valid_feed(directory, tmp_path):
    from knowledge.directory import prepare_sample_data

    prepare_sample_data(Settings.from_env())
    path = tmp_path / "demo.json"
    count = export_feed(path, format="meeting-guide", directory=directory, country="GB")
    items = json.loads(path.read_text(encoding="utf-8"))
    assert count == len(items) > 0
    assert all(isinstance(i["slug"], str) and i["name"] for i in items)
    assert all(
        0 <= d <= 6
        for i in items
        if "day" in i
        for d in ([i["day"]] if isinstance(i["day"], int) else i["day"])
    )
    report = import_feed(path, format="meeting-guide", source="again", directory=directory)
    assert report.ok and len(report.added) == count
