"""The story schema (row-numbered errors), the shipped corpus, and passage chunking."""

from __future__ import annotations

import itertools
import json
from collections import Counter

import pytest

from knowledge.stories import TOPICS, load_shipped
from knowledge.stories.chunking import MAX_WORDS, chunk_text
from knowledge.stories.schema import RowError, parse_row

GOOD = {
    "id": "anx-train-commute",
    "title": "The train I couldn't get back on",
    "body": "I had my first panic attack on a train. " * 10,
    "topics": ["anxiety", "work-burnout"],
    "stage": "working-through",
    "what_helped": ["peer-group", "therapy"],
    "communities": ["men"],
    "language": "en",
    "content_warnings": [],
    "composite": True,
}


def test_a_good_row_parses():
    story = parse_row(json.dumps(GOOD), 1)
    assert story.main_topic == "anxiety" and story.composite


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"id": "Has Spaces"}, "id must be a lowercase slug"),
        ({"topics": ["anxiety", "sadness"]}, "unknown topics ['sadness']"),
        ({"topics": []}, "topics"),
        ({"stage": "finished"}, "stage"),
        ({"what_helped": ["cake"]}, "unknown what_helped ['cake']"),
        ({"communities": ["martians"]}, "unknown communities"),
        ({"content_warnings": ["spiders"]}, "unknown content_warnings"),
        ({"body": "too short"}, "body"),
        ({"surprise": 1}, "surprise"),
    ],
)
def test_bad_rows_say_which_row_and_field(change, message):
    with pytest.raises(RowError) as caught:
        parse_row(json.dumps({**GOOD, **change}), 7)
    assert str(caught.value).startswith("row 7: ")
    assert message in str(caught.value)


@pytest.mark.parametrize(
    ("line", "message"), [("{not json", "not valid JSON"), ("[1, 2]", "expected a JSON object")]
)
def test_unreadable_rows_are_explained(line, message):
    with pytest.raises(RowError, match=message):
        parse_row(line, 3)


def test_the_shipped_corpus_is_complete_and_valid():
    stories = load_shipped()
    assert len(stories) >= 120
    per_topic = Counter(topic for story in stories for topic in story.topics)
    assert all(per_topic[topic] >= 5 for topic in TOPICS), per_topic
    assert all(story.composite for story in stories)
    assert all(150 <= len(story.body.split()) <= 600 for story in stories)
    mentions_suicide = [s for s in stories if "suicid" in s.body.lower()]
    assert all("suicide" in s.content_warnings for s in mentions_suicide)


def test_short_text_is_one_passage():
    assert chunk_text("One short paragraph.\n\nAnd another.") == [
        "One short paragraph.\n\nAnd another."
    ]


def test_long_text_is_cut_into_overlapping_windows_of_whole_sentences():
    sentences = [f"Sentence number {i} is about a small step that helped me." for i in range(80)]
    body = "\n\n".join(" ".join(sentences[i : i + 4]) for i in range(0, 80, 4))
    chunks = chunk_text(body)
    assert len(chunks) > 3
    assert all(len(chunk.split()) <= MAX_WORDS for chunk in chunks)
    joined = " ".join(chunks)
    assert all(sentence in joined for sentence in sentences)
    for first, second in itertools.pairwise(chunks):
        assert first.split(".")[-2] in second, "consecutive passages share a sentence"


def test_a_run_on_sentence_is_still_cut():
    chunks = chunk_text("and then " * 300)
    assert len(chunks) > 1 and all(len(c.split()) <= MAX_WORDS for c in chunks)


def test_every_shipped_story_chunks_within_the_model_window():
    for story in load_shipped():
        assert all(len(c.split()) <= MAX_WORDS for c in chunk_text(story.body)), story.id
