"""Hostile text typed by a person is shown as inert text: no script runs, no live markup."""

from __future__ import annotations

from playwright.sync_api import expect

from tests.e2e.browser import go_to, screenshot
from tests.e2e.journeys import (
    HOSTILE,
    HOSTILE_FRAGMENTS,
    approve_story,
    check_in,
    create_journal,
    open_story_card,
    search_stories,
    share_story,
    show_entries,
    unique,
    unlock_moderation,
)

LIVE_MARKUP = """() => ({
    pwned: typeof window.__pwned !== "undefined",
    scripts: Array.from(document.querySelectorAll("script"))
        .filter(s => s.textContent.includes("__pwned")).length,
    handlers: Array.from(document.querySelectorAll("*")).filter(el =>
        Array.from(el.attributes).some(a => a.name.startsWith("on") && a.value.includes("__pwned"))
    ).length,
    images: document.querySelectorAll('img[src="x"]').length,
    javascript_links: Array.from(document.querySelectorAll("a[href]"))
        .filter(a => a.getAttribute("href").trim().toLowerCase().startsWith("javascript:")).length,
})"""


STORY_QUERY = "a warmline volunteer listened every evening while I worked night shifts"


def assert_inert(page, where) -> None:
    """The hostile text reads literally here, and nothing of it became live in the page."""
    for fragment in HOSTILE_FRAGMENTS:
        expect(where.get_by_text(fragment).first).to_be_visible()
    page.wait_for_timeout(300)  # an <img onerror> would fire as soon as it was attached
    assert page.evaluate(LIVE_MARKUP) == {
        "pwned": False,
        "scripts": 0,
        "handlers": 0,
        "images": 0,
        "javascript_links": 0,
    }


def test_hostile_journal_note_is_shown_as_text(page):
    create_journal(page)
    check_in(page, note=f"Rough evening. {HOSTILE}")
    entries = show_entries(page)
    assert_inert(page, entries)
    screenshot(page, "journey-hostile-journal-note")

    go_to(page, "Insights")  # the other pages that read the journal stay inert too
    assert page.evaluate("() => typeof window.__pwned") == "undefined"


def test_hostile_story_is_inert_for_moderators_and_readers(page):
    marker = unique("inert")
    title = f'Night shifts {marker} <img src=x onerror="window.__pwned=1">'
    body = (
        "Working nights wore me down until I could not sleep at all. A warmline volunteer "
        "listened every evening for a month, and a peer group helped me ask for day shifts. "
        f"{HOSTILE} Now I sleep again and I volunteer on that warmline myself."
    )
    share_story(page, title, body)

    unlock_moderation(page)
    expect(page.get_by_text(marker).first).to_be_visible()
    assert page.evaluate(LIVE_MARKUP)["pwned"] is False
    assert page.evaluate(LIVE_MARKUP)["images"] == 0
    approve_story(page, marker)

    # The moderation check may give the story a content warning; the reader opts in to those.
    search_stories(page, STORY_QUERY, include_warnings=True)
    card = open_story_card(page, marker)
    card.locator("summary", has_text="Read the whole story").click()
    assert_inert(page, card)
    expect(card.get_by_role("heading", name=marker)).to_contain_text(
        '<img src=x onerror="window.__pwned=1">'
    )
    screenshot(page, "journey-hostile-story")
