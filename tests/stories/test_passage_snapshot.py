"""The facet index and exact scoring of the in-memory snapshot, against brute force.

Random passages with random filter fields drawn from the real vocabularies, random filters:
the rows a filter keeps and the best stories among them must be exactly what a check of
every passage finds; a snapshot changed by writes must search like one built from scratch.
"""

from __future__ import annotations

import numpy as np
import pytest

from knowledge.stories import COMMUNITIES, STAGES, TOPICS, WHAT_HELPED, StoryFilter
from knowledge.stories.snapshot import GATHER_MAX_SHARE, NO_BLAS_ROWS, Passage, PassageSnapshot

DIMENSIONS = 16
SEEDS = range(6)


def _pick(rng: np.random.Generator, vocabulary, most: int) -> list[str]:
    names = sorted(vocabulary)
    return [names[i] for i in rng.choice(len(names), int(rng.integers(0, most + 1)), False)]


def _story_fields(rng: np.random.Generator) -> dict:
    fields = {
        "stage": sorted(STAGES)[int(rng.integers(len(STAGES)))],
        "has_warnings": bool(rng.random() < 0.3),
    }
    for key, vocabulary, most in (
        ("topics", TOPICS, 3),
        ("what_helped", WHAT_HELPED, 2),
        ("communities", COMMUNITIES, 1),
    ):
        values = _pick(rng, vocabulary, most)
        if values:  # as in Chroma: an absent key means none
            fields[key] = values
    return fields


def _story(rng: np.random.Generator, story_id: str) -> list[Passage]:
    """One story of 1-3 passages with random fields."""
    fields = {**_story_fields(rng), "story_id": story_id}
    passages = []
    for chunk in range(int(rng.integers(1, 4))):
        vector = rng.normal(size=DIMENSIONS).astype(np.float32)
        meta = {**fields, "chunk": chunk}
        passages.append(Passage(f"{story_id}#{chunk}", vector / np.linalg.norm(vector), meta, ""))
    return passages


def _passages(rng: np.random.Generator, stories: range) -> list[Passage]:
    return [p for number in stories for p in _story(rng, f"s{number}")]


def _random_filter(rng: np.random.Generator) -> StoryFilter:
    return StoryFilter.build(
        topics=_pick(rng, TOPICS, 2),
        stage=_pick(rng, STAGES, 2),
        what_helped=_pick(rng, WHAT_HELPED, 1),
        communities=_pick(rng, COMMUNITIES, 1),
        include_warnings=bool(rng.random() < 0.5),
    )


def _brute_best(passages: list[Passage], story_filter, vector, k: int) -> list[tuple[str, float]]:
    """(story, similarity of its best passing passage), best k, by checking every passage."""
    best: dict[str, float] = {}
    for p in passages:
        if story_filter.matches(p.metadata):
            story = p.id.split("#")[0]
            best[story] = max(best.get(story, -np.inf), float(p.vector @ vector))
    return sorted(best.items(), key=lambda item: -item[1])[:k]


def _found(snapshot: PassageSnapshot, story_filter, vector, k: int) -> list[tuple[str, float]]:
    rows = snapshot.matching(story_filter)
    return [
        (snapshot.ids[row].split("#")[0], similarity)
        for row, similarity in snapshot.best_per_story(vector, rows, k, set())
    ][:k]


def _assert_same_ranking(found, expected) -> None:
    assert [story for story, _ in found] == [story for story, _ in expected]
    assert np.allclose([s for _, s in found], [s for _, s in expected], atol=1e-5)


@pytest.mark.parametrize("seed", SEEDS)
def test_random_filters_keep_exactly_the_passages_a_check_of_each_keeps(seed):
    rng = np.random.default_rng(seed)
    passages = _passages(rng, range(400))
    snapshot = PassageSnapshot.build(1, passages)
    for _ in range(40):
        story_filter = _random_filter(rng)
        expected = [row for row, p in enumerate(passages) if story_filter.matches(p.metadata)]
        assert snapshot.matching(story_filter).tolist() == expected, story_filter
        vector = passages[int(rng.integers(len(passages)))].vector
        _assert_same_ranking(
            _found(snapshot, story_filter, vector, 10),
            _brute_best(passages, story_filter, vector, 10),
        )


