"""Offline geocoding against known coordinates, disambiguation and suggestions."""

from __future__ import annotations

import csv
import math
from pathlib import Path

import pytest

from knowledge.geo import PlaceNotFound, fold, haversine_km, locate, locate_or_raise, suggest

DATA = Path(__file__).parent / "data"
with (DATA / "geocoding.csv").open(encoding="utf-8") as handle:
    PLACES = list(csv.DictReader(handle))


def law_of_cosines_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """An independent great-circle formula (spherical law of cosines)."""
    p1, p2, dl = math.radians(lat1), math.radians(lat2), math.radians(lon2 - lon1)
    cos_angle = math.sin(p1) * math.sin(p2) + math.cos(p1) * math.cos(p2) * math.cos(dl)
    return 6371.0088 * math.acos(max(-1.0, min(1.0, cos_angle)))


with (DATA / "misspellings.csv").open(encoding="utf-8") as handle:
    MISSPELLINGS = list(csv.DictReader(handle))
with (DATA / "uk_postcodes.csv").open(encoding="utf-8") as handle:
    UK_POSTCODES = list(csv.DictReader(handle))
COUNTRIES_MEASURED = ("US", "CA", "GB", "AU")


def test_the_table_is_big_enough():
    assert len(PLACES) >= 40
    per_country = {c: sum(r["expected_country"] == c for r in PLACES) for c in COUNTRIES_MEASURED}
    assert min(per_country.values()) >= 15, per_country
    assert len(MISSPELLINGS) >= 30


@pytest.mark.parametrize("row", MISSPELLINGS, ids=[r["text"] for r in MISSPELLINGS])
def test_a_misspelt_place_suggests_the_right_place_first(row):
    assert locate(row["text"]) is None
    assert suggest(row["text"])[0] == row["first_suggestion"]
    assert locate(row["first_suggestion"]) is not None  # a button press finds it


@pytest.mark.parametrize("row", PLACES, ids=[f"{r['text']}|{r['country']}" for r in PLACES])
def test_places_land_within_10_km_of_known_coordinates(row):
    """A row may allow more than 10 km in its km column."""
    place = locate(row["text"], row["country"] or None)
    assert place is not None, row["text"]
    assert place.country == row["expected_country"]
    distance = law_of_cosines_km(place.lat, place.lon, float(row["lat"]), float(row["lon"]))
    assert distance < float(row.get("km") or 10), (
        f"{row['text']} is {distance:.1f} km off ({place.label})"
    )


@pytest.mark.parametrize(
    ("text", "must_suggest"),
    [
        ("Portlnd, OR", "Portland, OR"),
        ("Londn", "London, UK"),
        ("Mancester", "Manchester, UK"),
        ("Toronot", "Toronto, ON"),
        ("Sydnee", "Sydney, NSW"),
        ("Edinburg, Scotland", "Edinburgh, UK"),
        ("Portland, XX", "Portland, OR"),
    ],
)
def test_misspellings_are_not_guessed_but_suggested(text, must_suggest):
    assert locate(text) is None
    suggestions = suggest(text)
    assert must_suggest in suggestions[:3]
    # each suggestion is itself a place locate() understands
    assert all(locate(s) is not None for s in suggestions)


@pytest.mark.parametrize("text", ["", "   ", "xyzzyq", "99999", "Atlantis, Narnia"])
def test_unknown_places_are_none(text):
    assert locate(text) is None


def test_place_not_found_carries_suggestions():
    with pytest.raises(PlaceNotFound) as caught:
        locate_or_raise("Londn")
    assert caught.value.text == "Londn"
    assert caught.value.suggestions[0] == "London, UK"


def test_country_restricts_the_search():
    assert locate("London", "US").region in {"KY", "OH"}
    assert locate("10001", "GB") is None


