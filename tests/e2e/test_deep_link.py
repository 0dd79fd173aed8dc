"""The first visit after a restart may be a deep link; it must still get the whole app."""

from __future__ import annotations

from tests.e2e.browser import open_page
from tests.e2e.conftest import _require_browser_tools, new_tab, serve_app


def test_first_visit_by_deep_link_shows_navigation_and_help(browser, tmp_path):
    _require_browser_tools()
    with serve_app(tmp_path) as url, new_tab(browser, url) as tab:
        open_page(tab, "journal")
        assert tab.get_by_role("link", name="Get help now").first.is_visible()
        sidebar = tab.locator('[data-testid="stSidebarNav"]')
        assert sidebar.get_by_text("Check-in & journal").count() == 1
        assert sidebar.get_by_text("journal", exact=True).count() == 0
