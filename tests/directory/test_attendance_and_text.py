"""What real feeds send: temporarily closed rooms, HTML notes, one HSDS service, language
codes and topic slugs, read as a person should read them."""

from __future__ import annotations

import json

import pytest

from knowledge.directory import DirectoryQuery, import_feed
from knowledge.directory.names import language_name, population_label
from knowledge.directory.plain_text import plain_text
from knowledge.taxonomy import TOPICS, topic_label
from tests.directory.conftest import DATA, write_json

NOW_TEXT = "2026-11-02T12:00:00+00:00"
CHICAGO = {
    "city": "Chicago",
    "state": "IL",
    "country": "US",
    "latitude": 41.92,
    "longitude": -87.65,
}
ONLINE = {"conference_url": "https://zoom.example/j/1"}


def meeting(slug: str, types: list[str], **extra: object) -> dict:
    return {"name": slug.replace("-", " ").title(), "slug": slug, "day": 1, "time": "19:00",
            "timezone": "America/Chicago", "types": types, **CHICAGO, **extra}  # fmt: skip


FEED = [
    meeting("open-room", ["O"]),
    meeting("closed-room-online", ["O", "TC"], **ONLINE),
    meeting("closed-room", ["O", "TC"]),
    meeting("both-ways", ["O"], **ONLINE),
]


@pytest.fixture()
def feed_directory(directory, tmp_path):
    report = import_feed(write_json(tmp_path / "mg.json", FEED), "meeting-guide", "tc",
                         directory=directory)  # fmt: skip
    assert report.ok, report.rejected
    return directory


def names(hits) -> set[str]:
    """The feed's meetings among the hits (the verified national lines have no slug)."""
    return {hit.listing.external_id for hit in hits if hit.listing.source == "tc"}


@pytest.mark.parametrize(
    ("slug", "option"),
    [("open-room", "in_person"), ("closed-room-online", "online"),
     ("closed-room", "inactive"), ("both-ways", "hybrid")],
)  # fmt: skip
def test_attendance_follows_the_12_step_meeting_list(feed_directory, slug, option):
    listing = feed_directory.get(f"tc:{slug}")
    assert listing.attendance_option == option
    if option == "online":  # the closed room is not offered as a place to go
        assert listing.remote_only and listing.status == "temporarily_closed"


@pytest.mark.parametrize(
    ("stated", "extra", "option"),
    [("inactive", ONLINE, "inactive"), ("online", ONLINE, "online"),
     ("in_person", {}, "in_person"), ("hybrid", ONLINE, "hybrid")],
)  # fmt: skip
def test_a_12_step_meeting_list_attendance_option_is_taken_at_its_word(
    directory, tmp_path, stated, extra, option
):
    item = meeting("stated", ["O"], attendance_option=stated, **extra)
    assert import_feed(write_json(tmp_path / "s.json", [item]), "meeting-guide", "s",
                       directory=directory).ok  # fmt: skip
    assert directory.get("s:stated").attendance_option == option


def test_an_inactive_meeting_is_hidden_unless_asked_for(feed_directory):
    default = feed_directory.find("Chicago, IL", radius_km=10, include_remote=False)
    assert names(default) == {"open-room", "both-ways"}
    everything = feed_directory.find("Chicago, IL", radius_km=10, include_remote=False,
                                     attendance=["in_person", "online", "hybrid", "inactive"])  # fmt: skip
    assert names(everything) == {"open-room", "both-ways", "closed-room"}
    only_inactive = feed_directory.find("Chicago, IL", include_remote=False, attendance="inactive")
    assert names(only_inactive) == {"closed-room"}


