"""Stories in a real browser: search, a folded content warning, and a shared story going live."""

from __future__ import annotations

from playwright.sync_api import expect

from tests.e2e.browser import assert_accessible, go_to, screenshot, wait_idle
from tests.e2e.journeys import (
    SLOW,
    approve_story,
    create_journal,
    open_story_card,
    search_stories,
    share_story,
    unique,
    unlock_moderation,
)

# Close to the shipped story "The week I didn't need sleep" (content warning: hospitalization).
PAINTING_QUERY = "a peer group helped me start painting again after hospital, a lighthouse"
MANIA_QUERY = "I stopped needing sleep for a week, felt unstoppable, and ended up in hospital"


def test_search_open_a_story_and_meet_a_folded_content_warning(page):
    search_stories(page, MANIA_QUERY, include_warnings=True)
    assert_accessible(page, "stories-results")

    folded = page.locator('[data-testid="stExpander"]').filter(
        has=page.locator("summary", has_text="Content warning:")
    )
    expect(folded.first).to_be_visible()
    warning = folded.first
    summary = warning.locator("summary").first
    expect(summary).to_contain_text("Open to read.")
    title = warning.get_by_role("heading", level=2)
    expect(title).to_be_hidden()  # folded: nothing of the story shows before the person opts in

    screenshot(page, "journey-stories-warning-folded", show=warning)
    summary.click()
    expect(title).to_be_visible()
    screenshot(page, "journey-stories-content-warning", show=warning)
    whole = warning.locator('[data-testid="stExpander"]').filter(has_text="Read the whole story")
    whole.locator("summary").click()
    body = whole.locator('[data-testid="stExpanderDetails"]')
    expect(body).to_be_visible()
    assert len(body.inner_text().split()) > 50  # the whole story, not a teaser
    assert_accessible(page, "stories-warning-opened")


def test_stories_with_warnings_stay_out_until_the_person_opts_in(page):
    search_stories(page, MANIA_QUERY)
    results = page.locator('[data-testid="stMain"]')
    expect(results.get_by_role("heading", level=2).first).to_be_visible()
    expect(results.locator("summary", has_text="Content warning:")).to_have_count(0)


def test_shared_story_is_found_after_a_moderator_approves_it(page):
    marker = unique("lighthouse")
    title = f"Painting the lighthouse again {marker}"
    body = (
        "After my second stay in hospital I stopped painting for almost a year. A peer group "
        "that met in the library every Thursday gave me a reason to pick up a brush again. "
        "Now I paint every Sunday morning, and the lighthouse I painted hangs in my kitchen. "
        "Painting slowly, with other people around, brought my colours back."
    )
    share_story(page, title, body)
    screenshot(page, "journey-share-sent")

    # The moderation check may label it (hospital stays): readers who opt in see it, folded.
    search_stories(page, PAINTING_QUERY, include_warnings=True)
    expect(page.get_by_text(marker)).to_have_count(0)  # nothing is public before approval

    unlock_moderation(page)
    expect(page.get_by_text(marker).first).to_be_visible()
    screenshot(page, "journey-moderation-queue")
    assert_accessible(page, "moderation-queue")
    approve_story(page, marker)

    search_stories(page, PAINTING_QUERY, include_warnings=True)
    card = open_story_card(page, marker)
    expect(card.get_by_role("heading", name=title)).to_be_visible()
    whole = card.locator('[data-testid="stExpander"]').filter(has_text="Read the whole story")
    whole.locator("summary").click()
    expect(whole.locator('[data-testid="stExpanderDetails"]')).to_contain_text(
        "Painting slowly, with other people around, brought my colours back."
    )
    screenshot(page, "journey-stories-shared-found")


def test_rate_a_story_and_see_for_you(page):
    create_journal(page)
    go_to(page, "Stories")  # through the sidebar: a new page load would lock the journal
    box = page.get_by_role("textbox", name="Describe what you're going through")
    box.fill("i keep checking the stove is off, again and again")
    box.press("Enter")
    wait_idle(page)
    expect(page.get_by_text("stories, closest first.")).to_be_visible(timeout=SLOW)
    main = page.locator('[data-testid="stMain"]')
    whole = main.locator('[data-testid="stExpander"]').filter(has_text="Read the whole story")
    whole.first.locator("summary").click()
    form = whole.first.locator('[data-testid="stForm"]')
    expect(form).to_be_visible()
    for question, answer in (
        ("Did this story feel close to what you're going through?", "Yes"),
        ("How did it leave you feeling about your own recovery?", "More hopeful"),
        ("Would you like more stories like this?", "Yes"),
    ):
        form.get_by_role("radiogroup", name=question).get_by_text(answer, exact=True).click()
    form.get_by_role("button", name="Save my answers").click()
    expect(page.get_by_text("Saved in your journal", exact=False)).to_be_visible(timeout=SLOW)
    expect(main.get_by_role("heading", name="For you")).to_be_visible(timeout=SLOW)
    expect(main.get_by_text("Chosen from the stories you rated", exact=False)).to_be_visible()
    screenshot(page, "journey-stories-for-you")
    assert_accessible(page, "stories-for-you")
