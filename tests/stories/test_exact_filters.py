"""The in-memory filtered path (passages.py) agrees with Chroma and stays current.

Against the real shipped index and model: the exact path returns the stories a Chroma `where`
query ranks first; after an approval or a withdrawal (through this library, or through
another client of the same folder or server) the next search sees it.
"""

from __future__ import annotations

import pytest

from knowledge.embeddings import embed_one
from knowledge.stories import StoryFilter, StoryLibrary
from knowledge.stories.index import story_of

K = 5
FILTERS = {
    "steady and deaf": StoryFilter.build(stage="steady", communities=["deaf"]),
    "grief, no warnings": StoryFilter.build(topics=["grief-loss"]),
    "peer group or therapy": StoryFilter.build(
        what_helped=["peer-group", "therapy"], include_warnings=True
    ),
    "rural, early stage": StoryFilter.build(
        stage=["starting-out", "working-through"], communities="rural"
    ),
    "nobody": StoryFilter.build(stage="starting-out", communities=["deaf"]),
}
QUERIES = (
    "my phone keeps buzzing at work and I cannot hear the meeting",
    "since my mum died I cannot get out of bed",
    "talking to people who had been through it helped",
)


def _chroma_where_top(library: StoryLibrary, vector, story_filter: StoryFilter) -> list[str]:
    """Best stories by passage similarity, filtered inside Chroma (the reference path)."""
    where = story_filter.where()
    matching = len(library.collection.get(where=where, include=[])["ids"])
    if not matching:
        return []
    result = library.collection.query(
        query_embeddings=[vector], n_results=matching, where=where, include=["distances"]
    )
    return list(dict.fromkeys(story_of(cid) for cid in result["ids"][0]))[:K]


@pytest.mark.parametrize("name", FILTERS)
def test_the_exact_path_matches_chroma_where_on_the_shipped_index(shipped_library, name):
    story_filter = FILTERS[name]
    shipped_library.topic_weight = 0.0  # rank by passage similarity, like the reference
    for query in QUERIES:
        vector = embed_one(query)
        found = [hit.story.id for hit in shipped_library.search_vector(vector, K, story_filter)]
        assert found == _chroma_where_top(shipped_library, vector, story_filter), query
    if name == "nobody":
        assert not shipped_library._passages.current().matching(story_filter).size


def test_every_passage_is_in_the_snapshot(shipped_library):
    assert shipped_library.warm() == shipped_library.count()
    assert len(shipped_library._passages.current()) == shipped_library.count_passages()


def test_after_the_warm_up_a_search_embeds_only_its_query(shipped_library):
    from knowledge.embeddings import embed

    embedded: list[list[str]] = []

    def counting(texts: list[str]):  # type: ignore[no-untyped-def]
        embedded.append(list(texts))
        return embed(texts)

    library = StoryLibrary(shipped_library.collection, counting)
    library.warm()
    embedded.clear()
    library.search("I can't sleep", k=K)
    assert embedded == [["I can't sleep"]], "the topics were embedded by the warm-up"


def _deaf_steady(story, story_id: str):
    return story.model_copy(
        update={
            "id": story_id,
            "stage": "steady",
            "communities": ["deaf"],
            "content_warnings": [],
        }
    )


def test_an_approval_and_a_withdrawal_are_seen_at_once(shipped_library, shipped_stories):
    narrow = FILTERS["steady and deaf"]
    vector = embed_one("waiting rooms where they call your name out loud")
    before = [h.story.id for h in shipped_library.search_vector(vector, K, narrow)]
    approved = _deaf_steady(shipped_stories[0], "shared-approved1")
    shipped_library.add([approved])
    after = [h.story.id for h in shipped_library.search_vector(vector, K, narrow)]
    assert "shared-approved1" in after and "shared-approved1" not in before
    assert shipped_library.remove("shared-approved1")
    assert [h.story.id for h in shipped_library.search_vector(vector, K, narrow)] == before


def test_another_clients_writes_are_seen(replicas, shipped_stories):
    """Two libraries on one collection, each with its own client (two replicas' worth)."""
    writer, reader = replicas
    narrow = FILTERS["steady and deaf"]
    vector = embed_one("waiting rooms where they call your name out loud")
    assert reader.search_vector(vector, K, narrow) == []

    writer.add([_deaf_steady(shipped_stories[1], "shared-elsewhere")])
    assert [h.story.id for h in reader.search_vector(vector, K, narrow)] == ["shared-elsewhere"]
    writer.remove("shared-elsewhere")
    assert reader.search_vector(vector, K, narrow) == []


def test_an_empty_library_then_its_first_story(empty_library, shipped_stories):
    """The snapshot of an empty collection grows by the library's own first write."""
    narrow = FILTERS["steady and deaf"]
    vector = embed_one("waiting rooms where they call your name out loud")
    assert empty_library.search_vector(vector, K, narrow) == []
    empty_library.add([_deaf_steady(shipped_stories[2], "shared-first1")])
    assert [h.story.id for h in empty_library.search_vector(vector, K, narrow)] == ["shared-first1"]
