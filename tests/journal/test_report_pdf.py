"""The one-page report: made, read back as text, holding only what the person chose."""

from __future__ import annotations

import io
from datetime import date, datetime, timedelta

import pytest
from pypdf import PdfReader

from journal import CheckIn, Entry, SavedSelfCheck
from journal.report_pdf import ReportChoices, report_pdf
from journal.self_checks import score
from journal.trackers import Tracker

MEDS = Tracker("a" * 32, "Took my medication", "yes_no")
WALKS = Tracker("b" * 32, "Walking", "number", "minutes")
START, END = date(2026, 4, 1), date(2026, 4, 30)
TITLE = "Check-in summary"
DISCLAIMER = "This summary is not a diagnosis."


def _entry(day: date, mood: int, note: str = "", hour: int = 20, sleep=None, **values) -> Entry:
    when = datetime.combine(day, datetime.min.time()).replace(hour=hour)
    checkin = CheckIn(mood=mood, note=note, occurred_at=when, sleep_hours=sleep, trackers=values)
    return Entry(id=f"{day}{hour}", checkin=checkin, created_at=when, updated_at=when)


ENTRIES = [
    _entry(date(2026, 4, 2), 2, "private words about my sister", sleep=5.5, **{MEDS.id: True}),
    _entry(date(2026, 4, 3), 4, "a walk by the canal", sleep=7, **{WALKS.id: 40}),
    _entry(date(2026, 4, 20), 3, sleep=8, **{MEDS.id: False}),
    _entry(date(2026, 5, 9), 1, "outside the period entirely"),
]
CHECKS = [
    SavedSelfCheck("p", datetime(2026, 4, 10, 9), score("PHQ-9", [1, 1, 2, 1, 1, 1, 1, 1, 0])),
    SavedSelfCheck("g", datetime(2026, 4, 11, 9), score("GAD-7", [0, 1, 0, 1, 0, 1, 0])),
    SavedSelfCheck("w", datetime(2026, 3, 1, 9), score("WHO-5", [3, 3, 3, 3, 3])),
]


def _text(choices: ReportChoices) -> tuple[str, int]:
    data = report_pdf(choices, ENTRIES, [MEDS, WALKS], CHECKS, title=TITLE, disclaimer=DISCLAIMER)
    assert data.startswith(b"%PDF")
    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages), len(reader.pages)


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_nothing_chosen_gives_only_the_title_period_and_disclaimer():
    text, pages = _text(ReportChoices(START, END))
    flat = _flat(text)
    assert pages == 1
    assert TITLE in flat and DISCLAIMER in flat and "01 April 2026 to 30 April 2026" in flat
    for absent in ("Mood", "Sleep", "Took my medication", "PHQ-9", "Notes", "sister", "canal"):
        assert absent not in flat


def test_everything_chosen_is_there_and_nothing_from_outside_the_period():
    choices = ReportChoices(
        START, END, mood=True, sleep=True, tracker_ids=(MEDS.id, WALKS.id),
        self_checks=True, notes=True,
    )  # fmt: skip
    text, pages = _text(choices)
    flat = _flat(text)
    assert pages == 1
    assert "Mood (1 awful to 5 great)" in flat and "average 3.0 over 3 days" in flat
    assert "Sleep (hours)" in flat and "average 6.8 h over 3 days" in flat
    assert "Took my medication" in flat and "average 50% yes over 2 days" in flat
    assert "Walking (minutes)" in flat and "average 40 minutes on 1 day" in flat
    assert "PHQ-9, 9 of 27" in flat and "mild" in flat
    assert "GAD-7, 3 of 21" in flat and "minimal" in flat
    assert "WHO-5" not in flat  # taken in March, outside the period
    assert "private words about my sister" in flat and "a walk by the canal" in flat
    assert "outside the period" not in flat


@pytest.mark.parametrize(
    ("choices", "present", "absent"),
    [
        (ReportChoices(START, END, mood=True), ["Mood"], ["Sleep", "sister", "PHQ-9", "Walking"]),
        (ReportChoices(START, END, tracker_ids=(WALKS.id,)), ["Walking"], ["Took my medication", "Mood"]),
        (ReportChoices(START, END, self_checks=True), ["PHQ-9", "GAD-7"], ["sister", "Mood"]),
        (ReportChoices(START, END, notes=True), ["sister", "canal"], ["PHQ-9", "Mood", "Sleep"]),
    ],
)  # fmt: skip
def test_only_what_was_ticked_is_in_the_report(choices, present, absent):
    flat = _flat(_text(choices)[0])
    assert all(p in flat for p in present)
    assert not any(a in flat for a in absent)


def test_many_long_notes_still_fit_one_page_and_say_what_was_left_out():
    entries = [
        _entry(START + timedelta(days=n % 30), 3, f"note {n}: " + "words " * 60, hour=n % 24)
        for n in range(60)
    ]
    data = report_pdf(
        ReportChoices(START, END, mood=True, notes=True), entries, [], [],
        title=TITLE, disclaimer=DISCLAIMER,
    )  # fmt: skip
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 1
    assert "older notes did not fit on this page" in _flat(reader.pages[0].extract_text())
