"""Find a group: peer groups, peer specialists, respites and lines near a place, or online."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import streamlit as st

from knowledge.directory import DirectoryQuery
from knowledge.directory.names import (
    ATTENDANCE_LABELS,
    ATTENDANCE_OPTIONS,
    population_label,
    topic_label,
)
from knowledge.directory.schema import ACCESSIBILITY, COSTS, POPULATIONS, TOPICS
from knowledge.geo import PlaceNotFound
from ui.directory import KIND_LABELS, listing_card
from ui.directory_map import results_map
from ui.help import current_country
from ui.services import directory, find_places_ready, time_zones
from ui.text import escape_markdown as _md

LANGUAGES = ("English", "Spanish", "French", "Chinese", "Arabic", "Polish", "Punjabi", "Vietnamese",
             "American Sign Language", "British Sign Language", "Auslan")  # fmt: skip
FELLOWSHIPS = ("peer-run", "AA", "NA", "Al-Anon", "SMART Recovery", "CoDA", "OA", "Recovery Dharma")
SORTS = {"distance": "Nearest first", "next_meeting": "Soonest meeting first"}
PLACE_TZ = "The place's time zone"

st.session_state.setdefault("directory_query", None)
st.session_state.setdefault("directory_place", "")

st.title("Find a group")
st.write(
    "Peer groups, peer support specialists, peer respites and warmlines near you, plus online "
    'and phone options. Type a town ("Portland, OR", "Picton, ON", "London"), a ZIP or postal '
    'code ("60614", "K7L 3N6", "SW1A 1AA", "2000") or leave it empty to see online and phone '
    "options for your country."
)


def _use_suggestion(place: str) -> None:
    st.session_state["directory_place"] = place
    if st.session_state["directory_query"] is not None:
        st.session_state["directory_query"] = replace(
            st.session_state["directory_query"], near=place
        )


def _place_buttons(labels: list[str] | tuple[str, ...], key: str) -> None:
    """Places a person may have meant, as buttons that search for them."""
    columns = st.columns(min(len(labels), 5))
    for n, label in enumerate(labels[:5]):
        columns[n].button(_md(label), key=f"{key}_{n}", on_click=_use_suggestion, args=(label,))


with st.form("directory_search"):
    place_column, radius_column = st.columns([3, 1])
    place_column.text_input("Place (town, or ZIP or postal code)", key="directory_place")
    radius = radius_column.slider("Radius (km)", 5, 200, 25, step=5, key="directory_radius")
    first, second, third = st.columns(3)
    kinds = first.multiselect(
        "Kind", list(KIND_LABELS), format_func=KIND_LABELS.get, key="directory_kinds"
    )
    attendance = second.multiselect(
        "Attendance",
        ATTENDANCE_OPTIONS,
        format_func=ATTENDANCE_LABELS.get,
        key="directory_attendance",
        help="Inactive: the room is closed for now and there is no online option. "
        "Shown only when you choose it.",
    )
    topics = third.multiselect("Topics", TOPICS, format_func=topic_label, key="directory_topics")
    language_options = sorted({*LANGUAGES, *directory().values("languages")})
    languages = first.multiselect("Languages", language_options, key="directory_languages")
    populations = second.multiselect(
        "For", POPULATIONS, format_func=population_label, key="directory_populations"
    )
    cost = third.multiselect("Cost", COSTS, key="directory_cost")
    accessibility = first.multiselect("Accessibility", ACCESSIBILITY, key="directory_accessibility")
    fellowship_options = sorted({*FELLOWSHIPS, *directory().values("fellowship")})
    fellowships = second.multiselect("Fellowship", fellowship_options, key="directory_fellowships")
    person_tz = third.selectbox("Show times in", [PLACE_TZ, *time_zones()], key="directory_tz")
    options = st.columns(3)
    include_remote = options[0].toggle(
        "Include online and phone options", True, key="directory_remote"
    )
    next_week = options[1].checkbox("Meets in the next 7 days", key="directory_next_week")
    sort = options[2].radio(
        "Sort", list(SORTS), format_func=SORTS.get, key="directory_sort", horizontal=True
    )
    if st.form_submit_button("Search", type="primary", icon=":material/search:"):
        st.session_state["directory_query"] = DirectoryQuery(
            near=st.session_state["directory_place"].strip() or None,
            radius_km=radius,
            kinds=kinds,
            attendance=attendance,
            topics=topics,
            languages=languages,
            populations=populations,
            cost=cost,
            accessibility=accessibility,
            fellowships=fellowships,
            include_remote=include_remote,
            within_days=7 if next_week else None,
            sort=sort,
            person_tz=None if person_tz == PLACE_TZ else person_tz,
        )

if directory().is_empty():
    st.info(
        "No groups are loaded yet, so only the national phone and online lines will show. "
        "Whoever runs this Kindred can load listings with `make seed` or "
        "`python -m knowledge.directory import FILE`."
    )

query = st.session_state["directory_query"]
if query is not None:
    country = current_country()
    near = query.near
    now = dt.datetime.now(dt.UTC)
    if near:
        find_places_ready()
    try:
        hits = directory().find(
            query,
            country=None if near else (country if country != "OTHER" else None),
            now=now,
        )
    except PlaceNotFound as missing:
        hits = None
        st.info(
            f'We couldn\'t find "{missing.text}" in our offline list of places. '
            "Try a ZIP or postal code, a nearby larger town, or add the state, province or "
            'country (like "Portland, OR", "Picton, ON" or "London, UK").'
        )
        if missing.suggestions:
            st.write("Did you mean:")
            _place_buttons(missing.suggestions, "directory_suggestion")
    if hits is not None:
        place = directory().place(near) if near else None
        if place is not None and place.alternatives:
            if place.kind == "region":
                st.write(f"Showing all of {_md(place.label)}. Did you mean the town:")
            else:
                st.write(f"Showing places near {_md(place.label)}. Did you mean all of:")
            _place_buttons(place.alternatives, "directory_alternative")
        if not hits:
            st.info(
                "Nothing matches all of those filters here yet. Try a wider radius, fewer "
                "filters, or include online and phone options."
            )
        else:
            where = f" {'in' if place.kind == 'region' else 'near'} {place.label}" if place else ""
            st.header(f"{len(hits)} result{'s' if len(hits) != 1 else ''}{where}", anchor=False)
            results_map(hits, (place.lat, place.lon) if place else None)
            feeds = directory().feeds()
            for number, hit in enumerate(hits):
                listing_card(hit, number, now, feeds.get(hit.listing.source))
