"""Keys and ciphers for the journal: nothing private is written without passing through here.

One argon2id derivation of the passphrase (its own random salt) gives a master secret; HKDF
splits it into a *verifier* (stored, compared in constant time) and a *wrapping key* (never
stored) that unwraps the person's random data key. The recovery code wraps the same data key a
second time. Every private field is sealed with AES-GCM under the data key, with the owner and
row id as associated data so a ciphertext cannot be moved to another row or person.
"""

from __future__ import annotations

import hmac
import json
import os
import secrets
from dataclasses import asdict, dataclass

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

NONCE_BYTES = 12
KEY_BYTES = 32
RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: easy to copy by hand


class DecryptionFailed(Exception):  # noqa: N818 - reads as a sentence
    """A ciphertext did not authenticate: wrong key, or the bytes were changed."""


@dataclass(frozen=True)
class KdfParams:
    """argon2id cost. Stored with each account so the cost can rise for new accounts."""

    time_cost: int = 3
    memory_cost: int = 65536  # KiB (64 MiB), argon2-cffi's RFC 9106 low-memory profile
    parallelism: int = 4

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> KdfParams:
        return cls(**json.loads(text))


@dataclass(frozen=True)
class DerivedKeys:
    verifier: bytes
    wrapping_key: bytes


def _hkdf(secret: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=info).derive(secret)


def derive_keys(passphrase: str, salt: bytes, params: KdfParams) -> DerivedKeys:
    """The slow step: argon2id once, then two independent subkeys."""
    master = hash_secret_raw(
        passphrase.encode("utf-8"),
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_cost,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )
    return DerivedKeys(
        verifier=_hkdf(master, b"kindred passphrase verifier v1"),
        wrapping_key=_hkdf(master, b"kindred data-key wrapping v1"),
    )


def verifier_matches(expected: bytes, candidate: bytes) -> bool:
    return hmac.compare_digest(expected, candidate)


def new_salt() -> bytes:
    return os.urandom(16)


def new_data_key() -> bytes:
    return AESGCM.generate_key(bit_length=256)


def seal(key: bytes, plaintext: bytes, aad: bytes) -> bytes:
    """AES-GCM: a fresh random nonce, stored in front of the ciphertext."""
    nonce = os.urandom(NONCE_BYTES)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, aad)


def open_sealed(key: bytes, sealed: bytes, aad: bytes) -> bytes:
    try:
        return AESGCM(key).decrypt(sealed[:NONCE_BYTES], sealed[NONCE_BYTES:], aad)
    except (InvalidTag, ValueError) as error:
        raise DecryptionFailed("ciphertext did not authenticate") from error


class FieldCipher:
    """Seals and opens JSON records with one person's data key."""

    def __init__(self, data_key: bytes) -> None:
        self._aead = AESGCM(data_key)

    def seal_record(self, record: dict, aad: bytes, *, pad_to: int = 0) -> bytes:
        """``pad_to`` > 0 fills the JSON with trailing spaces up to a multiple of that many
        bytes, so the ciphertext's length does not tell records of one kind apart (JSON
        allows trailing whitespace, so records sealed before padding read the same way)."""
        nonce = os.urandom(NONCE_BYTES)
        plaintext = json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode()
        if pad_to > 0:
            plaintext += b" " * (-len(plaintext) % pad_to)
        return nonce + self._aead.encrypt(nonce, plaintext, aad)

    def open_record(self, sealed: bytes, aad: bytes) -> dict:
        try:
            plaintext = self._aead.decrypt(sealed[:NONCE_BYTES], sealed[NONCE_BYTES:], aad)
        except (InvalidTag, ValueError) as error:
            raise DecryptionFailed("record did not authenticate") from error
        return json.loads(plaintext)


def new_recovery_code() -> str:
    """25 characters from a 32-letter alphabet (125 bits), shown in groups of five."""
    chars = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(25))
    return "-".join(chars[i : i + 5] for i in range(0, 25, 5))


def normalize_recovery_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def recovery_wrapping_key(code: str, salt: bytes) -> bytes:
    """The code is high-entropy random, so a fast KDF is enough (no dictionary to guess)."""
    secret = normalize_recovery_code(code).encode()
    return HKDF(
        algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=b"kindred recovery v1"
    ).derive(secret)