@pytest.mark.parametrize(
    ("a", "b", "km"),
    [
        ((51.5074, -0.1278), (48.8566, 2.3522), 343.6),
        ((40.7128, -74.006), (34.0522, -118.2437), 3936),
    ],
)
def test_haversine_matches_known_distances(a, b, km):
    assert haversine_km(*a, *b) == pytest.approx(km, rel=0.005)
    assert haversine_km(*a, *b) == pytest.approx(law_of_cosines_km(*a, *b), rel=1e-6)


def test_uk_postcodes_land_in_their_district_town():
    """Real postcodes across Great Britain (and one in Belfast: Northern Ireland is not in
    Code-Point Open, so BT postcodes keep their area's centre) against the centre of the
    town their district is named for. Both the full postcode (its sector's centre) and the
    outward code alone (its district's centre) must land within the row's km."""
    assert len(UK_POSTCODES) >= 25
    report, misses = [], []
    for row in UK_POSTCODES:
        outward = row["postcode"].split()[0]
        for text in (row["postcode"], outward):
            place = locate(text)
            assert place is not None and place.country == "GB", text
            km = law_of_cosines_km(place.lat, place.lon, float(row["lat"]), float(row["lon"]))
            report.append(f"{text:9} {row['town']:20} {km:5.1f} km")
            if km >= float(row["km"]):
                misses.append(report[-1])
    print("\n".join(report))
    assert not misses, misses


@pytest.mark.parametrize(
    ("text", "country", "region", "alternative"),
    [
        ("Ontario", "CA", "08", "Ontario, CA"),  # the province; Ontario, California offered
        ("Victoria", "AU", "07", "Victoria, BC"),  # the state; Victoria, BC offered
        ("Washington", "US", "WA", "Washington, DC"),
        ("Quebec", "CA", "10", "Québec, QC"),
        ("New South Wales", "AU", "02", None),
        ("Northern Ireland", "GB", "NIR", None),
        ("Scotland", "GB", "SCT", None),
        ("West Virginia", "US", "WV", None),
        ("Ontario, Canada", "CA", "08", None),
    ],
)
def test_a_bare_state_or_province_name_is_the_region(text, country, region, alternative):
    place = locate(text)
    assert (place.kind, place.country, place.region) == ("region", country, region)
    again = locate(place.label)  # the label reads back as the region
    assert (again.kind, again.region, again.lat) == (place.kind, place.region, place.lat)
    # its reach covers its own towns: Thunder Bay from Ontario's centre, Perth from NSW's not
    assert 100 < place.extent_km < 3000
    if alternative:
        assert alternative in place.alternatives
    for label in place.alternatives:
        city = locate(label)
        assert city.kind == "city" and fold(city.name) == fold(text)


@pytest.mark.parametrize(
    ("text", "country", "region"),
    [
        ("Ontario, CA", "US", "CA"),  # the Californian city
        ("Ontario, California", "US", "CA"),
        ("Ontario CA", "US", "CA"),
        ("Victoria, BC", "CA", "02"),
        ("Washington, DC", "US", "DC"),
        ("New York", "US", "NY"),  # the city holds most of its state's people
        ("Kingston, ON", "CA", "08"),
    ],
)
def test_a_qualified_or_dominant_city_stays_the_city(text, country, region):
    place = locate(text)
    assert (place.kind, place.country, place.region) == ("city", country, region)


def test_a_dominant_city_offers_its_whole_state_and_the_state_reads_back():
    city = locate("New York")
    assert city.alternatives == ("New York state",)
    state = locate(city.alternatives[0])
    assert (state.kind, state.country, state.region) == ("region", "US", "NY")
    assert locate("washington state").region == "WA"
    assert locate("Quebec province").kind == "region"
    assert locate("Paris").alternatives == ()  # no region of that name: nothing to offer


def test_the_region_reach_holds_its_far_towns():
    ontario = locate("Ontario")
    thunder_bay = locate("Thunder Bay, ON")
    assert haversine_km(ontario.lat, ontario.lon, thunder_bay.lat, thunder_bay.lon) < (
        ontario.extent_km
    )
