"""Putting a reply together so it answers what was said and never repeats itself.

``pick`` chooses a wording not used in the last few replies; ``crisis_reply`` is the fixed
crisis wording with the country's verified lines (never a model's words); ``ask_plainly``
asks about a crisis the classifier is unsure of, with the line; ``after_crisis`` keeps the
route in a conversation that has been in crisis, whatever the person says next.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence
from typing import TYPE_CHECKING

from companion.conversation import ASKED_AGAIN, FIGURE_OF_SPEECH
from companion.moves import Move, Refusal, swap_person
from companion.routing import crisis_routes
from companion.said import asks_a_question
from knowledge.resources import emergency_number, replies, wording
from knowledge.resources.facts import emergency_involvement
from knowledge.safety import Scope
from knowledge.safety.laughing import rests_on_own_words, said_lightly
from knowledge.safety.lexicon import (
    ASKS_FOR_METHOD,
    DANGER_TO_OTHERS,
    MEDICAL_EMERGENCY,
    PRESSES_FOR_METHOD,
)
from knowledge.safety.lexicon_es import normalize_es
from knowledge.safety.normalize import normalize
from knowledge.safety.someone_else import only_a_helpers_worry

if TYPE_CHECKING:
    from companion.turn import Turn

RECENT_REPLIES = 3
GOOD_NEWS = re.compile(
    r"\b(i )?((?:finally|managed to|actually|just) [a-z' ]{3,60}?|(?:got|passed|aced|landed) (?:the|my|a) [a-z' ]{2,40}?)(?=[.!?,;]|$| and | but )"
)
MILESTONE = re.compile(
    r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen) "
    r"(days?|weeks?|months?|years?) (sober|clean)\b|\b(sober|clean) (for )?(\d+|one|two|three|"
    r"four|five|six|seven|eight|nine|ten|twelve|eighteen|a) (days?|weeks?|months?|years?)\b"
)
PET = re.compile(
    r"\bmy (cat|dog|kitten|puppy|hamster|rabbit|bunny|bird|parrot|horse|guinea pig|fish|ferret|budgie|pet|gato|gata|perro|perra)\b"
)


def seed_for(turn: Turn) -> int:
    """A stable choice per turn, so a rebuilt conversation picks the same wordings."""
    return zlib.crc32(f"{turn.conversation.turn}:{turn.message}".encode())


def pick(options: Sequence[str], avoid: Sequence[str], seed: int) -> str:
    """The first wording from ``seed`` on that none of the ``avoid`` replies contains."""
    count = len(options)
    for step in range(count):
        option = options[(seed + step) % count]
        key = _fixed_part(option)
        if not key or not any(key in reply for reply in avoid):
            return option
    return options[seed % count]


def _fixed_part(option: str) -> str:
    """The longest stretch of a wording without placeholders: what a reader would notice."""
    return max(re.split(r"\{[a-z]+\}", option), key=len).strip()


def echo(message: str) -> str:
    """The person's own phrase about what went well, said back: "you finally cleaned..."."""
    lowered = message.lower().replace("’", "'")
    milestone = MILESTONE.search(lowered)
    if milestone:
        return milestone.group(0)
    found = GOOD_NEWS.search(lowered)
    if not found:
        return ""
    words = found.group(2).split()[:10]
    return swap_person("you " + " ".join(words)) if words else ""


def pet_name(message: str) -> str:
    found = PET.search(message.lower())
    return found.group(1) if found else "pet"


def is_pet_loss(message: str) -> bool:
    lowered = message.lower()
    died = re.search(
        r"\b(died|dead|passed away|put (him|her|them|it)? ?down|put to sleep|lost)\b", lowered
    )
    return bool(died and PET.search(lowered))


