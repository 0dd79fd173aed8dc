"""Feedback and "For you": the rating questions, the preference maths on plain vectors, and
recommendations over the real index with the real model (ratings change them, avoided
topics never appear, rated stories are not offered again)."""

from __future__ import annotations

import numpy as np
import pytest

from knowledge.stories import StoryFilter
from knowledge.stories.feedback import QUESTIONS, InvalidRatingError, StoryRating, answer_label
from knowledge.stories.for_you import avoids, for_you, search_avoiding, story_vectors
from knowledge.stories.recommend import blend, preference_vector

OCD = ["p2-ocd-checking-the-stove", "p2-ocd-contamination-kitchen"]
GRIEF = ["p1-grief-my-father-and-the-cricket-bat", "p1-grief-widowed-dad-at-thirty-six"]


# -- the questions ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("rating", "preference"),
    [
        (StoryRating("s", relevant=1, hopeful=1, more_like_this=1), 1.0),
        (StoryRating("s", relevant=-1, hopeful=-1, more_like_this=-1), -1.0),
        (StoryRating("s", more_like_this=1), 1.0),
        (StoryRating("s", hopeful=-1), -1.0),
        (StoryRating("s", relevant=1, hopeful=1, more_like_this=-1), 0.0),  # "no more" counts x2
        (StoryRating("s", relevant=0, hopeful=1), 0.5),
        (StoryRating("s"), 0.0),
    ],
)
def test_a_rating_becomes_one_preference(rating: StoryRating, preference: float):
    assert rating.preference() == pytest.approx(preference)


def test_three_optional_questions_with_plain_answers():
    assert list(QUESTIONS) == ["relevant", "hopeful", "more_like_this"]
    assert answer_label("hopeful", 1) == "More hopeful"
    assert StoryRating("s").is_empty


@pytest.mark.parametrize(
    "rating",
    [StoryRating("s", hopeful=2), StoryRating("s", relevant=True), StoryRating(" ", hopeful=1)],
)
def test_impossible_ratings_are_refused(rating: StoryRating):
    with pytest.raises(InvalidRatingError):
        rating.validated()


# -- the maths on plain vectors -----------------------------------------------------------
def _unit(*values: float) -> np.ndarray:
    vector = np.asarray(values, dtype=np.float32)
    return vector / np.linalg.norm(vector)


VECTORS = {"a": _unit(1, 0, 0), "b": _unit(0.8, 0.6, 0), "c": _unit(0, 0, 1)}


def test_liked_stories_point_the_way():
    vector = preference_vector(VECTORS, {"a": 1.0})
    assert vector is not None and vector @ VECTORS["a"] == pytest.approx(1.0, abs=1e-6)


def test_a_disliked_story_pushes_away_and_neutral_or_missing_ones_do_nothing():
    liked = preference_vector(VECTORS, {"b": 1.0})
    pushed = preference_vector(VECTORS, {"b": 1.0, "a": -1.0})
    assert liked is not None and pushed is not None
    assert pushed @ VECTORS["a"] < liked @ VECTORS["a"]
    assert np.allclose(preference_vector(VECTORS, {"b": 1.0, "c": 0.0, "gone": 1.0}), liked)


def test_nothing_liked_means_no_direction():
    assert preference_vector(VECTORS, {}) is None
    assert preference_vector(VECTORS, {"a": -1.0, "c": 0.0}) is None


def test_the_blend_sits_between_the_query_and_the_preference():
    mixed = blend(VECTORS["a"], VECTORS["c"])
    assert mixed is not None and np.linalg.norm(mixed) == pytest.approx(1.0)
    assert mixed @ VECTORS["a"] == pytest.approx(mixed @ VECTORS["c"])
    assert np.allclose(blend(None, VECTORS["c"]), VECTORS["c"])
    assert blend(None, None) is None


# -- over the real index ------------------------------------------------------------------
def _topics(hits) -> list[set[str]]:  # type: ignore[no-untyped-def]
    return [{*hit.story.topics, *hit.story.content_warnings} for hit in hits]


