"""Self-check scoring against the published rules, at every band boundary."""

from __future__ import annotations

import pytest

from journal import CheckIn, InvalidEntry, JournalStore
from journal.self_checks import GAD7, INSTRUMENTS, PHQ9, WHO5, score


def _answers(total: int, items: int, top: int, protect_last: bool = False) -> list[int]:
    """Spread a total across items (item 9 of PHQ-9 kept at 0 when asked)."""
    answers = [0] * items
    slots = items - 1 if protect_last else items
    for i in range(slots):
        answers[i] = min(top, total)
        total -= answers[i]
    assert total == 0
    return answers


@pytest.mark.parametrize(
    ("total", "band"),
    [
        (0, "minimal"), (4, "minimal"), (5, "mild"), (9, "mild"), (10, "moderate"),
        (14, "moderate"), (15, "moderately severe"), (19, "moderately severe"),
        (20, "severe"), (24, "severe"),
    ],
)  # fmt: skip
def test_phq9_bands(total: int, band: str):
    result = score("PHQ-9", _answers(total, 9, 3, protect_last=True))
    assert (result.total, result.band, result.max_total, result.crisis) == (total, band, 27, False)


def test_phq9_maximum_is_severe():
    assert score("PHQ-9", [3] * 9).band == "severe"


@pytest.mark.parametrize(
    ("item9", "crisis"),
    [(0, False), (1, True), (2, True), (3, True)],
)
def test_phq9_item_9_above_not_at_all_flags_crisis(item9: int, crisis: bool):
    assert score("PHQ-9", [0] * 8 + [item9]).crisis is crisis


@pytest.mark.parametrize(
    ("total", "band"),
    [
        (0, "minimal"), (4, "minimal"), (5, "mild"), (9, "mild"), (10, "moderate"),
        (14, "moderate"), (15, "severe"), (21, "severe"),
    ],
)  # fmt: skip
def test_gad7_bands(total: int, band: str):
    result = score("GAD-7", _answers(total, 7, 3))
    assert (result.total, result.band, result.max_total, result.crisis) == (total, band, 21, False)


@pytest.mark.parametrize(
    ("raw", "percentage", "band"),
    [
        (0, 0, "very low wellbeing"),
        (7, 28, "very low wellbeing"),
        (8, 32, "low wellbeing"),
        (12, 48, "low wellbeing"),
        (13, 52, "good wellbeing"),
        (25, 100, "good wellbeing"),
    ],
)
def test_who5_raw_times_four_with_the_50_and_28_thresholds(raw: int, percentage: int, band: str):
    result = score("WHO-5", _answers(raw, 5, 5))
    assert (result.total, result.percentage, result.band) == (raw, percentage, band)


@pytest.mark.parametrize(
    ("code", "answers", "message"),
    [
        ("PHQ-9", [0] * 8, "answer all 9"),
        ("GAD-7", [0] * 6 + [4], "not one of the choices"),
        ("WHO-5", [6, 0, 0, 0, 0], "not one of the choices"),
        ("PHQ-2", [0, 0], "Unknown self-check"),
    ],
)
def test_incomplete_or_invalid_answers_are_refused(code: str, answers: list[int], message: str):
    with pytest.raises(InvalidEntry, match=message):
        score(code, answers)


def test_published_wording_is_used():
    assert PHQ9.stem.startswith("Over the last 2 weeks, how often have you been bothered")
    assert PHQ9.items[8] == (
        "Thoughts that you would be better off dead or of hurting yourself in some way"
    )
    assert [o.label for o in PHQ9.options] == [
        "Not at all", "Several days", "More than half the days", "Nearly every day",
    ]  # fmt: skip
    assert GAD7.items[0] == "Feeling nervous, anxious, or on edge"
    assert WHO5.items[0] == "I have felt cheerful and in good spirits"
    assert [o.value for o in WHO5.options] == [5, 4, 3, 2, 1, 0]
    assert {len(i.items) for i in INSTRUMENTS.values()} == {9, 7, 5}


def test_self_check_history_is_kept_encrypted_and_in_order(store: JournalStore):
    store.create_account("ana", "maple river lantern")
    journal = store.unlock("ana", "maple river lantern")
    from datetime import datetime

    journal.add_self_check("PHQ-9", [1] * 9, taken_at=datetime(2026, 2, 1, 9))
    journal.add_self_check("PHQ-9", [0] * 9, taken_at=datetime(2026, 1, 1, 9))
    journal.add(CheckIn(mood=3))
    history = journal.self_checks()
    assert [(h.taken_at.month, h.result.total, h.result.band) for h in history] == [
        (1, 0, "minimal"),
        (2, 9, "mild"),
    ]
    assert history[1].result.crisis


def test_self_checks_are_sealed_at_one_length_and_old_rows_still_read(store: JournalStore):
    """The ciphertext's length must not show which questionnaire a row holds."""
    from datetime import UTC, datetime

    from sqlalchemy import select

    from journal.schema import self_checks

    store.create_account("ana", "maple river lantern")
    journal = store.unlock("ana", "maple river lantern")
    journal.add_self_check("PHQ-9", [3] * 9)
    journal.add_self_check("GAD-7", [0] * 7)
    journal.add_self_check("WHO-5", [5] * 5)
    old = {"instrument": "WHO-5", "answers": [1] * 5, "taken_at": "2026-01-01T09:00:00"}
    sealed_unpadded = journal._cipher.seal_record(old, journal._aad(self_checks, "old"))
    with store.engine.begin() as connection:  # a row saved before padding
        connection.execute(
            self_checks.insert().values(
                id="old",
                account_id=journal.account_id,
                created_at=datetime(2026, 1, 1, 9, tzinfo=UTC),
                payload=sealed_unpadded,
            )
        )
    with store.engine.connect() as connection:
        rows = connection.execute(select(self_checks.c.id, self_checks.c.payload)).all()
    assert len({len(bytes(row.payload)) for row in rows if row.id != "old"}) == 1
    instruments = sorted(s.result.instrument for s in journal.self_checks())
    assert instruments == ["GAD-7", "PHQ-9", "WHO-5", "WHO-5"]
