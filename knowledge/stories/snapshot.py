"""Every passage of the library in memory: vectors, filter fields, texts and whole stories.

One boolean mask over the passages per filter value (a facet index), so a filter is a few
mask operations; the passages it keeps are scored exactly (one float32 matrix-vector
product); the hits are built from the stories and passage texts held here, so a search
needs no Chroma call at all on the exact path. A snapshot never changes once built: a write
makes a new one (``changed``) from the old one plus the changed stories, without reading
the rest again.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import numpy as np

from knowledge.stories.filters import StoryFilter
from knowledge.stories.index import story_of
from knowledge.stories.schema import Story

MASKED_FIELDS = ("stage", "topics", "what_helped", "communities")
SLIM_FIELDS = ("story_id", "chunk", "has_warnings", *MASKED_FIELDS)
# Copying a kept row out and scoring it costs about four rows scored in place (measured at
# 100k passages on the 2-core machine: 3.2-4.1x at 5-50% of the rows), so above a quarter of
# the passages every row is scored and the kept ones picked; below, the kept rows are copied.
GATHERED_ROW_COST = 4
GATHER_MAX_SHARE = 1 / GATHERED_ROW_COST
MEMO_FILTERS = 256
# From this many rows up, the product runs in numpy's own single-threaded loop instead of
# BLAS: on a busy 2-core machine OpenBLAS splits it over two threads and waits for both, so a
# 3,400-row product took 25 ms instead of 0.3 ms (10k rows: 18 ms against 1.2 ms); below,
# BLAS stays on one thread and is twice as fast as the loop.
NO_BLAS_ROWS = 1024

Facet = tuple[str, Any]


class Passage(NamedTuple):
    """One passage as read from Chroma (or just written)."""

    id: str
    vector: np.ndarray
    metadata: Mapping[str, Any]
    document: str


def slim(meta: Mapping[str, Any] | None) -> dict[str, Any]:
    """The filter fields a snapshot keeps per passage (never the text)."""
    meta = meta or {}
    return {key: meta[key] for key in SLIM_FIELDS if key in meta}


def facet_rows(fields: Sequence[Mapping[str, Any]]) -> dict[Facet, list[int]]:
    """Filter value -> the rows that carry it."""
    rows: dict[Facet, list[int]] = {}
    for row, meta in enumerate(fields):
        rows.setdefault(("has_warnings", bool(meta.get("has_warnings"))), []).append(row)
        for key in MASKED_FIELDS:
            values = meta.get(key)
            for value in values if isinstance(values, list) else [values]:
                rows.setdefault((key, value), []).append(row)
    return rows


def _masks(fields: Sequence[Mapping[str, Any]]) -> dict[Facet, np.ndarray]:
    masks = {}
    for facet, members in facet_rows(fields).items():
        mask = np.zeros(len(fields), dtype=bool)
        mask[members] = True
        masks[facet] = mask
    return masks


def _matrix(vectors: Iterable[np.ndarray], width: int) -> np.ndarray:
    rows = [np.asarray(vector, dtype=np.float32) for vector in vectors]
    return np.stack(rows) if rows else np.zeros((0, width), dtype=np.float32)


def matvec(matrix: np.ndarray, query: np.ndarray) -> np.ndarray:
    """matrix @ query, never multi-threaded (see NO_BLAS_ROWS)."""
    if len(matrix) >= NO_BLAS_ROWS:
        return np.einsum("ij,j->i", matrix, query)
    return matrix @ query


def _best_of(rows: np.ndarray, scores: np.ndarray, n: int) -> list[tuple[int, float]]:
    """(row, score) of the n best scores, best first."""
    if n < len(scores):
        top = np.argpartition(-scores, n)[:n]
        top = top[np.argsort(-scores[top])]
    else:
        top = np.argsort(-scores)
    return list(zip(rows[top].tolist(), scores[top].tolist(), strict=True))


def _stories(passages: Iterable[Passage]) -> dict[str, Story]:
    """The whole stories carried by first passages (chunk 0 holds the story's JSON)."""
    return {
        story_of(p.id): Story.model_validate_json(p.metadata["story_json"])
        for p in passages
        if "story_json" in p.metadata
    }


@dataclass(frozen=True)
class PassageSnapshot:
    """The passages at one write-log version, with facet masks and their stories."""

    version: int
    ids: list[str]
    vectors: np.ndarray  # (passages, dimensions), float32, unit length
    fields: list[dict[str, Any]]  # slim metadata per passage
    documents: list[str]
    masks: dict[Facet, np.ndarray]
    story_ids: list[str]  # story number -> id (a removed story's number is not reused)
    story_of_row: np.ndarray  # row -> story number
    stories: dict[str, Story]
    row_of: dict[str, int] = field(compare=False)
    _memo: dict[StoryFilter, tuple[np.ndarray, np.ndarray]] = field(
        default_factory=dict, compare=False, repr=False
    )

    @classmethod
    def build(cls, version: int, passages: Sequence[Passage], width: int = 1) -> PassageSnapshot:
        ids = [p.id for p in passages]
        fields = [slim(p.metadata) for p in passages]
        numbers: dict[str, int] = {}
        owners = [numbers.setdefault(story_of(cid), len(numbers)) for cid in ids]
        return cls(
            version,
            ids,
            _matrix((p.vector for p in passages), width),
            fields,
            [p.document or "" for p in passages],
            _masks(fields),
            list(numbers),
            np.array(owners, dtype=np.int64),
            _stories(passages),
            {cid: row for row, cid in enumerate(ids)},
        )

    def __len__(self) -> int:
        return len(self.ids)

    # -- filtering -------------------------------------------------------------------------
    def keeps(self, story_filter: StoryFilter) -> tuple[np.ndarray, np.ndarray]:
        """(mask over rows, row numbers) of the passages the filter keeps; memoized."""
        found = self._memo.get(story_filter)
        if found is None:
            if len(self._memo) >= MEMO_FILTERS:
                self._memo.clear()
            mask = self._mask_of(story_filter)
            found = self._memo[story_filter] = (mask, np.flatnonzero(mask))
        return found

    def matching(self, story_filter: StoryFilter) -> np.ndarray:
        """Row numbers of the passages the filter keeps."""
        return self.keeps(story_filter)[1]

    def _mask_of(self, story_filter: StoryFilter) -> np.ndarray:
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
        return keep

    def _mask(self, key: str, value: Any) -> np.ndarray:
        found = self.masks.get((key, value))
        return found if found is not None else np.zeros(len(self.ids), dtype=bool)

    # -- scoring ---------------------------------------------------------------------------
    def scores(self, vector: np.ndarray, rows: np.ndarray) -> np.ndarray:
        """Cosine similarity of the query with each of these rows (in their order)."""
        query = np.asarray(vector, dtype=np.float32)
        if len(rows) == len(self.ids):
            return matvec(self.vectors, query)  # every row: no copy of the matrix
        if len(rows) > GATHER_MAX_SHARE * len(self.ids):
            return matvec(self.vectors, query)[rows]
        return matvec(self.vectors[rows], query)

    def nearest(self, vector: np.ndarray, rows: np.ndarray, n: int) -> list[tuple[int, float]]:
        """The n best of these rows by cosine similarity: (row, similarity), best first."""
        if not len(rows) or n <= 0:
            return []
        return _best_of(rows, self.scores(vector, rows), n)

    def best_per_story(
        self,
        vector: np.ndarray,
        rows: np.ndarray,
        stories: int,
        exclude: set[str],
        min_rows: int = 0,
    ) -> list[tuple[int, float]]:
        """(row, similarity) of the best passage of the top stories among rows, best first.

        Every story among the best ``min_rows`` passing passages, and at least ``stories``
        stories unless fewer pass; excluded stories are skipped. The rows are scored once;
        when the best few hold too few stories, more of the same scores are ranked.
        """
        if not len(rows):
            return []
        scores = self.scores(vector, rows)
        fetch = max(4 * (stories + len(exclude)), min_rows)
        while True:
            scored = _best_of(rows, scores, fetch)
            owners = self.story_of_row[[row for row, _ in scored]].tolist()
            best: list[tuple[int, float]] = []
            seen: set[int] = set()
            for (row, similarity), owner in zip(scored, owners, strict=True):
                if owner not in seen:  # best first: a story's first row is its best passage
                    seen.add(owner)
                    if not exclude or self.story_ids[owner] not in exclude:
                        best.append((row, similarity))
            # Fewer rows than asked means every passing passage was ranked.
            if len(best) >= stories or len(scored) < fetch:
                return best
            fetch *= 8

    # -- writes ----------------------------------------------------------------------------
    def changed(
        self, version: int, passages: Sequence[Passage], stories: set[str]
    ) -> PassageSnapshot:
        """A new snapshot where these stories hold exactly these passages (none: removed).

        Only the changed rows are read; the rest is carried over with numpy operations.
        """
        numbers = {sid: number for number, sid in enumerate(self.story_ids)}
        gone = [numbers[sid] for sid in stories if sid in numbers]
        kept = ~np.isin(self.story_of_row, gone) if gone else np.ones(len(self.ids), dtype=bool)
        rows = np.flatnonzero(kept).tolist()
        added = [slim(p.metadata) for p in passages]
        story_ids = list(self.story_ids)
        owners = []
        for p in passages:
            sid = story_of(p.id)
            if sid not in numbers:
                numbers[sid] = len(story_ids)
                story_ids.append(sid)
            owners.append(numbers[sid])
        new_masks = _masks(added)
        masks = {
            facet: np.concatenate(
                [
                    self.masks[facet][kept] if facet in self.masks else np.zeros(len(rows), bool),
                    new_masks[facet] if facet in new_masks else np.zeros(len(added), bool),
                ]
            )
            for facet in self.masks.keys() | new_masks.keys()
        }
        ids = [self.ids[row] for row in rows] + [p.id for p in passages]
        width = (
            self.vectors.shape[1] if len(self.ids) else len(passages[0].vector) if passages else 1
        )
        kept_vectors = self.vectors[kept] if len(self.ids) else np.zeros((0, width), np.float32)
        all_stories = {sid: s for sid, s in self.stories.items() if sid not in stories}
        all_stories.update(_stories(passages))
        return PassageSnapshot(
            version,
            ids,
            np.concatenate([kept_vectors, _matrix((p.vector for p in passages), width)]),
            [self.fields[row] for row in rows] + added,
            [self.documents[row] for row in rows] + [p.document or "" for p in passages],
            masks,
            story_ids,
            np.concatenate([self.story_of_row[kept], np.array(owners, dtype=np.int64)]).astype(
                np.int64
            ),
            all_stories,
            {cid: row for row, cid in enumerate(ids)},
        )
