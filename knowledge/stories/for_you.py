""" "For you": stories chosen by the reader's own ratings, with topics they avoid never shown.

Composes the library's public search (``StoryLibrary.search_vector``) with the maths in
``recommend``. Ratings and avoided topics come in as plain data from whoever holds them
(the page reads them from the reader's unlocked journal); nothing is stored here.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping

import numpy as np

from knowledge.stories.filters import StoryFilter
from knowledge.stories.index import chunk_id, story_of
from knowledge.stories.library import Embedder, StoryHit, StoryLibrary
from knowledge.stories.recommend import blend, preference_vector
from knowledge.stories.schema import Story

# Asking again for more results while avoided stories crowd out the wanted ones, up to this.
MAX_AVOIDING_FETCH = 400
# Passages per story read by id for its vector (stories have ~3; longer ones are re-read).
PASSAGES_BY_ID = 16


def avoids(story: Story, avoid: Collection[str]) -> bool:
    """True when the story touches a topic the reader asked not to see (by its topics or
    by a content warning of the same name, e.g. self-harm)."""
    return bool(avoid) and not set(avoid).isdisjoint([*story.topics, *story.content_warnings])


def search_avoiding(
    search: Callable[[int], list[StoryHit]], k: int, avoid: Collection[str]
) -> list[StoryHit]:
    """The first ``k`` hits of ``search(n)`` whose stories avoid every topic in ``avoid``.

    ``search`` is any library search with the result count left open. Avoided stories are
    dropped after the search (a hard filter on the loaded stories, so none is ever shown),
    asking for more while they crowd out the rest.
    """
    if not avoid:
        return search(k)
    want = 2 * k
    while True:
        hits = search(want)
        kept = [hit for hit in hits if not avoids(hit.story, avoid)]
        if len(kept) >= k or len(hits) < want or want >= MAX_AVOIDING_FETCH:
            return kept[:k]
        want = min(MAX_AVOIDING_FETCH, want * 4)


def story_vectors(library: StoryLibrary, story_ids: Iterable[str]) -> dict[str, np.ndarray]:
    """Each story's vector: the normalised mean of its passage vectors, as in "more like this".

    Passages are read by id (``story#0`` .. ``story#15``: a lookup, not a metadata scan);
    only a story that fills all of those is read again by its ``story_id`` for the rest.
    Stories no longer in the index are left out.
    """
    ids = sorted(set(story_ids))
    if not ids:
        return {}
    got = library.collection.get(
        ids=[chunk_id(sid, n) for sid in ids for n in range(PASSAGES_BY_ID)],
        include=["embeddings"],
    )
    grouped: dict[str, list[np.ndarray]] = {}
    for cid, vector in zip(got["ids"], got["embeddings"], strict=True):
        grouped.setdefault(story_of(cid), []).append(np.asarray(vector))
    longer = [sid for sid, passages in grouped.items() if len(passages) == PASSAGES_BY_ID]
    if longer:
        rest = library.collection.get(where={"story_id": {"$in": longer}}, include=["embeddings"])
        for sid in longer:
            grouped[sid] = []
        for cid, vector in zip(rest["ids"], rest["embeddings"], strict=True):
            grouped[story_of(cid)].append(np.asarray(vector))
    vectors = {}
    for story_id, passages in grouped.items():
        mean = np.mean(passages, axis=0).astype(np.float32)
        vectors[story_id] = mean / (np.linalg.norm(mean) or 1.0)
    return vectors


def for_you(
    library: StoryLibrary,
    preferences: Mapping[str, float],
    avoid: Collection[str] = (),
    query: str = "",
    k: int = 4,
    include_warnings: bool = False,
    embed: Embedder | None = None,
    shown: Collection[str] = (),
) -> list[StoryHit]:
    """Stories the reader has not rated yet, toward what they liked (and the query, if any).

    ``preferences`` maps story id -> -1..1 (``StoryRating.preference``); stories in
    ``shown`` (already on the reader's screen) are left out too. Empty when there
    is nothing to go on yet: no story rated as liked (a query alone is the plain search).
    """
    liked_direction = preference_vector(story_vectors(library, preferences), preferences)
    if liked_direction is None or k <= 0:
        return []
    query_vector = None
    text = " ".join(query.split())
    if text:
        if embed is None:
            from knowledge.embeddings import embed
        query_vector = embed([text])[0]
    target = blend(query_vector, liked_direction)
    if target is None:
        return []
    story_filter = StoryFilter(include_warnings=include_warnings)
    seen = {*preferences, *shown}
    return search_avoiding(
        lambda n: library.search_vector(target, n, story_filter, exclude=seen), k, avoid
    )
