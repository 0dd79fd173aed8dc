"""The story library: index stories by passage, find whole stories by meaning.

Each story is cut into passages (``chunking``); every passage is one vector in the Chroma
collection with the story's metadata beside it. A search ranks passages, keeps the best
passage per story and returns whole stories, best first, with the passage that matched.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from knowledge.stories.chunking import chunk_text
from knowledge.stories.filters import StoryFilter
from knowledge.stories.index import chunk_id, story_of
from knowledge.stories.passages import PassageIndex, PassageSnapshot
from knowledge.stories.schema import Story
from knowledge.stories.snapshot import GATHER_MAX_SHARE, GATHERED_ROW_COST
from knowledge.stories.topics import TOPIC_WEIGHT, TopicAffinity

if TYPE_CHECKING:
    from chromadb.api.models.Collection import Collection

Embedder = Callable[[list[str]], np.ndarray]

# Passages fetched per wanted story before filtering in Python: stories have ~3 passages,
# and a filter may reject most neighbours, so fetch generously (ids and distances only).
# With a broad filter at 100k passages (story_bench), the exact top 200 / 400 / 800 held
# fewer than 10 passing stories for 16 / 6 / 2 of the 72 queries (those are scored exactly),
# but a first fetch of 800 (x 80) doubled the median against 200: Chroma's cost grows with it.
OVERFETCH = 8
FILTERED_OVERFETCH = 20
MIN_FETCH = 80
MAX_QUERY_CHARS = 2000
# A filter is scored exactly in memory (snapshot.py) when that reads at most this many rows
# of the matrix (a kept row copied out counts as GATHERED_ROW_COST); beyond, Chroma's HNSW
# index is cheaper. Measured by benchmarks/story_bench.py (docs/benchmarks.md): exact NumPy
# over 100k passages costs 4-5 plain HNSW queries, over 10k a quarter to half of one, so
# exact wins up to a few tens of thousands of rows. An HNSW search whose first fetch holds
# too few passing stories scores the kept rows exactly after all (`_approximate`).
EXACT_MAX_SCORED = 40_000
UPSERT_BATCH = 256


@dataclass(frozen=True)
class StoryHit:
    """One story found by a search: the whole story, its score and the passage that matched.

    ``score`` orders the results (passage similarity plus topic affinity); ``similarity`` is
    the cosine similarity of the matched passage alone.
    """

    story: Story
    score: float
    passage: str
    chunk: int = 0
    similarity: float = 0.0


@dataclass(frozen=True)
class SyncSummary:
    added: int
    updated: int
    unchanged: int

    def __str__(self) -> str:
        return f"{self.added} added, {self.updated} updated, {self.unchanged} unchanged"


@dataclass
class _Candidate:
    story_id: str
    similarity: float
    row: int  # in the snapshot the candidate was found in
    topics: list[str]
    score: float = 0.0

    def __post_init__(self) -> None:
        self.score = self.similarity


def digest(story: Story) -> str:
    """A fingerprint of everything indexed about a story, to skip unchanged re-ingests."""
    return hashlib.sha256(story.model_dump_json().encode()).hexdigest()[:16]


def passage_metadata(story: Story, index: int) -> dict[str, Any]:
    meta: dict[str, Any] = {
        "story_id": story.id,
        "chunk": index,
        "title": story.title,
        "stage": story.stage,
        "language": story.language,
        "composite": story.composite,
        "has_warnings": bool(story.content_warnings),
    }
    # Chroma rejects empty lists, so an absent key means "none".
    for key in ("topics", "what_helped", "communities", "content_warnings"):
        values = getattr(story, key)
        if values:
            meta[key] = list(values)
    if index == 0:
        meta["story_json"] = story.model_dump_json()
        meta["digest"] = digest(story)
    return meta


def _clean_query(query: str) -> str:
    return " ".join(query.split())[:MAX_QUERY_CHARS]


class StoryLibrary:
    """Index and search stories in one Chroma collection."""

    def __init__(self, collection: Collection, embedder: Embedder | None = None) -> None:
        if embedder is None:
            from knowledge.embeddings import embed as embedder
        self.collection = collection
        self._embed = embedder
        self.topic_weight = TOPIC_WEIGHT
        self._topics = TopicAffinity(embedder)
        self._passages = PassageIndex(collection)

    # -- writing -------------------------------------------------------------------------
    def add(self, stories: Iterable[Story], on_batch: Callable[[int], None] | None = None) -> int:
        """Index stories (insert or replace by id, stale passages removed); returns how many."""
        latest = {story.id: story for story in stories}  # the last copy of an id wins
        items = list(latest.values())
        written: list[str] = []
        try:
            for start in range(0, len(items), 32):
                batch = items[start : start + 32]
                written += [story.id for story in batch]  # before: a failed batch may write some
                self._index_batch(batch)
                if on_batch:
                    on_batch(len(batch))
        finally:
            if written:
                self._passages.wrote(written)
        return len(items)

    def _index_batch(self, stories: Sequence[Story]) -> None:
        ids: list[str] = []
        passages: list[str] = []
        texts: list[str] = []
        metas: list[dict[str, Any]] = []
        for story in stories:
            for index, passage in enumerate(chunk_text(story.body)):
                ids.append(chunk_id(story.id, index))
                passages.append(passage)
                # The title carries the gist of the story into every passage's vector.
                texts.append(f"{story.title}.\n{passage}")
                metas.append(passage_metadata(story, index))
        vectors = self._embed(texts)
        for start in range(0, len(ids), UPSERT_BATCH):
            end = start + UPSERT_BATCH
            self.collection.upsert(
                ids=ids[start:end],
                embeddings=vectors[start:end],
                documents=passages[start:end],
                metadatas=metas[start:end],
            )
        self._delete_stale([s.id for s in stories], keep=set(ids))

    def _delete_stale(self, story_ids: list[str], keep: set[str]) -> None:
        existing = self.collection.get(where={"story_id": {"$in": story_ids}}, include=[])
        stale = [cid for cid in existing["ids"] if cid not in keep]
        if stale:
            self.collection.delete(ids=stale)

    def sync(self, stories: Iterable[Story]) -> SyncSummary:
        """Index only stories that are new or changed since they were last indexed."""
        items = list({story.id: story for story in stories}.values())
        known = self._digests([s.id for s in items])
        changed = [s for s in items if known.get(s.id) != digest(s)]
        self.add(changed)
        updated = sum(1 for s in changed if s.id in known)
        return SyncSummary(len(changed) - updated, updated, len(items) - len(changed))

    def _digests(self, story_ids: list[str]) -> dict[str, str]:
        found: dict[str, str] = {}
        for start in range(0, len(story_ids), 500):
            ids = [chunk_id(sid, 0) for sid in story_ids[start : start + 500]]
            result = self.collection.get(ids=ids, include=["metadatas"])
            for cid, meta in zip(result["ids"], result["metadatas"], strict=True):
                found[story_of(cid)] = str((meta or {}).get("digest", ""))
        return found

    def remove(self, story_id: str) -> bool:
        """Take a story out of the index; True if it was there."""
        existing = self.collection.get(where={"story_id": story_id}, include=[])
        if existing["ids"]:
            self.collection.delete(ids=existing["ids"])
            self._passages.wrote([story_id])
        return bool(existing["ids"])

    # -- reading -------------------------------------------------------------------------
    def warm(self) -> int:
        """Load every passage and story into memory, and embed the topics the results are
        re-ranked by, now, so the first search is not slower.

        Returns how many stories are indexed.
        """
        self._topics.warm()
        return len(self._passages.current().stories)

    def count_passages(self) -> int:
        return self.collection.count()

    def count(self) -> int:
        """How many stories are indexed."""
        return len(self.collection.get(where={"chunk": 0}, include=[])["ids"])

    def get(self, story_id: str) -> Story | None:
        return self._load([story_id]).get(story_id)

    def _load(self, story_ids: list[str]) -> dict[str, Story]:
        if not story_ids:
            return {}
        result = self.collection.get(
            ids=[chunk_id(sid, 0) for sid in story_ids], include=["metadatas"]
        )
        return {
            story_of(cid): Story.model_validate_json(meta["story_json"])
            for cid, meta in zip(result["ids"], result["metadatas"], strict=True)
            if meta and "story_json" in meta
        }

    def search(
        self,
        query: str,
        k: int = 10,
        topics: str | Iterable[str] | None = None,
        include_warnings: bool = False,
        *,
        stage: str | Iterable[str] | None = None,
        what_helped: str | Iterable[str] | None = None,
        communities: str | Iterable[str] | None = None,
    ) -> list[StoryHit]:
        """Whole stories whose passages are closest in meaning to the query, best first.

        The query is embedded in memory and never stored. Stories with content warnings are
        left out unless ``include_warnings`` is true. An empty query finds nothing.
        """
        text = _clean_query(query)
        if not text or k <= 0:
            return []
        story_filter = StoryFilter.build(topics, stage, what_helped, communities, include_warnings)
        return self.search_vector(self._embed([text])[0], k, story_filter)

    def more_like(
        self, story_id: str, k: int = 5, include_warnings: bool = False, **filters: Any
    ) -> list[StoryHit]:
        """Stories closest in meaning to a given story (itself excluded)."""
        got = self.collection.get(where={"story_id": story_id}, include=["embeddings"])
        if not got["ids"]:
            return []
        centroid = np.asarray(got["embeddings"], dtype=np.float32).mean(axis=0)
        centroid /= np.linalg.norm(centroid) or 1.0
        story_filter = StoryFilter.build(include_warnings=include_warnings, **filters)
        return self.search_vector(centroid, k, story_filter, exclude={story_id})

    def search_vector(
        self,
        vector: np.ndarray,
        k: int,
        story_filter: StoryFilter | None = None,
        exclude: set[str] | None = None,
    ) -> list[StoryHit]:
        """Search by an embedding: whole stories, best first (see docs/stories.md, filters).

        When scoring the passages the filter keeps is cheap they are scored exactly in
        memory; otherwise an unfiltered HNSW over-fetch is filtered against the in-memory
        facet masks, and when too few stories pass, the kept passages are scored exactly
        after all. Stories and passages come from the in-memory snapshot either way.
        """
        story_filter = story_filter or StoryFilter(include_warnings=True)
        exclude = exclude or set()
        if k <= 0:
            return []
        snapshot = self._passages.current()
        mask, rows = snapshot.keeps(story_filter)
        if exact_is_cheaper(len(rows), len(snapshot)):
            # Re-ranking by topic may lift any story among the best passages: keep them all.
            pool = MIN_FETCH if self.topic_weight else 0
            best = _exact_best(snapshot, vector, rows, k, exclude, pool)
        else:
            best = self._approximate(snapshot, vector, k, story_filter, (mask, rows), exclude)
        # A passage whose story record is missing (a partial restore) is never shown.
        ranked = [row for row in self._rerank(vector, best) if row.story_id in snapshot.stories]
        return [_hit(snapshot, row) for row in ranked[:k]]

    def _approximate(
        self,
        snapshot: PassageSnapshot,
        vector: np.ndarray,
        k: int,
        story_filter: StoryFilter,
        keep: tuple[np.ndarray, np.ndarray],
        exclude: set[str],
    ) -> list[_Candidate]:
        """Chroma's HNSW neighbours, filtered in memory; when they hold too few stories,
        every passage the filter keeps scored exactly instead (docs/stories.md says why)."""
        mask, rows = keep
        per_story = OVERFETCH if story_filter.is_open else FILTERED_OVERFETCH
        fetch = max(MIN_FETCH, (k + len(exclude)) * per_story)
        found = self._query(vector, fetch, None)
        best = _best_per_story(snapshot, found, mask, exclude)
        # Fewer rows than asked means the whole index was read: nothing more to find.
        if len(best) >= k or len(found) < fetch:
            return best
        # The filter rejected most of the neighbourhood. A wider HNSW fetch costs more the
        # further it must look (up to 5,000 neighbours took 70-140 ms at 100k passages under
        # load); one exact pass over the kept passages costs what exact NumPy does, and finds
        # every story.
        pool = MIN_FETCH if self.topic_weight else 0
        return _exact_best(snapshot, vector, rows, k, exclude, pool)

    def _rerank(self, vector: np.ndarray, best: list[_Candidate]) -> list[_Candidate]:
        if self.topic_weight and best:
            affinity = self._topics.scores(vector)
            for row in best:
                row.score = row.similarity + self.topic_weight * TopicAffinity.best(
                    affinity, row.topics
                )
        return sorted(best, key=lambda row: row.score, reverse=True)

    def _query(
        self, vector: np.ndarray, n: int, where: dict[str, Any] | None
    ) -> list[tuple[str, float]]:
        """(passage id, cosine similarity), best first; no metadata (the snapshot has it)."""
        result = self.collection.query(
            query_embeddings=[np.asarray(vector, dtype=np.float32)],
            n_results=n,
            where=where,
            include=["distances"],
        )
        return [
            (cid, 1.0 - float(dist))
            for cid, dist in zip(result["ids"][0], result["distances"][0], strict=True)
        ]


def exact_is_cheaper(kept: int, passages: int) -> bool:
    """Whether a filter keeping ``kept`` of ``passages`` is scored exactly (else HNSW)."""
    gathered = kept <= GATHER_MAX_SHARE * passages
    return (GATHERED_ROW_COST * kept if gathered else passages) <= EXACT_MAX_SCORED


def _candidate(snapshot: PassageSnapshot, row: int, similarity: float) -> _Candidate:
    story = snapshot.story_ids[int(snapshot.story_of_row[row])]
    return _Candidate(story, similarity, row, list(snapshot.fields[row].get("topics") or []))


def _exact_best(
    snapshot: PassageSnapshot,
    vector: np.ndarray,
    rows: np.ndarray,
    k: int,
    exclude: set[str],
    pool: int,
) -> list[_Candidate]:
    """The best passage of each of the top stories among these rows, scored exactly.

    The top ``k`` stories, or every story among the best ``pool`` passages if more.
    """
    best = snapshot.best_per_story(vector, rows, k, exclude, pool)
    return [
        _candidate(snapshot, row, similarity) for row, similarity in best[: k if not pool else None]
    ]


def _best_per_story(
    snapshot: PassageSnapshot, rows: list[tuple[str, float]], mask: np.ndarray, exclude: set[str]
) -> list[_Candidate]:
    """The best passage of each story that passes the filter (rows come best first)."""
    best: dict[str, _Candidate] = {}
    for cid, similarity in rows:
        row = snapshot.row_of.get(cid)
        if row is None or not mask[row]:
            continue  # written after the snapshot was taken, or filtered out
        candidate = _candidate(snapshot, row, similarity)
        if candidate.story_id not in exclude and candidate.story_id not in best:
            best[candidate.story_id] = candidate
    return list(best.values())


def _hit(snapshot: PassageSnapshot, candidate: _Candidate) -> StoryHit:
    cid = snapshot.ids[candidate.row]
    return StoryHit(
        snapshot.stories[candidate.story_id],
        round(candidate.score, 4),
        snapshot.documents[candidate.row],
        int(cid.rsplit("#", 1)[1]),
        round(candidate.similarity, 4),
    )
