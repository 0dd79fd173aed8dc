"""Every page, in a real browser: the help control, no serious accessibility problems."""

from __future__ import annotations

import pytest

from tests.e2e.browser import axe_violations, describe, open_page, screenshot
from ui.navigation import PAGES


@pytest.mark.parametrize("entry", PAGES, ids=lambda e: e.url_path)
def test_page_has_help_control_and_passes_axe(page, entry):
    open_page(page, "" if entry.url_path == "home" else entry.url_path)
    help_link = page.get_by_role("link", name="Get help now").first
    assert help_link.is_visible()
    assert page.locator('[data-testid="stException"]').count() == 0
    screenshot(page, entry.url_path)
    violations = axe_violations(page, f"page-{entry.url_path}")
    assert not violations, describe(violations)


def test_get_help_now_shows_the_country_crisis_line(page):
    open_page(page)
    page.get_by_role("link", name="Get help now").first.click()
    page.get_by_text("988 Suicide & Crisis Lifeline").first.wait_for()
    assert page.get_by_text("Call 911", exact=False).count() >= 1 or "911" in page.content()
