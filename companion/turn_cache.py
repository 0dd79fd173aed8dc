"""Each person turn's assessment, kept by a digest of the transcript up to that turn.

Rebuilding a conversation from its transcript (``Conversation.from_history``) reads every
earlier message again, about 30 ms each. An assessment depends only on the message, the
earlier turns and the state they led to, so the same prefix always reads the same: the
assessment is kept under a digest of exactly that (every earlier message and reply, the
state, the message) and a caller sending the transcript back reads only its new message.
A transcript that differs anywhere before a turn gives another digest, so it is read again.

The cache lives in this process's memory only (nothing is written anywhere), holds
assessments without their embedding vectors, and forgets the least recently used entries
beyond ``MAX_ENTRIES``. Keys are plain BLAKE2b digests, so any replica computes the same.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import fields, replace

from knowledge.safety import Assessment

# A few hundred bytes each: about 4,000 turns (hundreds of conversations) in a few MB.
MAX_ENTRIES = 4096


class AssessmentCache:
    """A bounded, thread-safe, least-recently-used map of turn digest -> assessment."""

    def __init__(self, max_entries: int = MAX_ENTRIES) -> None:
        self.max_entries = max_entries
        self.hits = 0
        self.misses = 0
        self._entries: OrderedDict[bytes, Assessment] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: bytes) -> Assessment | None:
        with self._lock:
            found = self._entries.get(key)
            if found is None:
                self.misses += 1
                return None
            self._entries.move_to_end(key)
            self.hits += 1
            return found

    def put(self, key: bytes, assessment: Assessment) -> None:
        with self._lock:
            self._entries[key] = replace(assessment, vector=None)
            self._entries.move_to_end(key)
            while len(self._entries) > self.max_entries:
                self._entries.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self.hits = self.misses = 0

    def __len__(self) -> int:
        return len(self._entries)


# One per process: every session's turns share it, keyed by their exact transcript.
TURNS = AssessmentCache()


def turn_key(earlier: Iterable[tuple[str, str]], state: object, message: str) -> bytes:
    """The digest of the (message, reply) pairs before a turn, the state (a dataclass)
    they led to, and the turn's message."""
    digest = hashlib.blake2b(digest_size=20, person=b"kindred-turn")
    for said, replied in earlier:
        _add(digest, said)
        _add(digest, replied)
    _add(digest, _describe(state))
    _add(digest, message)
    return digest.digest()


def _describe(state: object) -> str:
    """The state's fields as text that is the same in every process (sets sorted)."""
    values = []
    for item in fields(state):
        value = getattr(state, item.name)
        values.append(sorted(value) if isinstance(value, frozenset | set) else value)
    return repr(values)


def _add(digest: hashlib.blake2b, text: str) -> None:
    # Length-prefixed, so ("ab", "c") and ("a", "bc") never share a digest.
    data = text.encode("utf-8", "surrogatepass")
    digest.update(len(data).to_bytes(8, "big"))
    digest.update(data)
