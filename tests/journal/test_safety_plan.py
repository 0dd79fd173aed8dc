"""The safety plan: sealed in the journal, skippable steps, export and restore, bad input."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, update

from journal import BadImportFile, InvalidEntry, JournalStore
from journal.crypto import DecryptionFailed
from journal.safety_plan import (
    MAX_ITEM_CHARS,
    MAX_ITEMS,
    SECTIONS,
    STEPS,
    Contact,
    SafetyPlan,
    plan_from_export,
)
from journal.safety_plan_pdf import HelpLineText, plan_pdf, wallet_card_pdf
from journal.schema import safety_plans

PASS_A = "maple river lantern"
PASS_B = "quiet copper harbor"
HOSTILE = [
    "<script>alert('x')</script>",
    "<img src=x onerror=alert(1)>",
    "[click me](javascript:alert(1))",
    "**bold** _it_ # heading `code` | table |",
    "' OR 1=1; DROP TABLE journal_entries; --",
]

PLAN = SafetyPlan(
    warning_signs=("can't sleep", "pulling away from everyone"),
    coping=("cold water on my face", "walk round the block"),
    distractions=("the library café", "call Sam about nothing"),
    people=(Contact("Sam", "07700 900123", "best friend"), Contact("Mum", "not a number")),
    professionals=(Contact("Dr Rivera", "+1 (555) 010-0199", "GP, weekdays"),),
    environment=("give the car keys to Sam",),
    reasons=("my cat Miso", "seeing my sister graduate"),
    last_reviewed=date(2026, 11, 1),
)


def _journal(store: JournalStore, name: str = "ana", passphrase: str = PASS_A):
    store.create_account(name, passphrase)
    return store.unlock(name, passphrase)


def test_a_new_journal_has_no_plan(store: JournalStore):
    assert _journal(store).safety_plan() is None


def test_create_read_back_and_edit(store: JournalStore):
    journal = _journal(store)
    journal.save_safety_plan(PLAN)
    assert store.unlock("ana", PASS_A).safety_plan() == PLAN
    edited = PLAN.with_section("coping", ["breathe out slowly", "  ", "music"]).reviewed(
        date(2026, 11, 29)
    )
    saved = journal.save_safety_plan(edited)
    assert saved.coping == ("breathe out slowly", "music")  # blank items dropped
    assert journal.safety_plan() == saved
    assert journal.safety_plan().last_reviewed == date(2026, 11, 29)
    with store.engine.connect() as connection:
        assert len(connection.execute(select(safety_plans)).all()) == 1  # edited in place


def test_steps_can_be_skipped_and_unskipped_without_losing_what_was_written(store: JournalStore):
    journal = _journal(store)
    plan = PLAN.skip("environment").skip("warning_signs")
    journal.save_safety_plan(plan)
    again = journal.safety_plan()
    assert again.skipped == {"environment", "warning_signs"}
    assert again.shown("environment") == ()
    assert again.environment == PLAN.environment
    assert again.filled_steps == ["coping", "distractions", "people", "professionals"]
    assert again.unskip("environment").shown("environment") == PLAN.environment


def test_a_plan_with_only_reasons_or_every_step_skipped():
    only_reasons = SafetyPlan(reasons=("my kids",))
    assert not only_reasons.is_empty and only_reasons.filled_steps == []
    everything_skipped = PLAN
    for step in STEPS:
        everything_skipped = everything_skipped.skip(step)
    assert everything_skipped.filled_steps == []
    assert not everything_skipped.is_empty  # the reasons are still there
    assert SafetyPlan().is_empty


def test_the_plan_is_not_in_the_database_in_clear(store: JournalStore, tmp_path: Path):
    journal = _journal(store)
    journal.save_safety_plan(PLAN)
    with store.engine.connect() as connection:
        row = connection.execute(select(safety_plans)).one()
    payload = bytes(row.payload)
    for secret in (b"Miso", b"07700", b"Dr Rivera", b"car keys", b"Sam"):
        assert secret not in payload
    if store.url.startswith("sqlite"):
        store.close()
        for path in tmp_path.glob("kindred.db*"):  # the file and its WAL
            data = path.read_bytes()
            for secret in (b"Miso", b"07700 900123", b"Dr Rivera", b"car keys", b"graduate"):
                assert secret not in data, (path.name, secret)


def test_another_journal_cannot_read_or_take_the_plan(store: JournalStore):
    ana = _journal(store)
    ben = _journal(store, "ben", PASS_B)
    ana.save_safety_plan(PLAN)
    assert ben.safety_plan() is None
    assert "Miso" not in ben.export_json()
    # Ana's sealed plan copied onto Ben's row does not open under Ben's key or name.
    ben.save_safety_plan(SafetyPlan(reasons=("ben's reason",)))
    with store.engine.begin() as connection:
        sealed = connection.execute(
            select(safety_plans.c.payload).where(safety_plans.c.account_id == ana.account_id)
        ).scalar()
        connection.execute(
            update(safety_plans)
            .where(safety_plans.c.account_id == ben.account_id)
            .values(payload=sealed)
        )
    with pytest.raises(DecryptionFailed):
        ben.safety_plan()
    assert ana.safety_plan() == PLAN


def test_deleting_the_journal_deletes_the_plan(store: JournalStore):
    journal = _journal(store)
    journal.save_safety_plan(PLAN)
    journal.delete_everything()
    with store.engine.connect() as connection:
        assert connection.execute(select(safety_plans)).all() == []


def test_export_holds_the_plan_and_restoring_it_gives_the_same_plan(store: JournalStore):
    journal = _journal(store)
    journal.save_safety_plan(PLAN.skip("environment"))
    exported = journal.export_json()
    document = json.loads(exported)
    assert document["safety_plan"]["reasons"] == ["my cat Miso", "seeing my sister graduate"]
    assert document["safety_plan"]["people"][0] == {
        "name": "Sam",
        "phone": "07700 900123",
        "note": "best friend",
    }
    restored = plan_from_export(exported.encode())
    assert restored == PLAN.skip("environment")
    other = _journal(store, "ben", PASS_B)
    other.save_safety_plan(restored)
    assert other.safety_plan() == PLAN.skip("environment")


def test_an_export_without_a_plan_restores_none(store: JournalStore):
    journal = _journal(store)
    assert json.loads(journal.export_json())["safety_plan"] is None
    assert plan_from_export(journal.export_json().encode()) is None


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"\xff\xfe\x00", "UTF-8"),
        (b"{not json", "valid JSON"),
        (b'{"format": "jrnl"}', "Kindred journal export"),
        (b'{"format": "kindred-journal", "safety_plan": {"coping": "one"}}', "not a list"),
        (
            b'{"format": "kindred-journal", "safety_plan": {"last_reviewed": "soon"}}',
            "not a date",
        ),
    ],
)
def test_a_bad_export_restores_nothing_and_says_why(data, message):
    with pytest.raises(BadImportFile, match=message):
        plan_from_export(data)


def test_very_long_fields_are_refused_with_a_reason_not_cut(store: JournalStore):
    journal = _journal(store)
    longest = "x" * MAX_ITEM_CHARS
    saved = journal.save_safety_plan(SafetyPlan(reasons=(longest,)))
    assert saved.reasons == (longest,)
    with pytest.raises(InvalidEntry, match="under 500"):
        journal.save_safety_plan(SafetyPlan(coping=("y" * (MAX_ITEM_CHARS + 1),)))
    with pytest.raises(InvalidEntry, match="30 or fewer"):
        journal.save_safety_plan(SafetyPlan(coping=tuple(f"c{i}" for i in range(MAX_ITEMS + 1))))
    with pytest.raises(InvalidEntry):
        journal.save_safety_plan(SafetyPlan(people=(Contact("Sam", "1" * 200),)))
    assert journal.safety_plan() == SafetyPlan(reasons=(longest,))  # nothing half-saved


def test_hostile_html_and_markdown_are_kept_exactly_as_written(store: JournalStore):
    journal = _journal(store)
    plan = SafetyPlan(
        **{step: tuple(HOSTILE) for step in ("warning_signs", "coping", "distractions")},
        people=tuple(Contact(h, h, h) for h in HOSTILE[:3]),
        environment=tuple(HOSTILE),
        reasons=tuple(HOSTILE),
    )
    journal.save_safety_plan(plan)
    assert journal.safety_plan() == plan
    assert plan_from_export(journal.export_json().encode()) == plan


def test_a_phone_that_is_not_a_number_is_kept_as_written(store: JournalStore):
    journal = _journal(store)
    journal.save_safety_plan(SafetyPlan(people=(Contact("Mum", "ask at the front desk"),)))
    assert journal.safety_plan().people == (Contact("Mum", "ask at the front desk"),)


def test_only_the_six_steps_can_be_skipped():
    with pytest.raises(KeyError):
        SafetyPlan().skip("reasons_to_hide")
    with pytest.raises(InvalidEntry):
        SafetyPlan(skipped=frozenset({"nonsense"})).validated()


@pytest.mark.parametrize(
    ("reviewed", "today", "due"),
    [
        (None, date(2026, 11, 29), True),
        (date(2026, 11, 1), date(2026, 11, 29), False),
        (date(2026, 8, 31), date(2026, 11, 29), True),
    ],
)
def test_review_reminder(reviewed, today, due):
    assert SafetyPlan(reasons=("x",), last_reviewed=reviewed).review_due(today) is due


# ---- on paper ---------------------------------------------------------------------------------
HEADINGS = {section: section.replace("_", " ").title() for section in SECTIONS}
LINES = [HelpLineText("988 Suicide & Crisis Lifeline", "Call 988 · Text 988")]


def _pages(pdf: bytes) -> int:
    return pdf.count(b"/Type /Page\n") + pdf.count(b"/Type /Page>")  # not /Pages


def _printout(plan: SafetyPlan) -> bytes:
    return plan_pdf(
        plan,
        title="My safety plan",
        headings=HEADINGS,
        help_lines=LINES,
        help_heading="Crisis lines",
        footer="Kindred",
    )


def _card(plan: SafetyPlan) -> bytes:
    return wallet_card_pdf(
        plan,
        title="My safety plan",
        headings=HEADINGS,
        help_lines=LINES,
        help_heading="Crisis lines",
    )


def test_the_printout_is_one_page_and_the_card_two_sides():
    printout, card = _printout(PLAN), _card(PLAN)
    assert printout.startswith(b"%PDF") and card.startswith(b"%PDF")
    assert _pages(printout) == 1
    assert _pages(card) == 2


@pytest.mark.parametrize(
    "plan",
    [
        SafetyPlan(),
        SafetyPlan(reasons=tuple(HOSTILE), coping=("emoji 🌊 and 中文 and ünïcödé",)),
        SafetyPlan(coping=("x" * MAX_ITEM_CHARS,), people=(Contact("Sam", "1" * 60),)),
        SafetyPlan(**{s: tuple(f"{s} {i} " + "word " * 90 for i in range(10)) for s in STEPS[:3]}),
    ],
    ids=["empty", "hostile-and-unicode", "unbroken-long-words", "very-long"],
)
def test_any_plan_prints_without_error(plan):
    assert _printout(plan).startswith(b"%PDF")
    assert _card(plan).startswith(b"%PDF")


def test_the_printout_holds_every_shown_section_and_not_the_skipped_one(monkeypatch, tmp_path):
    """With the core font and no compression the page's text can be read from the bytes."""
    import journal.safety_plan_pdf as pdf_module

    monkeypatch.setattr(pdf_module, "FONT_DIR", tmp_path)  # no DejaVu: the core font
    make_pdf = pdf_module.new_pdf

    def uncompressed(*args):  # type: ignore[no-untyped-def]
        pdf, family = make_pdf(*args)
        pdf.set_compression(False)
        return pdf, family

    monkeypatch.setattr(pdf_module, "new_pdf", uncompressed)
    printout = _printout(PLAN.skip("environment"))
    for text in (b"my cat Miso", b"cold water on my face", b"07700 900123", b"Dr Rivera"):
        assert text in printout, text
    assert b"car keys" not in printout
    assert b"988 Suicide & Crisis Lifeline" in printout
