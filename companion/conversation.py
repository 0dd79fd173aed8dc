"""A conversation, not a message: the turns, each turn's assessment and the risk state.

Once a conversation reaches crisis it stays there: minimizing, refusing help or changing the
subject never brings the human route back down within that conversation (the reply
respects the wish; the crisis line stays in view). Concern holds a warmline the same way.
Signals that add up across turns (hopelessness, isolation, being a burden, a warning sign)
make a crisis even when no single message is one.

The state is always rebuilt from the transcript alone (``Conversation.from_history``), so a
caller holding only role/content pairs reaches the same state as the page's object. Each
turn read is kept by a digest of the transcript up to it (``turn_cache``), so a transcript
sent back turn after turn is read again only where it is new.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from companion.moves import Move, move_of
from companion.turn_cache import TURNS, turn_key
from knowledge.safety import Assessment, Level, Scope, adds_up, assess, highest
from knowledge.safety.improving import reaches_out
from knowledge.safety.language import detect_language
from knowledge.safety.laughing import names_a_trigger, rests_on_own_words, said_lightly
from knowledge.safety.lexicon import (
    ASKS_FOR_METHOD,
    DANGER_TO_OTHERS,
    MEDICAL_EMERGENCY,
    PRESSES_FOR_METHOD,
    SOMEONE_ELSE_AT_RISK,
    TOLD_OF_SOMEONE,
)
from knowledge.safety.lexicon_es import normalize_es, normalize_for
from knowledge.safety.lexicon_floor import (
    asks_what_to_do,
    body_after_taking,
    danger_now,
    presses_for_method,
    returns_to_it,
    taken_too_much,
)
from knowledge.safety.risk import SharedReadings, read_message
from knowledge.safety.someone_else import about_someone_else, names_someone, only_a_helpers_worry

# After a crisis, the reply checks in again once this many turns have passed.
CHECK_IN_EVERY = 3
# Below this crisis probability, a crisis the classifier alone reads, in a conversation
# with no risk signal yet, is asked about rather than assumed (``Conversation.unsure``).
# Everyday messages it called crisis on the unseen sets read up to 0.94, most below 0.9;
# plain disclosures the lexicon misses ("the pills are in the drawer" after a loss, a poem
# asked for about wanting to die) read above it.
UNSURE_BELOW = 0.9
# Right after the question, a crisis the classifier alone reads below this, in a message
# that does not answer it, is asked about once more rather than assumed. Lower than
# ``UNSURE_BELOW``: the question has been asked once already. On the never-read sets, up to
# 0.9 it also turned 17 conversations' crisis-labelled turns into a second question; below
# 0.6 three, for the same fall in false crisis (the everyday turns read 0.42 to 0.52).
ASK_AGAIN_BELOW = 0.6
# In a later turn, after the question was asked and got no yes, a crisis the classifier alone
# reads below this, with no risk signal in the conversation, keeps the line in view without
# making the conversation a crisis. The same bar as ``ASK_AGAIN_BELOW``: on the never-read
# sets it took 4 ordinary conversations of 392 out of crisis and no crisis turn's card.
STILL_IN_VIEW_BELOW = 0.6
# A reading at concern this close under the crisis threshold is asked about too: on the
# never-read sets every missed first disclosure the classifier read at all sat between it
# and the threshold (0.38 to 0.42).
ASK_FROM = 0.40
ASKED_AGAIN = "no answer to the question yet, and no sign: asked once more"
FIGURE_OF_SPEECH = (
    "a wish to die said with a laugh or about a small named trigger, in a conversation with "
    "no risk signal yet: asked about, the crisis line in view"
)
ANSWERED_NO = "a clear no to the question about ending one's life"
# The plain question is asked at most this often in one conversation: a second time only
# after the first was answered with a clear no (each later reading the classifier alone
# makes after that is a crisis).
MOST_QUESTIONS = 2
# What the lexicon may read in a message the classifier alone calls a crisis for it still to
# be asked about: words of distress ("exhausted", "so stressed"), never a risk sign.
DISTRESS_ONLY = frozenset({"distress", "distress earlier in this conversation"})
CONTEXT_ONLY = frozenset({"distress earlier in this conversation"})
# A message that opens like an answer to that question ("no one would even notice", "no
# estoy bien") answers it, whatever follows; only one that talks of something else ("i feel
# so stupid") leaves it unanswered.
SHAPED_AS_AN_ANSWER = re.compile(
    r"^\W*(no|nah|nope|not|never|nobody|no one|yes|yeah|si|nadie|nunca|ni|tampoco)\b"
)
# An answer to that question that is not a no: yes, maybe, sometimes, "I don't know".
NOT_A_NO = re.compile(
    r"^\W*(yes|yeah|yea|yep|yup|ya|kind of|kinda|sort of|sometimes|maybe|a (little|bit)|"
    r"i (think|guess) so|i (do not|don'?t) know|idk|not sure|honestly|si|a veces|tal vez|"
    r"quizas?|puede ser|no (lo )?se|no idea|ni idea|un poco|mas o menos|creo que si|la verdad)\b"
)
# A clear no to that question, said first: "no, just stressed", "nah im good", "para nada".
# A bare "no" must end its clause ("no one cares", "no estoy bien" and "no se" are not one).
CLEAR_NO = re.compile(
    r"^\W*((lol|lmao|haha+|jaja+|ja|god|hell|oh) )?(no+|nah+|nope|nop)"
    r"(\s*([,.!]|$)| (i'?m|im|i am|it'?s|its|just|lol|haha+|jaja+|thanks|not like that)\b)"
    r"|^\W*(of course not|absolutely not|definitely not|not at all|para nada|claro que no|"
    r"que va|ni de broma|en absoluto|nada de eso)\b"
)
# Moves that, right after the question, are no answer to take as a no: playing down,
# refusing help, dropping it, asking for secrecy.
PUSHES_BACK = (Move.MINIMIZE, Move.REFUSE_HELP, Move.DISENGAGE, Move.CONFIDENTIAL, Move.GOODBYE)
# Not knowing followed by a question of its own ("i don't know if i should text her", "no sé
# si escribirle yo") is talk of something else, neither an unsure answer nor a no; unless the
# question is whether the person can go on or wants to ("i don't know if i can keep doing
# this", "no sé si aguanto") or what to say to it ("no sé qué decirte"), which stays an
# unsure answer.
NOT_KNOWING_WHICH = re.compile(
    r"\b(i (do not|don'?t) know|idk|(i'?m )?not sure|no (lo )?se|ni idea)\s+"
    r"(if|whether|what|how|why|where|when|who|which|si|que|como|cuando|donde|por ?que|"
    r"a quien|cual|quien)\b"
    r"(?! (i|i'?m|im) (can|could|want|wanna|will|'?ll|am|even|still|really)\b)"
    r"(?! (puedo|quiero|aguanto|sigo|podre|vale la pena|tiene sentido)\b)"
    r"(?! (to )?(say|tell|answer|decir|decirte|responder|contestar)\b)"
)
UNSURE_ANYWHERE = re.compile(
    r"\b(sometimes|maybe|kind of|kinda|i (do not|don'?t) know|idk|not sure|a veces|tal vez|"
    r"quizas?|no se|mas o menos)\b"
)


@dataclass(frozen=True)
class RiskState:
    """Where the conversation stands: the highest level reached and what led there."""

    level: Level = Level.NONE
    crisis_since: int | None = None  # index of the person's turn that first reached crisis
    third_party: bool = False
    signals: frozenset[str] = frozenset()
    language: str = "en"
    last_check_in: int | None = None
    unsure_at: int | None = None  # the turn whose crisis reading was asked about
    asking: bool = False  # the last reply asked plainly about thoughts of ending one's life
    questions: int = 0  # how often the plain question was asked (asked once more not counted)
    answered_no: bool = False  # the last question got a clear no

    @property
    def is_crisis(self) -> bool:
        return self.level is Level.CRISIS

    @property
    def shows_crisis_line(self) -> bool:
        """Whether the crisis line and emergency number stay in view: in a crisis, and from
        the turn the plain question about ending one's life was asked to the end of the
        conversation. A yes must not have to scroll for the number, and a no may be a
        minimizing one: a person who played a disclosure down keeps the line in view."""
        return self.is_crisis or self.asking or self.unsure_at is not None

    @property
    def urgent(self) -> bool:
        """Whether the pinned card leads with the crisis line: in a crisis, or while the plain
        question waits for its answer (after a no it leads with the warmline)."""
        return self.is_crisis or self.asking


@dataclass(frozen=True)
class Exchange:
    """One message from the person, its assessment in context, and the reply given."""

    message: str
    assessment: Assessment
    reply: str = ""
    source: str = ""


@dataclass
class Conversation:
    exchanges: list[Exchange] = field(default_factory=list)
    state: RiskState = field(default_factory=RiskState)

    @classmethod
    def from_history(cls, history: Sequence[Any] | None) -> Conversation:
        """Rebuild the turns and the risk state from role/content pairs (or plain strings).

        Turns the turn cache does not hold are read together: every classifier input of
        every one of them in one embedding call, and each message scanned by the lexicon
        once (``read_ahead``); the rules then run turn by turn exactly as on the page.
        """
        conversation = cls()
        turns = list(_turns(history or ()))
        shared: SharedReadings | None = None
        for index, (message, reply) in enumerate(turns):
            key = conversation._turn_key(message)
            found = TURNS.get(key)
            if found is None:
                if shared is None:
                    shared = conversation.read_ahead([m for m, _ in turns[index:]])
                found = conversation._assess(message, shared)
                TURNS.put(key, found)
            conversation.record(message, found, reply)
        return conversation

    def read_ahead(self, messages: Sequence[str]) -> SharedReadings:
        """The classifier's readings of ``messages``, said one after another from here on,
        made in one batch. Each is read as if the conversation were not in crisis (with the
        messages before it), which covers the inputs of a turn in crisis too (read alone)."""
        shared = SharedReadings()
        earlier, language, readings = self.messages(), self.state.language, []
        for message in messages:
            language = detect_language(message) or language
            if message.strip():
                readings.append(read_message(message, earlier, language=language, shared=shared))
            earlier = [*earlier, message]
        shared.read_ahead(readings)
        return shared

    @property
    def turn(self) -> int:
        """The index the next message from the person will have."""
        return len(self.exchanges)

    def messages(self) -> list[str]:
        return [exchange.message for exchange in self.exchanges]

    def recent_replies(self, count: int = 3) -> list[str]:
        return [e.reply for e in self.exchanges if e.reply][-count:]

    def transcript(self) -> list[dict[str, str]]:
        """Role/content pairs: what any caller needs to rebuild this conversation."""
        pairs: list[dict[str, str]] = []
        for exchange in self.exchanges:
            pairs.append({"role": "user", "content": exchange.message})
            if exchange.reply:
                pairs.append({"role": "assistant", "content": exchange.reply})
        return pairs

    def _turn_key(self, message: str) -> bytes:
        earlier = ((exchange.message, exchange.reply) for exchange in self.exchanges)
        return turn_key(earlier, self.state, message)

    def assess(self, message: str, shared: SharedReadings | None = None) -> Assessment:
        """The message's assessment in this conversation, before it is recorded."""
        found = self._assess(message, shared)
        TURNS.put(self._turn_key(message), found)
        return found

    def language_of(self, message: str | None) -> str:
        """The language a reply to ``message`` is in: the message's own, when it can be
        told, else the conversation's."""
        return (detect_language(message) if message else None) or self.state.language

    def _assess(self, message: str, shared: SharedReadings | None = None) -> Assessment:
        language = self.language_of(message)
        # Once in crisis the route stays whatever is said, so the message is read on its
        # own: a new subject is answered as one, and a fresh crisis message still is one.
        history = None if self.state.is_crisis else self.messages()
        found = assess(message, history, language=language, shared=shared)
        if found.third_party and self._own_crisis() and SOMEONE_ELSE_AT_RISK not in found.reasons:
            # After the person's own disclosure, a later message that only tells of another
            # person ("my mom would freak if she knew") does not make them a helper.
            found = replace(found, third_party=False)
        elif self._told_of_someone_named_before(message, found):
            reason = f"{SOMEONE_ELSE_AT_RISK} (the person named earlier)"
            found = replace(found, third_party=True, reasons=(*found.reasons, reason))
        elif self._a_helpers_worry(message, found):
            # "No sé qué hacer" from someone whose friend is at risk is the helper's worry
            # about that friend, not a crisis of the helper's own.
            reason = f"{SOMEONE_ELSE_AT_RISK} (a helper's worry about them)"
            found = replace(found, third_party=True, reasons=(*found.reasons, reason))
        if self._worse_after_taking(message, found):
            reason = f"{MEDICAL_EMERGENCY} (the body's signs after the drug told earlier)"
            found = replace(
                found,
                level=Level.CRISIS,
                reasons=(*found.reasons, MEDICAL_EMERGENCY, reason),
                # Told by someone helping another person, it stays the helper's.
                third_party=found.third_party or self.helping_only(),
            )
        if (
            self._own_crisis()
            and found.level is not Level.CRISIS
            and returns_to_it(normalize_for(message, found.language), found.language)
        ):
            reason = "goes back to the crisis told earlier in this conversation"
            found = replace(found, level=Level.CRISIS, reasons=(*found.reasons, reason))
        if self._danger_now(message, found):
            reason = f"{DANGER_TO_OTHERS} (near or starting now, after the danger told earlier)"
            found = replace(
                found, level=Level.CRISIS, reasons=(*found.reasons, DANGER_TO_OTHERS, reason)
            )
        if self._presses_for_method(message, found):
            # The refusal holds, at the level the question was read at.
            asked = self._method_asked_just_before()
            found = replace(
                found,
                level=highest(found.level, asked.level if asked else found.level),
                scope=Scope.METHOD,
                reasons=(*found.reasons, PRESSES_FOR_METHOD),
            )
        signals = self.state.signals | found.signals
        if found.level is Level.CRISIS and self._a_figure_of_speech(message, found):
            reasons = (*found.reasons, FIGURE_OF_SPEECH)
            return replace(found, level=Level.CONCERN, asked_about=True, reasons=reasons)
        if found.level is Level.CRISIS and self.unsure(found, message):
            reason = (
                f"the classifier alone ({found.crisis_probability:.2f}), in a conversation with "
                "no risk signal yet: asked about, and crisis if the next message carries any sign"
            )
            return replace(
                found, level=Level.CONCERN, asked_about=True, reasons=(*found.reasons, reason)
            )
        just_asked = self.state.unsure_at == self.turn - 1
        if self._weak_after_the_question(found, just_asked):
            reason = (
                f"the classifier alone ({found.crisis_probability:.2f}), after the question "
                "was asked and not answered yes: the crisis line stays in view"
            )
            return replace(found, level=Level.CONCERN, reasons=(*found.reasons, reason))
        # Playing it down, refusing help or dropping it, right after the question, is no
        # answer to take as a no: "it's nothing, forget it", "no police", "don't fuss".
        pushed_back = just_asked and _pushes_back(message, found.language)
        unanswered = just_asked and not pushed_back
        if unanswered and self._no_answer_yet(message, found):
            return replace(
                found, level=Level.CONCERN, asked_about=True, reasons=(*found.reasons, ASKED_AGAIN)
            )
        # A clear no is taken at its word even when the day it tells of is hard (the
        # warmline stays), but not with a risk signal beside it ("no, but I'm a burden"). A
        # crisis the classifier alone reads in it short of ``ASK_AGAIN_BELOW`` ("no, nada de
        # eso, es el cansancio de siempre") does not outweigh the no, unless it also plays
        # the subject down or refuses help.
        taken_at_its_word = _clear_no(message) and not found.signals
        if just_asked and taken_at_its_word and not found.means_question:
            if found.level is not Level.CRISIS:
                return replace(found, reasons=(*found.reasons, ANSWERED_NO))
            if not pushed_back and _weak_crisis(found):
                reasons = (*found.reasons, ANSWERED_NO)
                return replace(found, level=Level.CONCERN, reasons=reasons)
        if found.level is Level.CRISIS:
            return found
        # Distress read only from the turns before is not a sign of this message's own: a
        # message that still does not answer, after the question was asked once more, keeps
        # the line in view without making the conversation a crisis.
        own_sign = found.level is not Level.NONE and not set(found.reasons) <= CONTEXT_ONLY
        if just_asked and (
            _not_a_no(message) or pushed_back or (own_sign and not taken_at_its_word)
        ):
            reason = "a sign, or no clear no, right after the question asked about a crisis"
            # A yes to the helper's question is the other person's crisis.
            about_them = found.third_party or self._asked_about_someone_else()
            return replace(
                found, level=Level.CRISIS, third_party=about_them, reasons=(*found.reasons, reason)
            )
        if found.signals and adds_up(signals):
            reason = "signals add up across the conversation: " + ", ".join(sorted(signals))
            return replace(found, level=Level.CRISIS, reasons=(*found.reasons, reason))
        if found.means_question and self.state.level is not Level.NONE:
            reason = "question about means after distress earlier in the conversation"
            return replace(found, level=Level.CRISIS, reasons=(*found.reasons, reason))
        if not just_asked and self._just_under_the_threshold(found):
            reason = (
                f"the classifier ({found.crisis_probability:.2f}) just under its crisis "
                "threshold, with distress: asked about"
            )
            return replace(found, asked_about=True, reasons=(*found.reasons, reason))
        return found

    def _just_under_the_threshold(self, found: Assessment) -> bool:
        """Distress read at concern, the classifier's crisis reading just under its
        threshold (``ASK_FROM``), in a conversation not yet in crisis whose plain question
        was never asked: asked about, as a crisis reading it is unsure of would be."""
        from knowledge.safety.classifier import risk_model

        threshold = risk_model().crisis_threshold
        return (
            found.level is Level.CONCERN
            and found.lexicon_level is not Level.CRISIS
            and ASK_FROM
            <= found.crisis_probability
            < threshold.get(found.language, threshold["en"])
            and not self.state.is_crisis
            and self.state.unsure_at is None
        )

    def _no_answer_yet(self, message: str, found: Assessment) -> bool:
        """A message right after the question that does not answer it (no yes, maybe or
        no) and carries no risk signal: the question is asked once more, the crisis line
        still in view, rather than the answer assumed. That holds for a hard day told
        (concern), and for a crisis the classifier alone reads short of near-certain ("voy
        a ir con mi hermana, eso me calma" is not a yes). Only once: a second message that
        does not answer it is a crisis."""
        asked = self.exchanges[-1].assessment if self.exchanges else None
        return (
            ((found.level is Level.CONCERN and not found.signals) or _weak_crisis(found))
            and not (_not_a_no(message) or _clear_no(message))
            and not SHAPED_AS_AN_ANSWER.search(_plain_answer(message))
            and asked is not None
            and ASKED_AGAIN not in asked.reasons
        )

    def _weak_after_the_question(self, found: Assessment, just_asked: bool) -> bool:
        """A crisis the classifier alone reads short of ``STILL_IN_VIEW_BELOW``, in a later
        turn of a conversation where the plain question was asked and got no yes, and no
        risk signal has been read. On conversations nobody here wrote, the commonest way an
        ordinary one reached crisis was a later reading after the question (a closing "I'll
        chip away at the form tonight"), while the crisis line had been in view since the
        question and stays so. Once the conversation is a crisis, a fresh reading is read as
        one."""
        state = self.state
        return (
            state.unsure_at is not None
            and not state.is_crisis
            and not just_asked
            and not state.signals
            and found.level is Level.CRISIS
            and _classifier_only(found)
            and found.crisis_probability < STILL_IN_VIEW_BELOW
        )

    def drug_told(self) -> bool:
        """A drug taken or an overdose was told in an earlier turn: a medical emergency, or
        too much taken told with no time ("my roommate took a bunch of pills")."""
        return any(
            MEDICAL_EMERGENCY in e.assessment.reasons
            or taken_too_much(
                normalize_for(e.message, e.assessment.language), e.assessment.language
            )
            for e in self.exchanges
        )

    def _worse_after_taking(self, message: str, found: Assessment) -> bool:
        """Sleepiness, sickness or any sign of the body, or help refused or played down
        ("no ambulance", "I'm fine now": an overdose can harm hours before it is felt), after
        a drug or an overdose was told in this conversation: the emergency number again. Too
        much taken, told in a conversation already in crisis ("but I did take more than I
        should"), is the emergency too."""
        plain = normalize_for(message, found.language)
        return (
            (self.drug_told() or (self.state.is_crisis and taken_too_much(plain, found.language)))
            and MEDICAL_EMERGENCY not in found.reasons
            and (
                taken_too_much(plain, found.language)
                or body_after_taking(plain, found.language)
                or asks_what_to_do(plain, found.language)
                or _pushes_back(message, found.language)
            )
        )

    def danger_told(self) -> bool:
        """Danger from or to another person was told in an earlier turn."""
        return any(DANGER_TO_OTHERS in e.assessment.reasons for e in self.exchanges)

    def _danger_now(self, message: str, found: Assessment) -> bool:
        """After danger from another person was told, that person near or the danger
        starting now ("he's drinking right now"), or asking what to do."""
        plain = normalize_for(message, found.language)
        return (
            self.danger_told()
            and DANGER_TO_OTHERS not in found.reasons
            and MEDICAL_EMERGENCY not in found.reasons
            and (danger_now(plain, found.language) or asks_what_to_do(plain, found.language))
        )

    def _method_asked_just_before(self) -> Assessment | None:
        """The assessment of a method or lethality question in one of the last two turns."""
        for exchange in self.exchanges[-2:][::-1]:
            found = exchange.assessment
            if found.scope is Scope.METHOD or ASKS_FOR_METHOD in found.reasons:
                return found
        return None

    def _presses_for_method(self, message: str, found: Assessment) -> bool:
        """A reason given for the method question just refused, or the question pressed
        ("it's for a story", "I'm a nurse", "ok but roughly?"): never the answer."""
        return (
            self._method_asked_just_before() is not None
            and found.scope is not Scope.METHOD
            and presses_for_method(normalize_for(message, found.language), found.language)
        )

    def _asked_about_someone_else(self) -> bool:
        """The question just asked was the helper's, about someone else told of."""
        last = self.exchanges[-1].assessment if self.exchanges else None
        return last is not None and last.asked_about and TOLD_OF_SOMEONE in last.reasons

    def _own_crisis(self) -> bool:
        return self.state.is_crisis and not self.state.third_party

    def _a_helpers_worry(self, message: str, found: Assessment) -> bool:
        return (
            found.level is Level.CRISIS
            and found.quiet
            and not found.third_party
            and self.helping_only()
            and only_a_helpers_worry(message, found.language)
        )

    def helping_only(self) -> bool:
        """The conversation's crisis is someone else's: every crisis turn so far was told of
        another person, none of the writer's own."""
        crises = [e.assessment for e in self.exchanges if e.assessment.level is Level.CRISIS]
        return bool(crises) and all(found.third_party for found in crises)

    def _told_of_someone_named_before(self, message: str, found: Assessment) -> bool:
        """A crisis told of a person named in an earlier turn ("my mum's 78" ... "she's been
        giving away her jewellery"), before any crisis of the writer's own."""
        return (
            found.level is Level.CRISIS
            and not found.third_party
            and not self._own_crisis()
            and DANGER_TO_OTHERS not in found.reasons
            and any(names_someone(m, found.language) for m in self.messages())
            and about_someone_else(message, found.language, named_before=True)
        )

    def _may_ask(self, despite_signals: bool = False) -> bool:
        """The plain question may be asked now: no crisis and no risk signal yet (unless
        ``despite_signals``), and it was never asked, or it got a clear no and has been
        asked fewer than ``MOST_QUESTIONS`` times."""
        state = self.state
        return (
            not state.is_crisis
            and (despite_signals or not state.signals)
            and (
                state.unsure_at is None or (state.answered_no and state.questions < MOST_QUESTIONS)
            )
        )

    def _a_figure_of_speech(self, message: str, found: Assessment) -> bool:
        """A crisis resting only on a wish to die said with a laugh or about a small named
        trigger ("if she does that attack one more time i'll kms 😭"), where the question
        may be asked: asked plainly, as a peer would, rather than assumed either way."""
        return (
            said_lightly(message)
            # A laugh beside words the classifier is near-certain of may be a mask: that
            # stays a crisis, the question asked in its reply (``compose``).
            and (names_a_trigger(message) or found.crisis_probability < UNSURE_BELOW)
            and rests_on_own_words(found)
            and self._may_ask()
        )

    def unsure(self, found: Assessment, message: str) -> bool:
        """Whether a crisis reading is the classifier's alone (the lexicon read no risk sign,
        at most words of distress), short of near-certain, in a conversation that has had no
        risk signal yet.

        On conversations nobody here wrote, most ordinary ones that reached crisis did so
        this way: a hard day, a plan for tonight or a closing "ok, I'll ring them at 8" read
        from 0.43 to 0.94, most below ``UNSURE_BELOW`` (the classifier reads one message,
        and warning signs share their surface with everyday plans), while a disclosure
        almost always came with a sign the lexicon reads or risk signals (hopelessness,
        isolation, being a burden) in the turns before. Such a message, the first one
        included, gets concern and a direct question, as a trained peer would ask it; the
        crisis line and emergency number stay in view from then on
        (``RiskState.shows_crisis_line``), and any sign in the next message makes it a
        crisis. A second such reading is asked about again only if the first question got a
        clear no, and at most ``MOST_QUESTIONS`` times; otherwise it is a crisis. After a
        risk signal it is asked only when the message reaches out to people or help with
        nothing final in it (``_reaches_out``). Told of someone else, the question is the
        helper's (``compose.ask_plainly``).
        """
        from knowledge.safety.classifier import risk_model

        threshold = risk_model().crisis_threshold
        return (
            _classifier_only(found)
            and threshold.get(found.language, threshold["en"])
            <= found.crisis_probability
            < UNSURE_BELOW
            and self._may_ask(despite_signals=self._reaches_out(message, found))
        )

    def _reaches_out(self, message: str, found: Assessment) -> bool:
        """A next step toward people or help ("ok, i will message them, thank you"), nothing
        final in it: after signals of isolation or hopelessness too, the classifier's
        reading of it alone is asked about, not assumed."""
        return reaches_out(normalize_for(message, found.language), found.language)

    def next_state(self, assessment: Assessment) -> RiskState:
        """The state after a message with this assessment."""
        state = self.state
        crisis_since = state.crisis_since
        if assessment.level is Level.CRISIS and crisis_since is None:
            crisis_since = self.turn
        return replace(
            state,
            level=highest(state.level, assessment.level),
            crisis_since=crisis_since,
            third_party=state.third_party or assessment.third_party,
            signals=state.signals | assessment.signals,
            language=assessment.language,
            unsure_at=self.turn if assessment.asked_about else state.unsure_at,
            asking=assessment.asked_about,
            questions=state.questions
            + (assessment.asked_about and ASKED_AGAIN not in assessment.reasons),
            answered_no=ANSWERED_NO in assessment.reasons
            or (state.answered_no and not assessment.asked_about),
        )

    def due_for_check_in(self, assessment: Assessment) -> bool:
        """After a crisis, an everyday turn checks in again every few turns."""
        state = self.state
        if not state.is_crisis or assessment.level is Level.CRISIS or state.crisis_since is None:
            return False
        since = state.last_check_in if state.last_check_in is not None else state.crisis_since
        return self.turn - since >= CHECK_IN_EVERY

    def record(
        self, message: str, assessment: Assessment, reply: str, source: str = ""
    ) -> RiskState:
        """Add a turn and move the state on; returns the new state."""
        checked_in = self.due_for_check_in(assessment)
        state = self.next_state(assessment)
        if checked_in:
            state = replace(state, last_check_in=self.turn)
        self.exchanges.append(Exchange(message, replace(assessment, vector=None), reply, source))
        self.state = state
        return state


