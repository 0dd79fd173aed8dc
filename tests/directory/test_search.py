"""find(): distances, every filter, online/phone toggle, time window, sorting, corrections."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from knowledge.directory import import_feed, open_directory
from knowledge.directory.schema import FROM_STORE, Listing
from knowledge.directory.verified import VERIFIED_SOURCE
from knowledge.geo import PlaceNotFound, locate
from settings import Settings
from tests.directory.test_geo import law_of_cosines_km

NOW = dt.datetime(2026, 11, 24, 12, 0, tzinfo=dt.UTC)  # a Tuesday


def names(hits, stored_only=True):
    return [h.listing.name for h in hits if not stored_only or h.listing.source != VERIFIED_SOURCE]


def test_nearest_first_with_distances_matching_an_independent_formula(small_directory):
    hits = small_directory.find("60614", radius_km=25, include_remote=False, now=NOW)
    assert names(hits) == [
        "Lincoln Park Circle",
        "Loop Peer Specialist",
        "Oak Park Hybrid Circle",
        "Evanston Respite",
    ]
    origin = locate("60614")
    for hit in hits:
        expected = law_of_cosines_km(
            origin.lat, origin.lon, hit.listing.latitude, hit.listing.longitude
        )
        assert hit.distance_km == pytest.approx(expected, abs=0.01)


@pytest.mark.parametrize(
    ("radius", "expected"),
    [(1, ["Lincoln Park Circle"]), (5, ["Lincoln Park Circle", "Loop Peer Specialist"]), (200, 5)],
)
def test_radius(small_directory, radius, expected):
    hits = names(small_directory.find("60614", radius_km=radius, include_remote=False, now=NOW))
    assert hits == expected if isinstance(expected, list) else len(hits) == expected


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"kinds": ["peer_respite"]}, ["Evanston Respite"]),
        ({"formats": ["hybrid"]}, ["Oak Park Hybrid Circle"]),
        ({"formats": ["online"], "include_remote": False}, ["Oak Park Hybrid Circle"]),
        ({"languages": ["spanish"]}, ["Loop Peer Specialist"]),
        ({"populations": ["LGBTQ+"]}, ["Evanston Respite"]),
        ({"populations": ["women", "veterans"]}, ["Lincoln Park Circle", "Loop Peer Specialist"]),
        ({"cost": ["donation"]}, ["Oak Park Hybrid Circle"]),
        ({"cost": ["insurance"]}, ["Milwaukee Clinic"]),
        ({"accessibility": ["hearing loop"]}, ["Evanston Respite"]),
        ({"topics": ["anxiety"]}, ["Lincoln Park Circle", "Milwaukee Clinic"]),
        ({"fellowships": ["peer-run"]}, ["Lincoln Park Circle"]),
        ({"country": "US", "kinds": ["community_clinic"]}, ["Milwaukee Clinic"]),
        ({"topics": ["anxiety"], "cost": ["free"]}, ["Lincoln Park Circle"]),
    ],
)
def test_every_filter(small_directory, filters, expected):
    filters.setdefault("include_remote", False)
    hits = small_directory.find("60614", radius_km=200, now=NOW, **filters)
    assert names(hits) == expected


def test_online_and_phone_listings_come_after_placed_ones_for_the_country(small_directory):
    hits = small_directory.find("60614", radius_km=5, now=NOW)
    listed = names(hits)
    assert listed[:2] == ["Lincoln Park Circle", "Loop Peer Specialist"]
    assert set(listed[2:]) == {"US Online Circle", "Worldwide Online Circle"}  # not the UK one
    assert all(h.distance_km is None for h in hits[2:])
    verified = [h.listing for h in hits if h.listing.source == VERIFIED_SOURCE]
    assert verified and all(not v.is_demo and v.country == "US" for v in verified)
    assert {v.kind for v in verified} == {"crisis_line", "warmline"}


def test_remote_toggle_off_leaves_only_placed_listings(small_directory):
    hits = small_directory.find("60614", radius_km=5, include_remote=False, now=NOW)
    assert all(h.distance_km is not None for h in hits)


def test_no_place_with_a_country_lists_that_country(small_directory):
    hits = small_directory.find(None, country="GB", include_remote=True, now=NOW)
    stored = names(hits)
    assert stored == ["UK Online Circle", "Worldwide Online Circle", "Camden Circle"]
    assert names(hits, stored_only=False)[0] == "Samaritans"  # real lines lead with no place


def test_country_also_narrows_the_place(small_directory):
    uk = small_directory.find("London", include_remote=False, now=NOW)
    canada = small_directory.find("London", country="CA", include_remote=False, now=NOW)
    assert names(uk) == ["Camden Circle"] and names(canada) == []
    with pytest.raises(PlaceNotFound):
        small_directory.find("60614", country="GB")


def test_demo_listings_can_be_left_out(small_directory):
    assert names(small_directory.find("London", include_remote=False, now=NOW)) == ["Camden Circle"]
    assert (
        names(small_directory.find("London", include_remote=False, include_demo=False, now=NOW))
        == []
    )


def test_next_meetings_in_the_persons_zone_and_the_seven_day_window(small_directory):
    hits = small_directory.find(
        "60614",
        radius_km=200,
        within_days=7,
        sort="next_meeting",
        person_tz="Europe/London",
        now=NOW,
    )
    listed = [(h.listing.name, h.next_meeting) for h in hits if h.listing.source == "test"]
    # open 24/7: available now, listed after the real meetings when sorting by the next one
    assert listed[-1] == ("Evanston Respite", NOW)
    listed = listed[:-1]
    assert ("Lincoln Park Circle", dt.datetime(2026, 11, 25, 1, 0, tzinfo=dt.UTC)) in listed
    when = dict(listed)
    assert when["Worldwide Online Circle"] == dt.datetime(2026, 11, 25, 20, 0, tzinfo=dt.UTC)
    assert str(when["Lincoln Park Circle"].tzinfo) == "Europe/London"
    starts = [w for _, w in listed]
    assert starts == sorted(starts)
    # appointment-only listings have no next meeting and fall out of the window
    assert "Loop Peer Specialist" not in when


def test_default_zone_is_the_places_own(small_directory):
    hit = small_directory.find("60614", radius_km=1, include_remote=False, now=NOW)[0]
    assert hit.next_meeting.isoformat() == "2026-11-24T19:00:00-06:00"


def test_unknown_place_raises_with_suggestions(small_directory):
    with pytest.raises(PlaceNotFound) as caught:
        small_directory.find("Chicgo, IL")
    assert "Chicago, IL" in caught.value.suggestions


def test_bad_arguments_are_refused(small_directory):
    with pytest.raises(ValueError):
        small_directory.find("60614", sort="alphabet")
    with pytest.raises(ValueError):
        small_directory.find("60614", radius_km=0)


def test_a_second_replica_sees_writes_through_the_version_check(small_directory, tmp_path):
    other = open_directory(Settings.from_env())
    assert len(names(other.find("60614", include_remote=False, now=NOW))) == 4
    from knowledge.directory import import_feed
    from tests.directory.conftest import write_json

    new = {
        "id": "new-one",
        "name": "Brand New Circle",
        "kind": "mutual_aid_group",
        "formats": ["in_person"],
        "latitude": 41.92,
        "longitude": -87.65,
        "country": "US",
    }
    import_feed(write_json(tmp_path / "new.json", [new]), format="json", directory=small_directory)
    assert "Brand New Circle" in names(other.find("60614", include_remote=False, now=NOW))


def test_values_in_use_feed_the_page_filters(small_directory):
    assert small_directory.values("fellowship") == ["peer-run"]
    assert "Polish" in small_directory.values("languages")


def test_hits_rebuilt_from_stored_rows_equal_fully_validated_listings():
    """Search rebuilds its hits with the FROM_STORE context, which skips the cleaning that
    already ran on import: on rows the store wrote, that must change nothing."""
    demo = Path(__file__).resolve().parents[2] / "knowledge/data/directory/demo_listings.json"
    records = json.loads(demo.read_text(encoding="utf-8"))
    records.append(
        {
            "id": "messy",
            "name": "Messy\x00 Circle",
            "kind": "mutual_aid_group",
            "formats": ["in person"],
            "languages": ["es", "DE"],
            "notes": "<p>Use the <em>back</em> entrance.</p>",
            "latitude": 41.9,
            "longitude": -87.6,
        }
    )
    for record in records:
        listing = Listing.model_validate(record)
        stored = listing.model_dump(mode="json")
        assert Listing.model_validate(stored, context=FROM_STORE) == listing


def test_a_province_searched_by_name_finds_the_whole_province_only(directory):
    """ "Ontario" reaches Thunder Bay, 1,100 km from Toronto, but not Gatineau and Hull across
    the river from Ottawa (Quebec) nor Detroit across the border, all nearer than Thunder
    Bay. Kingston names no region: its nearest known town places it in Ontario."""

    def listing(key: str, lat: float, lon: float, country: str, region: str) -> dict:
        return {
            "id": key,
            "name": key,
            "kind": "mutual_aid_group",
            "formats": ["in_person"],
            "latitude": lat,
            "longitude": lon,
            "country": country,
            "region": region,
        }

    records = [
        listing("Toronto", 43.65, -79.38, "CA", "ON"),
        listing("Ottawa", 45.42, -75.70, "CA", "Ontario"),
        listing("Thunder Bay", 48.38, -89.25, "CA", "ON"),
        listing("Gatineau", 45.48, -75.70, "CA", "QC"),
        # no region written: the nearest known town of the country tells
        listing("Kingston", 44.23, -76.48, "CA", ""),
        listing("Hull", 45.43, -75.72, "CA", ""),
        listing("Detroit", 42.33, -83.05, "US", "MI"),
        listing("Ontario CA", 34.06, -117.65, "US", "CA"),
    ]
    source = Path(directory.engine.url.database).parent / "ontario.json"
    source.write_text(json.dumps(records), encoding="utf-8")
    assert import_feed(source, format="json", source="t", directory=directory).ok
    province = directory.find("Ontario", radius_km=25, include_remote=False, now=NOW)
    assert sorted(names(province)) == ["Kingston", "Ottawa", "Thunder Bay", "Toronto"]
    city = directory.find("Ontario, CA", radius_km=25, include_remote=False, now=NOW)
    assert names(city) == ["Ontario CA"]
