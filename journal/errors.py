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


class TooManyAttempts(WrongPassphrase):
    """Too many failed unlocks for this name: wait before trying again."""

    def __init__(self, retry_after_seconds: float) -> None:
        self.retry_after_seconds = retry_after_seconds
        minutes = max(1, round(retry_after_seconds / 60))
        unit = "minute" if minutes == 1 else "minutes"
        super().__init__(
            f"Too many tries for this name. For safety, please wait about {minutes} {unit} "
            "and try again. Your recovery code also works."
        )


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
