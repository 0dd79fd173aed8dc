"""Offline replies listen: they name what was named, fit the move, and never repeat."""

from __future__ import annotations

import csv
import json
import re

import pytest

from companion.compose import opening_sentence
from companion.moves import Move, read_move
from companion.topics import find_topic, topic_phrase
from knowledge.resources import replies
from knowledge.safety.normalize import normalize

DATA = __import__("pathlib").Path(__file__).parent / "data"
TOPICS = list(csv.DictReader((DATA / "topics.csv").open(encoding="utf-8")))
# A topic never ends in one of these: a pronoun, a verb form, a determiner.
FRAGMENT_TAIL = re.compile(
    r"\b(i|you|he|she|it|we|they|me|him|her|us|them|who|is|are|was|were|be|to|of|and|the|a|"
    r"an|my|your|has|have|had|do|does|did|would|threw|goes|went|got|says|said|que|"
    r"de|del|y|el|la|jaja)$"
)
# Wording that gives advice or tips: never after "no advice".
TIPS = ("Some people", "can help", "It can help", "A slow breath", "might help", "tends to")


@pytest.mark.parametrize("row", TOPICS, ids=lambda row: row["message"][:40])
def test_topic_table(row):
    assert topic_phrase(row["message"], row["language"]) == row["expected"]


def test_the_topic_table_is_big_enough_and_bilingual():
    assert len(TOPICS) >= 60
    assert {row["language"] for row in TOPICS} == {"en", "es"}
    assert sum(not row["expected"] for row in TOPICS) >= 8  # "nothing" is an answer too


def test_no_topic_in_the_evaluation_sets_is_a_fragment():
    for name in ("conversations_dev.jsonl", "conversations_heldout.jsonl"):
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            conversation = json.loads(line)
            for turn in conversation["turns"]:
                topic = topic_phrase(turn["user"], conversation.get("lang", "en"))
                assert not FRAGMENT_TAIL.search(topic.lower()), (turn["user"], topic)
                assert len(topic.split()) <= 7, (turn["user"], topic)


MOVES = [
    # message, expected move, the reply must contain one of these, and none of those
    ("I got the job!!! the nursing one", Move.GOOD_NEWS, ("job",), ("sorry", "988")),
    ("first 5k without stopping! couch to 5k actually works", Move.GOOD_NEWS, ("5k",), ("988",)),
    ("one year sober today", Move.GOOD_NEWS, ("one year sober",), ("sorry",)),
    ("Thanks, that's really useful for the course.", Move.THANKS, ("course",), ()),
    ("hey", Move.GREETING, ("Hi", "Hello", "Hey"), ()),
    ("do u like cats", Move.SMALL_TALK, ("cats",), ("sorry", "pet is family")),
    (
        "tips for making friends in a new city",
        Move.PRACTICAL,
        ("club", "volunteer", "peer group"),
        ("Loneliness hurts",),
    ),
    ("how do I deal with a boss who yells at me?", Move.PRACTICAL, ("HR", "union"), ()),
    ("my dog died this morning", Move.NONE, ("dog",), ("letter to the person",)),
    ("exams start monday and I'm panicking", Move.NONE, ("break", "plan"), ()),
    ("what's a good book for a long train ride", Move.PRACTICAL, ("book",), ("988",)),
    ("any good recipe for curry goat?", Move.PRACTICAL, ("recipe",), ()),
    ("any cream that actually helps cracked skin?", Move.PRACTICAL, ("pharmacist",), ()),
    ("any tips for keeping basil alive on a windowsill?", Move.PRACTICAL, ("basil",), ()),
    ("my team threw every single round in ranked tonight", Move.NONE, ("team", "ranked"), ()),
    (
        "i just need someone to listen, no advice. my sister moved away",
        Move.LISTEN_ONLY,
        ("sister",),
        TIPS,
    ),
    ("can we talk about my garden instead", Move.CHANGE_SUBJECT, ("garden",), ()),
    ("lol jk I'm fine", Move.MINIMIZE, ("Okay", "hear you"), ()),
    ("I can't afford therapy", Move.REFUSE_HELP, ("free",), ()),
    (
        "I haven't slept in 4 days and I'm about to put my whole savings into my business ideas",
        Move.MANIA,
        ("savings",),
        ("great idea", "go for it"),
    ),
    (
        "I'm fairly sure my neighbours have put cameras in my smoke alarm",
        Move.PSYCHOSIS,
        ("frightening", "unsettling"),
        ("you're imagining", "cameras are"),
    ),
    (
        "washed my hands 40 times today, they're cracked and bleeding",
        Move.COMPULSION,
        ("OCD",),
        ("wash them again",),
    ),
    ("¡Buenas noticias! Aprobé el carnet de conducir", Move.GOOD_NEWS, ("carnet",), ()),
    ("¿tienes alguna receta de lentejas fácil?", Move.PRACTICAL, ("lentejas",), ()),
    ("Mi jefe me gritó delante de todos otra vez", Move.NONE, ("jefe",), ()),
    ("¿Cómo se hacen amigos siendo adulto?", Move.PRACTICAL, ("club", "voluntariado"), ()),
    ("no quiero ir al hospital, me encierran", Move.REFUSE_HELP, ("hospital",), ()),
    (
        "thinking of stopping the booze cold turkey this weekend, any advice?",
        Move.PRACTICAL,
        ("safely", "doctor"),
        ("pharmacist",),
    ),
    ("voy a dejar de beber de golpe mañana", Move.NONE, ("médico",), ()),
    (
        "someone sexually assaulted me at a party last year and I still can't talk about it",
        Move.NONE,
        ("not your fault", "believe you"),
        ("party",),
    ),
]


