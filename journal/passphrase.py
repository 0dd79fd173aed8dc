"""Passphrase rules: long enough, and not easy to guess (zxcvbn's estimate)."""

from __future__ import annotations

from zxcvbn import zxcvbn

from journal.errors import InvalidEntry, WeakPassphrase

MIN_PASSPHRASE_CHARS = 8
MAX_PASSPHRASE_CHARS = 1024
MIN_SCORE = 3  # zxcvbn 0-4; 3 is "safely unguessable" (about 10^8 guesses or more)
ZXCVBN_MAX_CHARS = 72  # zxcvbn refuses longer input; the first 72 characters are judged


def check_passphrase(passphrase: str, name: str = "") -> None:
    """Raise InvalidEntry (or its WeakPassphrase) with a kind reason if it will not do."""
    if len(passphrase) < MIN_PASSPHRASE_CHARS:
        raise InvalidEntry(
            f"Choose a passphrase of at least {MIN_PASSPHRASE_CHARS} characters; "
            "a few unrelated words are easy to remember and hard to guess."
        )
    if len(passphrase) > MAX_PASSPHRASE_CHARS:
        raise InvalidEntry(f"Choose a passphrase of up to {MAX_PASSPHRASE_CHARS} characters.")
    inputs = [part for part in name.split() if part] + ["kindred", "journal"]
    estimate = zxcvbn(passphrase[:ZXCVBN_MAX_CHARS], user_inputs=inputs)
    if estimate["score"] < MIN_SCORE:
        raise WeakPassphrase(estimate["feedback"].get("warning", ""))