def crisis_reply(turn: Turn) -> str:
    """Fixed crisis wording, varied across turns, with the first line and emergency number."""
    assessment, conversation = turn.assessment, turn.conversation
    spanish = assessment.language == "es"
    recent = conversation.recent_replies(RECENT_REPLIES)
    already = conversation.state.is_crisis
    if MEDICAL_EMERGENCY in assessment.reasons:
        # The emergency number first, by name: the crisis line comes after it here.
        helping = conversation.helping_only() or (assessment.third_party and not already)
        if spanish:
            first = wording.COMPANION_CRISIS_MEDICAL_ES
            again = (
                wording.COMPANION_CRISIS_MEDICAL_HELPER_ES
                if helping
                else wording.COMPANION_CRISIS_MEDICAL_AGAIN_ES
            )
        else:
            first = wording.COMPANION_CRISIS_MEDICAL
            again = (
                wording.COMPANION_CRISIS_MEDICAL_HELPER
                if helping
                else wording.COMPANION_CRISIS_MEDICAL_AGAIN
            )
        wording_now = pick(again, recent, seed_for(turn)) if conversation.drug_told() else first
        opening = wording_now.format(emergency=_the_emergency_number(turn))
    elif assessment.third_party and already and conversation.state.third_party:
        again = (
            wording.COMPANION_CRISIS_THIRD_PARTY_AGAIN_ES
            if spanish
            else wording.COMPANION_CRISIS_THIRD_PARTY_AGAIN
        )
        opening = pick(again, recent, seed_for(turn))
    elif assessment.third_party:
        opening = (
            f"{wording.COMPANION_CRISIS_THIRD_PARTY_ES} "
            f"{wording.COMPANION_CRISIS_THIRD_PARTY_WELFARE_ES}"
            if spanish
            else f"{wording.COMPANION_CRISIS_THIRD_PARTY} "
            f"{wording.COMPANION_CRISIS_THIRD_PARTY_WELFARE}"
        )
    elif DANGER_TO_OTHERS in assessment.reasons and conversation.danger_told():
        opening = _danger_again(turn)
    elif DANGER_TO_OTHERS in assessment.reasons:
        opening = wording.COMPANION_CRISIS_DANGER_ES if spanish else wording.COMPANION_CRISIS_DANGER
    elif PRESSES_FOR_METHOD in assessment.reasons:
        opening = held_method_refusal(turn)
    elif (
        assessment.scope in (Scope.METHOD, Scope.INJECTION) or ASKS_FOR_METHOD in assessment.reasons
    ):
        # Asked again after a crisis, the refusal stays; what follows it moves on.
        if spanish:
            again, first, refusal = (
                wording.COMPANION_CRISIS_AGAIN_ES,
                wording.CRISIS_MESSAGE_ES,
                wording.COMPANION_METHOD_REFUSAL_ES,
            )
        else:
            again, first, refusal = (
                wording.COMPANION_CRISIS_AGAIN,
                wording.CRISIS_MESSAGE,
                wording.COMPANION_METHOD_REFUSAL,
            )
        follow = pick(again, recent, seed_for(turn)) if already else first
        opening = f"{refusal} {follow}"
    elif not already and said_lightly(turn.message) and rests_on_own_words(assessment):
        opening = wording.CRISIS_SAID_LIGHTLY_ES if spanish else wording.CRISIS_SAID_LIGHTLY
    elif spanish:
        choices = wording.COMPANION_CRISIS_AGAIN_ES if already else (wording.CRISIS_MESSAGE_ES,)
        opening = pick(choices, recent, seed_for(turn))
    else:
        choices = wording.COMPANION_CRISIS_AGAIN if already else (wording.CRISIS_MESSAGE,)
        opening = pick(choices, recent, seed_for(turn))
    parts = [opening, reach_line(turn)]
    if turn.reading.refusal in (Refusal.POLICE, Refusal.HOSPITAL):
        # "Will I get locked up if I tell my therapist?": the fear that may keep the person
        # from calling is answered in the same reply, from the verified facts.
        parts.append(refusal_answer(turn.reading.refusal, turn.country, assessment.language))
    if turn.has_plan:
        parts.append(wording.COMPANION_PLAN_OFFER)
    parts.append(wording.CRISIS_KEEP_TALKING_ES if spanish else wording.CRISIS_KEEP_TALKING)
    return " ".join(part for part in parts if part)


def _the_emergency_number(turn: Turn) -> str:
    """The country's emergency number named for a wording's {emergency}: "the emergency
    number (911)", "al número de emergencias (911)"."""
    number = emergency_number(turn.country)
    named = (
        "al número de emergencias" if turn.assessment.language == "es" else "the emergency number"
    )
    return f"{named} ({number})" if number else named


def _danger_again(turn: Turn) -> str:
    """The emergency number first again, by name, in words not used just before."""
    spanish = turn.assessment.language == "es"
    again = (
        wording.COMPANION_CRISIS_DANGER_AGAIN_ES
        if spanish
        else wording.COMPANION_CRISIS_DANGER_AGAIN
    )
    recent = turn.conversation.recent_replies(RECENT_REPLIES)
    return pick(again, recent, seed_for(turn)).format(emergency=_the_emergency_number(turn))


def held_method_refusal(turn: Turn) -> str:
    """Still no to a method or lethality question, after a reason was given for it or it
    was pressed ("it's for a story", "ok but roughly?"), in words not used just before."""
    spanish = turn.assessment.language == "es"
    held = (
        wording.COMPANION_METHOD_REFUSAL_HELD_ES
        if spanish
        else wording.COMPANION_METHOD_REFUSAL_HELD
    )
    return pick(held, turn.conversation.recent_replies(RECENT_REPLIES), seed_for(turn))