@pytest.mark.parametrize(("message", "move", "must", "must_not"), MOVES, ids=lambda v: str(v)[:30])
def test_each_move_gets_a_reply_that_fits(offline_bot, message, move, must, must_not):
    reply = offline_bot.reply(message)
    assert reply.move == move.value, reply.move
    assert any(word.lower() in reply.text.lower() for word in must), reply.text
    assert not any(word.lower() in reply.text.lower() for word in must_not), reply.text
    assert reply.routes


def test_the_moves_table_reads_the_new_moves():
    assert read_move(normalize("do you like cats")).move is Move.SMALL_TALK
    assert read_move(normalize("what's a good book for the train?")).move is Move.PRACTICAL
    assert read_move(normalize("pothos it is. ta")).move is Move.THANKS
    # Days without sleep and a rush of plans are not good news, however happy they sound.
    assert read_move(normalize("haven't slept in 4 days and I feel AMAZING")).move is Move.MANIA
    assert read_move(normalize("I've got a mortgage and two kids")).move is not Move.GOOD_NEWS


@pytest.mark.parametrize(
    ("message", "move"),
    [
        # Thanks that opens a message with more to say is answered for what follows.
        ("thanks, i'm so nervous about starting monday though", Move.NONE),
        ("thanks so much", Move.THANKS),
        ("i really appreciate you listening", Move.THANKS),
        ("the voices are back", Move.PSYCHOSIS),
        ("las voces volvieron", Move.PSYCHOSIS),
        # Asking to be told it is off is the compulsion's next round; comfort is not.
        ("can you just tell me it's off so i can go", Move.COMPULSION),
        ("please just tell me it's going to be ok", Move.NONE),
        # Someone else in hospital is a worry, not a refusal of the writer's own care.
        ("thanks. my mum is in hospital and i am scared", Move.NONE),
        ("my dad was taken to hospital last night, i'm so scared", Move.NONE),
        ("i dont want to go back to hospital", Move.REFUSE_HELP),
        # A milestone said either way round is good news, not a relapse warning.
        ("i've been sober 90 days today", Move.GOOD_NEWS),
        ("clean for a year as of this morning", Move.GOOD_NEWS),
        # Beliefs nobody around shares, said plainly; a controlling boss is not one.
        ("pretty sure my landlord is slipping something into my food", Move.PSYCHOSIS),
        ("the radio keeps talking about me", Move.PSYCHOSIS),
        ("they use the wifi to read my thoughts", Move.PSYCHOSIS),
        ("my manager is trying to control me", Move.NONE),
        # Whether it stays here, asked in any of the ways a secret is asked.
        ("you wont tell anyone right", Move.CONFIDENTIAL),
        ("is this chat private?", Move.CONFIDENTIAL),
        ("will you call the cops on me if I tell you", Move.CONFIDENTIAL),
        ("¿esto queda entre nosotros?", Move.CONFIDENTIAL),
        ("I told my mum it's private", Move.NONE),
        # Tired of being handed numbers; or just wanting to talk.
        ("ugh stop giving me hotlines", Move.REFUSE_HELP),
        ("I don't need a hotline. just wanted to talk", Move.LISTEN_ONLY),
        ("I just wanted to talk about my garden", Move.NONE),
        ("you read my mind, that's what I was about to say", Move.NONE),
    ],
)
def test_moves_read_for_what_the_message_does(message, move):
    assert read_move(normalize(message)).move is move


