"""The journal in a real browser: check in, see it in history and charts, lock, unlock, export."""

from __future__ import annotations

import json

from playwright.sync_api import expect

from tests.e2e.browser import assert_accessible, go_to, screenshot, wait_idle
from tests.e2e.journeys import Account, check_in, create_journal, show_entries, unlock_journal

CHART = '[data-testid="stVegaLiteChart"]'


def rendered_charts(page) -> int:
    """Charts on screen that vega actually drew (a canvas or svg with a size)."""
    return page.evaluate(
        """(selector) => Array.from(document.querySelectorAll(selector)).filter(chart => {
            const drawn = chart.querySelector("canvas, svg.marks");
            return drawn && drawn.getBoundingClientRect().width > 0;
        }).length""",
        CHART,
    )


def test_check_in_appears_in_history_calendar_and_insights(page):
    create_journal(page)
    assert_accessible(page, "journal-unlocked")
    check_in(page, note="A slow walk by the lake helped today.")

    entries = show_entries(page)
    expect(entries.get_by_text("A slow walk by the lake helped today.")).to_be_visible()
    expect(entries.get_by_text("🙂 Good")).to_be_visible()
    expect(entries.get_by_text("walk outside")).to_be_visible()
    screenshot(page, "journey-journal-entries")
    assert_accessible(page, "journal-entries")

    page.get_by_role("tab", name="Calendar").click()
    calendar = page.get_by_role("tabpanel", name="Calendar")
    expect(calendar.locator(CHART)).to_be_visible()
    page.wait_for_function(
        "() => document.querySelector('[data-testid=stVegaLiteChart] canvas, "
        "[data-testid=stVegaLiteChart] svg.marks') !== null"
    )
    screenshot(page, "journey-journal-calendar")

    go_to(page, "Insights")
    expect(page.get_by_role("heading", name="Mood over time")).to_be_visible()
    days = page.locator('[data-testid="stMetric"]').filter(
        has_text="Days with an entry, last 30 days"
    )
    expect(days.locator('[data-testid="stMetricValue"]')).to_have_text("1")
    page.wait_for_function(
        "() => document.querySelectorAll('[data-testid=stVegaLiteChart] canvas, "
        "[data-testid=stVegaLiteChart] svg.marks').length >= 2"
    )
    assert rendered_charts(page) >= 2
    screenshot(page, "journey-insights")
    assert_accessible(page, "insights-with-entries")


def test_lock_hides_entries_and_unlock_brings_them_back(page):
    account = create_journal(page)
    check_in(page, note="Called my sister; felt lighter afterwards.")
    page.get_by_role("button", name="Lock journal").click()
    wait_idle(page)

    expect(
        page.get_by_text("Unlock your journal to check in and see your entries.")
    ).to_be_visible()
    expect(page.get_by_role("button", name="Lock journal")).to_have_count(0)
    assert "Called my sister" not in page.content()
    assert_accessible(page, "journal-locked")

    unlock_journal(page, Account(account.name, "not my passphrase"))
    expect(page.get_by_text("That name and passphrase don't match a journal here.")).to_be_visible()
    expect(page.get_by_role("tab", name="Entries")).to_have_count(0)

    unlock_journal(page, account)
    entries = show_entries(page)
    expect(entries.get_by_text("Called my sister; felt lighter afterwards.")).to_be_visible()


def test_export_downloads_a_file_with_the_note(page):
    create_journal(page)
    check_in(page, note="Export me: the blue mug and the quiet kitchen.")
    go_to(page, "Privacy & your data")
    expect(page.get_by_role("heading", name="Export everything")).to_be_visible()
    assert_accessible(page, "privacy-unlocked")

    with page.expect_download() as download_info:
        page.get_by_role("button", name="Download JSON").click()
    download = download_info.value
    assert download.suggested_filename.endswith(".json")
    exported = json.loads(download.path().read_text(encoding="utf-8"))
    assert "Export me: the blue mug and the quiet kitchen." in json.dumps(exported)

    with page.expect_download() as download_info:
        page.get_by_role("button", name="Download CSV").click()
    csv_text = download_info.value.path().read_text(encoding="utf-8")
    assert "Export me: the blue mug and the quiet kitchen." in csv_text


def test_the_check_in_form_is_empty_again_after_saving(page):
    create_journal(page)
    check_in(page, note="Only once, please.")
    form = page.get_by_role("tabpanel", name="Check in")
    expect(form.get_by_role("textbox", name="Anything you want to add (optional)")).to_have_value(
        "", timeout=3_000
    )
