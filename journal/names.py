"""Journal names: one normal form, and a keyed digest so the database never shows a name.

A name is looked up by ``HMAC-SHA256(name key, normalized name)``. The name key is a secret of
the deployment (``KINDRED_NAME_KEY``, or a random key generated on first start and kept in
the data folder as ``name_key``), so a copy of the database alone cannot be searched with a
list of likely names. Journals made before the key existed were found by an unkeyed SHA-256
digest; ``legacy_digests`` still finds them, and the store re-keys each one on its next
successful unlock.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from settings import Settings

KEY_FILE = "name_key"
KEY_BYTES = 32
DEFAULT_DATA_DIR = Path("data")  # the Settings default, for library callers without settings


def normalize(username: str) -> str:
    """NFC, surrounding spaces dropped, case folded: "Zoë", "zoe\u0308 " and "ZOË" are one."""
    text = unicodedata.normalize("NFC", username.strip())
    return unicodedata.normalize("NFC", text.casefold())


def name_digest(username: str, key: bytes) -> str:
    """The keyed digest that finds an account (64 hex characters)."""
    message = b"kindred-username-v2:" + normalize(username).encode("utf-8")
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def legacy_digests(username: str) -> list[str]:
    """The unkeyed SHA-256 digests older versions stored, for the name as typed and in NFC
    and NFD (they did not normalize Unicode, so the owner typed whichever form they had)."""
    forms = [
        username,
        unicodedata.normalize("NFC", username),
        unicodedata.normalize("NFD", username),
    ]
    found: list[str] = []
    for form in forms:
        normalized = form.strip().casefold()
        digest = hashlib.sha256(b"kindred-username-v1:" + normalized.encode("utf-8")).hexdigest()
        if digest not in found:
            found.append(digest)
    return found


def load_or_create_key(path: Path) -> bytes:
    """The key kept in ``path``; the first caller creates it (atomically, readable by the
    owner only), so several processes starting at once agree on one key."""
    try:
        return bytes.fromhex(path.read_text().strip())
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    draft = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
    descriptor = os.open(draft, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w") as handle:
        handle.write(secrets.token_bytes(KEY_BYTES).hex())
        handle.flush()
        os.fsync(handle.fileno())
    try:
        os.link(draft, path)  # fails if another process got there first: theirs wins
    except FileExistsError:
        pass
    finally:
        draft.unlink()
    return bytes.fromhex(path.read_text().strip())


def settings_key(settings: Settings) -> bytes:
    """``KINDRED_NAME_KEY`` when set, else the key file in the data folder."""
    if settings.name_key:
        return settings.name_key.encode("utf-8")
    return load_or_create_key(settings.data_dir / KEY_FILE)


def default_key(url: str) -> bytes:
    """For a store opened without a key: the key file beside a SQLite database (the data
    folder in the default layout), otherwise in ./data, the default data folder."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        folder = Path(parsed.database).expanduser().resolve().parent
    else:
        folder = DEFAULT_DATA_DIR
    return load_or_create_key(folder / KEY_FILE)
