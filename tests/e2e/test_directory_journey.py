"""Find a group in a real browser: a ZIP code, a filter, the results and a calendar file."""

from __future__ import annotations

import re

import icalendar
from playwright.sync_api import expect

from tests.e2e.browser import assert_accessible, choose_option, open_page, screenshot, wait_idle

KIND = "Peer / mutual-aid group"
# The title of the result card a control sits in (its nearest ancestor holding a heading).
CARD_TITLE = """(control) => {
    let card = control;
    while (card && !card.querySelector("h3")) card = card.parentElement;
    return card.querySelector("h3").innerText.trim();
}"""


def test_find_a_group_near_a_zip_code_and_add_it_to_a_calendar(page):
    open_page(page, "directory")
    page.get_by_role("textbox", name="Place (town, or ZIP or postal code)").fill("60614")
    choose_option(page, "Kind", KIND)
    page.get_by_role("button", name="Search").click()
    wait_idle(page)

    summary = page.get_by_role("heading", name=re.compile(r"\d+ results? near Chicago, IL"))
    expect(summary).to_be_visible()
    captions = page.locator('[data-testid="stCaptionContainer"]').filter(has_text=" km away")
    expect(captions.first).to_be_visible()
    for caption in captions.all_inner_texts():
        assert caption.startswith(KIND), f"the Kind filter let through: {caption}"
    distances = [
        float(km) for km in re.findall(r"([\d.]+) km away", " ".join(captions.all_inner_texts()))
    ]
    assert distances == sorted(distances) and distances[-1] <= 25
    expect(page.get_by_text("Demo listing: an example, not a real service").first).to_be_visible()
    screenshot(page, "journey-directory-results", show=page.get_by_role("heading", level=3).first)
    assert_accessible(page, "directory-results")

    add = page.get_by_role("button", name="Add to calendar (.ics)").first
    listing_name = add.evaluate(CARD_TITLE)
    with page.expect_download() as download_info:
        add.click()
    download = download_info.value
    assert download.suggested_filename.endswith(".ics")
    calendar = icalendar.Calendar.from_ical(download.path().read_bytes())
    assert calendar.name == "VCALENDAR"
    events = list(calendar.walk("VEVENT"))
    assert events, "the calendar file has no event"
    assert all(event.get("DTSTART") is not None for event in events)
    assert {str(event.get("SUMMARY")) for event in events} == {listing_name}


def test_a_misspelt_city_a_suggestion_the_map_and_attendance(page):
    asked = []
    page.on("request", lambda request: asked.append(request.url))
    open_page(page, "directory")
    page.get_by_role("textbox", name="Place (town, or ZIP or postal code)").fill("Seatle")
    page.get_by_role("button", name="Search").click()
    wait_idle(page)
    expect(page.get_by_text('We couldn\'t find "Seatle"')).to_be_visible()
    assert_accessible(page, "directory-did-you-mean")

    page.get_by_role("button", name="Seattle, WA").click()
    wait_idle(page)
    summary = page.get_by_role("heading", name=re.compile(r"(\d+) results? near Seattle, WA"))
    expect(summary).to_be_visible()
    chart = page.locator('[data-testid="stDeckGlJsonChart"]')
    expect(chart).to_be_visible()
    expect(chart.locator("canvas").first).to_be_visible()
    screenshot(page, "journey-directory-map", show=chart)
    assert_accessible(page, "directory-map")

    choose_option(page, "Attendance", "Online")
    page.get_by_role("button", name="Search").click()
    wait_idle(page)
    captions = page.locator('[data-testid="stCaptionContainer"]').filter(has_text=KIND)
    expect(captions.first).to_be_visible()
    for caption in captions.all_inner_texts():
        assert "Online" in caption or "Hybrid" in caption, caption
        assert "In person" not in caption, caption
    assert_accessible(page, "directory-attendance")
    # the map drew outlines shipped with the app: nothing left this machine for tiles
    outside = [
        url for url in asked if not re.match(r"^(https?|wss?)://(127\.0\.0\.1|localhost)", url)
    ]
    assert not [u for u in outside if not u.startswith(("data:", "blob:"))], outside
