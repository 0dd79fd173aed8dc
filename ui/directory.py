"""Directory widgets: the cached directory and a result card (the map: ``directory_map``).
Listing text is inert."""

from __future__ import annotations

import datetime as dt
import re

import streamlit as st

from knowledge.directory import ListingHit
from knowledge.directory.feed_sources import FeedSource
from knowledge.directory.ics import has_calendar, listing_calendar
from knowledge.directory.names import (
    ATTENDANCE_LABELS,
    language_name,
    population_label,
    topic_label,
)
from knowledge.directory.schedules import describe, format_when
from knowledge.directory.verified import VERIFIED_SOURCE
from knowledge.moderation.inbox import SubmissionError
from knowledge.resources.wording import DEMO_LISTING_BADGE
from ui.dial import phone_markdown
from ui.services import current_sender, directory, moderation_inbox
from ui.text import escape_markdown as _md

KIND_LABELS = {
    "mutual_aid_group": "Peer / mutual-aid group",
    "peer_support_specialist": "Peer support specialist",
    "peer_respite": "Peer respite",
    "warmline": "Warmline",
    "crisis_line": "Crisis line",
    "community_clinic": "Community clinic",
    "online_group": "Online group",
}
CLOSED_NOTES = {
    "online": "the room is closed for now: meets online only",
    "inactive": "the room is closed for now and there is no online option",
}
VERIFIED_BADGE = "Real service, from Kindred's verified help lines"


SAFE_URL = re.compile(r"https?://[^\s()<>\[\]\\`]+")
SAFE_EMAIL = re.compile(r"[^\s()<>\[\]\\`@]+@[^\s()<>\[\]\\`@]+\.[A-Za-z]{2,}")


def _line(label: str, value: str) -> str:
    return f"**{label}:** {_md(value)}"


def _link_line(label: str, value: str, scheme: str = "") -> str:
    """A web or mail link only when the value is plainly one; anything else stays text."""
    pattern = SAFE_EMAIL if scheme else SAFE_URL
    if pattern.fullmatch(value):
        return f"**{label}:** [{_md(value)}]({scheme}{value})"
    return _line(label, value)


def source_line(hit: ListingHit, feed: FeedSource | None) -> str:
    """Where a listing comes from and how fresh it is, for the foot of its card."""
    listing = hit.listing
    source = listing.source or "unknown source"
    if listing.source_updated:
        source += f", updated {listing.source_updated:%Y-%m-%d}"
    if feed is not None and feed.refreshed_at:
        source += f", feed refreshed {feed.refreshed_at:%Y-%m-%d %H:%M} UTC"
        if feed.last_error:
            source += " (a later refresh failed, so this is the last good copy)"
    verified = f"{listing.last_verified:%Y-%m-%d}" if listing.last_verified else "not recorded"
    return f"Last verified: {_md(verified)} · Source: {_md(source)}"


def listing_card(
    hit: ListingHit, number: int, now: dt.datetime, feed: FeedSource | None = None
) -> None:
    listing = hit.listing
    with st.container(border=True):
        st.markdown(f"### {_md(listing.name)}")  # under the page's "N results" heading
        if listing.is_demo:
            st.warning(DEMO_LISTING_BADGE, icon=":material/science:")
        elif listing.source == VERIFIED_SOURCE:
            st.success(VERIFIED_BADGE, icon=":material/verified:")
        option = listing.attendance_option
        facts = [KIND_LABELS.get(listing.kind, listing.kind)]
        if option != "online" or "online" in listing.formats:  # a phone line is not "online"
            facts.append(ATTENDANCE_LABELS[option])
        if "phone" in listing.formats:
            facts.append("Phone")
        if hit.distance_km is not None:
            facts.append(f"{hit.distance_km:.1f} km away")
        if listing.fellowship:
            facts.append(listing.fellowship)
        if listing.status == "temporarily_closed":
            facts.append(CLOSED_NOTES[option])
        st.caption(" · ".join(_md(f) for f in facts))
        lines = []
        if hit.next_meeting is not None:
            when = (
                "Open now"
                if listing.schedule.kind == "always"
                else format_when(hit.next_meeting, now)
            )
            lines.append(_line("Next", when))
        lines.append(_line("When", describe(listing.schedule)))
        parts = [listing.location_name, listing.address]
        if listing.city and listing.city not in listing.address:
            parts.append(listing.city)
        where = ", ".join(p for p in parts if p)
        if where:
            lines.append(_line("Where", where))
        if listing.phone:
            lines.append(f"**Phone:** {phone_markdown(listing.phone)}")
        if listing.email:
            lines.append(_link_line("Email", listing.email, "mailto:"))
        if listing.url:
            lines.append(_link_line("Website", listing.url))
        if listing.conference_url:
            lines.append(_link_line("Join online", listing.conference_url))
        if listing.conference_phone:  # only the number is linked, not an access code after it
            lines.append(f"**Dial in:** {phone_markdown(listing.conference_phone, max_links=1)}")
        if listing.languages:
            lines.append(_line("Languages", ", ".join(map(language_name, listing.languages))))
        if listing.populations:
            lines.append(_line("For", ", ".join(map(population_label, listing.populations))))
        if listing.topics:
            lines.append(_line("Topics", ", ".join(map(topic_label, listing.topics))))
        if listing.accessibility:
            lines.append(_line("Access", ", ".join(listing.accessibility)))
        if listing.cost:
            lines.append(_line("Cost", ", ".join(listing.cost)))
        st.markdown("  \n".join(lines))
        if listing.description:
            st.text(listing.description)
        if listing.notes:
            st.text(listing.notes)
        st.caption(source_line(hit, feed))
        left, right = st.columns(2)
        if has_calendar(listing):
            left.download_button(
                "Add to calendar (.ics)",
                # Built only when clicked: 50 calendars on every rerun cost ~220 ms.
                data=lambda listing=listing, now=now: listing_calendar(listing, now),
                file_name=f"kindred-{number}.ics",
                mime="text/calendar",
                key=f"directory_ics_{number}",
                icon=":material/event:",
                on_click="ignore",  # a download changes nothing on the page: no rerun
            )
        if listing.source != VERIFIED_SOURCE:
            # Lazy: the form is built only while its popover is open (opening reruns);
            # 50 closed forms were about 30% of every rerun of the page.
            with right.popover(
                "Suggest a correction",
                icon=":material/edit:",
                key=f"directory_correction_open_{number}",
                on_change="rerun",
            ) as popover:
                if popover.open:
                    correction_form(listing.id, number)


def correction_form(listing_id: str, number: int) -> None:
    with st.form(f"directory_correction_{number}"):  # kept on a warning: nothing is lost
        message = st.text_area(
            "What should change?",
            max_chars=2000,
            help="Moderators read every suggestion. Please leave out personal details.",
        )
        if st.form_submit_button("Send to moderators"):
            listing = directory().get(listing_id)
            try:
                if listing is None:
                    raise SubmissionError("That listing is no longer in the directory.")
                moderation_inbox().suggest_correction(
                    listing.id, message, title=listing.name, sender=current_sender()
                )
            except SubmissionError as problem:
                st.warning(str(problem))
            else:
                st.success("Thank you. A moderator will check it.")
