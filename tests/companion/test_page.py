"""The companion page through AppTest: identity line, person control, chat, crisis card."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from journal import JournalStore
from knowledge.resources import wording
from settings import Settings

APP = str(Path(__file__).resolve().parents[2] / "app.py")


def _page(country: str = "US", journal=None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120)
    at.session_state["help_country"] = country
    if journal is not None:
        at.session_state["journal_session"] = journal
        at.session_state["journal_last_active"] = time.time()
    at.run()
    at.switch_page("pages/companion.py").run()
    return at


def _shown(at: AppTest) -> str:
    return " ".join(str(m.value) for m in at.markdown).replace("\\", "") + " ".join(
        str(e.value) for e in at.error
    )


def test_page_says_what_it_is_and_offers_a_person(data_dir, model):
    at = _page()
    assert not at.exception
    assert at.chat_input[0].placeholder == wording.COMPANION_PROMPT
    assert wording.COMPANION_NOT_A_PERSON in " ".join(i.value for i in at.info)
    assert wording.COMPANION_TALK_TO_A_PERSON in _shown(at)
    assert "NAMI HelpLine" in _shown(at)


def test_a_chat_turn_is_kept_in_the_session(data_dir, model):
    at = _page()
    at.chat_input[0].set_value("I had a good day today").run()
    assert not at.exception
    history = at.session_state["companion_history"]
    assert [m["role"] for m in history] == ["user", "assistant"]
    assert len(at.chat_message) == 2


def test_a_crisis_message_shows_the_crisis_card_at_once(data_dir, model):
    at = _page("GB")
    at.chat_input[0].set_value("I want to kill myself").run()
    assert not at.exception
    shown = _shown(at)
    assert "116 123" in shown and "999" in shown


def test_links_in_a_reply_stay_clickable_and_the_rest_stays_inert():
    from ui.companion import reply_markdown

    text = "Chat: https://988lifeline.org/chat. Ignore *this* [link](http://x)"
    shown = reply_markdown(text)
    assert "[https://988lifeline\\.org/chat](https://988lifeline.org/chat)" in shown
    assert "\\*this\\*" in shown and "\\[link\\]" in shown


@pytest.mark.slow
def test_save_to_journal_only_with_an_unlocked_journal(data_dir, model):
    at = _page()
    at.chat_input[0].set_value("hi").run()
    assert not [b for b in at.button if b.key == "companion_save"]

    store = JournalStore(Settings.from_env().store_url)
    store.create_account("sam", "a long passphrase here")
    journal = store.unlock("sam", "a long passphrase here")
    at = _page(journal=journal)
    at.session_state["journal_last_active"] = time.time()
    at.chat_input[0].set_value("I can't sleep lately").run()
    at.button(key="companion_save").click().run()
    assert not at.exception
    notes = [entry for entry in journal.entries() if "companion" in entry.checkin.tags]
    assert len(notes) == 1 and "I can't sleep lately" in notes[0].note


def test_a_spanish_crisis_pins_the_spanish_option_above_the_chat_input(data_dir, model):
    at = _page("US")
    at.chat_input[0].set_value("ya no quiero vivir, tengo las pastillas guardadas").run()
    assert not at.exception
    assert "Habla con una persona ahora:" in _shown(at)
    assert "sms:988?&body=AYUDA" in _shown(at) and "tel:911" in _shown(at)
    # The chat box asks in the conversation's language from the first Spanish message on.
    assert at.chat_input[0].placeholder == wording.COMPANION_PROMPT_ES
    at.chat_input[0].set_value("hablemos de otra cosa, de mi jardín").run()
    assert "Habla con una persona ahora:" in _shown(at)  # the route stays


def test_the_crisis_line_is_pinned_while_the_plain_question_waits(data_dir, model, monkeypatch):
    import companion.conversation
    from companion.turn_cache import TURNS

    # The band opened fully, as in test_asked_about, so a retrain cannot move this message
    # out of it; the turns read under the shipped band must not answer for these.
    monkeypatch.setattr(companion.conversation, "UNSURE_BELOW", 1.01)
    TURNS.clear()
    at = _page("US")
    at.chat_input[0].set_value("hey, just got home from work").run()
    at.chat_input[0].set_value("i'm so done with all of it honestly").run()
    assert not at.exception
    assert wording.COMPANION_ASK_PLAINLY in _shown(at)
    assert wording.PINNED_CRISIS_TITLE in _shown(at) and "tel:911" in _shown(at)
    at.chat_input[0].set_value("no, just really stressed and exhausted from work").run()
    # A clear no: the warmline again, and the crisis line and emergency number beside it.
    assert wording.PINNED_CONCERN_TITLE in _shown(at)
    assert wording.PINNED_CRISIS_TITLE not in _shown(at)
    assert "tel:988" in _shown(at) and "tel:911" in _shown(at)
    TURNS.clear()


def test_the_routes_under_a_spanish_reply_are_headed_in_spanish(data_dir, model):
    at = _page()
    at.chat_input[0].set_value("hoy fue un día largo en el trabajo, estoy cansada").run()
    assert not at.exception
    captions = [c.value for c in at.caption]
    assert wording.PEOPLE_WHO_CAN_HELP_ES in captions
    assert wording.PEOPLE_WHO_CAN_HELP not in captions