def _pushes_back(message: str, language: str) -> bool:
    """The message plays down, refuses help, drops the subject or asks for secrecy (read as
    ``companion.chain`` reads the move)."""
    return move_of(message, language).move in PUSHES_BACK


def _classifier_only(found: Assessment) -> bool:
    """The crisis reading is the classifier's alone: the lexicon read no risk sign, at most
    words of distress, and no signal, person the lexicon read at risk or question about
    means (someone else told of, ``TOLD_OF_SOMEONE``, is the classifier's alone too)."""
    own = {r for r in found.reasons if not r.startswith("classifier")} - {
        "no risk signs",
        TOLD_OF_SOMEONE,
    }
    # Someone else told of, the crisis the classifier's alone, is asked about too: the
    # question is then the helper's ("are you worried they may be thinking of...").
    named_at_risk = found.third_party and TOLD_OF_SOMEONE not in found.reasons
    return (
        found.quiet or (found.lexicon_level is not Level.CRISIS and own <= DISTRESS_ONLY)
    ) and not (found.signals or named_at_risk or found.means_question)


def _plain_answer(message: str) -> str:
    """The message as an answer is read: accents and case set aside, and any not knowing
    followed by a question of its own left out."""
    return NOT_KNOWING_WHICH.sub(" ", normalize_es(message)).strip()


