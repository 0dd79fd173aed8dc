"""Across pages (AppTest): a correction suggested on Find a group reaches the Moderation page
and is resolved there; sign-in tries are shared by tabs; an idle moderator is signed out."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
import streamlit as st
from argon2 import PasswordHasher
from streamlit.testing.v1 import AppTest

from database import utcnow
from knowledge.directory import prepare_sample_data
from knowledge.moderation.signin import FROM_ONE_SENDER
from settings import Settings

APP = str(Path(__file__).resolve().parents[2] / "app.py")
PASSWORD = "a long moderator passphrase"
MESSAGE = "The group moved to the library's upstairs room."


@pytest.fixture()
def app(data_dir, monkeypatch):
    monkeypatch.setenv("KINDRED_MODERATOR_PASSWORD_HASH", PasswordHasher().hash(PASSWORD))
    prepare_sample_data(Settings.from_env())
    st.cache_resource.clear()  # cached settings, directory and inbox of an earlier data folder


def _tab(page: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120)
    at.session_state["help_country"] = "US"
    at.run()
    at.switch_page(page).run()
    assert not at.exception, at.exception
    return at


def _click(at: AppTest, label: str) -> AppTest:
    next(b for b in at.button if b.label == label).click()
    return at.run()


def _sign_in(password: str = PASSWORD) -> AppTest:
    at = _tab("pages/moderation.py")
    at.text_input[0].input(password)
    return _click(at, "Unlock")


def test_a_correction_from_find_a_group_is_resolved_on_the_moderation_page(app):
    finder = _tab("pages/directory.py")
    finder.text_input(key="directory_place").input("60614")
    finder.toggle(key="directory_remote").set_value(False)
    _click(finder, "Search")
    finder.session_state["directory_correction_open_0"] = True  # open the first card's popover
    finder.run()
    finder.text_area[0].input(MESSAGE)
    _click(finder, "Send to moderators")
    assert not finder.exception
    assert any("A moderator will check it" in s.value for s in finder.success)

    moderator = _sign_in()
    assert not moderator.exception
    corrections = moderator.tabs[1]
    shown = " ".join(m.value for m in corrections.markdown).replace("\\", "")
    assert MESSAGE in shown
    _click(moderator, "Mark as handled")
    assert not moderator.exception
    waiting = " ".join(m.value for m in moderator.tabs[1].markdown)
    assert (
        "No corrections are waiting." in " ".join(t.value for t in moderator.tabs[1].text) + waiting
    )
    decided = " ".join(m.value for m in moderator.tabs[2].markdown).replace("\\", "")
    assert "approved" in decided


def test_wrong_passwords_in_one_tab_pause_a_new_tab(app):
    for _ in range(FROM_ONE_SENDER.free):
        tab = _sign_in("guess")
        assert any("didn't match" in w.value for w in tab.warning)
    fresh = _sign_in()
    assert any("Too many wrong passwords" in e.value for e in fresh.error)
    assert not fresh.tabs, "the right password waits too while paused"


def test_an_idle_moderator_is_signed_out(app, monkeypatch):
    monkeypatch.setenv("KINDRED_MODERATOR_IDLE_MINUTES", "20")
    moderator = _sign_in()
    assert moderator.tabs
    moderator.session_state["moderation_seen_at"] = utcnow() - timedelta(minutes=21)
    moderator.run()
    assert any("signed out after 20 minutes" in i.value for i in moderator.info)
    assert not moderator.tabs and moderator.text_input
