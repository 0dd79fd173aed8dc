"""The Stories page with feedback and "For you", through AppTest with the real index and model:
answers are saved sealed in the journal, "For you" follows them, avoided topics never show,
and without an unlocked journal nothing is asked for or stored."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select
from streamlit.testing.v1 import AppTest

from journal import JournalStore
from journal.schema import story_feedback
from knowledge.stories import guidance as say
from knowledge.stories import label, load_shipped
from settings import Settings
from tests.journal.conftest import TEST_KDF

ROOT = Path(__file__).resolve().parents[2]
APP = str(ROOT / "app.py")
NAME, PASS = "ana", "maple river lantern"
PAGE = "pages/stories.py"
TITLES = {story.id: story.title for story in load_shipped()}
TOPICS_OF = {story.id: {*story.topics, *story.content_warnings} for story in load_shipped()}

pytestmark = pytest.mark.slow


def _store() -> JournalStore:
    return JournalStore(Settings.from_env().store_url, kdf=TEST_KDF)


def _run(at: AppTest) -> AppTest:
    at.run()
    assert not at.exception, at.exception
    return at


def _stories_page(unlocked: bool) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=300)
    at.session_state["help_country"] = "US"
    _run(at)
    if unlocked:
        store = _store()
        store.create_account(NAME, PASS)
        store.close()
        at.switch_page("pages/journal.py")
        _run(at)
        at.text_input(key="journal_unlock_name").input(NAME)
        at.text_input(key="journal_unlock_pass").input(PASS)
        _submit(at, "Unlock")
    at.switch_page(PAGE)
    return _run(at)


def _submit(at: AppTest, label_text: str, form: str | None = None) -> AppTest:
    [button] = [
        b for b in at.button if b.label == label_text and (form is None or b.proto.form_id == form)
    ]
    button.click()
    return _run(at)


def _search(at: AppTest, text: str) -> AppTest:
    at.text_input(key="stories_search_box").input(text)
    return _run(at)


def _cards(at: AppTest, level: str) -> list[str]:
    """Story ids of the cards drawn with this heading level (## results, ### For you)."""
    by_title = {title: sid for sid, title in TITLES.items()}
    found = []
    for block in at.markdown:
        text = str(block.value)
        if text.startswith(level + " "):
            title = text[len(level) + 1 :].replace("\\", "")
            if title in by_title:
                found.append(by_title[title])
    return found


def _answer(at: AppTest, key: str, story_id: str, answers: dict[str, str]) -> AppTest:
    for question, choice in answers.items():
        at.radio(key=f"{key}_{question}_{story_id}").set_value(choice)
    return _submit(at, "Save my answers", form=f"{key}_feedback_{story_id}")


def _texts(at: AppTest) -> str:
    parts = [str(m.value) for m in at.markdown] + [str(c.value) for c in at.caption]
    for kind in (at.success, at.info, at.warning, at.error):
        parts += [str(e.value) for e in kind]
    return "\n".join(parts)


LIKE = {"relevant": "Yes", "hopeful": "More hopeful", "more_like_this": "Yes"}
DISLIKE = {"relevant": "Not really", "hopeful": "Less hopeful", "more_like_this": "No"}


def test_answers_are_sealed_and_for_you_follows_them(app_data_dir: Path):
    at = _stories_page(unlocked=True)
    assert say.FOR_YOU_EMPTY in _texts(at)
    _search(at, "i keep checking the stove is off")
    results = _cards(at, "##")
    assert results and say.FOR_YOU_EMPTY in _texts(at)
    first = results[0]
    _answer(at, "stories_hit", first, LIKE)
    assert say.FEEDBACK_SAVED in _texts(at)
    # The next run shows "For you", without the rated story or the results above it.
    _run(at)
    before = _cards(at, "###")
    assert before and first not in before and not set(before) & set(_cards(at, "##"))

    # Rating changes what is suggested: no more like the first, yes to a grief story.
    _answer(at, "stories_hit", first, DISLIKE)
    assert say.FEEDBACK_LESS_HOPEFUL in _texts(at)  # "less hopeful" points to people
    assert "Get help now" in [link.proto.label for link in at.get("page_link")]
    _search(at, "my dad died and i can't stop crying")
    grief = next(sid for sid in _cards(at, "##") if "grief-loss" in TOPICS_OF[sid])
    _answer(at, "stories_hit", grief, LIKE)
    _search(at, "")  # no query: "For you" from the ratings alone
    after = _cards(at, "###")
    assert after and after != before
    assert sum("grief-loss" in TOPICS_OF[sid] for sid in after) >= len(after) // 2 + 1

    store = _store()
    with store.engine.connect() as connection:
        payload = bytes(connection.execute(select(story_feedback.c.payload)).scalar())
    store.close()
    assert first.encode() not in payload and grief.encode() not in payload
    for path in app_data_dir.glob("kindred.db*"):  # the database file and its WAL, raw
        data = path.read_bytes()
        assert first.encode() not in data and grief.encode() not in data, path.name
        assert b"more_like_this" not in data


def test_avoided_topics_never_appear_on_the_page(app_data_dir: Path):
    at = _stories_page(unlocked=True)
    _search(at, "i keep checking the door is locked over and over")
    assert any("ocd" in TOPICS_OF[sid] for sid in _cards(at, "##"))
    _answer(at, "stories_hit", _cards(at, "##")[0], LIKE)  # an OCD story, liked

    at.multiselect(key="stories_avoid_topics").set_value(["ocd", "anxiety"])
    _submit(at, "Save these topics")
    assert "won't be shown to you" in _texts(at)
    for _ in range(2):  # the run that saved, and the next one
        shown = _cards(at, "##") + _cards(at, "###")
        assert shown
        assert all(not TOPICS_OF[sid] & {"ocd", "anxiety"} for sid in shown), shown
        captions = [str(c.value) for c in at.caption if str(c.value).startswith("Topics:")]
        assert not [c for c in captions if label("ocd") in c or label("anxiety") in c]
        _run(at)
    # Also with warned stories included and in "more like this".
    at.checkbox(key="stories_include_warnings").check()
    _run(at)
    shown = _cards(at, "##") + _cards(at, "###")
    assert all(not TOPICS_OF[sid] & {"ocd", "anxiety"} for sid in shown), shown
    at.button(key=f"stories_hit_more_{_cards(at, '##')[0]}").click()
    _run(at)
    alike = _cards(at, "###")
    assert alike and all(not TOPICS_OF[sid] & {"ocd", "anxiety"} for sid in alike), alike


def test_without_a_journal_nothing_is_asked_or_stored(app_data_dir: Path):
    at = _stories_page(unlocked=False)
    _search(at, "i keep checking the stove is off")
    assert _cards(at, "##")
    text = _texts(at)
    assert say.FEEDBACK_LOCKED in text and say.FOR_YOU_LOCKED in text
    assert not at.radio and not [b for b in at.button if b.label == "Save my answers"]
    assert not _cards(at, "###")
    store = _store()
    with store.engine.connect() as connection:
        assert connection.execute(select(func.count()).select_from(story_feedback)).scalar() == 0
    store.close()


def test_ratings_restore_from_an_export_and_can_be_forgotten(app_data_dir: Path):
    from knowledge.stories.feedback import StoryRating

    store = _store()
    store.create_account("ben", "quiet copper harbor")
    ben = store.unlock("ben", "quiet copper harbor")
    liked = "p2-ocd-checking-the-stove"
    ben.update_story_feedback(lambda f: f.rated(StoryRating(liked, more_like_this=1)))
    ben.update_story_feedback(lambda f: f.avoiding(["grief-loss"]))
    exported = ben.export_json().encode()
    store.close()

    at = _stories_page(unlocked=True)
    assert say.FOR_YOU_EMPTY in _texts(at)
    at.file_uploader(key="stories_restore").upload("export.json", b"{broken", "application/json")
    _run(at)
    at.button(key="stories_restore_go").click()
    _run(at)
    assert "isn't valid JSON" in _texts(at) and say.FOR_YOU_EMPTY in _texts(at)

    at.file_uploader(key="stories_restore").set_value(("export.json", exported, "application/json"))
    _run(at)
    at.button(key="stories_restore_go").click()
    _run(at)
    assert say.RATINGS_RESTORED.format(count=1) in _texts(at)
    suggested = _cards(at, "###")
    assert suggested and liked not in suggested
    assert sum("ocd" in TOPICS_OF[sid] for sid in suggested) >= 2, suggested
    assert all("grief-loss" not in TOPICS_OF[sid] for sid in suggested)

    at.button(key="stories_forget").click()
    _run(at)
    assert say.RATINGS_FORGOTTEN in _texts(at) and say.FOR_YOU_EMPTY in _texts(at)
    store = _store()
    feedback = store.unlock(NAME, PASS).story_feedback()
    store.close()
    assert feedback.ratings == {} and feedback.avoid_topics == ("grief-loss",)
