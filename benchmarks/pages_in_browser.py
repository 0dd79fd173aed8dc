"""The running app driven in Chromium the way people use it, for the memory benchmark.

One person's session, moved between pages through the sidebar (a fresh page load would start
a new session and lock the journal): unlock a journal holding a year of check-ins, its
insights and self-check history, a story search, a directory search and a few companion
turns. The steps reuse the browser journeys' helpers; each waits for what the person would
read and raises (Playwright's `expect`, TimeoutError) if it never shows.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from playwright.sync_api import Page, expect

from benchmarks.journal_year import YearAccount
from benchmarks.pages_in_use import COMPANION_TURNS, PLACE, STORY_QUERY
from knowledge.resources import wording
from tests.e2e.browser import go_to, open_page, wait_idle
from tests.e2e.journeys import SLOW, Account, show_entries, unlock_journal
from ui.navigation import PAGES

PATIENT = 20_000  # ms: what Streamlit draws after a rerun, on a busy 2-core machine too
DRAWN_CHARTS = """(least) => Array.from(
    document.querySelectorAll('[data-testid="stVegaLiteChart"]')
).filter(chart => {
    const drawn = chart.querySelector("canvas, svg.marks");
    return drawn && drawn.getBoundingClientRect().width > 0;
}).length >= least"""


def visit_every_page(tab: Page) -> None:
    """A first visit to each page, each a fresh page load (so a fresh session)."""
    for entry in PAGES:
        open_page(tab, "" if entry.url_path == "home" else entry.url_path)


def use_the_pages(tab: Page, account: YearAccount) -> Iterator[str]:
    """The in-use states of the AppTest rows, in one session; names each state once reached."""
    open_page(tab, "journal")
    unlock_journal(tab, Account(account.name, account.passphrase))
    expect(tab.get_by_role("button", name="Lock journal")).to_be_visible(timeout=PATIENT)
    entries = show_entries(tab)
    older = entries.get_by_role("button", name="Show older entries")
    expect(older).to_be_visible(timeout=PATIENT)
    yield f"journal unlocked, {account.checkins} check-ins"

    go_to(tab, "Insights")
    tab.wait_for_function(DRAWN_CHARTS, arg=6, timeout=PATIENT)
    yield "Insights, 6 charts drawn"
    go_to(tab, "Self-checks")
    tab.wait_for_function(DRAWN_CHARTS, arg=1, timeout=PATIENT)
    yield f"Self-checks, {account.self_checks} past results charted"

    go_to(tab, "Stories")
    box = tab.get_by_role("textbox", name="Describe what you're going through")
    box.fill(STORY_QUERY)
    box.press("Enter")
    wait_idle(tab)
    found_stories = tab.get_by_text(re.compile(r"^\d+ stories, closest first\."))
    expect(found_stories).to_be_visible(timeout=SLOW)
    yield "a story search, results"

    go_to(tab, "Find a group")
    tab.get_by_role("textbox", name="Place (town, or ZIP or postal code)").fill(PLACE)
    tab.get_by_role("button", name="Search").click()
    wait_idle(tab)
    found_groups = re.compile(rf"\d+ results? near {re.escape(PLACE)}")
    expect(tab.get_by_role("heading", name=found_groups)).to_be_visible(timeout=PATIENT)
    yield f"a directory search ({PLACE}), results"

    go_to(tab, "Companion")
    replies = tab.get_by_role("group", name="Chat message from assistant")
    for turn, message in enumerate(COMPANION_TURNS, start=1):
        box = tab.get_by_role("textbox", name=wording.COMPANION_PROMPT)
        box.fill(message)
        box.press("Enter")
        wait_idle(tab)
        expect(replies).to_have_count(turn, timeout=SLOW)
    # wording.COMPANION_ERROR: a reply that failed would still count as a reply.
    expect(replies.filter(has_text="Something went wrong on my side")).to_have_count(0)
    yield f"Companion, {len(COMPANION_TURNS)} turns"
