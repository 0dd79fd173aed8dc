"""The passage index on both backends: local folder and a real `chroma run` server."""

from __future__ import annotations

import numpy as np
import pytest

from knowledge.embeddings import embed_one
from knowledge.stories import Story, StoryFilter, StoryLibrary
from knowledge.stories import library as library_module
from knowledge.stories.chunking import chunk_text


def _story(story_id: str, body: str, **fields) -> Story:
    base = {
        "id": story_id,
        "title": fields.pop("title", "A story"),
        "body": body,
        "topics": ["anxiety"],
        "stage": "working-through",
        "what_helped": ["peer-group"],
    }
    return Story(**{**base, **fields})


@pytest.fixture()
def sample(shipped_stories) -> list[Story]:
    """Two stories of every topic's main topic, plus all stories with content warnings' kin."""
    chosen: dict[str, list[Story]] = {}
    for story in shipped_stories:
        bucket = chosen.setdefault(story.main_topic, [])
        if len(bucket) < 2:
            bucket.append(story)
    return [story for bucket in chosen.values() for story in bucket]


def test_results_are_whole_stories_best_first_with_their_passage(empty_library, sample):
    empty_library.add(sample)
    hits = empty_library.search(
        "I keep washing my hands and checking things", k=5, include_warnings=True
    )
    assert hits, "a real query finds stories"
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    assert len({h.story.id for h in hits}) == len(hits), "one hit per story"
    for hit in hits:
        assert hit.passage and hit.passage.split()[0] in hit.story.body
        assert hit.passage in chunk_text(hit.story.body)
    assert "ocd" in hits[0].story.topics


def test_reingesting_updates_and_never_duplicates(empty_library, sample):
    empty_library.add(sample)
    passages = empty_library.count_passages()
    empty_library.add(sample)
    assert empty_library.count_passages() == passages
    assert empty_library.count() == len(sample)

    long_story = sample[0]
    short = long_story.model_copy(update={"body": long_story.paragraphs[0], "title": "Shorter"})
    empty_library.add([short])
    assert empty_library.get(long_story.id).title == "Shorter"
    assert empty_library.count_passages() == passages - len(chunk_text(long_story.body)) + 1
    assert empty_library.count() == len(sample)


def test_sync_skips_unchanged_stories(empty_library, sample):
    first = empty_library.sync(sample)
    again = empty_library.sync(sample)
    assert (first.added, again.added, again.updated, again.unchanged) == (
        len(sample),
        0,
        0,
        len(sample),
    )


@pytest.mark.parametrize(
    ("filters", "check"),
    [
        ({"topics": ["grief-loss"]}, lambda s: "grief-loss" in s.topics),
        ({"stage": "giving-back"}, lambda s: s.stage == "giving-back"),
        ({"what_helped": ["faith"]}, lambda s: "faith" in s.what_helped),
        (
            {"communities": ["veterans", "rural"]},
            lambda s: {"veterans", "rural"} & set(s.communities),
        ),
        ({}, lambda s: not s.content_warnings),
        ({"include_warnings": True, "topics": ["self-harm"]}, lambda s: "self-harm" in s.topics),
    ],
)
def test_filters_are_respected(empty_library, sample, shipped_stories, filters, check):
    allowed = filters.get("include_warnings", False)
    passing = [s for s in shipped_stories if check(s) and (allowed or not s.content_warnings)]
    assert passing, "the corpus has stories that pass this filter"
    empty_library.add(sample + passing[:3])
    hits = empty_library.search("how I started to feel better", k=6, **filters)
    assert hits
    assert all(check(h.story) for h in hits)


def test_content_warnings_are_excluded_unless_asked(empty_library, shipped_stories):
    warned = [s for s in shipped_stories if "suicide" in s.content_warnings][:3]
    assert warned, "the corpus has stories that mention suicidal thoughts"
    empty_library.add(warned)
    query = warned[0].paragraphs[0]
    assert empty_library.search(query, k=5) == []
    hits = empty_library.search(query, k=5, include_warnings=True)
    assert hits[0].story.id == warned[0].id
    assert "suicide" in hits[0].story.content_warnings


def test_more_like_this_excludes_the_story_itself(empty_library, sample):
    empty_library.add(sample)
    source = sample[0]
    hits = empty_library.more_like(source.id, k=4, include_warnings=True)
    assert hits and source.id not in {h.story.id for h in hits}
    assert empty_library.more_like("no-such-story") == []


def test_remove_takes_every_passage_out(empty_library, sample):
    empty_library.add(sample)
    target = sample[0]
    assert empty_library.remove(target.id)
    assert empty_library.get(target.id) is None
    assert target.id not in {
        h.story.id for h in empty_library.search(target.title, k=20, include_warnings=True)
    }
    assert not empty_library.remove(target.id)


def test_narrow_filters_still_find_every_match(empty_library, sample, monkeypatch):
    """Forced onto HNSW with a tiny first fetch, the in-memory filter keeps too few stories;
    every passage the filter keeps is then scored exactly and fills in the rest."""
    empty_library.add(sample)
    monkeypatch.setattr(library_module, "EXACT_MAX_SCORED", 0)
    monkeypatch.setattr(library_module, "MIN_FETCH", 1)
    monkeypatch.setattr(library_module, "FILTERED_OVERFETCH", 1)
    story_filter = StoryFilter.build(topics=["caregiving"], include_warnings=True)
    vector = embed_one("my phone keeps buzzing at work")
    hits = empty_library.search_vector(vector, 2, story_filter)
    expected = {s.id for s in sample if "caregiving" in s.topics}
    assert hits and {h.story.id for h in hits} <= expected
    assert len(hits) == min(2, len(expected))


@pytest.mark.parametrize(
    ("query", "k"),
    [("", 5), ("   \n ", 5), ("panic", 0)],
)
def test_empty_queries_find_nothing_quietly(empty_library, sample, query, k):
    empty_library.add(sample[:3])
    assert empty_library.search(query, k=k) == []


def test_vectors_are_unit_length_in_cosine_space(empty_library, sample):
    empty_library.add(sample[:2])
    got = empty_library.collection.get(include=["embeddings"])
    norms = np.linalg.norm(np.asarray(got["embeddings"]), axis=1)
    assert np.allclose(norms, 1.0, atol=1e-3)
    assert empty_library.collection.configuration["hnsw"]["space"] == "cosine"


def test_a_story_with_one_short_paragraph_is_one_passage(empty_library):
    story = _story(
        "tiny-one", "I joined a group on Tuesdays and it helped me more than I expected."
    )
    empty_library.add([story])
    assert empty_library.count_passages() == 1
    assert isinstance(empty_library, StoryLibrary)
