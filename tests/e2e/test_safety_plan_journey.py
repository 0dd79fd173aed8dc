"""My safety plan and crisis help on a phone (390 x 844): tap to call, plan first, axe."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import expect

from knowledge.resources import wording
from tests.e2e.browser import assert_accessible, open_page, screenshot, wait_idle
from tests.e2e.conftest import new_tab
from tests.e2e.journeys import HOSTILE, HOSTILE_FRAGMENTS, SLOW, create_journal

PHONE = {"width": 390, "height": 844}


@pytest.fixture()
def phone(browser, _warm_app: str) -> Iterator[object]:
    with new_tab(browser, _warm_app, phone=True) as tab:
        yield tab


def go_to(page, title: str) -> None:
    """Open the collapsed sidebar as a person on a phone does, then follow the page link."""
    link = page.get_by_role("navigation", name="App pages").get_by_role("link", name=title)
    box = link.bounding_box()
    if box is None or box["x"] < 0:  # the sidebar is folded away to the left
        page.get_by_test_id("stExpandSidebarButton").click()
        page.wait_for_timeout(500)
    link.click()
    wait_idle(page)
    sidebar = page.get_by_test_id("stSidebar")
    if sidebar.get_attribute("data-collapsed") == "false":  # fold it away again
        sidebar.hover()
        page.get_by_test_id("stSidebarCollapseButton").locator("button").click()
        page.wait_for_timeout(500)


def _on_first_screen(locator) -> bool:
    box = locator.bounding_box()
    return box is not None and box["y"] >= 0 and box["y"] + box["height"] <= PHONE["height"]


def test_get_help_on_a_phone_has_the_emergency_number_and_first_line_on_the_first_screen(phone):
    open_page(phone, "get-help")
    emergency = phone.locator('a[href="tel:911"]').first
    lifeline = phone.locator('a[href="tel:988"]').first
    expect(emergency).to_be_visible()
    expect(lifeline).to_be_visible()
    assert _on_first_screen(emergency), emergency.bounding_box()
    assert _on_first_screen(lifeline), lifeline.bounding_box()
    texting = phone.locator('a[href="sms:741741?&body=HOME"]').first
    expect(texting).to_have_text("Text HOME to 741741")
    for link in phone.locator('[data-testid="stMain"] a[href^="tel:"]').all():
        href = link.get_attribute("href")
        assert href and href[4:].lstrip("+").isdigit(), href  # only digits: a working link
    screenshot(phone, "get-help-phone")
    assert_accessible(phone, "get-help-phone")


def test_build_a_plan_on_a_phone_and_see_it_first_on_the_crisis_card(phone):
    create_journal(phone)
    go_to(phone, "My safety plan")
    form = phone.locator('[data-testid="stForm"]')
    form.get_by_role("textbox", name="In your own words").fill("not sleeping")
    form.get_by_role("textbox", name="2. Things I can do on my own (one per line)").fill(
        "cold water on my face\nwalk round the block"
    )
    form.get_by_role("textbox", name="Person 1: name").fill("Sam")
    form.get_by_role("textbox", name="Person 1: phone").fill("07700 900123")
    form.get_by_role("textbox", name="Person 2: name").fill("Mum")
    form.get_by_role("textbox", name="Person 2: phone").fill("ask at the front desk")
    form.get_by_role("textbox", name="My reasons for living (one per line)").fill("my cat Miso")
    form.get_by_text("Skip step 6 for now").click()  # 6. making my surroundings safer
    form.get_by_role("button", name="Save my plan").click()
    wait_idle(phone)
    expect(phone.get_by_text("Your safety plan is saved in your journal.")).to_be_visible()
    expect(phone.get_by_text("This isn't a number a phone can dial")).to_be_visible()
    card = phone.locator('[data-testid="stMain"]').get_by_text("Your plan", exact=True)
    expect(card).to_be_visible()
    expect(phone.locator('a[href="tel:07700900123"]').first).to_be_visible()
    assert phone.locator('a[href^="tel:ask"]').count() == 0
    screenshot(phone, "safety-plan-phone", show=phone.get_by_role("heading", name="My safety plan"))
    screenshot(
        phone, "safety-plan-card-phone", show=phone.get_by_role("heading", name="Take it with you")
    )
    assert_accessible(phone, "safety-plan-phone")

    go_to(phone, "Get help now")
    sam = phone.locator('a[href="tel:07700900123"]').first
    expect(sam).to_be_visible()
    # my plan, then the lines in full; a one-tap first line stays above it, on the first screen
    lifeline = phone.get_by_role("strong").filter(has_text="988 Suicide & Crisis Lifeline")
    assert sam.bounding_box()["y"] < lifeline.last.bounding_box()["y"]
    assert _on_first_screen(phone.locator('a[href="tel:988"]').first)
    assert _on_first_screen(phone.locator('a[href="tel:911"]').first)
    expect(phone.get_by_text("my cat Miso")).to_be_visible()
    screenshot(phone, "get-help-with-plan-phone")
    assert_accessible(phone, "get-help-with-plan-phone")


def test_a_crisis_message_shows_your_plan_above_the_verified_lines(phone):
    create_journal(phone)
    go_to(phone, "My safety plan")
    form = phone.locator('[data-testid="stForm"]')
    form.get_by_role("textbox", name="Person 1: name").fill("Sam")
    form.get_by_role("textbox", name="Person 1: phone").fill("07700 900123")
    form.get_by_role("button", name="Save my plan").click()
    wait_idle(phone)
    go_to(phone, "Companion")
    box = phone.get_by_role("textbox", name=wording.COMPANION_PROMPT)
    box.fill("I want to end my life tonight")
    box.press("Enter")
    wait_idle(phone)
    reply = phone.get_by_role("group", name="Chat message from assistant").last
    expect(reply).to_be_visible(timeout=SLOW)
    sam = reply.locator('a[href="tel:07700900123"]').first
    expect(sam).to_be_visible(timeout=SLOW)
    # the crisis card's own line (bold), not the reply's one-line summary above the card
    lifeline = reply.get_by_role("strong").filter(has_text="988 Suicide & Crisis Lifeline")
    assert sam.bounding_box()["y"] < lifeline.last.bounding_box()["y"]
    expect(reply).to_contain_text("You have a safety plan")  # the companion offers it
    assert_accessible(phone, "companion-crisis-with-plan-phone")


def test_the_help_control_stays_reachable_after_scrolling_on_a_phone(phone):
    open_page(phone, "get-help")
    help_link = phone.locator(".st-key-get_help_now").get_by_role("link", name="Get help now")
    phone.mouse.move(195, 600)
    for _ in range(6):
        phone.mouse.wheel(0, 1500)
        phone.wait_for_timeout(150)
    assert _on_first_screen(help_link), help_link.bounding_box()
    help_link.click(trial=True, timeout=5_000)  # nothing covers it: a tap would reach it
    toggle = phone.get_by_test_id("stExpandSidebarButton")
    toggle.click(trial=True, timeout=5_000)  # and it covers nothing: the sidebar still opens
    screenshot(phone, "get-help-phone-scrolled")


def test_hostile_text_in_the_plan_stays_text_on_the_page_and_the_crisis_card(phone):
    create_journal(phone)
    go_to(phone, "My safety plan")
    form = phone.locator('[data-testid="stForm"]')
    form.get_by_role("textbox", name="My reasons for living (one per line)").fill(HOSTILE)
    form.get_by_role("textbox", name="Person 1: name").fill("<b>Sam</b>")
    form.get_by_role("textbox", name="Person 1: phone").fill("javascript:window.__pwned=1")
    form.get_by_role("button", name="Save my plan").click()
    wait_idle(phone)
    go_to(phone, "Get help now")
    main = phone.get_by_test_id("stMain")
    for fragment in HOSTILE_FRAGMENTS:
        expect(main.get_by_text(fragment, exact=False).first).to_be_visible()
    expect(main.get_by_text("<b>Sam</b>").first).to_be_visible()
    hrefs = [a.get_attribute("href") or "" for a in main.locator("a").all()]
    assert not [h for h in hrefs if h.lower().startswith("javascript")], hrefs
    assert phone.evaluate("() => window.__pwned === undefined")
