"""An in-process copy of each story's filter fields, so filtering never waits on Chroma.

Reading metadata back from Chroma costs about 80 microseconds a row (it comes from Chroma's
SQLite), so filtering 200 over-fetched passages that way takes ~16 ms. The filter fields of
a story (topics, stage, what helped, communities, warnings) are tiny and the same for all its
passages, so the library keeps them here, keyed by story id, for its HNSW path: filled by
``StoryLibrary.warm`` from the passage snapshot, as stories are added by this process and, for
stories another process added, fetched once on first sight. A story
changed by another process may be judged on old fields until the next refresh; the library
therefore re-checks every final result against the story it loads (docs/stories.md).
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from knowledge.stories.index import story_of

if TYPE_CHECKING:
    from chromadb.api.models.Collection import Collection

FILTER_FIELDS = ("topics", "stage", "what_helped", "communities", "has_warnings")
REFRESH_SECONDS = 300.0


def slim(meta: Mapping[str, Any]) -> dict[str, Any]:
    return {key: meta[key] for key in FILTER_FIELDS if key in meta}


class FacetCache:
    """story id -> filter fields; unknown stories are fetched from Chroma in one call."""

    def __init__(self, collection: Collection, refresh_seconds: float = REFRESH_SECONDS) -> None:
        self.collection = collection
        self.refresh_seconds = refresh_seconds
        self._fields: dict[str, dict[str, Any]] = {}
        self._loaded_at = time.monotonic()

    def remember(self, story_id: str, meta: Mapping[str, Any]) -> None:
        self._fields[story_id] = slim(meta)

    def forget(self, story_id: str) -> None:
        self._fields.pop(story_id, None)

    def fields(self, chunk_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        """Filter fields for the stories of these passages (fetching the unknown ones)."""
        if time.monotonic() - self._loaded_at > self.refresh_seconds:
            self._fields.clear()  # other processes may have changed stories meanwhile
            self._loaded_at = time.monotonic()
        missing: dict[str, str] = {}
        for cid in chunk_ids:
            sid = story_of(cid)
            if sid not in self._fields and sid not in missing:
                missing[sid] = cid
        if missing:
            got = self.collection.get(ids=list(missing.values()), include=["metadatas"])
            for cid, meta in zip(got["ids"], got["metadatas"], strict=True):
                self._fields[story_of(cid)] = slim(meta or {})
        return self._fields
