"""Keyboard only: the check-in form and the companion work without a mouse."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from knowledge.resources import wording
from tests.e2e.browser import assert_accessible, focused_name, open_page, tab_to, wait_idle
from tests.e2e.journeys import SLOW, create_journal


def test_check_in_with_the_keyboard_alone(page):
    create_journal(page)  # setting up the journal is another journey; from here on, no mouse
    note = "Typed with the keyboard only: tea with a neighbour."

    tab_to(page, "😐 Okay")  # the mood group is one tab stop; arrows change the choice
    page.keyboard.press("ArrowLeft")
    assert focused_name(page) == "🙂 Good"
    tab_to(page, "What did you do?")
    page.keyboard.type("walk outside")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    page.keyboard.press("Escape")
    tab_to(page, "Anything you want to add (optional)")
    page.keyboard.type(note)
    tab_to(page, "Save check-in")
    page.keyboard.press("Enter")
    wait_idle(page)
    expect(page.get_by_text("Saved. Thank you for checking in.")).to_be_visible()

    tab_to(page, re.compile(r"^Check in$"))
    page.keyboard.press("ArrowRight")  # to the Entries tab
    assert focused_name(page) == "Entries"
    entries = page.get_by_role("tabpanel", name="Entries")
    expect(entries.get_by_text(note)).to_be_visible()
    expect(entries.get_by_text("🙂 Good")).to_be_visible()
    expect(entries.get_by_text("walk outside")).to_be_visible()


def test_talk_to_the_companion_with_the_keyboard_alone(page):
    open_page(page, "companion")
    tab_to(page, wording.COMPANION_PROMPT)
    page.keyboard.type("I had a rough day at work and I feel lonely tonight")
    page.keyboard.press("Enter")
    wait_idle(page)
    reply = page.get_by_role("group", name="Chat message from assistant").last
    expect(reply).to_be_visible(timeout=SLOW)
    assert len(reply.inner_text().split()) > 5
    expect(page.get_by_role("group", name="Chat message from user")).to_contain_text(
        "I had a rough day at work"
    )
    assert_accessible(page, "companion-reply")
