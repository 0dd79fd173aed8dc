"""Every passage vector in memory, with a facet index, so a narrow filter is scored exactly.

Chroma filters inside its SQLite before the HNSW walk, which costs the same whatever the filter
keeps (130-350 ms at 100k passages). Here each filter value maps to a boolean mask over the
passages; a filter is a few mask operations, and the passages it keeps are scored exactly
(a matrix-vector product over just those rows). The cost grows with how many passages pass,
so the library uses this only when few do and the HNSW index otherwise (``library.py``).

The snapshot must match the collection. ``WriteLog`` is a tiny side collection that gets one
record per write to the story collection (``StoryLibrary.add``/``remove``, in any process or
replica); its count is the version. A search compares the count with the snapshot's (under
a millisecond) and reloads when another writer moved it. The count is read *before* the
passages are loaded, so a write that lands meanwhile makes the next search reload again,
never leaves a stale snapshot looking current. Records are only ever added, so two writers
can never hide each other's write (a counter read-and-bumped could).
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from knowledge.stories.filters import StoryFilter

if TYPE_CHECKING:
    from chromadb.api.models.Collection import Collection

LOAD_PAGE = 5000
LOG_SUFFIX = "_writes"
MASKED_FIELDS = ("stage", "topics", "what_helped", "communities")


class WriteLog:
    """Counts writes to a story collection, across processes, via a side collection."""

    def __init__(self, collection: Collection) -> None:
        from chromadb.api.models.Collection import Collection as ChromaCollection

        # The side collection lives beside the passages (same folder or server, same
        # database); chromadb exposes no public way from a collection to its client.
        api = collection._client
        model = api.get_or_create_collection(
            name=f"{collection.name}{LOG_SUFFIX}"[:63],
            metadata={"kindred": "one record per write to the story passages"},
            tenant=collection.tenant,
            database=collection.database,
        )
        self._log = ChromaCollection(client=api, model=model, embedding_function=None)

    def version(self) -> int:
        return self._log.count()

    def record(self) -> None:
        """Note one finished write; call it after the passages changed."""
        self._log.add(ids=[uuid.uuid4().hex], embeddings=[[1.0]], metadatas=[{"write": 1}])


@dataclass(frozen=True)
class PassageSnapshot:
    """Passage ids, vectors and filter fields at one write-log version, plus facet masks."""

    version: int
    ids: list[str]
    vectors: np.ndarray  # (passages, dimensions), unit length
    metadatas: list[dict[str, Any]]
    masks: dict[tuple[str, Any], np.ndarray]
    story_ids: list[str]  # distinct stories, in order of first passage
    story_of_row: np.ndarray  # row -> index into story_ids

    @classmethod
    def build(
        cls,
        version: int,
        ids: list[str],
        vectors: np.ndarray,
        metadatas: Sequence[Mapping[str, Any]],
    ) -> PassageSnapshot:
        metas = [dict(m) for m in metadatas]
        rows: dict[tuple[str, Any], list[int]] = {}
        for row, meta in enumerate(metas):
            rows.setdefault(("has_warnings", bool(meta.get("has_warnings"))), []).append(row)
            for key in MASKED_FIELDS:
                values = meta.get(key)
                for value in values if isinstance(values, list) else [values]:
                    rows.setdefault((key, value), []).append(row)
        masks = {}
        for facet, members in rows.items():
            mask = np.zeros(len(ids), dtype=bool)
            mask[members] = True
            masks[facet] = mask
        matrix = np.asarray(vectors, dtype=np.float32)
        if not len(ids):
            matrix = np.zeros((0, 1), dtype=np.float32)
        numbers: dict[str, int] = {}
        story_of_row = np.array(
            [numbers.setdefault(cid.rsplit("#", 1)[0], len(numbers)) for cid in ids], dtype=np.int64
        )
        return cls(version, list(ids), matrix, metas, masks, list(numbers), story_of_row)

    def __len__(self) -> int:
        return len(self.ids)

    def matching(self, story_filter: StoryFilter) -> np.ndarray:
        """Row numbers of the passages the filter keeps."""
        keep = np.ones(len(self.ids), dtype=bool)
        if not story_filter.include_warnings:
            keep &= ~self._mask("has_warnings", True)
        for key, wanted in (
            ("stage", story_filter.stages),
            ("topics", story_filter.topics),
            ("what_helped", story_filter.what_helped),
            ("communities", story_filter.communities),
        ):
            if wanted:
                any_of = np.zeros(len(self.ids), dtype=bool)
                for value in wanted:
                    any_of |= self._mask(key, value)
                keep &= any_of
        return np.flatnonzero(keep)

    def _mask(self, key: str, value: Any) -> np.ndarray:
        found = self.masks.get((key, value))
        return found if found is not None else np.zeros(len(self.ids), dtype=bool)

    def nearest(self, vector: np.ndarray, rows: np.ndarray, n: int) -> list[tuple[int, float]]:
        """The n best of these rows by cosine similarity: (row, similarity), best first."""
        if not len(rows) or n <= 0:
            return []
        query = np.asarray(vector, dtype=np.float32)
        whole = len(rows) == len(self.ids)  # no copy of the matrix when every row counts
        scores = self.vectors @ query if whole else self.vectors[rows] @ query
        if n < len(scores):
            top = np.argpartition(-scores, n)[:n]
            top = top[np.argsort(-scores[top])]
        else:
            top = np.argsort(-scores)
        picked = top if whole else rows[top]
        return [(int(row), float(scores[i])) for row, i in zip(picked, top, strict=True)]

    def best_per_story(
        self, vector: np.ndarray, rows: np.ndarray, stories: int, exclude: set[str]
    ) -> list[tuple[int, float]]:
        """(row, similarity) of the best passage of the top stories among rows, best first.

        At least ``stories`` stories unless fewer pass; excluded stories are skipped.
        """
        fetch = max(80, 8 * (stories + len(exclude)))
        while True:
            scored = self.nearest(vector, rows, fetch)
            picked = np.array([row for row, _ in scored], dtype=np.int64)
            owners = self.story_of_row[picked] if len(picked) else picked
            # np.unique's first index per story is its best passage: rows come best first.
            _, first = np.unique(owners, return_index=True)
            best = [scored[i] for i in np.sort(first) if self.story_ids[owners[i]] not in exclude]
            # Fewer rows than asked means every passing passage was scored.
            if len(best) >= stories or len(scored) < fetch:
                return best
            fetch *= 8

    def changed(
        self,
        version: int,
        added: Sequence[tuple[str, np.ndarray, Mapping[str, Any]]],
        removed_stories: set[str],
    ) -> PassageSnapshot:
        """A new snapshot with these stories' passages dropped and the added ones in."""
        gone = removed_stories | {str(meta["story_id"]) for _, _, meta in added}
        kept = [row for row, meta in enumerate(self.metadatas) if meta.get("story_id") not in gone]
        ids = [self.ids[row] for row in kept] + [cid for cid, _, _ in added]
        parts = [self.vectors[kept]] if kept else []  # an empty snapshot has no width yet
        if added:
            parts.append(np.stack([np.asarray(vec, dtype=np.float32) for _, vec, _ in added]))
        if not parts:
            parts.append(np.zeros((0, 1), dtype=np.float32))
        metas = [self.metadatas[row] for row in kept] + [dict(meta) for _, _, meta in added]
        return PassageSnapshot.build(version, ids, np.concatenate(parts), metas)