def test_a_closed_room_with_an_online_option_is_never_in_person(feed_directory):
    in_person = feed_directory.find("Chicago, IL", include_remote=True, attendance=["in_person"])
    assert names(in_person) == {"open-room", "both-ways"}  # hybrid counts as in person
    online = feed_directory.find("Chicago, IL", include_remote=True, attendance=["online"])
    assert names(online) == {"closed-room-online", "both-ways"}
    hit = next(h for h in online if h.listing.external_id == "closed-room-online")
    assert hit.distance_km is None  # no distance to a room nobody can enter


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<p>Use the <em>back</em> entrance.</p>", "Use the back entrance."),
        ("<p>Ring twice.</p><p>Park behind.</p>", "Ring twice.\nPark behind."),
        ("Line one<br>Line two<br/>Line three", "Line one\nLine two\nLine three"),
        ("Bring:<ul><li>a book</li><li>a friend</li></ul>", "Bring:\n- a book\n- a friend"),
        ("Tom &amp; Jerry&#39;s &lt;3", "Tom & Jerry's <3"),
        ('<a href="javascript:alert(1)">Map</a><script>alert(2)</script>', "Map"),
        ("<img src=x onerror=alert(1)>Side door", "Side door"),
        ("<style>p{}</style><div>Hall&nbsp;B</div>", "Hall B"),
        ("Plain text\nkeeps its lines", "Plain text\nkeeps its lines"),
        ("3 < 4 & 5 > 2", "3 < 4 & 5 > 2"),
    ],
)
def test_html_notes_become_plain_text(html, text):
    assert plain_text(html) == text


def test_notes_from_a_feed_arrive_without_markup(directory, tmp_path):
    item = meeting("notes", ["O"], notes="<p>Use the <em>back</em> entrance.</p><p>Ring.</p>",
                   location_notes="<b>Room 2</b>", group_notes="<i>Since 1990</i>")  # fmt: skip
    assert import_feed(write_json(tmp_path / "n.json", [item]), "meeting-guide", "n",
                       directory=directory).ok  # fmt: skip
    listing = directory.get("n:notes")
    assert listing.notes == "Use the back entrance.\nRing."
    assert (listing.location_notes, listing.group_notes) == ("Room 2", "Since 1990")


def test_one_hsds_service_imports_like_an_array_of_one(directory, tmp_path):
    service = json.loads((DATA / "hsds_feed.json").read_text(encoding="utf-8"))[0]
    service["description"] = "<p>Peer-run.</p><p>Call <strong>first</strong>.</p>"
    report = import_feed(write_json(tmp_path / "one.json", service), "hsds", "one",
                         directory=directory)  # fmt: skip
    assert report.ok and report.added == [f"one:{service['id']}"]
    assert directory.get(f"one:{service['id']}").description == "Peer-run.\nCall first."


@pytest.mark.parametrize(
    ("value", "name"),
    [("de", "German"), ("DE", "German"), ("es-MX", "Spanish (Mexico)"), ("deu", "German"),
     ("ase", "American Sign Language"), ("English", "English"), ("polish", "Polish"),
     ("Auslan", "Auslan")],
)  # fmt: skip
def test_languages_read_as_names(value, name):
    assert language_name(value) == name


def test_languages_in_the_readers_language():
    assert language_name("German", "es") == "Alemán"
    assert language_name("de", "fr") == "Allemand"


def test_a_listing_stores_language_names_not_codes(directory, tmp_path):
    record = {"id": "x", "name": "Gruppe", "kind": "online_group", "formats": ["online"],
              "languages": ["de", "es", "German"]}  # fmt: skip
    assert import_feed(write_json(tmp_path / "l.json", [record]), "json", "l",
                       directory=directory).ok  # fmt: skip
    assert directory.get("x").languages == ["German", "Spanish"]


def test_topic_and_population_labels_keep_their_capitals():
    assert topic_label("lgbtq") == "LGBTQ+" and topic_label("ocd") == "OCD"
    assert all(topic_label(t)[0].isupper() for t in TOPICS)
    assert population_label("LGBTQ+") == "LGBTQ+" and population_label("BIPOC") == "BIPOC"
    assert population_label("young adults") == "Young adults"


def test_a_query_is_one_value_the_page_can_keep_and_change(feed_directory):
    query = DirectoryQuery(near="Chicago, IL", radius_km=10, include_remote=False)
    assert names(feed_directory.find(query)) == {"open-room", "both-ways"}
    assert names(feed_directory.find(query, attendance=("inactive",))) == {"closed-room"}
    assert query.attendance == ()  # the kept query did not change
    with pytest.raises(TypeError, match="radius"):
        feed_directory.find("Chicago", radius=10)
    with pytest.raises(ValueError, match="sort"):
        DirectoryQuery(sort="alphabet")
