"""Journal widgets shared by the journal, insights, self-check and privacy pages.

The unlocked ``Journal`` lives only in ``st.session_state["journal_session"]`` (other pages
use that key too) and is dropped on lock or after ``Settings.lock_minutes`` of inactivity.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TypeVar

import streamlit as st

from journal import (
    Entry,
    Journal,
    JournalError,
    WrongPassphrase,
)
from journal.crypto import DecryptionFailed
from journal.trackers import Tracker
from knowledge.resources import wording
from knowledge.safety import assess
from ui.services import app_settings, current_client, journal_store, when_ready

logger = logging.getLogger(__name__)
T = TypeVar("T")
SESSION_KEY = "journal_session"
LAST_ACTIVE_KEY = "journal_last_active"
RECOVERY_KEY = "journal_new_recovery_code"
AUTO_LOCKED_KEY = "journal_auto_locked"
RECOVERED_KEY = "journal_recovered"
ENTRIES_KEY = "journal_entries_cache"
TRACKERS_KEY = "journal_trackers_cache"
# Session values that can hold private text: the journal pages' widgets (notes, answers, an
# import preview), the companion conversation, and the story search (which can hold a note
# handed over by "stories like this"). Lock drops every key that starts with one of these.
PRIVATE_PREFIXES = (
    "journal_",
    "insights_",
    "self_checks_",
    "privacy_",
    "companion_",
    "stories_",
)


def active_journal() -> Journal | None:
    """The unlocked journal, or None; locks it first if it sat idle too long."""
    journal = st.session_state.get(SESSION_KEY)
    if journal is None:
        return None
    idle = time.time() - st.session_state.get(LAST_ACTIVE_KEY, 0.0)
    if idle > app_settings().lock_minutes * 60:
        lock()
        st.session_state[AUTO_LOCKED_KEY] = True
        return None
    st.session_state[LAST_ACTIVE_KEY] = time.time()
    return journal


def _start_session(journal: Journal) -> None:
    st.session_state[SESSION_KEY] = journal
    st.session_state[LAST_ACTIVE_KEY] = time.time()
    st.session_state.pop(AUTO_LOCKED_KEY, None)


def lock() -> None:
    """Forget the key and every private value: notes typed, answers, imports, the companion
    conversation and the story search."""
    for key in [k for k in st.session_state if str(k).startswith(PRIVATE_PREFIXES)]:
        del st.session_state[key]


def lock_button() -> None:
    if st.button("Lock journal", icon=":material/lock:", key="journal_lock_button"):
        lock()
        st.rerun()


def unlock_panel() -> None:
    """Unlock, create, or use the recovery code. Messages never say which part was wrong."""
    if st.session_state.pop(AUTO_LOCKED_KEY, False):
        st.info("Your journal locked itself after a while without activity. Unlock it again.")
    st.write(wording.DATA_STAYS_HERE)
    unlock_tab, create_tab, recover_tab = st.tabs(
        ["Unlock", "Create a journal", "Use recovery code"]
    )
    with unlock_tab, st.form("journal_unlock_form"):
        name = st.text_input("Name", key="journal_unlock_name")
        passphrase = st.text_input("Passphrase", type="password", key="journal_unlock_pass")
        if st.form_submit_button("Unlock", type="primary"):
            _try(lambda: journal_store().unlock(name, passphrase, client=current_client()))
    with create_tab, st.form("journal_create_form"):
        st.caption(
            "Pick any name (it does not need to be your real one) and a passphrase of a few "
            "words. Nobody can reset it for you: you will get a recovery code to keep safe."
        )
        new_name = st.text_input("Name", key="journal_create_name")
        new_pass = st.text_input("Passphrase", type="password", key="journal_create_pass")
        again = st.text_input("Passphrase again", type="password", key="journal_create_again")
        if st.form_submit_button("Create my journal", type="primary"):
            if new_pass != again:
                st.error("The two passphrases are different. Please type them again.")
            else:
                _create(new_name, new_pass)
    with recover_tab, st.form("journal_recover_form"):
        rec_name = st.text_input("Name", key="journal_recover_name")
        code = st.text_input("Recovery code", key="journal_recover_code")
        if st.form_submit_button("Unlock with recovery code"):
            _try(
                lambda: journal_store().unlock_with_recovery_code(
                    rec_name, code, client=current_client()
                ),
                recovered=True,
            )


def _try(unlock, recovered: bool = False) -> None:  # type: ignore[no-untyped-def]
    try:
        journal = unlock()
    except WrongPassphrase as error:
        st.error(str(error))
        return
    _start_session(journal)
    if recovered:
        st.session_state[RECOVERED_KEY] = True
    st.rerun()


def _create(name: str, passphrase: str) -> None:
    store = journal_store()
    client = current_client()
    try:
        code = store.create_account(name, passphrase, client=client)
        journal = store.unlock(name, passphrase, client=client)
    except JournalError as error:
        st.error(str(error))
        return
    _start_session(journal)
    st.session_state[RECOVERY_KEY] = code
    st.rerun()


def new_passphrase_form(journal: Journal) -> None:
    """Change the passphrase; open at once after an unlock with the recovery code."""
    recovered = st.session_state.get(RECOVERED_KEY, False)
    if recovered:
        st.info(wording.SET_NEW_PASSPHRASE)
    with (
        st.expander("Change passphrase", icon=":material/key:", expanded=recovered),
        st.form("journal_change_pass_form"),
    ):
        new = st.text_input("New passphrase", type="password", key="journal_change_pass")
        again = st.text_input("New passphrase again", type="password", key="journal_change_again")
        if st.form_submit_button("Change passphrase"):
            if new != again:
                st.error("The two passphrases are different. Please type them again.")
                return
            try:
                journal.change_passphrase(new)
            except JournalError as error:
                st.error(str(error))
                return
            st.session_state.pop(RECOVERED_KEY, None)
            st.success(wording.PASSPHRASE_CHANGED)


def recovery_code_notice() -> None:
    """Shown once, right after creation, until the person says they saved it."""
    code = st.session_state.get(RECOVERY_KEY)
    if not code:
        return
    with st.container(border=True):
        st.warning(
            "Your recovery code is shown only this once. Write it down or save it somewhere "
            "safe: it unlocks your journal if you forget your passphrase."
        )
        st.code(code, language=None)
        if st.button("I have saved my recovery code", key="journal_recovery_saved"):
            del st.session_state[RECOVERY_KEY]
            st.rerun()


def require_journal(purpose: str) -> Journal | None:
    """The unlocked journal, or the unlock panel with a line saying why it is needed."""
    journal = active_journal()
    if journal is None:
        st.info(f"Unlock your journal to {purpose}.")
        unlock_panel()
    return journal


def readable_entries(journal: Journal) -> list[Entry]:
    """Every entry; if one cannot be decrypted (the stored bytes were changed or damaged),
    a plain message instead of a traceback, and the page stops there.

    The decrypted entries are kept in this session (dropped on lock with every
    ``journal_`` key) and reused while the stored rows are unchanged, so a rerun does not
    decrypt a year of check-ins again.
    """
    try:
        stamp = (journal.account_id, journal.revision())
        cached = st.session_state.get(ENTRIES_KEY)
        if cached is not None and cached[0] == stamp:
            return cached[1]
        found = journal.entries()
    except DecryptionFailed:
        logger.error("a journal entry did not authenticate")  # no ids or content in the log
        st.error(
            "Part of your journal could not be read: the stored data looks damaged, so it is "
            "not shown. Nothing has been changed or deleted. Please tell whoever runs this "
            "Kindred; a backup can restore it."
        )
        st.stop()
    st.session_state[ENTRIES_KEY] = (stamp, found)
    return found


def readable_trackers(journal: Journal) -> list[Tracker]:
    """The person's trackers, kept and reused like the entries (call ``readable_entries``
    first: its revision is the key)."""
    version = entries_version()
    cached = st.session_state.get(TRACKERS_KEY)
    if version is not None and cached is not None and cached[0] == version:
        return cached[1]
    found = journal.trackers()
    st.session_state[TRACKERS_KEY] = (version, found)
    return found


def session_memo(key: str, compute: Callable[[], T], *depends: object) -> T:
    """``compute()`` once per version of the entries (and ``depends``) in this session.

    ``key`` starts with one of ``PRIVATE_PREFIXES``, so lock drops what was derived from
    the entries with everything else private.
    """
    if not key.startswith(PRIVATE_PREFIXES):
        raise ValueError(f"{key!r} would outlive a lock: start it with a private prefix")
    version = (entries_version(), *depends)
    cached = st.session_state.get(key)
    if cached is not None and cached[0] == version:
        return cached[1]
    value = compute()
    st.session_state[key] = (version, value)
    return value


def entries_version() -> object:
    """What identifies the entries ``readable_entries`` last returned in this session (it
    changes whenever one is added, edited or deleted): a key for work derived from them."""
    cached = st.session_state.get(ENTRIES_KEY)
    return cached[0] if cached is not None else None


def note_signals_crisis(text: str) -> bool:
    """The one risk check (``knowledge.safety``); if the learned layer fails, the lexicon."""
    if not text.strip():
        return False
    when_ready("risk check")
    try:
        return assess(text).is_crisis
    except Exception:  # a broken model must never hide help: the lexicon still reads it
        logger.exception("risk classifier failed; using the lexicon alone")
        return assess(text, use_embeddings=False).is_crisis