def reach_line(turn: Turn) -> str:
    """The first crisis line and the emergency number, in the person's language."""
    spanish = turn.assessment.language == "es"
    routes = crisis_routes(turn.country, turn.assessment.language)
    first = next((r for r in routes if r.kind in ("crisis", "directory")), None)
    number = emergency_number(turn.country)
    reach = f"{first.name}: {first.contact}." if first else ""
    if number:
        emergency = (
            wording.EMERGENCY_ES.format(number=number)
            if spanish
            else f"In immediate danger: {number}."
        )
        reach = f"{reach} {emergency}"
    else:
        advice = wording.EMERGENCY_ADVICE_ES if spanish else wording.EMERGENCY_ADVICE
        reach = f"{reach} {advice}"
    return reach.strip()


def ask_plainly(turn: Turn, text: str) -> str:
    """A reply to a message held at concern though the classifier read a crisis: what was
    said is answered, then the question is asked plainly, with the line to call."""
    spanish = turn.assessment.language == "es"
    if FIGURE_OF_SPEECH in turn.assessment.reasons:
        # A figure of speech, maybe: said so, and asked, instead of an answer to the trigger.
        asked = wording.CRISIS_SAID_LIGHTLY_ES if spanish else wording.CRISIS_SAID_LIGHTLY
        return f"{asked} {reach_line(turn)}"
    if ASKED_AGAIN in turn.assessment.reasons:
        ask = wording.COMPANION_ASK_AGAIN_ES if spanish else wording.COMPANION_ASK_AGAIN
    elif turn.assessment.third_party:
        ask = wording.COMPANION_ASK_ABOUT_THEM_ES if spanish else wording.COMPANION_ASK_ABOUT_THEM
    else:
        ask = wording.COMPANION_ASK_PLAINLY_ES if spanish else wording.COMPANION_ASK_PLAINLY
    # One question at a time: the reply's own closing question gives way to this one.
    sentences = re.split(r"(?<=[.!?])\s+", text.strip())
    if len(sentences) > 1 and sentences[-1].endswith("?"):
        text = " ".join(sentences[:-1])
    return f"{text} {ask} {reach_line(turn)}"


# The helper cannot reach the person at risk (accents and case set aside).
UNREACHABLE = re.compile(
    r"\b(not|isn'?t|is not|stopped|won'?t|will not|doesn'?t|does not|hasn'?t|has not) "
    r"(answering|responding|replying|picking up|answered|responded|replied|picked up|"
    r"read (my|the) (texts?|messages?))\b|\b(can'?t|cannot|can not|couldn'?t) (reach|get hold of|"
    r"find|get through to)\b|\bno (answer|reply|response)\b|\bgoes (straight )?to voicemail\b|"
    r"\bno (me |nos |le )?(contesta|responde|coge|atiende)\b|\bno (lo|la|le) (encuentro|localizo)\b|"
    r"\bno (puedo|logro|consigo) (localizarl|comunicarme|hablar con)\w*|\bsin respuesta\b"
)
# The helper asks whether to send help ("should I call the police or is that too much"):
# answered with the welfare check, as when they cannot reach the person.
SENDING_HELP = re.compile(
    r"\b(call|calling|ring|phone|contact) (the )?(police|cops|911|999|000|112|an ambulance|"
    r"emergency services|emergency)\b|\bwelfare check\b|\b(llamo|llamar|llame|aviso|avisar) "
    r"(a la policia|al 911|a emergencias|a una ambulancia)\b"
)
# Playing it down, refusing or dropping it: said of the worry about someone else.
MOVES_ON_THE_WORRY = (Move.MINIMIZE, Move.REFUSE_HELP, Move.DISENGAGE)
WORRY = re.compile(
    r"\b(scared|worried|afraid|terrified|panick?ing|freaking out|overreact\w*|paranoid|"
    r"miedo|preocupad[oa]|asustad[oa]|exager\w*|angustiad[oa])\b"
)


def _helper_guidance(turn: Turn) -> Sequence[str] | None:
    """The wordings for a helper's message about the person at risk and what to do (a
    question, a worry, not reaching them, playing it down), the welfare check first when
    they cannot reach them; None for anything else (a memory of them, a new subject)."""
    if turn.reading.move is Move.ABOUT_ME:
        return None
    spanish = turn.assessment.language == "es"
    plain = normalize_es(turn.message)
    if UNREACHABLE.search(plain) or SENDING_HELP.search(plain):
        return (
            wording.COMPANION_HELPER_UNREACHABLE_ES
            if spanish
            else wording.COMPANION_HELPER_UNREACHABLE
        )
    about_the_worry = (
        turn.reading.move in MOVES_ON_THE_WORRY
        or asks_a_question(turn, plain if spanish else normalize(turn.message), spanish)
        or bool(WORRY.search(plain))
        or only_a_helpers_worry(turn.message, turn.assessment.language)
    )
    if not about_the_worry:
        return None
    return (
        wording.COMPANION_CRISIS_THIRD_PARTY_AGAIN_ES
        if spanish
        else wording.COMPANION_CRISIS_THIRD_PARTY_AGAIN
    )


