"""Who may moderate: one shared password, stored only as an argon2id hash in the settings.

An operator creates the hash with `python -m knowledge.stories hash-password` and sets
KINDRED_MODERATOR_PASSWORD_HASH; with no hash set, moderation stays locked.
"""

from __future__ import annotations

from settings import Settings


class ModerationLockedError(RuntimeError):
    """No moderator password hash is configured."""


def moderation_enabled(settings: Settings) -> bool:
    return bool(settings.moderator_password_hash.strip())


def hash_password(password: str) -> str:
    """An argon2id hash (argon2-cffi's recommended parameters) for the settings."""
    from argon2 import PasswordHasher

    if len(password) < 12:
        raise ValueError("Use a moderator password of at least 12 characters.")
    return PasswordHasher().hash(password)


def verify_moderator(password: str, settings: Settings) -> bool:
    """True when the password matches the configured hash; raises if none is configured."""
    from argon2 import PasswordHasher
    from argon2.exceptions import InvalidHashError, VerificationError

    if not moderation_enabled(settings):
        raise ModerationLockedError("No moderator password is configured.")
    try:
        return PasswordHasher().verify(settings.moderator_password_hash.strip(), password)
    except (VerificationError, InvalidHashError):
        return False
