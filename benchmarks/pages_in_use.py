"""Pages in the state a person leaves them in, through AppTest, for the page benchmark.

Each `InUse` drives a page from its first visit into use (journal unlocked with a year of
check-ins, a search typed, a conversation going) and checks the page shows it. The checks
raise `StateNotReachedError` (not `assert`, which `python -O` drops), so the benchmark
never times an error page or an empty result list by mistake. They run again after the
timed reruns, so a state that decays on rerun is caught too.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from streamlit.testing.v1 import AppTest

from benchmarks.journal_year import YearAccount
from knowledge.resources import wording

APP = str(Path(__file__).resolve().parent.parent / "app.py")
STORY_QUERY = "panic attacks on the train every morning before work"
PLACE = "Chicago, IL"
COMPANION_TURNS = (
    "I had a hard day at work and I feel worn out",
    "I haven't been sleeping well this week",
    "Maybe talking to people who get it would help",
)
ENTRIES_PER_PAGE = 20  # pages/journal.py PAGE_SIZE


class StateNotReachedError(RuntimeError):
    """The page did not reach the state the benchmark means to time."""


@dataclass(frozen=True)
class InUse:
    title: str
    script: str
    state: str
    reach: Callable[[AppTest], None]
    check: Callable[[AppTest], None]


def _require(condition: bool, at: AppTest, message: str) -> None:
    if not condition:
        shown = [str(e.value)[:200] for e in (*at.error, *at.warning, *at.info)][:5]
        raise StateNotReachedError(f"{message}; the page shows: {shown}")


def check_no_exception(at: AppTest) -> None:
    if at.exception:
        raise StateNotReachedError(f"the page raised: {[e.message for e in at.exception]}")


def open_in_use(state: InUse) -> AppTest:
    """A fresh session on `state.script`, driven into the state and checked."""
    at = AppTest.from_file(APP, default_timeout=300)
    at.session_state["help_country"] = "US"
    at.run()
    at.switch_page(state.script).run()
    check_no_exception(at)
    state.reach(at)
    check_state(state, at)
    return at


def check_state(state: InUse, at: AppTest) -> None:
    check_no_exception(at)
    state.check(at)


def _click(at: AppTest, label: str) -> None:
    buttons = [b for b in at.button if b.label == label]
    _require(len(buttons) == 1, at, f"expected one {label!r} button, found {len(buttons)}")
    buttons[0].click().run()
    check_no_exception(at)


def _unlock(account: YearAccount) -> Callable[[AppTest], None]:
    def reach(at: AppTest) -> None:
        at.text_input(key="journal_unlock_name").input(account.name)
        at.text_input(key="journal_unlock_pass").input(account.passphrase)
        _click(at, "Unlock")

    return reach


def _charts(at: AppTest) -> int:
    return len(at.get("vega_lite_chart"))


def _check_unlocked(at: AppTest) -> None:
    unlocked = at.session_state.get("journal_session") is not None
    _require(unlocked, at, "the journal is not unlocked")


def _check_journal(at: AppTest) -> None:
    _check_unlocked(at)
    cards = [b for b in at.button if str(b.key).startswith("journal_edit_")]
    _require(len(cards) == ENTRIES_PER_PAGE, at, f"{len(cards)} entry cards shown, not 20")
    _require(any(b.key == "journal_more" for b in at.button), at, "no 'Show older entries' button")
    _require(_charts(at) == 1, at, "the month calendar is not drawn")


def _check_insights(at: AppTest) -> None:
    _check_unlocked(at)
    _require(len(at.metric) == 3, at, "the three streak figures are missing")
    # mood over time, year in pixels, by weekday, activities and mood, emotions, trackers
    _require(_charts(at) == 6, at, f"{_charts(at)} charts drawn, not 6")


def _check_self_checks(at: AppTest) -> None:
    _check_unlocked(at)
    _require(_charts(at) == 1, at, "the self-check history chart is not drawn")


def _search_stories(at: AppTest) -> None:
    at.text_input(key="stories_search_box").input(STORY_QUERY).run()
    check_no_exception(at)


def _check_stories(at: AppTest) -> None:
    found = [
        int(m.group(1))
        for c in at.caption
        if (m := re.fullmatch(r"(\d+) stories, closest first\.", c.value))
    ]
    _require(bool(found) and found[0] > 0, at, "no story results shown")
    cards = [m for m in at.markdown if m.value.startswith("## ")]
    _require(len(cards) == found[0], at, f"{len(cards)} story cards for {found[0]} results")


def _search_directory(at: AppTest) -> None:
    at.text_input(key="directory_place").input(PLACE)
    _click(at, "Search")


def _check_directory(at: AppTest) -> None:
    pattern = rf"(\d+) results? near {re.escape(PLACE)}"
    found = [int(m.group(1)) for s in at.header if (m := re.fullmatch(pattern, s.value))]
    _require(bool(found) and found[0] > 0, at, f"no results near {PLACE} shown")
    _require(bool(at.get("deck_gl_json_chart")), at, "the results map is not drawn")


def _converse(at: AppTest) -> None:
    for message in COMPANION_TURNS:
        at.chat_input[0].set_value(message).run()
        check_no_exception(at)


def _check_companion(at: AppTest) -> None:
    turns = len(COMPANION_TURNS)
    history = at.session_state.get("companion_history", [])
    roles = [m["role"] for m in history]
    _require(roles == ["user", "assistant"] * turns, at, f"the conversation is {roles}")
    failed = [m for m in history if m["content"] == wording.COMPANION_ERROR]
    _require(not failed, at, "the companion answered with its error message")
    bubbles = len(at.chat_message)
    _require(bubbles == 2 * turns, at, f"{bubbles} chat bubbles, not {2 * turns}")


def in_use_states(account: YearAccount) -> list[InUse]:
    year = f"unlocked, {account.checkins} check-ins"
    return [
        InUse(
            "Check-in & journal",
            "pages/journal.py",
            year,
            _unlock(account),
            _check_journal,
        ),
        InUse(
            "Insights",
            "pages/insights.py",
            f"{year}, {account.trackers} trackers, charts",
            _unlock(account),
            _check_insights,
        ),
        InUse(
            "Self-checks",
            "pages/self_checks.py",
            f"unlocked, {account.self_checks} past results charted",
            _unlock(account),
            _check_self_checks,
        ),
        InUse("Stories", "pages/stories.py", "a search, results", _search_stories, _check_stories),
        InUse(
            "Find a group",
            "pages/directory.py",
            f"searched {PLACE}, results",
            _search_directory,
            _check_directory,
        ),
        InUse(
            "Companion",
            "pages/companion.py",
            f"after {len(COMPANION_TURNS)} turns",
            _converse,
            _check_companion,
        ),
    ]
