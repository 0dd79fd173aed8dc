"""The directory page through AppTest: a search with filters, suggestions, calendar, corrections."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from knowledge.directory import prepare_sample_data
from knowledge.moderation.inbox import open_inbox
from knowledge.resources.wording import DEMO_LISTING_BADGE
from settings import Settings

APP = str(Path(__file__).resolve().parents[2] / "app.py")


@pytest.fixture()
def page(data_dir) -> AppTest:
    prepare_sample_data(Settings.from_env())
    st.cache_resource.clear()  # cached settings and directory belong to the previous data folder
    at = AppTest.from_file(APP, default_timeout=60)
    at.session_state["help_country"] = "US"
    at.run()
    at.switch_page("pages/directory.py").run()
    assert not at.exception
    return at


def search(at: AppTest) -> AppTest:
    next(b for b in at.button if b.label == "Search").click()
    return at.run()


def shown(at: AppTest) -> str:
    return " ".join(str(m.value) for m in at.markdown).replace("\\", "")


def test_search_with_filters_shows_matching_cards(page):
    page.text_input(key="directory_place").input("Chicago, IL")
    page.slider(key="directory_radius").set_value(50)
    page.multiselect(key="directory_kinds").select("mutual_aid_group")
    page.toggle(key="directory_remote").set_value(False)
    page.radio(key="directory_sort").set_value("next_meeting")
    search(page)
    assert not page.exception
    heading = page.header[0].value
    assert "near Chicago, IL" in heading
    count = int(heading.split()[0])
    assert count == len([w for w in page.warning if w.value == DEMO_LISTING_BADGE]) > 0
    assert "km away" in " ".join(c.value for c in page.caption)
    assert "Next:" in shown(page)
    assert "Peer Circle" in shown(page) and "Clinic" not in shown(page)
    assert page.get("download_button")  # "add to calendar" on cards with weekly meetings
    assert page.get("deck_gl_json_chart")


def test_next_seven_days_a_language_and_a_time_zone(page):
    page.text_input(key="directory_place").input("Toronto")
    page.checkbox(key="directory_next_week").check()
    page.multiselect(key="directory_kinds").select("mutual_aid_group")
    page.multiselect(key="directory_languages").select("English")
    page.selectbox(key="directory_tz").set_value("Europe/London")
    search(page)
    assert not page.exception
    count = int(page.header[0].value.split()[0])
    nexts = [m.value for m in page.markdown if "**Next:**" in m.value]
    assert count > 0 and len(nexts) == count  # every card meets within the week
    assert all("GMT" in n for n in nexts)  # shown in the chosen zone


def test_specialists_by_appointment_are_not_in_the_next_seven_days(page):
    page.text_input(key="directory_place").input("Toronto")
    page.checkbox(key="directory_next_week").check()
    page.multiselect(key="directory_kinds").select("peer_support_specialist")
    search(page)
    assert any("Nothing matches" in i.value for i in page.info)


def test_misspelt_place_offers_suggestions_as_buttons(page):
    page.text_input(key="directory_place").input("Portlnd, OR")
    search(page)
    assert any("couldn't find" in i.value for i in page.info)
    suggestion = next(b for b in page.button if b.label == "Portland, OR")
    suggestion.click().run()
    assert not page.exception
    assert "near Portland, OR" in page.header[0].value


@pytest.mark.parametrize(
    ("typed", "first", "offered", "then"),
    [
        ("Ontario", "in Ontario", "Ontario, CA", "near Ontario, CA"),  # the province first
        ("New York", "near New York City, NY", "New York state", "in New York"),  # the city
    ],
)
def test_a_place_named_like_a_region_offers_the_other_one(page, typed, first, offered, then):
    page.text_input(key="directory_place").input(typed)
    search(page)
    assert first in page.header[0].value
    next(b for b in page.button if b.label == offered).click().run()
    assert not page.exception
    assert then in page.header[0].value


def test_empty_place_lists_online_and_phone_options_with_real_lines(page):
    search(page)
    assert not page.exception
    assert any("verified help lines" in s.value for s in page.success)
    assert "988" in shown(page)


def test_suggest_a_correction_reaches_the_queue(page):
    page.text_input(key="directory_place").input("60614")
    page.toggle(key="directory_remote").set_value(False)
    search(page)
    page.session_state["directory_correction_open_0"] = True  # open the first card's popover
    page.run()
    page.text_area[0].input("The room changed to the library.")
    next(b for b in page.button if b.label == "Send to moderators").click()
    page.run()
    assert not page.exception
    queued = open_inbox(Settings.from_env()).items("pending", kind="correction")
    assert [c.body for c in queued] == ["The room changed to the library."]


def test_listing_text_is_inert(page, tmp_path):
    from knowledge.directory import import_feed
    from tests.directory.conftest import write_json

    record = {
        "id": "evil",
        "name": "**Bold** <script>alert(1)</script> [link](javascript:alert(1))",
        "kind": "mutual_aid_group",
        "formats": ["in_person"],
        "latitude": 41.92,
        "longitude": -87.65,
        "country": "US",
        "notes": "<b>not bold</b>",
        "url": "javascript:alert(1)",
        "email": "x@example.org",
    }
    import_feed(write_json(tmp_path / "evil.json", [record]), format="json")
    page.text_input(key="directory_place").input("60614")
    search(page)
    titles = [m.value for m in page.markdown if m.value.startswith("### ") and "script" in m.value]
    assert titles and all("\\<script\\>" in t and "\\*\\*Bold\\*\\*" in t for t in titles)
    assert "not bold" in [t.value for t in page.text]  # markup removed, never rendered
    card = next(
        m.value for m in page.markdown if "**Website:**" in m.value and "javascript" in m.value
    )
    assert "](javascript" not in card and "[x@example\\.org](mailto:x@example.org)" in card


def test_fellowship_filter_and_source_of_an_imported_feed(page):
    from knowledge.directory import import_feed
    from tests.directory.conftest import DATA

    assert import_feed(DATA / "meeting_guide_feed.json", source="Example AA").ok
    page.run()  # the page picks the new fellowship up from the data
    page.text_input(key="directory_place").input("Chicago, IL")
    page.multiselect(key="directory_fellowships").select("AA")
    page.toggle(key="directory_remote").set_value(False)
    search(page)
    assert not page.exception
    assert "Early Birds" in shown(page) and "Sample" not in shown(page)
    captions = " ".join(c.value for c in page.caption).replace("\\", "")
    assert "Source: Example AA, updated 2026-09-15" in captions


def test_listing_phones_are_tap_to_call_links(page):
    search(page)
    markdown = " ".join(str(m.value) for m in page.markdown)
    assert "**Phone:** [988](tel:988)" in markdown
    assert "(tel:)" not in markdown


def test_attendance_filter_and_the_feeds_last_refresh(page, tmp_path):
    import datetime as dt

    from knowledge.directory import add_feed, import_feed, open_directory
    from knowledge.directory.feed_sources import record
    from tests.directory.conftest import write_json

    base = {"day": 1, "time": "19:00", "timezone": "America/Chicago", "city": "Chicago",
            "state": "IL", "country": "US", "latitude": 41.92, "longitude": -87.65}  # fmt: skip
    items = [
        {**base, "name": "Locked Door Group", "slug": "locked", "types": ["TC"]},
        {**base, "name": "Moved Online Group", "slug": "moved", "types": ["TC"],
         "conference_url": "https://zoom.example/j/2", "notes": "<p>Use <b>Zoom</b></p>"},
    ]  # fmt: skip
    directory = open_directory(Settings.from_env())
    assert import_feed(write_json(tmp_path / "tc.json", items), "meeting-guide", "Lakeside",
                       directory=directory).ok  # fmt: skip
    add_feed(directory, "https://feeds.example.org/lakeside.json", "meeting-guide", "Lakeside")
    record(
        directory.engine, "Lakeside", refreshed_at=dt.datetime(2026, 11, 29, 6, 30, tzinfo=dt.UTC)
    )
    page.text_input(key="directory_place").input("Chicago, IL")
    search(page)
    assert "Locked Door Group" not in shown(page) and "Moved Online Group" in shown(page)
    captions = " ".join(c.value for c in page.caption).replace("\\", "")
    moved = next(c.value for c in page.caption if "meets online only" in c.value)
    assert "Online" in moved and "In person" not in moved and "km away" not in moved
    assert "feed refreshed 2026-11-29 06:30 UTC" in captions
    assert "Use Zoom" in [t.value for t in page.text]
    page.multiselect(key="directory_attendance").select("inactive")
    search(page)
    assert not page.exception
    assert "Locked Door Group" in shown(page) and "Moved Online Group" not in shown(page)
    captions = " ".join(c.value for c in page.caption).replace("\\", "")
    assert "Inactive (location closed)" in captions and "no online option" in captions


def test_filters_read_as_labels(page):
    topics = page.multiselect(key="directory_topics")
    assert "LGBTQ+" in topics.options and "lgbtq" not in topics.options
    assert "Young adults" in page.multiselect(key="directory_populations").options
    assert "Inactive (location closed)" in page.multiselect(key="directory_attendance").options


def test_the_map_draws_outlines_and_asks_no_tile_server(page):
    page.text_input(key="directory_place").input("Chicago, IL")
    search(page)
    spec = json.loads(page.get("deck_gl_json_chart")[0].proto.json)
    layers = [layer["@@type"] for layer in spec["layers"]]
    assert layers[:2] == ["GeoJsonLayer", "ScatterplotLayer"]
    # pydeck's sentinel tells Streamlit to add no basemap of its own (an absent style adds CARTO's)
    assert spec.get("mapStyle") == "__MAP_STYLE__" and "cartocdn" not in json.dumps(spec)
    count = int(page.header[0].value.split()[0])
    placed = sum(p["count"] for p in spec["layers"][1]["data"])
    assert 0 < placed <= count


def test_a_rerun_sends_the_same_map_and_builds_it_once(page):
    from ui.directory_map import _deck

    page.text_input(key="directory_place").input("Chicago, IL")
    search(page)
    spec = page.get("deck_gl_json_chart")[0].proto.json
    built = _deck.cache_info().misses
    page.run()  # as when a correction form opens: the same results, so the same map
    assert page.get("deck_gl_json_chart")[0].proto.json == spec
    assert _deck.cache_info().misses == built
    ids = [layer["id"] for layer in json.loads(spec)["layers"]]
    assert ids[:2] == ["outlines", "markers"]
