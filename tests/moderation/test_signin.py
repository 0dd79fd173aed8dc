"""Moderator sign-in: wrong passwords counted in the database for every tab, idle end."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from argon2 import PasswordHasher

from database import open_engine
from knowledge.moderation.inbox import ModerationInbox
from knowledge.moderation.signin import (
    FROM_ANYWHERE,
    FROM_ONE_SENDER,
    SignInPaused,
    sign_in,
    still_signed_in,
)
from settings import Settings

PASSWORD = "a long moderator passphrase"
SETTINGS = Settings(moderator_password_hash=PasswordHasher().hash(PASSWORD))


def _tab(inbox: ModerationInbox) -> ModerationInbox:
    """Another tab, maybe on another replica: its own engine on the same store."""
    return ModerationInbox(open_engine(inbox.engine.url), inbox.secret)


def test_wrong_passwords_pause_every_tab_of_that_sender(inbox: ModerationInbox):
    first, second = inbox, _tab(inbox)
    for n in range(FROM_ONE_SENDER.free):
        tab = first if n % 2 else second
        assert not sign_in(tab, "guess", SETTINGS, client="203.0.113.9")
    for tab in (first, second):
        with pytest.raises(SignInPaused, match="paused for about 1 minute") as paused:
            sign_in(tab, PASSWORD, SETTINGS, client="203.0.113.9")
        assert 0 < paused.value.seconds <= 30
    assert sign_in(second, PASSWORD, SETTINGS, client="198.51.100.4"), "others still get in"


def test_a_right_password_clears_the_count(inbox: ModerationInbox):
    for _ in range(FROM_ONE_SENDER.free - 1):
        assert not sign_in(inbox, "guess", SETTINGS, client="203.0.113.9")
    assert sign_in(_tab(inbox), PASSWORD, SETTINGS, client="203.0.113.9")
    for _ in range(FROM_ONE_SENDER.free - 1):
        assert not sign_in(inbox, "guess", SETTINGS, client="203.0.113.9")
    assert sign_in(inbox, PASSWORD, SETTINGS, client="203.0.113.9")


def test_guesses_from_many_places_add_up(inbox: ModerationInbox):
    for n in range(FROM_ANYWHERE.free):
        assert not sign_in(inbox, "guess", SETTINGS, client=f"203.0.113.{n}")
    with pytest.raises(SignInPaused):
        sign_in(_tab(inbox), PASSWORD, SETTINGS, client="198.51.100.4")


def test_a_moderator_session_ends_after_the_idle_minutes():
    seen = datetime(2026, 11, 29, 8, 0, tzinfo=UTC)
    settings = Settings(moderator_idle_minutes=20)
    assert still_signed_in(seen, settings, now=seen + timedelta(minutes=20))
    assert not still_signed_in(seen, settings, now=seen + timedelta(minutes=20, seconds=1))
    assert Settings.from_env({"KINDRED_MODERATOR_IDLE_MINUTES": "5"}).moderator_idle_minutes == 5
    assert Settings.from_env({}).moderator_idle_minutes == 20


def test_clients_the_server_cannot_tell_apart_share_one_count(inbox: ModerationInbox):
    for _ in range(FROM_ONE_SENDER.free):
        assert not sign_in(inbox, "guess", SETTINGS, client=None)
    with pytest.raises(SignInPaused):
        sign_in(_tab(inbox), PASSWORD, SETTINGS, client=None)
