"""The My safety plan page and the crisis card with and without a plan, through AppTest."""

from __future__ import annotations

from datetime import date

import pytest

from journal import CheckIn
from journal.safety_plan import Contact, SafetyPlan
from tests.journal.test_pages import (  # noqa: F401 - app_data is a fixture
    NAME,
    PASS,
    _app,
    _click,
    _store,
    _texts,
    _unlocked,
    app_data,
)

pytestmark = pytest.mark.usefixtures("app_data")
PAGE = "pages/safety_plan.py"
PLAN = SafetyPlan(
    coping=("cold water on my face",),
    people=(Contact("Sam", "07700 900123", "best friend"), Contact("Mum", "ask at the desk")),
    reasons=("my cat Miso",),
    last_reviewed=date.today(),
)


def _with_plan(page: str, plan: SafetyPlan | None = PLAN, entries=()):  # type: ignore[no-untyped-def]
    store = _store()
    store.create_account(NAME, PASS)
    journal = store.unlock(NAME, PASS)
    journal.add_many(entries)
    if plan is not None:
        journal.save_safety_plan(plan)
    at = _app("pages/journal.py")
    at.text_input(key="journal_unlock_name").input(NAME)
    at.text_input(key="journal_unlock_pass").input(PASS)
    _click(at, "Unlock")
    at.switch_page(page).run()
    assert not at.exception, at.exception
    return at


def _markdown(at) -> list[str]:  # type: ignore[no-untyped-def]
    return [str(m.value) for m in at.markdown]


def test_the_page_explains_cites_and_asks_to_unlock():
    at = _app(PAGE)
    shown = _texts(at)
    assert "Stanley B, Brown GK" in shown and "JAMA Psychiatry 2018" in shown
    assert "Unlock your journal to make and keep your safety plan" in shown


def test_build_a_plan_skip_a_step_and_see_it_with_tap_to_call():
    at = _unlocked(PAGE)
    at.text_area(key="journal_plan_coping").input("walk round the block\n\nmusic")
    at.text_input(key="journal_plan_people_0_name").input("Sam")
    at.text_input(key="journal_plan_people_0_phone").input("07700 900123")
    at.text_input(key="journal_plan_people_1_name").input("Mum")
    at.text_input(key="journal_plan_people_1_phone").input("ask at the desk")
    at.text_area(key="journal_plan_reasons").input("my cat Miso")
    at.checkbox(key="journal_plan_environment_skip").check()
    _click(at, "Save my plan")
    shown = _texts(at)
    assert "Your safety plan is saved" in shown
    assert "Mum: This isn't a number a phone can dial" in shown
    plan = _store().unlock(NAME, PASS).safety_plan()
    assert plan.coping == ("walk round the block", "music")
    assert plan.people == (Contact("Sam", "07700 900123"), Contact("Mum", "ask at the desk"))
    assert plan.skipped == {"environment"} and plan.last_reviewed == date.today()
    markdown = "\n".join(_markdown(at))
    assert "[07700 900123](tel:07700900123)" in markdown
    assert "ask at the desk" in markdown and "(tel:ask" not in markdown
    assert {b.label for b in at.get("download_button")} >= {
        "Download a printable plan (PDF)",
        "Download a wallet card (PDF)",
    }


def test_hostile_text_is_shown_inert_and_kept():
    at = _unlocked(PAGE)
    hostile = "<img src=x onerror=alert(1)> [x](javascript:alert(1)) **b**"
    at.text_area(key="journal_plan_reasons").input(hostile)
    at.text_input(key="journal_plan_people_0_name").input("<script>alert(1)</script>")
    at.text_input(key="journal_plan_people_0_phone").input("javascript:alert(1)")
    _click(at, "Save my plan")
    plan = _store().unlock(NAME, PASS).safety_plan()
    assert plan.reasons == (hostile,)
    markdown = "\n".join(_markdown(at))
    assert r"\<img src=x onerror=alert\(1\)\>" in markdown
    assert "](javascript:" not in markdown and "<script>" not in markdown


def test_a_field_too_long_is_refused_and_what_was_typed_stays():
    at = _unlocked(PAGE)
    at.text_area(key="journal_plan_coping").input("x" * 501)
    _click(at, "Save my plan")
    assert "under 500" in _texts(at)
    assert at.text_area(key="journal_plan_coping").value == "x" * 501
    assert _store().unlock(NAME, PASS).safety_plan() is None


def test_warning_signs_can_be_chosen_from_my_tags_and_emotions():
    entries = [
        CheckIn(mood=2, tags=("payday",), emotions=("lonely", "numb")),
        CheckIn(mood=2, tags=("payday",), emotions=("lonely",)),
    ]
    at = _with_plan(PAGE, None, entries)
    chooser = at.multiselect(key="journal_plan_warning_signs_chosen")
    assert chooser.options[:3] == ["lonely", "payday", "numb"]
    chooser.select("lonely")
    at.text_area(key="journal_plan_warning_signs").input("not sleeping")
    _click(at, "Save my plan")
    assert _store().unlock(NAME, PASS).safety_plan().warning_signs == ("lonely", "not sleeping")


def test_a_review_reminder_appears_after_a_few_months():
    at = _with_plan(PAGE, SafetyPlan(reasons=("x",), last_reviewed=date(2020, 1, 1)))
    assert "It's been a while since you looked at your plan" in _texts(at)
    _click(at, "Mark as reviewed today")
    assert _store().unlock(NAME, PASS).safety_plan().last_reviewed == date.today()
    assert "It's been a while" not in _texts(at)


def test_the_crisis_card_shows_your_plan_first_when_one_is_unlocked():
    at = _with_plan("pages/get_help.py")
    assert "Your plan" in [s.value for s in at.subheader]
    markdown = _markdown(at)
    sam = next(i for i, m in enumerate(markdown) if "tel:07700900123" in m)
    one_tap = next(i for i, m in enumerate(markdown) if m.startswith("Talk to someone now"))
    lifeline = next(i for i, m in enumerate(markdown) if m.startswith("**988 Suicide"))
    assert one_tap < sam < lifeline  # the first line one tap away, my plan, the lines in full
    joined = "\n".join(markdown)
    assert "my cat Miso" in joined and "cold water on my face" in joined
    assert "[988](tel:988)" in joined and "[911](tel:911)" in " ".join(e.value for e in at.error)


def test_the_crisis_card_has_no_plan_when_locked_or_without_one():
    at = _app("pages/get_help.py")
    assert "Your plan" not in [s.value for s in at.subheader]
    assert "[988](tel:988)" in "\n".join(_markdown(at))
    at = _with_plan("pages/get_help.py", plan=None)
    assert "Your plan" not in [s.value for s in at.subheader]


def test_the_plan_leaves_the_crisis_card_when_the_journal_locks():
    at = _with_plan("pages/get_help.py")
    assert "Your plan" in [s.value for s in at.subheader]
    at.switch_page("pages/journal.py").run()
    _click(at, "Lock journal")
    at.switch_page("pages/get_help.py").run()
    assert "Your plan" not in [s.value for s in at.subheader]
    assert "journal_safety_plan" not in at.session_state


def test_phq9_item_9_gets_its_own_wording_not_what_you_wrote():
    at = _with_plan("pages/self_checks.py")
    at.radio(key="self_checks_PHQ-9_8").set_value(2).run()
    shown = _texts(at)
    assert "better off dead or of hurting yourself" in shown
    assert "what you wrote" not in shown and "sounds really heavy" not in shown
    assert "Your plan" in [s.value for s in at.subheader]
