"""The private, encrypted mood journal.

``JournalStore(url)`` opens (and migrates) a store; ``create_account`` returns the recovery
code; ``unlock`` / ``unlock_with_recovery_code`` return a ``Journal`` holding the key in memory.
"""

from journal.checkin import ACTIVITIES, EMOTION_QUADRANTS, EMOTIONS, MOODS, CheckIn, Entry
from journal.errors import (
    AccountExists,
    BadImportFile,
    EntryNotFound,
    InvalidEntry,
    JournalError,
    TooManyAttempts,
    TooManyCreations,
    WeakPassphrase,
    WrongPassphrase,
)
from journal.self_checks import SavedSelfCheck
from journal.store import JournalStore, open_store
from journal.unlocked import Journal

__all__ = [
    "ACTIVITIES",
    "EMOTIONS",
    "EMOTION_QUADRANTS",
    "MOODS",
    "AccountExists",
    "BadImportFile",
    "CheckIn",
    "Entry",
    "EntryNotFound",
    "InvalidEntry",
    "Journal",
    "JournalError",
    "JournalStore",
    "SavedSelfCheck",
    "TooManyAttempts",
    "TooManyCreations",
    "WeakPassphrase",
    "WrongPassphrase",
    "open_store",
]
