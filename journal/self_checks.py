"""Validated self-checks with their published wording, scoring and severity bands.

PHQ-9 and GAD-7 were developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke
and colleagues, with an educational grant from Pfizer Inc.; no permission is required to
reproduce, translate, display or distribute them. The WHO-5 Well-Being Index (1998 version)
comes from the Psychiatric Research Unit, WHO Collaborating Centre in Mental Health, and is
free to use. None of them is a diagnosis on its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from journal.errors import InvalidEntry


@dataclass(frozen=True)
class Option:
    label: str
    value: int


@dataclass(frozen=True)
class Band:
    low: int
    high: int
    label: str


@dataclass(frozen=True)
class Instrument:
    code: str
    name: str
    stem: str
    items: tuple[str, ...]
    options: tuple[Option, ...]
    bands: tuple[Band, ...]  # on the total, or on the percentage when ``percentage_factor``
    percentage_factor: int = 0

    @property
    def max_total(self) -> int:
        return len(self.items) * max(o.value for o in self.options)


FREQUENCY = (
    Option("Not at all", 0),
    Option("Several days", 1),
    Option("More than half the days", 2),
    Option("Nearly every day", 3),
)

PHQ9 = Instrument(
    code="PHQ-9",
    name="PHQ-9 (Patient Health Questionnaire)",
    stem="Over the last 2 weeks, how often have you been bothered by any of the following problems?",
    items=(
        "Little interest or pleasure in doing things",
        "Feeling down, depressed, or hopeless",
        "Trouble falling or staying asleep, or sleeping too much",
        "Feeling tired or having little energy",
        "Poor appetite or overeating",
        "Feeling bad about yourself — or that you are a failure or have let yourself or your "
        "family down",
        "Trouble concentrating on things, such as reading the newspaper or watching television",
        "Moving or speaking so slowly that other people could have noticed? Or the opposite — "
        "being so fidgety or restless that you have been moving around a lot more than usual",
        "Thoughts that you would be better off dead or of hurting yourself in some way",
    ),
    options=FREQUENCY,
    bands=(
        Band(0, 4, "minimal"),
        Band(5, 9, "mild"),
        Band(10, 14, "moderate"),
        Band(15, 19, "moderately severe"),
        Band(20, 27, "severe"),
    ),
)
PHQ9_SELF_HARM_ITEM = 8  # item 9, zero-based

PHQ9_DIFFICULTY_QUESTION = (
    "If you checked off any problems, how difficult have these problems made it for you to do "
    "your work, take care of things at home, or get along with other people?"
)
PHQ9_DIFFICULTY_OPTIONS = (
    "Not difficult at all",
    "Somewhat difficult",
    "Very difficult",
    "Extremely difficult",
)

GAD7 = Instrument(
    code="GAD-7",
    name="GAD-7 (Generalized Anxiety Disorder 7-item scale)",
    stem="Over the last 2 weeks, how often have you been bothered by the following problems?",
    items=(
        "Feeling nervous, anxious, or on edge",
        "Not being able to stop or control worrying",
        "Worrying too much about different things",
        "Trouble relaxing",
        "Being so restless that it is hard to sit still",
        "Becoming easily annoyed or irritable",
        "Feeling afraid, as if something awful might happen",
    ),
    options=FREQUENCY,
    bands=(
        Band(0, 4, "minimal"),
        Band(5, 9, "mild"),
        Band(10, 14, "moderate"),
        Band(15, 21, "severe"),
    ),
)

WHO5 = Instrument(
    code="WHO-5",
    name="WHO-5 Well-Being Index",
    stem="Please indicate for each of the five statements which is closest to how you have "
    "been feeling over the last two weeks. Over the last two weeks:",
    items=(
        "I have felt cheerful and in good spirits",
        "I have felt calm and relaxed",
        "I have felt active and vigorous",
        "I woke up feeling fresh and rested",
        "My daily life has been filled with things that interest me",
    ),
    options=(
        Option("All of the time", 5),
        Option("Most of the time", 4),
        Option("More than half of the time", 3),
        Option("Less than half of the time", 2),
        Option("Some of the time", 1),
        Option("At no time", 0),
    ),
    # Published cut-offs on the 0-100 percentage: <=50 poor wellbeing (worth screening for
    # depression), <=28 likely depression. Worded gently: this is not a diagnosis.
    bands=(
        Band(0, 28, "very low wellbeing"),
        Band(29, 50, "low wellbeing"),
        Band(51, 100, "good wellbeing"),
    ),
    percentage_factor=4,
)

INSTRUMENTS: dict[str, Instrument] = {i.code: i for i in (PHQ9, GAD7, WHO5)}


@dataclass(frozen=True)
class SelfCheckScore:
    instrument: str
    answers: tuple[int, ...]
    total: int
    max_total: int
    band: str
    percentage: int | None
    crisis: bool  # PHQ-9 item 9 above "not at all": show crisis resources at once

    @property
    def summary(self) -> str:
        if self.percentage is not None:
            return f"{self.percentage} of 100 — {self.band}"
        return f"{self.total} of {self.max_total} — {self.band}"


@dataclass(frozen=True)
class SavedSelfCheck:
    """A scored self-check as the journal keeps it."""

    id: str
    taken_at: datetime
    result: SelfCheckScore


def score(code: str, answers: Sequence[int]) -> SelfCheckScore:
    """Score a complete set of answers by the instrument's published rules."""
    instrument = INSTRUMENTS.get(code)
    if instrument is None:
        raise InvalidEntry(f"Unknown self-check {code!r}.")
    if len(answers) != len(instrument.items):
        raise InvalidEntry(f"Please answer all {len(instrument.items)} questions.")
    allowed = {o.value for o in instrument.options}
    if any(isinstance(a, bool) or a not in allowed for a in answers):
        raise InvalidEntry("One of the answers is not one of the choices.")
    total = sum(answers)
    percentage = total * instrument.percentage_factor if instrument.percentage_factor else None
    banded = total if percentage is None else percentage
    band = next(b.label for b in instrument.bands if b.low <= banded <= b.high)
    crisis = instrument is PHQ9 and answers[PHQ9_SELF_HARM_ITEM] > 0
    return SelfCheckScore(
        instrument=code,
        answers=tuple(answers),
        total=total,
        max_total=instrument.max_total,
        band=band,
        percentage=percentage,
        crisis=crisis,
    )