@pytest.mark.parametrize("stories", [50, NO_BLAS_ROWS])
def test_every_scoring_route_ranks_like_brute_force(stories):
    """Few rows copied out, most rows scored whole, every row: the same best stories."""
    rng = np.random.default_rng(stories)
    passages = _passages(rng, range(stories))
    snapshot = PassageSnapshot.build(1, passages)
    vector = passages[0].vector
    keep_all = StoryFilter(include_warnings=True)
    most = StoryFilter.build(include_warnings=False)  # ~70% of passages
    few = StoryFilter.build(stage=sorted(STAGES)[0], include_warnings=True)
    shares = [len(snapshot.matching(f)) / len(snapshot) for f in (keep_all, most, few)]
    assert shares[0] == 1.0 and shares[1] > GATHER_MAX_SHARE > shares[2] > 0
    for story_filter in (keep_all, most, few):
        _assert_same_ranking(
            _found(snapshot, story_filter, vector, 10),
            _brute_best(passages, story_filter, vector, 10),
        )


def test_excluded_stories_are_skipped_and_others_fill_their_places():
    rng = np.random.default_rng(7)
    passages = _passages(rng, range(100))
    snapshot = PassageSnapshot.build(1, passages)
    vector = passages[0].vector
    everything = StoryFilter(include_warnings=True)
    top = [story for story, _ in _brute_best(passages, everything, vector, 12)]
    rows = snapshot.matching(everything)
    found = snapshot.best_per_story(vector, rows, 10, exclude=set(top[:2]))
    assert [snapshot.ids[row].split("#")[0] for row, _ in found][:10] == top[2:12]


@pytest.mark.parametrize("seed", SEEDS)
def test_a_snapshot_changed_by_writes_searches_like_one_built_from_scratch(seed):
    """Stories added, replaced (fewer passages, other fields) and removed, several times."""
    rng = np.random.default_rng(100 + seed)
    current = {p.id: p for p in _passages(rng, range(200))}
    snapshot = PassageSnapshot.build(1, list(current.values()))
    next_story = 200
    for version in range(2, 6):
        stories = sorted({cid.split("#")[0] for cid in current})
        touched = set(rng.choice(stories, 15, replace=False).tolist())
        replaced = sorted(touched)[:10]  # the other 5 are removed
        added = [f"s{number}" for number in range(next_story, next_story + 20)]
        next_story += 20
        fresh = [p for story_id in replaced + added for p in _story(rng, story_id)]
        touched |= set(added)
        current = {cid: p for cid, p in current.items() if cid.split("#")[0] not in touched}
        current.update({p.id: p for p in fresh})
        snapshot = snapshot.changed(version, fresh, touched)

        rebuilt = PassageSnapshot.build(version, list(current.values()))
        assert sorted(snapshot.ids) == sorted(rebuilt.ids)
        assert snapshot.stories == rebuilt.stories
        for _ in range(15):
            story_filter = _random_filter(rng)
            kept = {snapshot.ids[row] for row in snapshot.matching(story_filter)}
            assert kept == {rebuilt.ids[row] for row in rebuilt.matching(story_filter)}
            vector = rng.normal(size=DIMENSIONS).astype(np.float32)
            _assert_same_ranking(
                _found(snapshot, story_filter, vector, 10),
                _brute_best(list(current.values()), story_filter, vector, 10),
            )


def test_an_empty_snapshot_takes_its_first_stories():
    rng = np.random.default_rng(3)
    passages = _passages(rng, range(5))
    snapshot = PassageSnapshot.build(0, []).changed(1, passages, {"s0", "s1", "s2", "s3", "s4"})
    everything = StoryFilter(include_warnings=True)
    assert len(snapshot) == len(passages)
    _assert_same_ranking(
        _found(snapshot, everything, passages[0].vector, 3),
        _brute_best(passages, everything, passages[0].vector, 3),
    )
