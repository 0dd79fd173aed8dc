"""The journal store: accounts, unlock, and the door to each person's encrypted entries."""

from __future__ import annotations

import hashlib
import uuid
from typing import TYPE_CHECKING

from sqlalchemy import Engine, delete, insert, select
from sqlalchemy.exc import IntegrityError

from journal import crypto, throttle
from journal.db import make_engine, upgrade_to_head, write_transaction
from journal.errors import AccountExists, InvalidEntry, WrongPassphrase
from journal.passphrase import check_passphrase
from journal.schema import accounts
from journal.unlocked import Journal

if TYPE_CHECKING:
    from settings import Settings

MAX_USERNAME_CHARS = 64


class JournalStore:
    """One database of journals. ``url`` is a SQLAlchemy URL (SQLite file or Postgres).

    Opening the store runs the Alembic migrations up to head.
    """

    def __init__(self, url: str, *, kdf: crypto.KdfParams | None = None) -> None:
        self.url = url
        self.kdf = kdf or crypto.KdfParams()
        self.engine: Engine = make_engine(url)
        upgrade_to_head(self.engine)

    def close(self) -> None:
        self.engine.dispose()

    def create_account(self, username: str, passphrase: str) -> str:
        """Create a journal; returns the recovery code, to be shown to the person once."""
        name = username.strip()
        if not name or len(name) > MAX_USERNAME_CHARS:
            raise InvalidEntry(f"Choose a name of 1 to {MAX_USERNAME_CHARS} characters.")
        check_passphrase(passphrase, name)
        digest = crypto.username_digest(name)
        with self.engine.connect() as connection:
            taken = connection.execute(
                select(accounts.c.id).where(accounts.c.username_digest == digest)
            ).first()
        if taken:
            raise AccountExists()
        account_id = uuid.uuid4().hex
        data_key = crypto.new_data_key()
        salt = crypto.new_salt()
        keys = crypto.derive_keys(passphrase, salt, self.kdf)
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

    def unlock(self, username: str, passphrase: str) -> Journal:
        """The person's journal, or WrongPassphrase (the same for an unknown name)."""
        digest = crypto.username_digest(username)
        throttle.begin_attempt(self.engine, digest)
        account = self._account(digest)
        if account is None:
            # Spend the same time as a real check so timing tells nothing about the name.
            fake_salt = hashlib.sha256(digest.encode()).digest()[:16]
            crypto.derive_keys(passphrase, fake_salt, self.kdf)
            return self._fail()
        keys = crypto.derive_keys(
            passphrase, account.kdf_salt, crypto.KdfParams.from_json(account.kdf_params)
        )
        if not crypto.verifier_matches(account.verifier, keys.verifier):
            return self._fail()
        data_key = crypto.open_sealed(keys.wrapping_key, account.wrapped_key, _key_aad(account.id))
        return self._open(digest, account.id, data_key)

    def unlock_with_recovery_code(self, username: str, code: str) -> Journal:
        """Unlock with the recovery code shown at creation (then set a new passphrase)."""
        digest = crypto.username_digest(username)
        throttle.begin_attempt(self.engine, digest)
        account = self._account(digest)
        if account is None:
            return self._fail()
        wrapping_key = crypto.recovery_wrapping_key(code, account.recovery_salt)
        try:
            data_key = crypto.open_sealed(
                wrapping_key, account.recovery_wrapped_key, _key_aad(account.id)
            )
        except crypto.DecryptionFailed:
            return self._fail()
        return self._open(digest, account.id, data_key)

    def _account(self, digest: str):  # type: ignore[no-untyped-def]
        with self.engine.connect() as connection:
            return connection.execute(
                select(accounts).where(accounts.c.username_digest == digest)
            ).first()

    def _open(self, digest: str, account_id: str, data_key: bytes) -> Journal:
        with write_transaction(self.engine) as connection:
            throttle.clear(connection, digest)
        return Journal(self, account_id, data_key)

    def _fail(self) -> Journal:
        # The attempt was already counted by begin_attempt; success would have cleared it.
        raise WrongPassphrase()

    def rewrap(self, account_id: str, data_key: bytes, new_passphrase: str) -> None:
        """Wrap the same data key under a new passphrase (entries stay as they are)."""
        check_passphrase(new_passphrase)
        salt = crypto.new_salt()
        keys = crypto.derive_keys(new_passphrase, salt, self.kdf)
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
        from journal.schema import entries, self_checks

        with write_transaction(self.engine) as connection:
            connection.execute(delete(entries).where(entries.c.account_id == account_id))
            connection.execute(delete(self_checks).where(self_checks.c.account_id == account_id))
            connection.execute(delete(accounts).where(accounts.c.id == account_id))


def open_store(settings: Settings) -> JournalStore:
    """The store the settings name: DATABASE_URL (e.g. Postgres) or the SQLite file."""
    return JournalStore(settings.store_url)


def _key_aad(account_id: str) -> bytes:
    return f"kindred:data-key:{account_id}".encode()
