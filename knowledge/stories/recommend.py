"""The "For you" maths: a reader's preference vector from the stories they rated.

Plain data in, a vector out (Rocchio's relevance feedback): the weighted mean of the
vectors of stories the reader liked, minus a smaller share of the mean of those they did
not, blended with what they are searching for now. Only this reader's own ratings are
used; nothing is pooled across people. Nothing here reads a journal or an index.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

# How far a disliked story pushes away, relative to a liked one pulling in (Rocchio's
# classic beta/gamma split: negative feedback is noisier, so it counts for less).
DISLIKE_SHARE = 0.5
# Share of the query in the blend when the reader is also searching.
QUERY_SHARE = 0.5


def _unit(vector: np.ndarray) -> np.ndarray | None:
    norm = float(np.linalg.norm(vector))
    return None if norm < 1e-9 else (vector / norm).astype(np.float32)


def _weighted_mean(vectors: list[np.ndarray], weights: list[float]) -> np.ndarray | None:
    if not vectors:
        return None
    stacked = np.stack([np.asarray(v, dtype=np.float32) for v in vectors])
    return _unit(np.average(stacked, axis=0, weights=np.asarray(weights)))


def preference_vector(
    vectors: Mapping[str, np.ndarray],
    preferences: Mapping[str, float],
    dislike_share: float = DISLIKE_SHARE,
) -> np.ndarray | None:
    """A unit vector toward what the reader liked and away from what they did not.

    ``vectors`` maps story id -> story vector; ``preferences`` maps story id -> -1..1 (see
    ``StoryRating.preference``). Stories without a vector (removed since) or with a neutral
    rating are ignored. None when nothing was liked: pushing away alone names no direction
    worth searching toward.
    """
    liked: tuple[list[np.ndarray], list[float]] = ([], [])
    disliked: tuple[list[np.ndarray], list[float]] = ([], [])
    for story_id, weight in preferences.items():
        vector = vectors.get(story_id)
        if vector is None or weight == 0:
            continue
        side = liked if weight > 0 else disliked
        side[0].append(vector)
        side[1].append(abs(weight))
    toward = _weighted_mean(*liked)
    if toward is None:
        return None
    away = _weighted_mean(*disliked)
    if away is None:
        return toward
    return _unit(toward - dislike_share * away)


def blend(
    query: np.ndarray | None,
    preference: np.ndarray | None,
    query_share: float = QUERY_SHARE,
) -> np.ndarray | None:
    """The direction to search: query and preference mixed, either alone if the other is
    missing, None when both are."""
    if query is None or preference is None:
        chosen = query if query is not None else preference
        return None if chosen is None else _unit(np.asarray(chosen, dtype=np.float32))
    mixed = (
        query_share * _unit(np.asarray(query, dtype=np.float32)) + (1 - query_share) * preference
    )
    return _unit(mixed)
