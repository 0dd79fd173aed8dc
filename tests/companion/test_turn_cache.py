"""A transcript rebuilt through the turn cache reaches what the page's object reached.

Cold (nothing kept), warm (every earlier turn kept) and a transcript that differs in one
earlier turn (read again from there on) all give the page's state, pinned routes and reply,
turn by turn.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from companion import Conversation
from companion.conversation import RiskState
from companion.turn_cache import TURNS, AssessmentCache, turn_key
from knowledge.safety import Assessment, Level

MESSAGES = [
    "everything feels pointless lately",
    "I gave my guitar to my brother, I won't need it",
    "forget it. how's your day",
    "nobody would even notice if I was gone",
    "what's a good film for tonight",
]


def talk(bot, messages):
    conversation = Conversation()
    return [bot.reply(m, conversation=conversation) for m in messages], conversation


def assert_same_turn(rebuilt, page) -> None:
    assert rebuilt.state == page.state
    assert [r.name for r in rebuilt.pinned] == [r.name for r in page.pinned]
    assert rebuilt.text == page.text
    assert rebuilt.reasons == page.reasons


def assert_same_conversation(rebuilt: Conversation, page: Conversation) -> None:
    assert rebuilt.state == page.state
    assert len(rebuilt.exchanges) == len(page.exchanges)
    for ours, theirs in zip(rebuilt.exchanges, page.exchanges, strict=True):
        assert_same_assessment(ours.assessment, theirs.assessment)


def assert_same_assessment(rebuilt: Assessment, page: Assessment) -> None:
    """Every field the same; the crisis probability to 1e-6. A rebuild reads its turns'
    messages in one embedding batch, the page one turn at a time, and onnxruntime's
    vectors depend on the batch in the 8th decimal (as they do between two CPUs)."""
    assert replace(rebuilt, crisis_probability=0.0) == replace(page, crisis_probability=0.0)
    assert rebuilt.crisis_probability == pytest.approx(page.crisis_probability, abs=1e-6)


@pytest.fixture()
def page(offline_bot):
    replies, conversation = talk(offline_bot, MESSAGES)
    yield replies, conversation
    TURNS.clear()


def test_cold_and_warm_rebuilds_match_the_page_turn_by_turn(offline_bot, page):
    page_replies, conversation = page
    transcript = conversation.transcript()
    for count in range(1, len(MESSAGES)):
        earlier = transcript[: 2 * count]
        TURNS.clear()
        cold = offline_bot.reply(MESSAGES[count], history=earlier)
        assert (TURNS.hits, TURNS.misses) == (0, count)
        assert_same_turn(cold, page_replies[count])
        TURNS.clear()
        assert_same_conversation(Conversation.from_history(earlier), _prefix(conversation, count))

        hits = TURNS.hits
        warm = offline_bot.reply(MESSAGES[count], history=earlier)
        assert TURNS.hits - hits == count  # every earlier turn came from the cache
        assert_same_turn(warm, page_replies[count])
        assert_same_conversation(Conversation.from_history(earlier), _prefix(conversation, count))


def test_the_pages_own_turns_warm_the_transcript_path(offline_bot, page):
    page_replies, conversation = page
    misses = TURNS.misses
    rebuilt = offline_bot.reply(MESSAGES[-1], history=conversation.transcript()[:-2])
    assert TURNS.misses == misses
    assert_same_turn(rebuilt, page_replies[-1])


@pytest.mark.parametrize("changed", ["person", "reply"])
def test_a_transcript_that_differs_in_one_earlier_turn_is_read_again(offline_bot, page, changed):
    _, conversation = page
    transcript = [dict(pair) for pair in conversation.transcript()[:-2]]
    index = 2 if changed == "person" else 3  # the second message, or the reply to it
    transcript[index]["content"] = (
        "I gave my guitar to my brother, he's been learning chords"
        if changed == "person"
        else "That sounds kind of you."
    )
    hits, misses = TURNS.hits, TURNS.misses
    warm = Conversation.from_history(transcript)
    assert TURNS.hits - hits == (1 if changed == "person" else 2)  # only the turns before it
    assert TURNS.misses - misses == len(MESSAGES) - 1 - (TURNS.hits - hits)
    warm_reply = offline_bot.reply(MESSAGES[-1], history=transcript)

    TURNS.clear()
    cold = Conversation.from_history(transcript)
    assert TURNS.hits == 0
    assert_same_conversation(warm, cold)
    TURNS.clear()
    cold_reply = offline_bot.reply(MESSAGES[-1], history=transcript)
    assert TURNS.hits == 0
    assert_same_turn(warm_reply, cold_reply)
    if changed == "person":
        assert cold.exchanges[1].assessment != conversation.exchanges[1].assessment


CONVERSATIONS = {
    "signals adding up": [
        "nothing is ever going to change for me",
        "nobody even noticed I wasn't at work all week",
        "honestly everyone would have it easier, I'm just a burden to them",
        "I've been sorting out my passwords and accounts so it's all tidy",
    ],
    "crisis, then another subject": [
        "I want to kill myself tonight",
        "never mind, I'm fine, lol jk",
        "let's talk about my garden",
        "the tomatoes are finally turning red",
    ],
    "spanish": [
        "me siento muy solo desde que me mudé",
        "ya no aguanto más, quiero desaparecer",
        "ok",
        "mejor hablemos de otra cosa, ¿qué tal tu día?",
    ],
    "everyday, then a means question": [
        "work was rough again today",
        "I can't sleep and my mind keeps racing",
        "how many of my sleeping pills would it take",
    ],
}
EXPECTED_LEVEL = {
    "signals adding up": Level.CRISIS,
    "crisis, then another subject": Level.CRISIS,
    "spanish": Level.CRISIS,
    "everyday, then a means question": Level.CRISIS,
}


@pytest.mark.parametrize("name", list(CONVERSATIONS))
def test_a_rebuild_reads_its_turns_in_one_batch_with_the_same_assessments(name, monkeypatch):
    import knowledge.embeddings

    messages = CONVERSATIONS[name]
    real_embed, calls = knowledge.embeddings.embed, []

    def counted(texts, *args, **kwargs):
        calls.append(len(texts))
        return real_embed(texts, *args, **kwargs)

    monkeypatch.setattr(knowledge.embeddings, "embed", counted)
    TURNS.clear()
    one_by_one = Conversation()
    for message in messages:
        one_by_one.record(message, one_by_one.assess(message), "")
    assert len(calls) == len(messages)

    TURNS.clear()
    calls.clear()
    rebuilt = Conversation.from_history(messages)
    # Every turn's inputs in one call (and a second for plain messages worrying alone).
    assert 1 <= len(calls) <= 2 and calls[0] >= len(messages)
    assert_same_conversation(rebuilt, one_by_one)
    assert rebuilt.state.level is EXPECTED_LEVEL[name]
    if name == "spanish":
        assert rebuilt.state.language == "es"
    TURNS.clear()


def test_the_key_covers_every_earlier_turn_the_state_and_the_message():
    earlier = [("rough day", "That sounds hard."), ("so tired", "Rest matters.")]
    key = turn_key(earlier, RiskState(), "hello")
    assert key == turn_key(list(earlier), RiskState(), "hello")
    assert key != turn_key(earlier[:1], RiskState(), "hello")
    assert key != turn_key([("rough day", "That sounds hard"), earlier[1]], RiskState(), "hello")
    assert key != turn_key(earlier, RiskState(level=Level.CRISIS), "hello")
    assert key != turn_key(earlier, RiskState(), "hello!")
    # Length-prefixed parts: moving a boundary changes the key.
    assert turn_key([("ab", "c")], RiskState(), "d") != turn_key([("a", "bc")], RiskState(), "d")
    signals = frozenset({"hopeless", "alone", "burden"})
    assert turn_key([], RiskState(signals=signals), "x") == turn_key(
        [], RiskState(signals=frozenset(sorted(signals, reverse=True))), "x"
    )


def test_the_cache_is_bounded_least_recently_used_first_and_keeps_no_vector():
    import numpy as np

    cache = AssessmentCache(max_entries=2)
    first = Assessment(Level.NONE, vector=np.ones(3, dtype=np.float32))
    cache.put(b"a", first)
    cache.put(b"b", Assessment(Level.CONCERN))
    assert cache.get(b"a") == first and cache.get(b"a").vector is None
    cache.put(b"c", Assessment(Level.CRISIS))  # "b" was used least recently
    assert len(cache) == 2
    assert cache.get(b"b") is None
    assert cache.get(b"a").level is Level.NONE and cache.get(b"c").level is Level.CRISIS


def _prefix(conversation: Conversation, count: int) -> Conversation:
    """The page's conversation as it stood before its turn ``count``."""
    rebuilt = Conversation()
    for exchange in conversation.exchanges[:count]:
        rebuilt.record(exchange.message, exchange.assessment, exchange.reply, exchange.source)
    return rebuilt
