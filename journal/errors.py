"""Domain errors of the journal. Their messages are safe to show to the person as they are."""

from __future__ import annotations

from knowledge.resources import wording


class JournalError(Exception):
    """Base class: every journal error carries a kind, plain-language message."""


class WrongPassphrase(JournalError):  # noqa: N818 - contract names
    """Unlock failed. Deliberately silent about whether the name or the passphrase was wrong."""

    def __init__(
        self, message: str = "That name and passphrase don't match a journal here."
    ) -> None:
        super().__init__(message)


def about(seconds: float) -> str:
    """A wait in plain words: "about 1 minute", "about 20 minutes", "about 2 hours"."""
    minutes = max(1, round(seconds / 60))
    if minutes < 90:
        return f"about {minutes} minute" + ("" if minutes == 1 else "s")
    hours = round(minutes / 60)
    return f"about {hours} hours"


class TooManyAttempts(WrongPassphrase):
    """Unlocking is paused for a while. The message says which way in is paused (``paused``:
    "passphrase", "recovery" or "client") and whether the other way works now
    (``other_after_seconds`` 0) or when it will."""

    def __init__(
        self,
        retry_after_seconds: float,
        *,
        paused: str = "passphrase",
        other_after_seconds: float = 0.0,
    ) -> None:
        self.retry_after_seconds = retry_after_seconds
        self.paused = paused
        self.other_after_seconds = other_after_seconds
        wait = about(retry_after_seconds)
        if paused == "recovery":
            parts = [wording.RECOVERY_PAUSED.format(wait=wait)]
            parts.append(_other(other_after_seconds, "passphrase"))
        elif paused == "client":
            parts = [wording.CLIENT_PAUSED.format(wait=wait)]
        else:
            parts = [wording.PASSPHRASE_PAUSED.format(wait=wait)]
            parts.append(_other(other_after_seconds, "recovery"))
        parts.append(wording.NOTHING_IS_LOST)
        super().__init__(" ".join(parts))


def _other(after_seconds: float, way: str) -> str:
    if way == "recovery":
        if after_seconds <= 0:
            return wording.RECOVERY_WORKS_NOW
        return wording.RECOVERY_WORKS_LATER.format(wait=about(after_seconds))
    if after_seconds <= 0:
        return wording.PASSPHRASE_WORKS_NOW
    return wording.PASSPHRASE_WORKS_LATER.format(wait=about(after_seconds))


class TooManyCreations(JournalError):  # noqa: N818 - contract names
    """Creating journals from this client is paused for a while."""

    def __init__(self, retry_after_seconds: float) -> None:
        self.retry_after_seconds = retry_after_seconds
        super().__init__(wording.CREATION_PAUSED.format(wait=about(retry_after_seconds)))


class AccountExists(JournalError):  # noqa: N818 - contract names
    def __init__(self) -> None:
        super().__init__("That name is taken on this server. Please choose another one.")


class InvalidEntry(JournalError):  # noqa: N818 - contract names
    """A check-in, note or self-check that cannot be saved as given."""


class WeakPassphrase(InvalidEntry):
    """A passphrase that would be easy to guess; the message says why and what helps."""

    def __init__(self, reason: str = "") -> None:
        self.reason = reason
        parts = [wording.PASSPHRASE_TOO_WEAK]
        if reason:
            parts.append(f"({reason.rstrip('.')}.)")
        parts.append(wording.PASSPHRASE_SUGGESTION)
        super().__init__(" ".join(parts))


class EntryNotFound(JournalError):  # noqa: N818 - contract names
    def __init__(self) -> None:
        super().__init__("That entry isn't in your journal (it may have been deleted).")


class BadImportFile(JournalError):  # noqa: N818 - contract names
    """A whole file that cannot be imported; nothing from it is saved."""
