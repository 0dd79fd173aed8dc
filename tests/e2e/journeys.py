"""Steps of the journeys, done the way a person does them: by labels, buttons and tabs."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from playwright.sync_api import expect

from knowledge.resources import wording
from tests.e2e.browser import choose_option, open_page, wait_idle
from tests.e2e.conftest import MODERATOR_PASSWORD

SLOW = 120_000  # ms: first use of the anonymizer, the story index or the companion loads models

CONSENTS = (
    "Publish my story anonymously in Kindred's library",
    "A moderator may lightly edit it for safety and privacy",
    "I understand I can withdraw it at any time with a code shown once, next",
)
HOSTILE = (
    "<script>window.__pwned=1</script> "
    '<img src=x onerror="window.__pwned=1"> '
    "[click me](javascript:alert(1)) "
    "[also me](javascript:window.__pwned=1)"
)
HOSTILE_FRAGMENTS = (
    "<script>window.__pwned=1</script>",
    '<img src=x onerror="window.__pwned=1">',
    "[click me](javascript:alert(1))",
)


def unique(prefix: str) -> str:
    """A name no other test (or earlier run against the same server) uses."""
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


@dataclass(frozen=True)
class Account:
    name: str
    passphrase: str


def create_journal(page) -> Account:
    """Create a journal from the journal page and put the recovery code notice away."""
    account = Account(unique("e2e"), "quiet river morning light")
    open_page(page, "journal")
    page.get_by_role("tab", name="Create a journal").click()
    panel = page.get_by_role("tabpanel", name="Create a journal")
    panel.get_by_role("textbox", name="Name", exact=True).fill(account.name)
    panel.get_by_role("textbox", name="Passphrase", exact=True).fill(account.passphrase)
    panel.get_by_role("textbox", name="Passphrase again", exact=True).fill(account.passphrase)
    panel.get_by_role("button", name="Create my journal").click()
    wait_idle(page)
    saved = page.get_by_role("button", name="I have saved my recovery code")
    expect(saved).to_be_visible()
    saved.click()
    wait_idle(page)
    expect(page.get_by_role("tab", name="Check in")).to_be_visible()
    return account


def unlock_journal(page, account: Account) -> None:
    panel = page.get_by_role("tabpanel", name="Unlock")
    panel.get_by_role("textbox", name="Name", exact=True).fill(account.name)
    panel.get_by_role("textbox", name="Passphrase", exact=True).fill(account.passphrase)
    panel.get_by_role("button", name="Unlock", exact=True).click()
    wait_idle(page)


def check_in(page, note: str, mood: str = "🙂 Good", activity: str = "walk outside") -> None:
    """Fill and save the check-in form on the journal page."""
    page.get_by_role("tab", name="Check in").click()
    form = page.get_by_role("tabpanel", name="Check in")
    form.get_by_text(mood, exact=True).click()
    choose_option(page, "What did you do?", activity, scope=form)
    form.get_by_role("textbox", name="Anything you want to add (optional)").fill(note)
    form.get_by_role("button", name="Save check-in").click()
    wait_idle(page)
    expect(page.get_by_text("Saved. Thank you for checking in.")).to_be_visible()


def show_entries(page):
    """Open the Entries tab and return its panel."""
    page.get_by_role("tab", name="Entries").click()
    return page.get_by_role("tabpanel", name="Entries")


def share_story(page, title: str, body: str) -> None:
    """Write, anonymize, consent and send a story to the moderators."""
    open_page(page, "share")
    page.get_by_role("textbox", name="A short title").fill(title)
    page.get_by_role("textbox", name="Your story", exact=True).fill(body)
    choose_option(page, "What is it about? (up to 3, the main one first)", "Depression")
    choose_option(page, "What helped? (up to 4)", "Creative outlet")
    page.get_by_role("button", name="Anonymize and review").click()
    wait_idle(page)
    expect(page.get_by_role("heading", name="3. Your consent")).to_be_visible(timeout=SLOW)
    for consent in CONSENTS:
        page.get_by_text(consent, exact=True).click()
        wait_idle(page)
    page.get_by_role("button", name="Send to the moderators").click()
    wait_idle(page)
    expect(page.get_by_text("Thank you. Your story is with our moderators")).to_be_visible()


def unlock_moderation(page) -> None:
    open_page(page, "moderation")
    page.get_by_role("textbox", name="Moderator password").fill(MODERATOR_PASSWORD)
    page.get_by_role("button", name="Unlock").click()
    wait_idle(page)
    expect(page.get_by_role("tab", name="Stories waiting")).to_be_visible()


def waiting_story(page, title_marker: str):
    """The moderation card of the waiting story whose title contains this marker."""
    return (
        page.locator('[data-testid="stVerticalBlock"]')
        .filter(has_text=title_marker)
        .filter(has=page.get_by_role("button", name="Approve and publish"))
        .last
    )


def approve_story(page, title_marker: str) -> None:
    card = waiting_story(page, title_marker)
    expect(card).to_be_visible()
    card.get_by_role("button", name="Approve and publish").click()
    wait_idle(page)
    page.get_by_role("tab", name="Decided").click()
    decided = page.get_by_role("tabpanel", name="Decided")
    expect(decided.get_by_text(title_marker)).to_be_visible()


def search_stories(page, query: str, include_warnings: bool = False) -> None:
    open_page(page, "stories")
    if include_warnings:
        page.get_by_text("Include stories with content warnings", exact=False).click()
        wait_idle(page)
    box = page.get_by_role("textbox", name="Describe what you're going through")
    box.fill(query)
    box.press("Enter")
    wait_idle(page)
    expect(page.get_by_text("stories, closest first.")).to_be_visible(timeout=SLOW)


def open_story_card(page, title_marker: str):
    """The result card of the story whose title has this marker, its warning fold opened."""
    folded = (
        page.locator('[data-testid="stExpander"]')
        .filter(has=page.locator("summary", has_text="Content warning:"))
        .filter(has_text=title_marker)
    )
    if folded.count():
        folded.last.locator("summary").first.click()
    card = (
        page.locator('[data-testid="stVerticalBlock"]')
        .filter(has=page.get_by_role("heading", name=title_marker))
        .last
    )
    expect(card).to_be_visible(timeout=SLOW)
    return card


def send_message(page, message: str):
    """Send one message to the companion; returns the companion's reply bubble."""
    # The box asks in the conversation's language.
    prompts = "|".join(
        re.escape(p) for p in (wording.COMPANION_PROMPT, wording.COMPANION_PROMPT_ES)
    )
    box = page.get_by_role("textbox", name=re.compile(f"^({prompts})$"))
    box.fill(message)
    box.press("Enter")
    wait_idle(page)
    reply = page.get_by_role("group", name="Chat message from assistant").last
    expect(reply).to_be_visible(timeout=SLOW)
    return reply
