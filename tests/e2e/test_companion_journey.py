"""The companion in a real browser: a crisis message brings the country's crisis line at once."""

from __future__ import annotations

from urllib.parse import urlsplit

from playwright.sync_api import expect

from knowledge.resources import crisis_lines
from tests.e2e.browser import assert_accessible, open_page, screenshot
from tests.e2e.journeys import send_message

CRISIS_MESSAGE = "I want to end my life tonight"


def test_crisis_message_shows_the_us_crisis_line_and_emergency_number(page):
    open_page(page, "companion")
    reply = send_message(page, CRISIS_MESSAGE)

    expect(page.get_by_role("group", name="Chat message from user")).to_contain_text(CRISIS_MESSAGE)
    expect(reply.get_by_text("988 Suicide & Crisis Lifeline").first).to_be_visible()
    expect(reply.get_by_text("Call 988").first).to_be_visible()
    for line in crisis_lines("US"):  # the whole crisis card, every line in its own block
        if line.kind in ("crisis", "specialist"):
            expect(reply.get_by_role("strong").filter(has_text=line.name).first).to_be_visible()
    expect(reply.get_by_role("strong").filter(has_text="911")).to_be_visible()
    expect(reply.get_by_role("heading", level=2)).to_contain_text("reach out to a person now")
    screenshot(
        page,
        "journey-companion-crisis",
        show=page.get_by_role("group", name="Chat message from user"),
    )
    assert_accessible(page, "companion-crisis")


def test_every_link_in_the_crisis_reply_works(page):
    open_page(page, "companion")
    reply = send_message(page, CRISIS_MESSAGE)
    hrefs = [link.get_attribute("href") for link in reply.get_by_role("link").all()]
    assert hrefs, "the crisis reply has no link to a crisis service"
    broken = [
        href
        for href in hrefs
        if "\\" in href
        or "%5C" in href.upper()
        or urlsplit(href).scheme not in ("https", "tel", "sms")
    ]
    assert not broken, f"broken links in the crisis reply: {broken}"


def test_the_crisis_line_stays_in_view_through_never_mind_and_a_new_subject(page):
    open_page(page, "companion")
    pinned = page.locator(".st-key-companion_pinned_help")
    for message in (CRISIS_MESSAGE, "never mind, I'm fine", "let's talk about my garden"):
        reply = send_message(page, message)
        expect(pinned).to_contain_text("988 Suicide & Crisis Lifeline")
        expect(pinned).to_contain_text("911")
        expect(pinned).to_be_in_viewport()
    expect(reply).to_contain_text("garden")
    expect(reply).not_to_contain_text("It sounds like you're in a lot of pain")
    screenshot(page, "journey-companion-route-stays", show=pinned)
    assert_accessible(page, "companion-route-stays")


def test_on_a_phone_the_pinned_line_is_one_tap_away_after_every_turn(browser, _warm_app):
    from tests.e2e.conftest import new_tab

    with new_tab(browser, _warm_app, phone=True) as phone:
        open_page(phone, "companion")
        pinned = phone.locator(".st-key-companion_pinned_help")
        for message in (CRISIS_MESSAGE, "let's talk about my garden"):
            send_message(phone, message)
            for href in ("tel:988", "tel:911"):
                link = pinned.locator(f'a[href="{href}"]').first
                expect(link).to_be_in_viewport()
        screenshot(phone, "companion-pinned-phone")
        assert_accessible(phone, "companion-pinned-phone")


def _newest_reply_in_view(tab) -> None:
    for message in ("hey", "my boss yells at me", "any tips for keeping basil alive?", "thanks!"):
        reply = send_message(tab, message)
    expect(reply).to_contain_text("basil")  # thanks names what was talked about
    expect(reply).to_be_in_viewport()


def test_the_newest_reply_scrolls_into_view_on_a_desktop(page):
    open_page(page, "companion")
    _newest_reply_in_view(page)
    screenshot(page, "companion-newest-reply-desktop")


def test_the_newest_reply_scrolls_into_view_on_a_phone(browser, _warm_app):
    from tests.e2e.conftest import new_tab

    with new_tab(browser, _warm_app, phone=True) as phone:
        open_page(phone, "companion")
        _newest_reply_in_view(phone)
        screenshot(phone, "companion-newest-reply-phone")


def test_numbers_in_the_crisis_reply_are_tap_to_call(page):
    open_page(page, "companion")
    reply = send_message(page, CRISIS_MESSAGE)
    text = reply.locator('[data-testid="stMarkdownContainer"]').first
    expect(text.locator('a[href="tel:988"]')).to_be_visible()
    expect(text.locator('a[href="sms:988"]')).to_be_visible()
    expect(text.locator('a[href="tel:911"]')).to_be_visible()