def test_no_advice_holds_for_later_turns(offline_bot):
    from companion import Conversation

    kept = Conversation()
    offline_bot.reply("please just listen, I don't want advice", conversation=kept)
    later = offline_bot.reply("my boss humiliated me in the meeting today", conversation=kept)
    assert not any(tip in later.text for tip in TIPS), later.text


def test_no_repeat_and_no_same_opening_twice_in_a_row(offline_bot):
    from companion import Conversation

    kept = Conversation()
    messages = ["ok", "hmm", "idk", "ok", "thanks", "thanks", "hmm", "fine", "ok", "thanks"]
    texts = [offline_bot.reply(m, conversation=kept).text for m in messages]
    for index, text in enumerate(texts):
        assert text not in texts[max(0, index - 3) : index], (index, text)
        if index:
            assert opening_sentence(text) != opening_sentence(texts[index - 1]), (index, text)


def test_a_new_subject_after_a_crisis_is_followed_and_the_route_stays(offline_bot):
    from companion import Conversation

    kept = Conversation()
    first = offline_bot.reply("I want to end my life tonight", conversation=kept)
    later = offline_bot.reply("anyway what's a good book for a train ride", conversation=kept)
    assert first.is_crisis and later.state.is_crisis
    assert "book" in later.text
    assert any(route.kind == "crisis" for route in later.pinned)


def test_a_new_subject_asked_without_a_question_mark_is_answered_as_a_question(offline_bot):
    from companion import Conversation

    kept = Conversation()
    offline_bot.reply("I want to end my life tonight", conversation=kept)
    later = offline_bot.reply("lol jk. anyway what should I cook tonight", conversation=kept)
    statements = [t.format(topic="cooking") for t in replies.MOVE_REPLIES["change_subject"]]
    assert "cook" in later.text
    assert not any(statement in later.text for statement in statements)
    assert any(route.kind == "crisis" for route in later.pinned)


def test_practical_wording_claims_no_facts():
    """Within scope: no numbers, no product names, no quantities in the practical answers."""
    for options in [*replies.PRACTICAL_REPLIES.values(), *replies.SPANISH_PRACTICAL.values()]:
        for text in options:
            assert not re.search(r"\d", text), text


def test_a_secret_asked_in_a_crisis_is_answered_and_the_line_stays(offline_bot):
    from companion import Conversation

    kept = Conversation()
    offline_bot.reply("I want to end my life", conversation=kept)
    reply = offline_bot.reply("you won't tell my parents, right?", conversation=kept)
    assert reply.move == "confidential"
    assert "won't tell anyone" in reply.text
    assert any(route.kind == "crisis" for route in reply.pinned)


def test_refused_hotlines_are_acknowledged_not_asked_about(offline_bot):
    reply = offline_bot.reply("ugh stop giving me hotlines")
    assert reply.text.startswith("Okay, no more hotlines from me.")
    listened = offline_bot.reply("dont need a hotline. just wanted to talk")
    assert "no more hotlines" in listened.text and "about the hotline" not in listened.text
    spanish = offline_bot.reply("no me mandes otro número, solo quiero desahogarme")
    assert spanish.text.startswith("Vale, no más números de mi parte.")


@pytest.mark.parametrize(
    ("message", "move"),
    [
        ("no le vas a decir a nadie, ¿verdad?", Move.CONFIDENTIAL),
        ("me prometes que no se lo cuentas a mi mamá", Move.CONFIDENTIAL),
        ("ya no me mandes más números porfa", Move.REFUSE_HELP),
        ("does my boss get to read these chats?", Move.CONFIDENTIAL),
        ("are these conversations stored anywhere", Move.CONFIDENTIAL),
        ("¿este chat es privado?", Move.CONFIDENTIAL),
        ("can you leave out the hotline bit this time", Move.REFUSE_HELP),
        ("I already have the number saved, I just want to vent", Move.LISTEN_ONLY),
        ("is my instagram account private?", Move.PRACTICAL),
        ("if I stay here another year I'll lose it", Move.NONE),
        ("should I keep it a secret from my parents that I'm dating?", Move.PRACTICAL),
    ],
)
def test_spanish_secrets_and_numbers_refused(message, move):
    assert read_move(normalize(message)).move is move


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("I feel like giving up on everything", None),
        ("thinking of giving up on uni", "uni"),
        ("i enjoy running on the beach", "running"),
    ],
)
def test_a_phrasal_verb_is_no_activity_to_say_back(message, topic):
    # "With giving on your mind" answered "I feel like giving up on everything".
    found = find_topic(message, "en")
    assert (found.head if found else None) == topic
