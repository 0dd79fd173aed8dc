"""The journal store: accounts, unlock, and the door to each person's encrypted entries."""

from __future__ import annotations

import hashlib
import logging
import threading
import uuid
from typing import TYPE_CHECKING

from sqlalchemy import Engine, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from database import open_engine, write_transaction
from journal import crypto, names, throttle
from journal.db import upgrade_to_head
from journal.errors import (
    AccountExists,
    InvalidEntry,
    TooManyAttempts,
    TooManyCreations,
    WrongPassphrase,
)
from journal.passphrase import check_passphrase
from journal.schema import accounts
from journal.unlocked import Journal

if TYPE_CHECKING:
    from settings import Settings

logger = logging.getLogger(__name__)
MAX_USERNAME_CHARS = 64
# argon2id runs at most this many at once per store (process): 4 x 64 MiB. More unlocks at
# once wait their turn instead of letting a burst of requests exhaust the server's memory.
KDF_SLOTS = 4


class JournalStore:
    """One database of journals. ``url`` is a SQLAlchemy URL (SQLite file or Postgres).

    ``name_key`` keys the digest that finds a journal by its name (see ``journal.names``);
    ``open_store`` passes the deployment's key, a store opened without one uses the key file
    beside a SQLite database (else in ./data). ``client`` on the door methods is who is asking
    (``throttle.client_address``), or None when the server cannot tell. Opening the store
    runs the Alembic migrations up to head.
    """

    def __init__(
        self,
        url: str,
        *,
        kdf: crypto.KdfParams | None = None,
        name_key: bytes | None = None,
        kdf_slots: int = KDF_SLOTS,
    ) -> None:
        self.url = url
        self.kdf = kdf or crypto.KdfParams()
        self._kdf_slots = threading.BoundedSemaphore(kdf_slots)
        self.name_key = name_key if name_key is not None else names.default_key(url)
        self.engine: Engine = open_engine(url)
        upgrade_to_head(self.engine)

    def close(self) -> None:
        self.engine.dispose()

    def create_account(self, username: str, passphrase: str, *, client: str | None = None) -> str:
        """Create a journal; returns the recovery code, to be shown to the person once.

        A taken name costs the same argon2id work as a free one (and as a failed unlock), so
        the answer's timing does not list names faster than guessing passphrases would.
        """
        name = names.normalize(username)
        if not name or len(name) > MAX_USERNAME_CHARS:
            raise InvalidEntry(f"Choose a name of 1 to {MAX_USERNAME_CHARS} characters.")
        check_passphrase(passphrase, name)
        try:
            throttle.begin_attempt(self.engine, throttle.creation_buckets(self.name_key, client))
        except throttle.Paused as paused:
            raise TooManyCreations(paused.seconds) from None
        digest = self._digest(name)
        salt = crypto.new_salt()
        keys = self._derive(passphrase, salt, self.kdf)
        if self._find(username, digest)[0] is not None:
            raise AccountExists()
        account_id = uuid.uuid4().hex
        data_key = crypto.new_data_key()
        code = crypto.new_recovery_code()
        recovery_salt = crypto.new_salt()
        try:
            with write_transaction(self.engine) as connection:
                connection.execute(
                    insert(accounts).values(
                        id=account_id,
                        username_digest=digest,
                        created_at=throttle.utcnow(),
                        kdf_params=self.kdf.to_json(),
                        kdf_salt=salt,
                        verifier=keys.verifier,
                        wrapped_key=crypto.seal(keys.wrapping_key, data_key, _key_aad(account_id)),
                        recovery_salt=recovery_salt,
                        recovery_wrapped_key=crypto.seal(
                            crypto.recovery_wrapping_key(code, recovery_salt),
                            data_key,
                            _key_aad(account_id),
                        ),
                    )
                )
        except IntegrityError as error:
            raise AccountExists() from error
        return code

    def unlock(self, username: str, passphrase: str, *, client: str | None = None) -> Journal:
        """The person's journal, or WrongPassphrase (the same for an unknown name)."""
        digest = self._digest(username)
        buckets = throttle.unlock_buckets(self.name_key, digest, client)
        other = throttle.recovery_buckets(self.name_key, digest, client)
        self._begin(buckets, other)
        account, legacy = self._find(username, digest)
        if account is None:
            # Spend the same time as a real check so timing tells nothing about the name.
            fake_salt = hashlib.sha256(digest.encode()).digest()[:16]
            self._derive(passphrase, fake_salt, self.kdf)
            raise WrongPassphrase()
        keys = self._derive(
            passphrase, account.kdf_salt, crypto.KdfParams.from_json(account.kdf_params)
        )
        if not crypto.verifier_matches(account.verifier, keys.verifier):
            raise WrongPassphrase()
        data_key = crypto.open_sealed(keys.wrapping_key, account.wrapped_key, _key_aad(account.id))
        return self._open(account.id, digest, legacy, buckets, data_key)

    def unlock_with_recovery_code(
        self, username: str, code: str, *, client: str | None = None
    ) -> Journal:
        """Unlock with the recovery code shown at creation (then set a new passphrase).

        It has its own, stricter count, never shared with passphrase tries, so nobody can
        block it by guessing passphrases. A success also lifts this client's passphrase pause.
        """
        digest = self._digest(username)
        buckets = throttle.recovery_buckets(self.name_key, digest, client)
        other = throttle.unlock_buckets(self.name_key, digest, client)
        self._begin(buckets, other)
        account, legacy = self._find(username, digest)
        if account is None:
            raise WrongPassphrase()
        wrapping_key = crypto.recovery_wrapping_key(code, account.recovery_salt)
        try:
            data_key = crypto.open_sealed(
                wrapping_key, account.recovery_wrapped_key, _key_aad(account.id)
            )
        except crypto.DecryptionFailed:
            raise WrongPassphrase() from None
        settled = buckets + [b for b in other if b.on_success == "clear"]
        return self._open(account.id, digest, legacy, settled, data_key)

    def _derive(self, passphrase: str, salt: bytes, params: crypto.KdfParams) -> crypto.DerivedKeys:
        with self._kdf_slots:
            return crypto.derive_keys(passphrase, salt, params)

    def _digest(self, username: str) -> str:
        return names.name_digest(username, self.name_key)

    def _begin(self, buckets: list[throttle.Bucket], other: list[throttle.Bucket]) -> None:
        """Count the attempt; if paused, say for how long and whether the other way works."""
        try:
            throttle.begin_attempt(self.engine, buckets)
        except throttle.Paused as paused:
            if paused.scope == "client":
                raise TooManyAttempts(paused.seconds, paused="client") from None
            raise TooManyAttempts(
                paused.seconds,
                paused=paused.scope,
                other_after_seconds=throttle.seconds_until_open(self.engine, other),
            ) from None

    def _find(self, username: str, digest: str):  # type: ignore[no-untyped-def]
        """(account row, found by an old unkeyed digest?), or (None, False)."""
        with self.engine.connect() as connection:
            account = connection.execute(
                select(accounts).where(accounts.c.username_digest == digest)
            ).first()
            if account is not None:
                return account, False
            legacy = connection.execute(
                select(accounts).where(
                    accounts.c.username_digest.in_(names.legacy_digests(username))
                )
            ).first()
        return legacy, legacy is not None

    def _open(
        self,
        account_id: str,
        digest: str,
        legacy: bool,
        buckets: list[throttle.Bucket],
        data_key: bytes,
    ) -> Journal:
        with write_transaction(self.engine) as connection:
            throttle.settle_success(connection, buckets)
        if legacy:
            self._rekey(account_id, digest)
        return Journal(self, account_id, data_key)

    def _rekey(self, account_id: str, digest: str) -> None:
        """Move a journal found by its old unkeyed digest to the keyed one."""
        try:
            with write_transaction(self.engine) as connection:
                connection.execute(
                    update(accounts)
                    .where(accounts.c.id == account_id)
                    .values(username_digest=digest)
                )
        except IntegrityError:  # the keyed digest is somehow taken: keep the old one for now
            logger.warning("a journal could not be moved to the keyed name digest")

    def rewrap(self, account_id: str, data_key: bytes, new_passphrase: str) -> None:
        """Wrap the same data key under a new passphrase (entries stay as they are)."""
        check_passphrase(new_passphrase)
        salt = crypto.new_salt()
        keys = self._derive(new_passphrase, salt, self.kdf)
        with write_transaction(self.engine) as connection:
            connection.execute(
                accounts.update()
                .where(accounts.c.id == account_id)
                .values(
                    kdf_params=self.kdf.to_json(),
                    kdf_salt=salt,
                    verifier=keys.verifier,
                    wrapped_key=crypto.seal(keys.wrapping_key, data_key, _key_aad(account_id)),
                )
            )

    def delete_account(self, account_id: str) -> None:
        """Remove the account row; its entries and self-checks go with it (one transaction)."""
        from journal.schema import entries, self_checks, trackers

        with write_transaction(self.engine) as connection:
            connection.execute(delete(entries).where(entries.c.account_id == account_id))
            connection.execute(delete(trackers).where(trackers.c.account_id == account_id))
            connection.execute(delete(self_checks).where(self_checks.c.account_id == account_id))
            connection.execute(delete(accounts).where(accounts.c.id == account_id))


def open_store(settings: Settings) -> JournalStore:
    """The store the settings name: DATABASE_URL (e.g. Postgres) or the SQLite file."""
    return JournalStore(settings.store_url, name_key=names.settings_key(settings))


def _key_aad(account_id: str) -> bytes:
    return f"kindred:data-key:{account_id}".encode()