def _weak_crisis(found: Assessment) -> bool:
    """A crisis the classifier alone reads, short of ``ASK_AGAIN_BELOW``."""
    return (
        found.level is Level.CRISIS
        and _classifier_only(found)
        and found.crisis_probability < ASK_AGAIN_BELOW
    )


def _not_a_no(message: str) -> bool:
    """A short answer that is yes, maybe or not sure (accents and case set aside)."""
    plain = _plain_answer(message)
    words = len(plain.split())
    return bool(
        (words <= 4 and NOT_A_NO.search(plain)) or (words <= 8 and UNSURE_ANYWHERE.search(plain))
    )


def _clear_no(message: str) -> bool:
    """The answer opens with a clear no and nothing unsure follows it."""
    plain = normalize_es(message)
    return bool(CLEAR_NO.search(plain)) and not UNSURE_ANYWHERE.search(plain)


def _turns(history: Iterable[Any]) -> Iterable[tuple[str, str]]:
    """(the person's message, the reply to it, or "" when none was given) in order."""
    pending: str | None = None
    for role, content in _pairs(history):
        if role == "user":
            if pending is not None:
                yield pending, ""
            pending = content
        elif pending is not None:
            yield pending, content
            pending = None
    if pending is not None:
        yield pending, ""


def _pairs(history: Iterable[Any]) -> Iterable[tuple[str, str]]:
    for item in history:
        if isinstance(item, str):
            yield "user", item
        elif isinstance(item, dict):
            role = str(item.get("role", "user"))
            content = str(item.get("content", ""))
            yield ("user" if role in ("user", "human") else "assistant"), content
        elif isinstance(item, tuple | list) and len(item) == 2:
            role, content = item
            yield ("user" if role in ("user", "human") else "assistant"), str(content)
