"""The story pages through AppTest: search, folded warnings, sharing, moderation, inert text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from streamlit.testing.v1 import AppTest

from knowledge.stories.guidance import (
    EMPTY_QUERY_HELP,
    FOR_YOU_LOCKED,
    STORY_GONE,
    WEAK_QUERY_HELP,
)

ROOT = Path(__file__).resolve().parents[2]
APP = str(ROOT / "app.py")
PASSWORD = "a long moderator passphrase"
HOSTILE = (
    "<script>alert('owned')</script> <img src=x onerror=alert(1)> **not bold** "
    "[click](javascript:alert(2)) # not a heading"
)
STORY = (
    "My name is Priya Sharma and I worked at Amazon until the panic attacks started on the "
    "train every morning. I couldn't breathe, my hands went numb and I got off early most "
    "days. My friend Adaeze found a peer group that met on Tuesdays and came with me the "
    "first time. Slowly, with therapy and the group, the train became possible again. On bad "
    "mornings I juggle three oranges on the platform until my breathing slows. "
)

pytestmark = pytest.mark.slow


def _page(page: str, **state) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=300)
    at.session_state["help_country"] = "US"
    for key, value in state.items():
        at.session_state[key] = value
    at.run()
    at.switch_page(page)
    at.run()
    assert not at.exception, at.exception
    return at


def _shown(at: AppTest) -> str:
    return "\n".join(str(m.value) for m in at.markdown)


def _button(at: AppTest, label: str):
    return next(b for b in at.button if b.label == label)


def _no_raw_html(at: AppTest) -> None:
    """No submitted text reaches an HTML element (the app's own theme CSS may be one)."""
    for html in at.get("html"):
        assert "<script" not in html.proto.body and "onerror" not in html.proto.body
    for block in at.markdown:
        assert not getattr(block.proto, "allow_html", False)
        # Every "<" of submitted text must arrive escaped as "\<" so Markdown shows it.
        assert not re.search(r"(?<!\\)<(?:script|img|b)\b", block.value), block.value


def test_an_empty_search_offers_suggestions(app_data_dir):
    at = _page("pages/stories.py")
    assert EMPTY_QUERY_HELP in [i.value for i in at.info]
    assert any("door is locked" in b.label for b in at.button)


def test_a_search_shows_cards_without_warned_stories(app_data_dir):
    at = _page("pages/stories.py")
    at.text_input(key="stories_search_box").input("i keep checking the stove is off").run()
    assert not at.exception
    assert "\n## " in "\n" + _shown(at)
    assert not [e for e in at.expander if e.label.startswith("Content warning")]
    assert any("Topics:" in c.value for c in at.caption)


def test_opting_in_shows_warned_stories_folded(app_data_dir):
    at = _page("pages/stories.py")
    at.checkbox(key="stories_include_warnings").check()
    at.text_input(key="stories_search_box").input("i hurt myself when it gets too much").run()
    folded = [e for e in at.expander if e.label.startswith("Content warning")]
    assert folded and "Self harm" in " ".join(e.label for e in folded)


def test_nonsense_gets_suggestions_not_errors(app_data_dir):
    at = _page("pages/stories.py")
    at.text_input(key="stories_search_box").input("zxqv blorp qwrtz").run()
    assert not at.exception
    assert WEAK_QUERY_HELP in [i.value for i in at.info]


def test_the_journal_hands_over_its_text(app_data_dir):
    at = _page("pages/stories.py", stories_query="the voices at night won't stop")
    assert at.text_input(key="stories_search_box").value == "the voices at night won't stop"
    assert "stories_query" not in at.session_state
    assert "\n## " in "\n" + _shown(at)


def test_more_like_this(app_data_dir):
    at = _page("pages/stories.py")
    at.text_input(key="stories_search_box").input("grieving my dad").run()
    _button(at, "More like this").click().run()
    assert not at.exception
    assert any(s.value.startswith("Stories like") for s in at.header)


def test_more_like_a_withdrawn_story_says_it_is_gone(app_data_dir):
    at = _page("pages/stories.py", stories_more_like="no-such-story")
    assert STORY_GONE in [i.value for i in at.info]
    assert any(b.label == "Back to my search" for b in at.button)


def _share(at: AppTest, body: str, title: str = "The train again") -> AppTest:
    at.text_input(key="share_title").input(title)
    at.text_area(key="share_body").input(body)
    at.multiselect(key="share_topics").select("anxiety")
    at.multiselect(key="share_helped").select("peer-group")
    _button(at, "Anonymize and review").click().run()
    assert not at.exception, at.exception
    return at


def test_share_shows_every_change_then_queues_with_a_code_shown_once(app_data_dir):
    at = _share(_page("pages/share_story.py"), STORY)
    changes = _shown(at)
    assert "Priya Sharma" in changes and "Adaeze" in changes and "\\[name\\]" in changes
    assert "\\[workplace\\]" in changes
    edited = at.text_area(key="share_edit_body").value
    assert "Priya" not in edited and "[name]" in edited
    _button(at, "Send to the moderators").click().run()
    assert any("tick all three" in w.value for w in at.warning), "consent is required"
    for key in ("share_c1", "share_c2", "share_c3"):
        at.checkbox(key=key).check()
    _button(at, "Send to the moderators").click().run()
    assert not at.exception
    assert len(at.code) == 1 and len(at.code[0].value) == 24
    at.run()
    assert len(at.code) == 0, "the withdrawal code is shown only once"


def test_details_added_while_editing_are_replaced_before_anything_is_sent(app_data_dir):
    at = _share(_page("pages/share_story.py"), STORY)
    for key in ("share_c1", "share_c2", "share_c3"):
        at.checkbox(key=key).check()
    added = at.text_area(key="share_edit_body").value + " Call me on 555-0134, said Priya Sharma."
    at.text_area(key="share_edit_body").input(added)
    _button(at, "Send to the moderators").click().run()
    assert not at.exception and not at.code, "nothing sent yet"
    assert any("identifying details" in w.value for w in at.warning)
    edited = at.text_area(key="share_edit_body").value
    assert "Priya" not in edited and "555-0134" not in edited, edited
    _button(at, "Send to the moderators").click().run()
    assert len(at.code) == 1, [w.value for w in at.warning]  # sent once they have seen it


def test_the_title_is_scrubbed_and_the_moderator_sees_what_was_replaced(app_data_dir, monkeypatch):
    monkeypatch.setenv("KINDRED_MODERATOR_PASSWORD_HASH", PasswordHasher().hash(PASSWORD))
    title = "How Dr. Maria Lopez at St. Mary's helped me"
    at = _share(_page("pages/share_story.py"), STORY, title=title)
    assert at.text_input(key="share_edit_title").value == "How [name] at [place] helped me"
    changes = _shown(at)
    assert "~~Dr\\. Maria Lopez~~ → **\\[name\\]**" in changes, "struck through, then arrow"
    assert "“St\\. Mary's” replaced with **\\[place\\]**" in changes, "said in words too"
    for key in ("share_c1", "share_c2", "share_c3"):
        at.checkbox(key=key).check()
    _button(at, "Send to the moderators").click().run()
    assert not at.exception

    mod = _page("pages/moderation.py")
    mod.text_input[0].input(PASSWORD)
    _button(mod, "Unlock").click().run()
    assert not mod.exception
    [title_box] = [t for t in mod.text_input if t.label == "Title"]
    assert title_box.value == "How [name] at [place] helped me"
    [summary] = [e for e in mod.expander if e.label.startswith("Replaced by the anonymizer")]
    assert "3 names" in summary.label and "1 place" in summary.label, summary.label
    assert "**\\[place\\]**" in _shown(mod)


def test_html_in_a_submission_is_shown_as_text_everywhere(app_data_dir, monkeypatch):
    monkeypatch.setenv("KINDRED_MODERATOR_PASSWORD_HASH", PasswordHasher().hash(PASSWORD))
    at = _share(_page("pages/share_story.py"), STORY + HOSTILE, title="<b>Title</b> **x**")
    _no_raw_html(at)
    for key in ("share_c1", "share_c2", "share_c3"):
        at.checkbox(key=key).check()
    _button(at, "Send to the moderators").click().run()
    code = at.code[0].value

    mod = _page("pages/moderation.py")
    mod.text_input[0].input(PASSWORD)
    _button(mod, "Unlock").click().run()
    assert not mod.exception
    [body] = [t for t in mod.text_area if t.label == "Story"]
    assert "<script>alert('owned')</script>" in body.value
    _no_raw_html(mod)
    _button(mod, "Approve and publish").click().run()
    assert not mod.exception
    assert not mod.warning, [w.value for w in mod.warning]

    found = _page("pages/stories.py")
    found.text_input(key="stories_search_box").input(
        "I juggle three oranges on the platform until my breathing slows"
    ).run()
    shown = _shown(found)
    # found: no suggestions or "no match" (the one note is "For you" asking for a journal)
    assert [i.value for i in found.info] == [FOR_YOU_LOCKED]
    assert "\\<script\\>alert\\('owned'\\)\\</script\\>" in shown, "shown literally"
    assert "\\*\\*not bold\\*\\*" in shown and "\\<b\\>Title\\</b\\>" in shown
    _no_raw_html(found)

    back = _page("pages/share_story.py")
    back.text_input(key="share_withdraw_code").input(code)
    _button(back, "Withdraw my story").click().run()
    assert any("removed" in s.value for s in back.success)


def test_moderation_is_locked_without_a_password_hash(app_data_dir, monkeypatch):
    monkeypatch.delenv("KINDRED_MODERATOR_PASSWORD_HASH", raising=False)
    at = _page("pages/moderation.py")
    assert any("KINDRED_MODERATOR_PASSWORD_HASH" in i.value for i in at.info)
    assert not at.text_input


def test_a_wrong_moderator_password_is_refused(app_data_dir, monkeypatch):
    monkeypatch.setenv("KINDRED_MODERATOR_PASSWORD_HASH", PasswordHasher().hash(PASSWORD))
    at = _page("pages/moderation.py")
    at.text_input[0].input("guess")
    _button(at, "Unlock").click().run()
    assert any("didn't match" in w.value for w in at.warning)
    assert not at.tabs


def test_story_code_never_opts_into_raw_html():
    for path in [
        "pages/stories.py",
        "pages/share_story.py",
        "pages/moderation.py",
        "ui/stories.py",
    ]:
        assert "unsafe_allow_html" not in (ROOT / path).read_text(encoding="utf-8"), path
