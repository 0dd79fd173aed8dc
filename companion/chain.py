"""One companion turn as a LangChain runnable: guard -> retrieve -> respond -> guard -> route.

Each step is a plain function over a ``Turn``, wrapped in ``RunnableLambda`` so the turn
composes, traces and streams like any LangChain chain. A crisis skips generation: the
reply is fixed wording plus the country's verified lines, never a model's words.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Protocol

from langchain_core.runnables import Runnable, RunnableLambda

from companion.output_guard import check_draft
from companion.responder import CuratedResponder, Turn, choose_intent
from companion.routing import choose_routes, crisis_routes
from companion.safety import Level, assess
from companion.scope import Scope
from knowledge.resources import wording

log = logging.getLogger(__name__)

REFUSALS = {
    Scope.DIAGNOSIS: wording.COMPANION_DIAGNOSIS_REFUSAL,
    Scope.MEDICATION: wording.COMPANION_MEDICATION_REFUSAL,
    Scope.METHOD: wording.COMPANION_MEANS_REFUSAL,
    Scope.ROLEPLAY: wording.COMPANION_ROLEPLAY_REFUSAL,
    Scope.ROMANCE: wording.COMPANION_ROMANCE_REFUSAL,
    Scope.INJECTION: wording.COMPANION_INJECTION_REFUSAL,
}


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
        turn.assessment = assess(turn.message, list(turn.history))
        return turn

    def retrieve(turn: Turn) -> Turn:
        if turn.assessment.level is Level.CRISIS or turn.assessment.scope is not Scope.NONE:
            return turn
        turn.intent = choose_intent(turn.assessment.vector, turn.message)
        if turn.intent.name != "greeting":
            turn.stories = _safely(retrieve_stories, turn)
        turn.listings = _safely(retrieve_listings, turn)
        return turn

    def respond(turn: Turn) -> Turn:
        assessment = turn.assessment
        if assessment.level is Level.CRISIS:
            turn.text, turn.source = crisis_text(turn), "crisis protocol"
        elif assessment.scope is not Scope.NONE:
            turn.text, turn.source = REFUSALS[assessment.scope], "refusal"
        else:
            turn.text = responder.respond(turn)
            turn.source = "curated" if responder is curated else "model"
        return turn

    def output_guard(turn: Turn) -> Turn:
        if turn.source != "model":
            return turn
        turn.guard_problems = check_draft(turn.text)
        if turn.guard_problems:
            log.info("draft replaced by the curated reply: %s", ", ".join(turn.guard_problems))
            turn.text, turn.source = curated.respond(turn), "curated (draft replaced)"
        return turn

    def route(turn: Turn) -> Turn:
        turn.routes = choose_routes(turn.assessment, turn.country, turn.listings, turn.intent.name)
        return turn

    return (
        RunnableLambda(guard, name="guard")
        | RunnableLambda(retrieve, name="retrieve")
        | RunnableLambda(respond, name="respond")
        | RunnableLambda(output_guard, name="output_guard")
        | RunnableLambda(route, name="route")
    )


def crisis_text(turn: Turn) -> str:
    """Fixed crisis wording with the country's first line and emergency number in it."""
    assessment = turn.assessment
    if assessment.third_party:
        opening = wording.COMPANION_CRISIS_THIRD_PARTY
    elif any("danger from or to" in reason for reason in assessment.reasons):
        opening = wording.COMPANION_CRISIS_DANGER
    elif assessment.scope in (Scope.METHOD, Scope.INJECTION):
        opening = f"{wording.COMPANION_METHOD_REFUSAL} {wording.CRISIS_MESSAGE}"
    else:
        opening = wording.CRISIS_MESSAGE
    routes = crisis_routes(turn.country)
    lines = [r for r in routes if r.kind in ("crisis", "directory")][:1]
    emergency = [r for r in routes if r.kind == "emergency"]
    reach = " ".join(f"{r.name}: {r.contact}." for r in lines)
    if emergency:
        reach += f" In immediate danger: {emergency[0].contact}."
    else:
        reach += f" {wording.EMERGENCY_ADVICE}"
    return f"{opening} {reach.strip()} {wording.CRISIS_KEEP_TALKING}"


def _safely(retrieve: Callable[[Turn], list[Any]], turn: Turn) -> list[Any]:
    try:
        return list(retrieve(turn))
    except Exception as exc:  # a missing index or an unknown place must never break a reply
        log.info("retrieval skipped: %s", exc)
        return []
