"""The library's in-memory passages against brute force, and kept current incrementally.

Real Chroma (a local folder and a `chroma run` server), the real model: random filters on
the shipped index find the stories an exact check of every passage finds; another replica's
approvals, edits and withdrawals reach a running library by reading only the stories that
changed; a bulk restore makes it read everything again; and when nothing was written to a
local folder a search makes no Chroma call at all.
"""

from __future__ import annotations

import time

import numpy as np

from knowledge.embeddings import embed_one
from knowledge.stories import COMMUNITIES, STAGES, TOPICS, WHAT_HELPED, StoryFilter, StoryLibrary
from knowledge.stories.index import story_of
from knowledge.stories.passages import WriteLog

K = 5
NARROW = StoryFilter.build(stage="steady", communities=["deaf"])
QUERY = "waiting rooms where they call your name out loud"


def _random_filter(rng: np.random.Generator) -> StoryFilter:
    def pick(vocabulary, most):
        names = sorted(vocabulary)
        return [names[i] for i in rng.choice(len(names), int(rng.integers(0, most + 1)), False)]

    return StoryFilter.build(
        topics=pick(TOPICS, 2),
        stage=pick(STAGES, 2),
        what_helped=pick(WHAT_HELPED, 2),
        communities=pick(COMMUNITIES, 1),
        include_warnings=bool(rng.random() < 0.5),
    )


def _brute_force(everything: dict, vector: np.ndarray, story_filter: StoryFilter) -> list[str]:
    """The top stories by their best passing passage, checking every passage."""
    scores = np.asarray(everything["embeddings"]) @ vector
    best: dict[str, float] = {}
    for cid, meta, score in zip(everything["ids"], everything["metadatas"], scores, strict=True):
        if story_filter.matches(meta):
            best[story_of(cid)] = max(best.get(story_of(cid), -np.inf), float(score))
    return sorted(best, key=lambda story: -best[story])[:K]


def test_random_filters_find_what_a_check_of_every_passage_finds(shipped_library):
    shipped_library.topic_weight = 0.0  # rank by passage similarity, like brute force
    everything = shipped_library.collection.get(include=["embeddings", "metadatas"])
    rng = np.random.default_rng(21)
    queries = ["I could not sleep for weeks", "my family did not understand", "back at work"]
    vectors = [embed_one(query) for query in queries]
    for _ in range(30):
        story_filter = _random_filter(rng)
        for vector in vectors:
            found = [hit.story.id for hit in shipped_library.search_vector(vector, K, story_filter)]
            assert found == _brute_force(everything, vector, story_filter), story_filter


def _deaf_steady(story, story_id: str):
    update = {"id": story_id, "stage": "steady", "communities": ["deaf"], "content_warnings": []}
    return story.model_copy(update=update)


def _forbid_full_reload(library: StoryLibrary, monkeypatch) -> None:
    def full_reload():
        raise AssertionError("the snapshot was read again whole")

    monkeypatch.setattr(library._passages, "_load", full_reload)


def test_another_replicas_writes_are_folded_in_without_a_full_reload(
    replicas, shipped_stories, monkeypatch
):
    writer, reader = replicas
    _forbid_full_reload(reader, monkeypatch)
    vector = embed_one(QUERY)
    before = len(reader._passages.current())

    approved = _deaf_steady(shipped_stories[1], "shared-elsewhere")
    writer.add([approved])
    hits = reader.search_vector(vector, K, NARROW)
    assert [h.story.id for h in hits] == ["shared-elsewhere"]
    assert hits[0].story == approved and hits[0].passage in approved.body

    edited = approved.model_copy(update={"stage": "working-through", "title": "Edited title"})
    writer.add([edited])
    assert reader.search_vector(vector, K, NARROW) == []
    assert reader._passages.current().stories["shared-elsewhere"].title == "Edited title"

    writer.remove("shared-elsewhere")
    assert "shared-elsewhere" not in reader._passages.current().stories
    assert len(reader._passages.current()) == before


def test_a_write_that_names_no_stories_reloads_everything(replicas, shipped_stories):
    """A bulk restore (deploy/snapshots.py) records a write without names."""
    writer, reader = replicas
    loads = []
    load = reader._passages._load
    reader._passages._load = lambda: loads.append(1) or load()
    writer.collection.upsert(  # a passage written behind the library's back ...
        ids=["restored#0"],
        embeddings=[embed_one(QUERY)],
        documents=["a restored passage"],
        metadatas=[{"story_id": "restored", "chunk": 0, "stage": "steady", "has_warnings": False}],
    )
    WriteLog(writer.collection).record()  # ... and the record a restore leaves
    assert "restored#0" in reader._passages.current().row_of
    assert loads == [1]


def test_with_nothing_written_a_local_search_makes_no_chroma_call(shipped_library, monkeypatch):
    vector = embed_one(QUERY)
    expected = shipped_library.search_vector(vector, K, NARROW)
    time.sleep(0.2)  # past the settling time of the folder's last write
    shipped_library.search_vector(vector, K, NARROW)  # counts the log once more

    def no_call(*args, **kwargs):
        raise AssertionError("Chroma was called")

    for target in (shipped_library.collection, shipped_library._passages.log._log):
        for method in ("get", "query", "count"):
            monkeypatch.setattr(target, method, no_call)
    assert shipped_library.search_vector(vector, K, NARROW) == expected
