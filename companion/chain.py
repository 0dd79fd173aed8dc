"""One companion turn as a LangChain runnable: guard -> retrieve -> respond -> guard -> route.

Each step is a plain function over a ``Turn``, wrapped in ``RunnableLambda`` so the turn
composes, traces and streams like any LangChain chain. The guard reads the message inside
its conversation (``Conversation.assess``). A crisis skips generation: the reply is fixed
wording plus the country's verified lines, never a model's words. In a conversation that
has been in crisis, every later reply answers what was said and keeps the route.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Protocol

from langchain_core.runnables import Runnable, RunnableLambda

from companion.compose import (
    after_crisis,
    ask_plainly,
    crisis_reply,
    held_method_refusal,
    is_pet_loss,
)
from companion.moves import Move, move_of
from companion.output_guard import check_draft
from companion.responder import CuratedResponder, choose_intent
from companion.routing import choose_routes
from companion.turn import Turn
from knowledge.resources import replies, wording
from knowledge.safety import Level, Scope
from knowledge.safety.lexicon import MEDICAL_EMERGENCY, PRESSES_FOR_METHOD, WEAPONS

log = logging.getLogger(__name__)

REFUSALS = {
    Scope.DIAGNOSIS: wording.COMPANION_DIAGNOSIS_REFUSAL,
    Scope.MEDICATION: wording.COMPANION_MEDICATION_REFUSAL,
    Scope.METHOD: wording.COMPANION_MEANS_REFUSAL,
    Scope.ROLEPLAY: wording.COMPANION_ROLEPLAY_REFUSAL,
    Scope.ROMANCE: wording.COMPANION_ROMANCE_REFUSAL,
    Scope.INJECTION: wording.COMPANION_INJECTION_REFUSAL,
    Scope.RESTRICTION: wording.COMPANION_RESTRICTION_REFUSAL,
    Scope.HARMFUL: wording.COMPANION_HARMFUL_REFUSAL,
}
# The scopes read in Spanish too; the others keep the English refusal.
REFUSALS_ES = {
    Scope.DIAGNOSIS: wording.COMPANION_DIAGNOSIS_REFUSAL_ES,
    Scope.HARMFUL: wording.COMPANION_HARMFUL_REFUSAL_ES,
    Scope.METHOD: wording.COMPANION_MEANS_REFUSAL_ES,
    Scope.MEDICATION: wording.COMPANION_MEDICATION_REFUSAL_ES,
    Scope.RESTRICTION: wording.COMPANION_RESTRICTION_REFUSAL_ES,
}
# Moves the curated responder answers from verified facts or fixed wording, even when a
# model is configured: a model must not improvise what a crisis line does.
CURATED_MOVES = (Move.REFUSE_HELP, Move.MANIA, Move.PSYCHOSIS, Move.COMPULSION, Move.CONFIDENTIAL)
ANSWERED_AFTER_CRISIS = (
    Move.CONFIDENTIAL,
    Move.REFUSE_HELP,
    Move.MINIMIZE,
    Move.DISENGAGE,
    Move.GOODBYE,
    Move.CHANGE_SUBJECT,
    Move.THANKS,
    Move.LISTEN_ONLY,
    Move.GOOD_NEWS,
    Move.ONLY_A_PROGRAM,
)


class Responder(Protocol):
    def respond(self, turn: Turn) -> str: ...


def build_turn_chain(
    responder: Responder,
    curated: CuratedResponder,
    retrieve_stories: Callable[[Turn], list[Any]],
    retrieve_listings: Callable[[Turn], list[Any]],
) -> Runnable[Turn, Turn]:
    """The turn pipeline; the retrievers return [] when their source is missing or fails."""

    def guard(turn: Turn) -> Turn:
        turn.assessment = turn.conversation.assess(turn.message)
        turn.reading = move_of(turn.message, turn.assessment.language)
        turn.check_in = turn.conversation.due_for_check_in(turn.assessment)
        return turn

    def retrieve(turn: Turn) -> Turn:
        crisis = turn.assessment.level is Level.CRISIS and not _answer_the_move(turn)
        if crisis or turn.assessment.scope is not Scope.NONE:
            return turn
        if turn.reading.move is Move.NONE:
            turn.intent = _intent(turn)
            turn.stories = _safely(retrieve_stories, turn)
        turn.listings = _safely(retrieve_listings, turn)
        return turn

    def respond(turn: Turn) -> Turn:
        assessment = turn.assessment
        if assessment.level is Level.CRISIS and not _answer_the_move(turn):
            turn.text, turn.source = crisis_reply(turn), "crisis protocol"
            return turn
        if PRESSES_FOR_METHOD in assessment.reasons:
            turn.text, turn.source = held_method_refusal(turn), "refusal"
        elif assessment.scope is not Scope.NONE:
            spanish = REFUSALS_ES.get(assessment.scope) if assessment.language == "es" else None
            turn.text, turn.source = spanish or REFUSALS[assessment.scope], "refusal"
        elif responder is curated or turn.reading.move in CURATED_MOVES:
            turn.text, turn.source = curated.respond(turn), "curated"
        else:
            try:
                turn.text, turn.source = responder.respond(turn), "model"
            except Exception as exc:  # a model that is down or slow must never break a reply
                log.warning("model unavailable (%s); curated reply used", type(exc).__name__)
                turn.text, turn.source = curated.respond(turn), "curated (model failed)"
        return turn

    def output_guard(turn: Turn) -> Turn:
        if turn.source != "model":
            return turn
        problems = check_draft(turn.text)
        if _repeats(turn):
            problems.append("repeats an earlier reply")
        turn.guard_problems = problems
        if problems:
            log.info("draft replaced by the curated reply: %s", ", ".join(problems))
            turn.text, turn.source = curated.respond(turn), "curated (draft replaced)"
        return turn

    def keep_route(turn: Turn) -> Turn:
        if turn.source != "crisis protocol" and turn.conversation.state.is_crisis:
            turn.text = after_crisis(turn, turn.text, turn.check_in)
        elif turn.assessment.asked_about:
            turn.text = ask_plainly(turn, turn.text)
        return turn

    def route(turn: Turn) -> Turn:
        turn.routes = choose_routes(
            turn.assessment,
            turn.country,
            turn.listings,
            turn.intent.name,
            turn.conversation.next_state(turn.assessment),
        )
        return turn

    return (
        RunnableLambda(guard, name="guard")
        | RunnableLambda(retrieve, name="retrieve")
        | RunnableLambda(respond, name="respond")
        | RunnableLambda(output_guard, name="output_guard")
        | RunnableLambda(keep_route, name="keep_route")
        | RunnableLambda(route, name="route")
    )


def _answer_the_move(turn: Turn) -> bool:
    """In a conversation already in crisis, pushing back, playing down or moving on is
    answered as said (the route stays pinned), unless the words themselves are a crisis or
    it follows a drug or an overdose ("no ambulance", "I'm fine now" get the number again)."""
    return (
        turn.conversation.state.is_crisis
        and turn.reading.move in ANSWERED_AFTER_CRISIS
        and turn.assessment.lexicon_level is not Level.CRISIS
        and MEDICAL_EMERGENCY not in turn.assessment.reasons
    )


def _intent(turn: Turn) -> replies.Intent:
    if is_pet_loss(turn.message):
        return next(intent for intent in replies.INTENTS if intent.name == "pet_loss")
    if WEAPONS.search(turn.message.lower()):
        return replies.FALLBACK
    distressed = turn.assessment.level is not Level.NONE
    return choose_intent(turn.assessment.vector, turn.message, distressed)


def _repeats(turn: Turn) -> bool:
    return turn.text.strip() in (reply.strip() for reply in turn.conversation.recent_replies())


def _safely(retrieve: Callable[[Turn], list[Any]], turn: Turn) -> list[Any]:
    try:
        return list(retrieve(turn))
    except Exception as exc:  # a missing index or an unknown place must never break a reply
        log.info("retrieval skipped: %s", exc)
        return []
