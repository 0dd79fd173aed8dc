"""The story bench's `--keep` folder: a built index is reused only when it holds the same set."""

from __future__ import annotations

import numpy as np

from benchmarks.story_bench import holds_set, write_set
from benchmarks.story_synthetic import SyntheticSet
from knowledge.stories.index import open_collection
from settings import Settings


def _set(size: int, seed: int) -> SyntheticSet:
    vectors = np.random.default_rng(seed).normal(size=(size, 8)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    ids = [f"syn-{row // 3}#{row % 3}" for row in range(size)]
    return SyntheticSet(ids, vectors, ["text"] * size, [{"chunk": row % 3} for row in range(size)])


def test_a_kept_index_is_reused_only_for_the_same_set(tmp_path):
    collection = open_collection(Settings(data_dir=tmp_path), name="bench_600")
    first = _set(600, seed=1)
    assert not holds_set(collection, first)  # nothing built yet
    write_set(collection, first)
    assert holds_set(collection, first)
    assert not holds_set(collection, _set(600, seed=2))  # same ids, other vectors
    assert not holds_set(collection, _set(300, seed=1))  # another size


def test_a_rebuild_replaces_a_kept_index_of_another_set(tmp_path):
    collection = open_collection(Settings(data_dir=tmp_path), name="bench_x")
    write_set(collection, _set(600, seed=1))
    smaller = _set(300, seed=2)
    write_set(collection, smaller)
    assert collection.count() == 300
    assert holds_set(collection, smaller)
