"""The library's passage snapshot (``snapshot.py``), loaded once and kept current.

The snapshot must match the collection. Every write to the passages is followed by records
in the write log naming the stories it touched (``writelog.py``); the number of records is
the version. Before a search, the log is checked (for a local folder only when its SQLite
file changed, see ``FileStamp``): when it moved, the stories named by the new records are
read back from Chroma and folded into a new snapshot; only a record that names no stories
(a bulk restore) makes it read everything again. The record ids are read *before* the
passages, so a write that lands meanwhile is caught by the next check, never hidden.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from typing import TYPE_CHECKING

import numpy as np

from knowledge.stories.snapshot import Passage, PassageSnapshot
from knowledge.stories.writelog import WriteLog

if TYPE_CHECKING:
    from chromadb.api.models.Collection import Collection

__all__ = ["PassageIndex", "PassageSnapshot", "WriteLog"]

LOAD_PAGE = 5000
STORIES_PER_GET = 500
INCLUDE = ["embeddings", "metadatas", "documents"]


def _passages(got: dict) -> list[Passage]:
    vectors = got["embeddings"] if got["embeddings"] is not None else []
    return [
        Passage(cid, np.asarray(vector, dtype=np.float32), meta or {}, document or "")
        for cid, vector, meta, document in zip(
            got["ids"], vectors, got["metadatas"], got["documents"], strict=True
        )
    ]


class PassageIndex:
    """The current snapshot of one collection: loaded on first use, updated when stale."""

    def __init__(self, collection: Collection) -> None:
        self.collection = collection
        self.log = WriteLog(collection)
        self._snapshot: PassageSnapshot | None = None
        self._records: set[str] = set()  # the log records folded into the snapshot
        self._checked_stamp: int | None = None
        self._lock = threading.Lock()

    def current(self) -> PassageSnapshot:
        snapshot = self._snapshot
        stamp = self.log.stamp.read()
        if snapshot is not None and stamp is not None and stamp == self._checked_stamp:
            return snapshot  # nothing was written to the folder since the log was counted
        version = self.log.version()
        with self._lock:
            if self._snapshot is None:
                self._snapshot = self._load()
            elif self._snapshot.version != version:
                self._snapshot = self._refresh(self._snapshot)
            # The stamp was read before the count, so the snapshot holds every write before it.
            self._checked_stamp = stamp
            return self._snapshot

    def wrote(self, story_ids: Iterable[str]) -> None:
        """Record a finished write of these stories; the next search folds it in."""
        self.log.record(story_ids)

    def _load(self) -> PassageSnapshot:
        records = self.log.record_ids()
        passages: list[Passage] = []
        offset = 0
        while True:
            got = self.collection.get(include=INCLUDE, limit=LOAD_PAGE, offset=offset)
            passages += _passages(got)
            if len(got["ids"]) < LOAD_PAGE:
                break
            offset += LOAD_PAGE
        self._records = records
        return PassageSnapshot.build(len(records), passages)

    def _refresh(self, snapshot: PassageSnapshot) -> PassageSnapshot:
        records = self.log.record_ids()
        stories = self.log.stories_in(records - self._records)
        if stories is None:
            return self._load()
        names = sorted(stories)
        passages: list[Passage] = []
        for start in range(0, len(names), STORIES_PER_GET):
            where = {"story_id": {"$in": names[start : start + STORIES_PER_GET]}}
            passages += _passages(self.collection.get(where=where, include=INCLUDE))
        self._records = records
        return snapshot.changed(len(records), passages, stories)