def test_nothing_rated_nothing_offered(shipped_library):
    assert for_you(shipped_library, {}) == []
    assert for_you(shipped_library, {OCD[0]: -1.0}) == []


def test_for_you_follows_what_the_reader_liked(shipped_library):
    ocd = for_you(shipped_library, {OCD[0]: 1.0}, k=4)
    assert len(ocd) == 4
    assert sum("ocd" in topics for topics in _topics(ocd)) >= 3, _topics(ocd)
    assert OCD[0] not in [hit.story.id for hit in ocd]  # already read and rated

    # Later the reader liked grief stories and said no more to the OCD one.
    changed = for_you(shipped_library, {OCD[0]: -1.0, GRIEF[0]: 1.0, GRIEF[1]: 1.0}, k=4)
    assert [h.story.id for h in changed] != [h.story.id for h in ocd]
    assert sum("grief-loss" in topics for topics in _topics(changed)) >= 3, _topics(changed)
    assert not {OCD[0], *GRIEF} & {hit.story.id for hit in changed}


def test_the_query_is_blended_in(shipped_library):
    alone = for_you(shipped_library, {GRIEF[0]: 1.0}, k=4)
    searching = for_you(
        shipped_library, {GRIEF[0]: 1.0}, query="panic attacks on the bus to work", k=4
    )
    assert [h.story.id for h in searching] != [h.story.id for h in alone]
    assert any("anxiety" in topics for topics in _topics(searching))


@pytest.mark.parametrize("avoid", [{"ocd"}, {"ocd", "anxiety"}, {"grief-loss", "depression"}])
def test_avoided_topics_never_appear(shipped_library, avoid):
    liked = {OCD[0]: 1.0, GRIEF[0]: 1.0}
    hits = for_you(shipped_library, liked, avoid=avoid, k=6, include_warnings=True)
    assert len(hits) == 6
    assert all(not topics & avoid for topics in _topics(hits)), _topics(hits)


def test_a_content_warning_counts_as_the_topic_it_names(shipped_library):
    story = shipped_library.get("p1-dep-back-to-the-river")  # depression, grief; warns: suicide
    assert story is not None and avoids(story, {"grief-loss"}) and not avoids(story, {"ocd"})
    assert avoids(shipped_library.get("p1-sub-drinking-after-she-died"), {"substance-use"})


def test_plain_searches_can_avoid_topics_too(shipped_library):
    query = "i keep checking the door is locked over and over"
    plain = shipped_library.search(query, k=5)
    assert any("ocd" in topics for topics in _topics(plain))
    avoiding = search_avoiding(lambda n: shipped_library.search(query, k=n), 5, {"ocd", "anxiety"})
    assert len(avoiding) == 5
    assert all(not topics & {"ocd", "anxiety"} for topics in _topics(avoiding))


def test_story_vectors_are_unit_means_of_the_passages(shipped_library):
    vectors = story_vectors(shipped_library, [OCD[0], "no-such-story"])
    assert list(vectors) == [OCD[0]]
    assert np.linalg.norm(vectors[OCD[0]]) == pytest.approx(1.0, abs=1e-5)
    # the same direction "more like this" searches from
    like = shipped_library.more_like(OCD[0], k=3)
    via = shipped_library.search_vector(vectors[OCD[0]], 3, StoryFilter(), exclude={OCD[0]})
    assert [h.story.id for h in like] == [h.story.id for h in via]


def test_a_long_story_vector_reads_every_passage(shipped_library, monkeypatch):
    import knowledge.stories.for_you as module

    story = OCD[0]
    passages = shipped_library.collection.get(where={"story_id": story}, include=["embeddings"])
    assert len(passages["ids"]) >= 2
    exact = np.mean(np.asarray(passages["embeddings"]), axis=0)
    exact /= np.linalg.norm(exact)
    monkeypatch.setattr(module, "PASSAGES_BY_ID", 1)  # as if the story were very long
    assert np.allclose(story_vectors(shipped_library, [story])[story], exact, atol=1e-5)
    monkeypatch.undo()
    assert np.allclose(story_vectors(shipped_library, [story])[story], exact, atol=1e-5)
