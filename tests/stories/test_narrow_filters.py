"""Filters that few stories pass: scored exactly in memory, or (forced onto HNSW) scored
exactly once the unfiltered HNSW fetch holds too few of them; never lost."""

from __future__ import annotations

import pytest

from knowledge.embeddings import embed_one
from knowledge.stories import StoryFilter

DEAF_STEADY = StoryFilter.build(stage="steady", communities=["deaf"])


@pytest.fixture()
def corpus(shipped_stories):
    """Forty shipped stories, among them exactly one that DEAF_STEADY passes."""
    passing = [s for s in shipped_stories if DEAF_STEADY.matches(_fields(s))]
    assert len(passing) == 1, "the corpus has one steady story from the deaf community"
    others = [s for s in shipped_stories if s.id != passing[0].id][:39]
    return others + passing


def _fields(story) -> dict:
    return {
        "stage": story.stage,
        "communities": story.communities,
        "has_warnings": bool(story.content_warnings),
    }


def _as_kwargs(story_filter: StoryFilter) -> dict:
    return {
        "stage": story_filter.stages,
        "communities": story_filter.communities,
        "include_warnings": story_filter.include_warnings,
    }


def _recording_wheres(library, monkeypatch) -> list:
    wheres = []
    query = library._query

    def recording(vector, n, where):
        wheres.append(where)
        return query(vector, n, where)

    monkeypatch.setattr(library, "_query", recording)
    return wheres


def test_a_narrow_filter_is_scored_in_memory_and_finds_its_story(
    empty_library, corpus, monkeypatch
):
    """Few passages pass: they are scored exactly, Chroma is never queried by vector."""
    empty_library.add(corpus)
    wheres = _recording_wheres(empty_library, monkeypatch)
    hits = empty_library.search("my phone keeps buzzing at work", k=5, **_as_kwargs(DEAF_STEADY))
    assert [h.story.id for h in hits] == [corpus[-1].id]
    assert wheres == []


def test_the_hnsw_path_reads_a_small_index_whole_and_finds_its_story(
    empty_library, corpus, monkeypatch
):
    """Forced onto HNSW, a small index is read whole unfiltered: no Chroma `where`."""
    from knowledge.stories import library as library_module

    empty_library.add(corpus)
    monkeypatch.setattr(library_module, "EXACT_MAX_SCORED", 0)
    wheres = _recording_wheres(empty_library, monkeypatch)
    hits = empty_library.search("my phone keeps buzzing at work", k=5, **_as_kwargs(DEAF_STEADY))
    assert [h.story.id for h in hits] == [corpus[-1].id]
    assert wheres and all(where is None for where in wheres)


def test_the_exact_fallback_finds_a_story_outside_the_first_fetch(
    empty_library, corpus, monkeypatch
):
    """When the first unfiltered fetch holds too few passing stories, the passages the
    filter keeps are scored exactly: one HNSW query, never a Chroma `where`."""
    from knowledge.stories import library as library_module

    empty_library.add(corpus)
    monkeypatch.setattr(library_module, "EXACT_MAX_SCORED", 0)
    monkeypatch.setattr(library_module, "MIN_FETCH", 4)
    monkeypatch.setattr(library_module, "FILTERED_OVERFETCH", 1)
    wheres = _recording_wheres(empty_library, monkeypatch)
    vector = embed_one("a recipe for bread with two cups of flour")
    first = empty_library._query(vector, 5, None)
    assert corpus[-1].id not in {cid.split("#")[0] for cid, _ in first}, "outside the fetch"
    wheres.clear()
    hits = empty_library.search_vector(vector, 5, DEAF_STEADY)
    assert [h.story.id for h in hits] == [corpus[-1].id]
    assert wheres == [None]


def test_a_filter_nobody_passes_finds_nothing(empty_library, corpus):
    empty_library.add(corpus)
    nobody = StoryFilter.build(stage="starting-out", communities=["deaf"])
    assert empty_library.search_vector(embed_one("hello"), 5, nobody) == []


def test_an_empty_library_finds_nothing(empty_library):
    assert empty_library.search("anything at all", k=5) == []
    assert empty_library.search("anything at all", k=5, stage="steady") == []
