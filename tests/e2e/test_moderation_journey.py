"""A correction in a real browser: suggested on Find a group, resolved on the Moderation page."""

from __future__ import annotations

from playwright.sync_api import expect

from tests.e2e.browser import assert_accessible, open_page, screenshot, wait_idle
from tests.e2e.journeys import unique, unlock_moderation


def test_a_suggested_correction_reaches_a_moderator_who_resolves_it(page):
    message = unique("The group now meets upstairs in the library")
    open_page(page, "directory")
    page.get_by_role("textbox", name="Place (town, or ZIP or postal code)").fill("60614")
    page.get_by_role("button", name="Search").click()
    wait_idle(page)
    page.get_by_role("button", name="Suggest a correction").first.click()
    wait_idle(page)
    page.get_by_role("textbox", name="What should change?").fill(message)
    page.get_by_role("button", name="Send to moderators").click()
    wait_idle(page)
    expect(page.get_by_text("Thank you. A moderator will check it.")).to_be_visible()
    assert_accessible(page, "directory-correction-sent")

    unlock_moderation(page)
    page.get_by_role("tab", name="Directory corrections").click()
    corrections = page.get_by_role("tabpanel", name="Directory corrections")
    card = (
        corrections.locator('[data-testid="stVerticalBlock"]')
        .filter(has_text=message)
        .filter(has=page.get_by_role("button", name="Mark as handled"))
        .last
    )
    expect(card).to_be_visible()
    screenshot(page, "journey-moderation-correction", show=card)
    assert_accessible(page, "moderation-corrections")
    card.get_by_role("button", name="Mark as handled").click()
    wait_idle(page)
    page.get_by_role("tab", name="Directory corrections").click()
    expect(page.get_by_text(message)).to_have_count(0)
    page.get_by_role("tab", name="Decided").click()
    decided = page.get_by_role("tabpanel", name="Decided")
    expect(decided.get_by_text("approved").first).to_be_visible()
