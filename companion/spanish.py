"""Curated replies in Spanish: the same moves and the same care, from a smaller set."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from companion.about_help import about_help_answer, asks_about_help
from companion.compose import fill, pick, refusal_answer
from companion.moves import Move
from companion.practical import STATEMENT_KINDS
from companion.said import held_for_the_plain_question
from knowledge.resources import replies
from knowledge.safety import Level

if TYPE_CHECKING:
    from companion.said import Said
    from companion.turn import Turn

ES = replies.SPANISH_REPLIES
ES_TOPIC = replies.SPANISH_MOVES_TOPIC


def spanish_reply(turn: Turn, said: Said, recent: list[str], seed: int) -> str:
    """A reply in Spanish that answers the move and names what was named."""
    move, topic = turn.reading.move, said.topic

    def choose(options: Sequence[str]) -> str:
        return fill(pick(options, recent, seed), topic)

    if move is Move.REFUSE_HELP:
        answer = refusal_answer(turn.reading.refusal, turn.country, "es")
        return f"{answer} {choose(ES['question'])}"
    if asks_about_help(turn, said):
        return about_help_answer(said.kind, turn.message, turn.country, "es", recent, seed)
    if move is Move.CHANGE_SUBJECT and said.everyday_kind is not None and said.question:
        return f"Claro. {_practical(said, recent, seed)}"
    if move is Move.CHANGE_SUBJECT:
        return choose(ES["change_subject"][:1]) if topic else ES["change_subject"][1]
    if move in (Move.GOOD_NEWS, Move.THANKS) and topic:
        return choose(ES_TOPIC[move.value])
    if move is Move.SMALL_TALK and topic:
        return choose(ES_TOPIC["small_talk"])
    if move.value in ES:
        return choose(ES[move.value])
    if said.everyday_kind is not None and (said.question or said.kind in STATEMENT_KINDS):
        return _practical(said, recent, seed)
    distressed = turn.assessment is not None and turn.assessment.level != "none"
    if held_for_the_plain_question(turn, said):
        return pick(replies.HELD_QUESTION_ES, recent, seed)
    opening = pick(ES["validate" if distressed else "everyday"], recent, seed)
    if topic:
        # "Con {topic} encima" only where the message itself says something heavy: a
        # coping plan read as concern ("voy a ver a mi hermana, ella me calma") is not.
        heavy = distressed and turn.assessment.lexicon_level is not Level.NONE
        follow = ES_TOPIC["heavy" if heavy else "light" if distressed else "topic"]
        return f"{opening} {choose(follow)}"
    return f"{opening} {choose(ES['question'])}"


def _practical(said: Said, recent: list[str], seed: int) -> str:
    assert said.kind is not None
    options = replies.SPANISH_PRACTICAL[said.kind.value]
    fitting = [o for o in options if ("{topic}" in o) == bool(said.topic)]
    fitting = fitting or [o for o in options if "{topic}" not in o] or list(options)
    return fill(pick(fitting, recent, seed), said.topic)