def _slim(meta: Mapping[str, Any] | None) -> dict[str, Any]:
    """What the snapshot keeps of a passage's metadata (never the story text)."""
    meta = meta or {}
    keep = ("story_id", "chunk", "has_warnings", *MASKED_FIELDS)
    return {key: meta[key] for key in keep if key in meta}


class PassageIndex:
    """The current snapshot of one collection: loaded on first use, reloaded when stale.

    Writes made through this object are applied to the snapshot in place (no reload); writes
    by anyone else are seen through the write log on the next search.
    """

    def __init__(self, collection: Collection) -> None:
        self.collection = collection
        self.log = WriteLog(collection)
        self._snapshot: PassageSnapshot | None = None
        self._lock = threading.Lock()

    def current(self) -> PassageSnapshot:
        version = self.log.version()
        snapshot = self._snapshot
        if snapshot is not None and snapshot.version == version:
            return snapshot
        with self._lock:
            if self._snapshot is None or self._snapshot.version != version:
                self._snapshot = self._load(version)
            return self._snapshot

    def loaded(self) -> bool:
        return self._snapshot is not None

    def _load(self, version: int) -> PassageSnapshot:
        ids: list[str] = []
        vectors: list[np.ndarray] = []
        metas: list[dict[str, Any]] = []
        offset = 0
        while True:
            got = self.collection.get(
                include=["embeddings", "metadatas"], limit=LOAD_PAGE, offset=offset
            )
            ids += got["ids"]
            if len(got["ids"]):
                vectors.append(np.asarray(got["embeddings"], dtype=np.float32))
            metas += [_slim(meta) for meta in got["metadatas"]]
            if len(got["ids"]) < LOAD_PAGE:
                break
            offset += LOAD_PAGE
        matrix = np.concatenate(vectors) if vectors else np.zeros((0, 1), dtype=np.float32)
        return PassageSnapshot.build(version, ids, matrix, metas)

    def wrote(
        self,
        before: int,
        added: Sequence[tuple[str, np.ndarray, Mapping[str, Any]]] = (),
        removed_stories: set[str] | None = None,
    ) -> None:
        """Record a finished write and fold it into the snapshot.

        ``before`` is the log version read before the write began. The snapshot is updated in
        place only when nobody else wrote meanwhile (the log moved by exactly our record);
        otherwise it is dropped and the next search reloads.
        """
        self.log.record()
        after = self.log.version()
        with self._lock:
            snapshot = self._snapshot
            if snapshot is None:
                return
            if snapshot.version == before and after == before + 1:
                slim = [(cid, vec, _slim(meta)) for cid, vec, meta in added]
                self._snapshot = snapshot.changed(after, slim, removed_stories or set())
            else:
                self._snapshot = None
