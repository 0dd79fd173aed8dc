"""A journal in use for the page benchmark: a year of daily check-ins answering five of the
person's own trackers, and monthly self-checks.

Made through the journal's own API (``JournalStore.create_account``, ``Journal.add_many``,
``Journal.add_self_check``) at the production argon2id cost, so unlocking it costs what it
costs a person. The year ends today, so the streaks and "last 30 days" show real numbers.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from journal import ACTIVITIES, EMOTIONS, CheckIn, JournalStore
from journal.self_checks import INSTRUMENTS
from journal.trackers import Tracker

DAYS = 365


@dataclass(frozen=True)
class YearAccount:
    name: str
    passphrase: str
    checkins: int
    self_checks: int
    trackers: int = 0


ACCOUNT_NAME, ACCOUNT_PASSPHRASE = "bench-year", "quiet harbour evening lamp"
_PHRASES = (
    "Slow morning, coffee on the step.",
    "Work was a lot today and I felt behind all afternoon.",
    "Walked by the river after dinner, which helped.",
    "Called my sister and we laughed about old things.",
    "Could not settle at night, mind kept running.",
    "Peer group tonight: said more than I expected to.",
    "Cooked something proper for once.",
    "Tired, but the kind of tired that comes from a full day.",
)


TRACKERS = (
    ("Took my medication", "yes_no", ""),
    ("Anxiety", "scale", ""),
    ("Energy", "scale", ""),
    ("Time outside", "number", "minutes"),
    ("Water", "number", "glasses"),
)


def _answers(rng: random.Random, trackers: list[Tracker]) -> dict[str, object]:
    answers: dict[str, object] = {}
    for tracker in trackers:
        if tracker.kind == "yes_no":
            answers[tracker.id] = rng.random() < 0.8
        elif tracker.kind == "scale":
            answers[tracker.id] = rng.randint(1, 5)
        else:
            answers[tracker.id] = float(rng.randint(0, 120))
    return answers


def year_of_checkins(
    days: int = DAYS, today: date | None = None, trackers: list[Tracker] | None = None
) -> list[CheckIn]:
    """One morning check-in a day for `days` days up to today, with a note, labels and an
    answer to each of ``trackers``."""
    rng = random.Random(365)
    last = today or date.today()
    checkins = []
    for back in range(days - 1, -1, -1):
        day = last - timedelta(days=back)
        checkins.append(
            CheckIn(
                mood=rng.choices([1, 2, 3, 4, 5], weights=[1, 3, 5, 4, 2])[0],
                note=" ".join(rng.sample(_PHRASES, 3)),
                emotions=tuple(rng.sample(EMOTIONS, 2)),
                activities=tuple(rng.sample(ACTIVITIES, 3)),
                sleep_hours=rng.choice([5.5, 6.0, 6.5, 7.0, 7.5, 8.0]),
                occurred_at=datetime.combine(day, time(7, 30)),
                trackers=_answers(rng, trackers or []),
            )
        )
    return checkins


def create_year_journal(store_url: str, days: int = DAYS, name: str = ACCOUNT_NAME) -> YearAccount:
    """The account, its check-ins (one a day for ``days`` days) and a PHQ-9, GAD-7 and WHO-5
    every month of the year."""
    rng = random.Random(12)
    store = JournalStore(store_url)
    try:
        store.create_account(name, ACCOUNT_PASSPHRASE)
        journal = store.unlock(name, ACCOUNT_PASSPHRASE)
        trackers = [journal.add_tracker(*shape) for shape in TRACKERS]
        checkins = journal.add_many(year_of_checkins(days, trackers=trackers))
        taken = 0
        start = datetime.combine(date.today() - timedelta(days=DAYS - 1), time(19, 0))
        for month in range(12):
            when = start + timedelta(days=30 * month)
            for code, instrument in INSTRUMENTS.items():
                values = [option.value for option in instrument.options]
                answers = [rng.choice(values) for _ in instrument.items]
                journal.add_self_check(code, answers, taken_at=when)
                taken += 1
    finally:
        store.close()
    return YearAccount(name, ACCOUNT_PASSPHRASE, len(checkins), taken, len(TRACKERS))
