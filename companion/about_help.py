"""Answers to questions about getting help in a crisis, and about suicide or self-harm as a
subject: what 988 is, how to help a friend who self-harms, why people take their own lives.

Whoever asks may be asking for themselves or for someone they are worried about, so each
answer names the country's crisis line from the verified data (its contacts, hours and, where
verified, how rarely a call involves emergency services), never guesses at facts or figures,
and asks gently what brings the question up.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from companion.compose import pick
from companion.practical import ABOUT_HELP, Kind
from companion.routing import Route, crisis_routes
from knowledge.resources import wording
from knowledge.resources.facts import emergency_involvement
from knowledge.resources.lines import emergency_number, urgent_lines
from knowledge.safety import Level
from knowledge.safety.lexicon import GENERAL_QUESTION
from knowledge.safety.lexicon_es import normalize_es, normalize_for

if TYPE_CHECKING:
    from companion.said import Said
    from companion.turn import Turn


# A question typed without its mark: "is self harm a sign of something".
QUESTION_OPENING = re.compile(
    r"^\W*(is|are|does|do|did|can|could|should|will|would|how|what|why|where|who|which|when|"
    r"que|como|por que|cual|donde|cuando)\b"
)


def asks_about_help(turn: Turn, said: Said) -> bool:
    """The message asks about a crisis line, helping someone at risk, or suicide or
    self-harm as a subject. A hard day told with the subject in it ("my friend died by
    suicide, how do I cope?") is answered as the hard day it is, not as a question of facts.
    What a line is needs no question mark ("is the crisis text line confidential")."""
    asks = said.question or bool(QUESTION_OPENING.search(normalize_es(turn.message)))
    if said.kind not in ABOUT_HELP or not (asks or said.kind is Kind.CRISIS_LINE):
        return False
    # Heavy in its own words (the lexicon's reading), not only in the classifier's, or
    # read as a crisis the plain question now asks about; a question asked of people in
    # general ("why do people self harm") keeps its answer, and the question follows it.
    found = turn.assessment
    in_general = bool(
        GENERAL_QUESTION.search(normalize_for(turn.message, "es" if said.spanish else "en"))
    )
    heavy = found is not None and (
        found.lexicon_level is not Level.NONE
        or bool(found.signals)
        or (found.asked_about and not in_general)
    )
    return not (said.kind is Kind.SUBJECT and heavy)


# Each kind's opening and closing question, in English and Spanish.
OPENINGS = {
    Kind.CRISIS_LINE: (wording.ABOUT_LINE, wording.ABOUT_LINE_ES),
    Kind.HELPING: (wording.ABOUT_HELPING, wording.ABOUT_HELPING_ES),
    Kind.SUBJECT: (wording.ABOUT_SUBJECT, wording.ABOUT_SUBJECT_ES),
}
QUESTIONS = {
    Kind.CRISIS_LINE: (wording.ABOUT_LINE_QUESTION, wording.ABOUT_LINE_QUESTION_ES),
    Kind.HELPING: (wording.ABOUT_HELPING_DANGER, wording.ABOUT_HELPING_DANGER_ES),
    Kind.SUBJECT: (wording.ABOUT_SUBJECT_QUESTION, wording.ABOUT_SUBJECT_QUESTION_ES),
}


def about_help_answer(
    kind: Kind, message: str, country: str, language: str, recent: list[str], seed: int
) -> str:
    """The answer to ``message``, a question of ``kind`` (one of ``practical.ABOUT_HELP``)."""
    spanish = language == "es"
    first = _line_asked_about(message, country, language)
    hours = next(
        (f", {line.hours}" for line in urgent_lines(country) if line.name == first.name), ""
    )
    if kind is Kind.CRISIS_LINE and first.kind == "directory":
        # No verified line for the country: the directory of verified helplines instead.
        parts = [wording.ABOUT_LINE_DIRECTORY_ES if spanish else wording.ABOUT_LINE_DIRECTORY]
    else:
        parts = [pick(OPENINGS[kind][spanish], recent, seed)]
    if kind is Kind.CRISIS_LINE and first.note:
        for_whom = wording.ABOUT_LINE_FOR_ES if spanish else wording.ABOUT_LINE_FOR
        parts.append(for_whom.format(population=first.note))
    fact = emergency_involvement(country)
    if kind is Kind.CRISIS_LINE and fact is not None and fact.line == first.name:
        template = wording.ABOUT_LINE_FACT_ES if spanish else wording.ABOUT_LINE_FACT
        parts.append(
            template.format(
                share=fact.share_below_percent, source_name=fact.source_name, source=fact.source
            )
        )
    parts.append(pick(QUESTIONS[kind][spanish], recent, seed + 1))
    # "llama al {emergency}": the Spanish fallback takes the article from the template.
    emergency = emergency_number(country) or (
        "número de emergencias local" if spanish else "your local emergency number"
    )
    filled = {"line": first.name, "contact": first.contact, "hours": hours}
    return " ".join(parts).format(**filled, emergency=emergency)


def _line_asked_about(message: str, country: str, language: str) -> Route:
    """The country's line the message names ("is the crisis text line confidential"), else
    its first crisis line (or the directory of helplines, where none is verified)."""
    routes = crisis_routes(country, language)
    plain = normalize_es(message)
    named = (
        route
        for route in routes
        if route.kind != "emergency" and normalize_es(route.name).removeprefix("the ") in plain
    )
    return next(named, routes[0])