def after_crisis(turn: Turn, text: str, check_in: bool) -> str:
    """An everyday reply in a conversation that has been in crisis: the route stays.

    When the crisis is someone else's, what the helper says next ("she's not answering",
    "I don't want to overreact", "what should I do?") is about that person, so it gets the
    helper's guidance (the line for the helper, the welfare check) rather than an everyday
    reply, and a check-in asks after them and the helper, not whether the helper is safe.
    """
    spanish = turn.assessment.language == "es"
    recent = turn.conversation.recent_replies(RECENT_REPLIES)
    seed = seed_for(turn)
    helping = turn.conversation.helping_only()
    parts = []
    if turn.reading.move is Move.CHANGE_SUBJECT:
        parts.append(
            wording.COMPANION_CHANGE_SUBJECT_AFTER_CRISIS_ES
            if spanish
            else wording.COMPANION_CHANGE_SUBJECT_AFTER_CRISIS
        )
    guidance = _helper_guidance(turn) if helping else None
    if guidance:
        text = pick(guidance, recent, seed)
    parts.append(text)
    if check_in and helping:
        options = (
            wording.COMPANION_HELPER_CHECK_IN_ES if spanish else wording.COMPANION_HELPER_CHECK_IN
        )
    elif check_in:
        options = wording.COMPANION_CHECK_IN_ES if spanish else wording.COMPANION_CHECK_IN
    else:
        options = wording.COMPANION_LINE_STAYS_ES if spanish else wording.COMPANION_LINE_STAYS
    parts.append(pick(options, recent, seed))
    return " ".join(part for part in parts if part)


def refusal_answer(refusal: Refusal, country: str, language: str = "en") -> str:
    """An honest answer to refusing a kind of help, from verified facts where it claims one."""
    if language == "es":
        return _refusal_answer_es(refusal, country)
    match refusal:
        case Refusal.POLICE | Refusal.HOSPITAL:
            fact = emergency_involvement(country)
            opening = wording.COMPANION_REFUSE_HOSPITAL if refusal is Refusal.HOSPITAL else ""
            if fact is not None:
                detail = wording.COMPANION_REFUSE_POLICE_FACT.format(
                    line=fact.line,
                    share=fact.share_below_percent,
                    source_name=fact.source_name,
                    source=fact.source,
                )
            else:
                detail = wording.COMPANION_REFUSE_POLICE
            return f"{opening} {detail} {wording.COMPANION_WARMLINE_OPTION}".strip()
        case Refusal.COST:
            return wording.COMPANION_REFUSE_COST
        case Refusal.CLINICIANS:
            return wording.COMPANION_REFUSE_CLINICIANS
        case Refusal.SCRIPTED:
            return wording.COMPANION_REFUSE_SCRIPTED  # it names the peer-run warmline itself
        case _:
            return wording.COMPANION_REFUSE_ANY


def _refusal_answer_es(refusal: Refusal, country: str) -> str:
    texts = replies.SPANISH_REFUSALS
    if refusal not in (Refusal.POLICE, Refusal.HOSPITAL):
        return texts.get(refusal.value, texts["any"])
    fact = emergency_involvement(country)
    detail = (
        texts["police_fact"].format(
            line=fact.line,
            share=fact.share_below_percent,
            source_name=fact.source_name,
            source=fact.source,
        )
        if fact is not None
        else texts["police"]
    )
    return f"{texts['hospital']} {detail}" if refusal is Refusal.HOSPITAL else detail


def fill(template: str, topic: str) -> str:
    """A wording with the person's topic put in, each sentence starting with a capital."""
    text = template.format(topic=topic) if "{topic}" in template else template
    return re.sub(r"(^|[.!?]\s+)([a-z])", lambda m: m.group(1) + m.group(2).upper(), text)


def opening_sentence(text: str) -> str:
    return re.split(r"(?<=[.!?])\s+", text.strip(), maxsplit=1)[0]


def same_opening(text: str, previous: Sequence[str]) -> bool:
    """True when ``text`` opens with the same sentence as one of ``previous``."""
    first = opening_sentence(text)
    return any(first == opening_sentence(reply) for reply in previous if reply)
