"""Every page renders through AppTest from app.py without an exception."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from ui.navigation import PAGES

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "app.py")


def _run(page: str | None = None, country: str = "US") -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    at.session_state["help_country"] = country
    at.run()
    if page:
        at.switch_page(page)
        at.run()
    return at


@pytest.mark.parametrize("page", [entry.script for entry in PAGES])
def test_every_page_renders(data_dir, page):
    at = _run(page)
    assert not at.exception, at.exception
    assert len(at.main.children) > 0


def test_home_says_what_kindred_is_not(data_dir):
    at = _run()
    text = " ".join(m.value for m in at.info)
    assert "not therapy" in text and "not an emergency service" in text


@pytest.mark.parametrize(
    ("country", "must_show"),
    [("US", "988"), ("GB", "116 123"), ("AU", "13 11 14"), ("IE", "112 or 999")],
)
def test_get_help_shows_the_country_lines(data_dir, country, must_show):
    at = _run("pages/get_help.py", country)
    assert not at.exception
    shown = " ".join(str(m.value) for m in at.markdown) + " ".join(e.value for e in at.error)
    shown = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", shown)  # a tap-to-call link reads as its text
    assert must_show in shown.replace("\\", "")


def test_unknown_country_points_to_the_international_directory(data_dir):
    at = _run("pages/get_help.py", "OTHER")
    shown = " ".join(str(m.value) for m in at.markdown).replace("\\", "")
    assert "findahelpline.com" in shown
    assert any("emergency number" in e.value for e in at.error)


def test_country_choice_is_remembered_across_pages(data_dir):
    at = _run("pages/get_help.py", "NZ")
    at.switch_page("pages/home.py").run()
    at.switch_page("pages/get_help.py").run()
    assert at.session_state["help_country"] == "NZ"
    assert "1737" in " ".join(str(m.value) for m in at.markdown)


def test_every_registered_page_has_its_script():
    assert all((ROOT / entry.script).is_file() for entry in PAGES)


def test_a_bad_setting_shows_what_to_fix_instead_of_a_traceback(data_dir, monkeypatch):
    monkeypatch.setenv("KINDRED_LOCK_MINUTES", "abc")
    at = _run()
    assert not at.exception
    assert "Kindred cannot start" in at.error[0].value
    assert "KINDRED_LOCK_MINUTES='abc'" in at.code[0].value
    assert "whole number" in at.code[0].value
