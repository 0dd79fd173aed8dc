"""How worried to be about one message, read with the few messages before it.

``assess`` layers three checks and keeps the highest level any of them finds:
1. normalization (``normalize``, ``lexicon_es.normalize_es``): case, accents, leetspeak,
   slips, slang and chat spellings, in English or Spanish (``language``);
2. the lexicon (``lexicon``, ``lexicon_es``): phrases, idioms, past tense, framing, denials,
   other people; it is the floor: a learned layer can raise its level, never lower it;
3. the classifier (``classifier``): models of meaning (the sentence embedding) and form
   (n-grams) over the message with its idioms, denials and requests to be heard ("no advice,
   I just need to vent") taken out, so a damping cue in one clause never hides a present
   risk signal in another ("I tried years ago and got better, but I'm planning again").
Context counts: a means question after distress is crisis, and so is the message joined to
the two before it when the classifier reads it as crisis and the lexicon found distress or
risk in those earlier messages (after everyday talk the message is read on its own). What adds up over a whole
conversation is the companion's job (``companion.conversation``); ``signals`` here are the
cumulative signs this message carries.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum

import numpy as np

from knowledge.safety.improving import without_asking_to_be_heard, without_improvement
from knowledge.safety.language import detect_language
from knowledge.safety.lexicon import (
    DANGER_TO_OTHERS,
    MEDICAL_EMERGENCY,
    NEGATED,
    PAST,
    PRESENT,
    RECOVERED,
    SENTENCE_SPLIT,
    SOMEONE_ELSE_AT_RISK,
    TOLD_OF_SOMEONE,
    LexicalResult,
    names_the_subject,
    scan,
    strip_idioms,
)
from knowledge.safety.lexicon_es import IDIOMS as IDIOMS_ES
from knowledge.safety.lexicon_es import NEGATED as NEGATED_ES
from knowledge.safety.lexicon_es import PAST as PAST_ES
from knowledge.safety.lexicon_es import PRESENT as PRESENT_ES
from knowledge.safety.lexicon_es import RECOVERED as RECOVERED_ES
from knowledge.safety.lexicon_es import normalize_es, normalize_for, scan_es
from knowledge.safety.lexicon_floor import floor_reason, is_medical_emergency
from knowledge.safety.normalize import normalize
from knowledge.safety.scope import Scope, check_scope
from knowledge.safety.signals import signals_in
from knowledge.safety.someone_else import (
    QUOTED,
    about_someone_else,
    an_end_of_life_told,
    said_of_them,
    tells_of_someone_else,
    worried_about_someone,
)

THEIR_WORDS_QUOTED = f"{SOMEONE_ELSE_AT_RISK} (their words quoted)"
SAID_OF_THEM = f"{SOMEONE_ELSE_AT_RISK} (said of them)"
TOLD_OF_THEM_ALONE = f"{SOMEONE_ELSE_AT_RISK} (told of them, nothing of the writer)"
HISTORY_WINDOW = 4
CONTEXT_MESSAGES = 2
# One or two words carry too little meaning for the classifier alone to call a crisis;
# explicit short messages ("kms", "suicide") are the lexicon's.
MIN_WORDS_FOR_MODEL_CRISIS = 3


class Level(StrEnum):
    NONE = "none"
    CONCERN = "concern"
    CRISIS = "crisis"

    @property
    def rank(self) -> int:
        return ORDER[self]


ORDER = {Level.NONE: 0, Level.CONCERN: 1, Level.CRISIS: 2}

HistoryItem = str | dict


def highest(*levels: Level) -> Level:
    return max(levels, key=lambda level: level.rank)


@dataclass(frozen=True)
class Assessment:
    level: Level
    reasons: tuple[str, ...] = ()
    scope: Scope = Scope.NONE
    third_party: bool = False
    language: str = "en"
    signals: frozenset[str] = frozenset()
    means_question: bool = False
    lexicon_level: Level = Level.NONE
    crisis_probability: float = 0.0
    # The lexicon read the message as plain: whatever level it has is the classifier's.
    quiet: bool = False
    # A crisis reading the conversation holds at concern and asks about instead
    # (``companion.conversation.Conversation.unsure``).
    asked_about: bool = False
    # Suicide, self-harm or a crisis line named, even as a subject (``lexicon.SUBJECT``).
    names_the_subject: bool = False
    vector: np.ndarray | None = field(default=None, repr=False, compare=False)

    @property
    def is_crisis(self) -> bool:
        return self.level is Level.CRISIS


def user_messages(history: Sequence[HistoryItem] | None) -> list[str]:
    """The person's own earlier messages, from strings or {"role", "content"} dicts."""
    messages = []
    for item in history or ():
        if isinstance(item, str):
            messages.append(item)
        elif isinstance(item, dict) and item.get("role", "user") in ("user", "human"):
            messages.append(str(item.get("content", "")))
    return [m for m in messages if m.strip()]


def classifier_text(text: str, language: str = "en") -> str:
    """What the classifier reads, in training and in use alike: the normalized message
    without idioms, denials and requests to be listened to."""
    if language == "es":
        stripped = NEGATED_ES.sub(" ", IDIOMS_ES.sub(" ", normalize_es(text)))
    else:
        stripped = NEGATED.sub(" ", strip_idioms(normalize(text))[0])
    return without_asking_to_be_heard(stripped)


def prepared_text(text: str, language: str, lexical: LexicalResult | None = None) -> str:
    """What the classifier reads of one message alone, the same in training and in use:
    ``classifier_text``, without its phrases of relief when the lexicon finds the message
    plain, and nothing when an idiom leaves only a fragment."""
    lexical = lexical or lexical_scan(text, language)
    prepared = classifier_text(text, language)
    if is_quiet(lexical):
        prepared = without_improvement(prepared, language)
    if "idiom ignored" in lexical.reasons and len(prepared.split()) < MIN_WORDS_FOR_MODEL_CRISIS:
        return ""  # "see it" left of "dying to see it" is a fragment, not a message
    return prepared


SPANISH_SUICIDE_WORDS = re.compile(
    r"\b(se )?suicid(a|as|o|ó|aron|arse|arme|arte|e|en|ándose|andose)\b", re.IGNORECASE
)


def lexical_scan(text: str, language: str) -> LexicalResult:
    """The lexicon's reading; Spanish messages are read in both languages (Spanglish)."""
    if language != "es":
        return _with_floor(scan(normalize(text)), text, "en")
    # The Spanish forms of the word ("un chico que se suicida") are the Spanish reading's:
    # read as English they became "suicidal", said of oneself.
    english = _with_floor(scan(normalize(SPANISH_SUICIDE_WORDS.sub(" ", text))), text, "en")
    spanish = _with_floor(scan_es(normalize_es(text)), text, "es")
    if ORDER[Level(english.level)] > ORDER[Level(spanish.level)]:
        spanish.level = english.level
        spanish.reasons += english.reasons
    spanish.means_query |= english.means_query
    spanish.third_party |= english.third_party
    spanish.distress |= english.distress
    return spanish


def _with_floor(lexical: LexicalResult, text: str, language: str) -> LexicalResult:
    """Quiet warning signs (``lexicon_floor``) are crisis, unless only a story or the past."""
    if lexical.level == "crisis":
        # An overdose told with "not breathing" is a crisis already; it is also an emergency.
        if is_medical_emergency(classifier_text(text, language), language):
            lexical.reasons.append(MEDICAL_EMERGENCY)
        return lexical
    reason = floor_reason(classifier_text(text, language), language)
    if reason is None:
        return lexical
    someone_else = reason == SOMEONE_ELSE_AT_RISK
    if lexical.framed and not someone_else:
        return lexical
    past = PAST_ES if language == "es" else PAST
    present = PRESENT_ES if language == "es" else PRESENT
    plain = normalize_for(text, language)
    if past.search(plain) and not present.search(plain):
        lexical.level = "concern"
        lexical.reasons.append(f"past: {reason}")
        return lexical
    lexical.level = "crisis"
    lexical.reasons.append(reason)
    lexical.third_party |= someone_else
    lexical.distress = True
    return lexical


WITH_CONTEXT = "the message with the two before it"


@dataclass
class MessageReading:
    """What ``assess`` knows about a message before the classifier reads it."""

    language: str
    lexical: LexicalResult
    level: Level
    reasons: list[str]
    normalized: str
    scope: Scope
    prepared: str  # the message as the classifier reads it
    readings: list[tuple[str, str, Level]]  # (where, text the classifier reads, its cap)
    quiet: bool

    @property
    def reads_context_whatever_the_classifier(self) -> bool:
        """The message carries a sign of its own and does not settle, so the message joined
        to the ones before it counts without asking the classifier first."""
        return not self.quiet and not self.lexical.settling

    def reads_context(self, alone: np.ndarray, concern_threshold: float) -> bool:
        """Whether the message joined to the ones before it counts, given the classifier's
        probabilities for the message alone.

        A message is read with the ones before it only when it carries a sign of its own or
        the classifier finds it worrying alone, and never when it settles ("thanks, I feel
        better"): "any tips for my CV?" after a stressful week adds nothing to that week.
        """
        if self.lexical.settling:
            return False
        worrying = bool(self.prepared) and alone[1] + alone[2] >= concern_threshold
        return self.reads_context_whatever_the_classifier or worrying


def read_message(
    text: str,
    history: Sequence[HistoryItem] | None = None,
    *,
    language: str | None = None,
    shared: SharedReadings | None = None,
) -> MessageReading:
    """Everything ``assess`` reads before the classifier (for reading many messages at once
    with ``SharedReadings.read_ahead``)."""
    language = language or detect_language(text) or "en"
    if shared is None:
        return _read_message(text, history, language, lexical_scan)
    key = (text, tuple(user_messages(history)), language)
    found = shared.messages.get(key)
    if found is None:
        found = shared.messages[key] = _read_message(text, history, language, shared.scan)
    return replace(found, reasons=list(found.reasons))  # the caller's own copy


def _read_message(
    text: str,
    history: Sequence[HistoryItem] | None,
    language: str,
    scan: Callable[[str, str], LexicalResult],
) -> MessageReading:
    lexical = scan(text, language)
    level = Level(lexical.level)
    reasons = list(lexical.reasons)
    recent = user_messages(history)[-HISTORY_WINDOW:]
    earlier = [scan(message, detect_language(message) or language) for message in recent]
    level = _with_context(level, lexical, earlier, reasons)
    normalized = normalize(text)
    scope = check_scope(normalized)
    asks_how = ASKS_HOW.search(normalized) or (
        language == "es" and ASKS_HOW_ES.search(normalize_es(text))
    )
    ceiling = _classifier_ceiling(
        lexical,
        scope,
        bool(asks_how) or worried_about_someone(text, language),
        an_end_of_life_told(text, language),
    )
    # The message joined to the ones before it is read for what it adds after distress;
    # after everyday talk ("deadline tomorrow", "ok I need a plan") it adds nothing.
    context = recent if _any_distress(earlier) else []
    present = _present_clauses(text, language) if ceiling is not Level.CRISIS else ""
    quiet = is_quiet(lexical)
    prepared = prepared_text(text, language, lexical)
    return MessageReading(
        language=language,
        lexical=lexical,
        level=level,
        reasons=reasons,
        normalized=normalized,
        scope=scope,
        prepared=prepared,
        readings=_readings(prepared, context, language, ceiling, present),
        # A plain message is read with the ones before it only when the classifier finds it
        # worrying alone: a week of venting does not make "my roommate walked into the glass
        # door" a crisis. What adds up over a conversation is read by the signals.
        quiet=quiet,
    )


@dataclass
class SharedReadings:
    """Readings shared by the turns of one transcript read at once, each made once: every
    message's lexicon reading (each turn reads the four before it again), what ``assess``
    reads before the classifier, and the classifier's probabilities for every input it
    will use, from one embedding call and one matrix product (``read_ahead``; a second,
    small one for the plain messages found worrying alone, which are then read with the
    ones before them). Kept for that one rebuild only, never across conversations."""

    scans: dict[tuple[str, str], LexicalResult] = field(default_factory=dict)
    messages: dict[tuple[str, tuple[str, ...], str], MessageReading] = field(default_factory=dict)
    probabilities: dict[str, np.ndarray] = field(default_factory=dict)

    def scan(self, text: str, language: str) -> LexicalResult:
        found = self.scans.get((text, language))
        if found is None:
            found = self.scans[text, language] = lexical_scan(text, language)
        return replace(found, reasons=list(found.reasons))  # the caller's own copy

    def read_ahead(self, messages: Sequence[MessageReading]) -> None:
        """Give the classifier every input of these messages it will read, together."""
        from knowledge.safety.classifier import risk_model

        # The joined reading of a plain message counts only if the message alone worries.
        self._score(
            text
            for message in messages
            for where, text, _ in message.readings
            if where != WITH_CONTEXT or message.reads_context_whatever_the_classifier
        )
        threshold = risk_model().concern_threshold
        self._score(
            text
            for message in messages
            for where, text, _ in message.readings
            if where == WITH_CONTEXT
            and message.reads_context(self.probabilities[message.readings[0][1]], threshold)
        )

    def _score(self, texts: Iterable[str]) -> None:
        from knowledge.embeddings import embed
        from knowledge.safety.classifier import risk_model

        unique = [t for t in dict.fromkeys(texts) if t not in self.probabilities]
        if unique:
            rows = risk_model().probabilities(embed(unique), unique)
            self.probabilities.update(zip(unique, rows, strict=True))


def assess(
    text: str,
    history: Sequence[HistoryItem] | None = None,
    *,
    use_embeddings: bool = True,
    language: str | None = None,
    shared: SharedReadings | None = None,
) -> Assessment:
    """Risk level and reasons for ``text``, read together with the recent ``history``.

    ``shared`` holds readings made for many messages at once (a transcript rebuilt); when
    it has the classifier's probabilities for this message, the message itself is not
    embedded and the assessment carries no vector.
    """
    read = read_message(text, history, language=language, shared=shared)
    level, reasons, lexical = read.level, read.reasons, read.lexical
    vector, crisis_probability = None, 0.0
    if use_embeddings and text.strip():
        level, vector, crisis_probability = _with_classifier(
            text, read, shared.probabilities if shared is not None else None
        )
    if level is Level.NONE and not reasons:
        reasons.append("no risk signs")
    told_of_another = False
    if level is Level.CRISIS and not lexical.third_party:
        whose = _someone_elses(text, read)
        if whose:
            reasons.append(whose)
            told_of_another = True
    return Assessment(
        level=level,
        reasons=tuple(dict.fromkeys(reasons)),
        scope=read.scope,
        third_party=lexical.third_party or told_of_another,
        language=read.language,
        signals=signals_in(read.normalized) | signals_in(normalize_es(text)),
        means_question=lexical.means_query or lexical.method_request,
        lexicon_level=Level(lexical.level),
        crisis_probability=crisis_probability,
        quiet=read.quiet,
        names_the_subject=names_the_subject(normalize_es(text)),
        vector=vector,
    )


def _someone_elses(text: str, read: MessageReading) -> str | None:
    """Why a crisis is someone else's, or None. The classifier alone reads it in a message
    telling of a named person, the writer saying nothing of their own despair
    (``TOLD_OF_SOMEONE``: asked about as a helper's worry when the classifier is unsure);
    or the lexicon's sign lies only in words quoted from them ("my roommate texted 'u guys
    would be better off without me'") or in sentences said of them."""
    if DANGER_TO_OTHERS in read.lexical.reasons:
        return None
    told_alone = about_someone_else(text, read.language)
    if read.lexical.level != "crisis":
        told = told_alone or tells_of_someone_else(text, read.language)
        return TOLD_OF_SOMEONE if told else None
    if told_alone:
        return TOLD_OF_THEM_ALONE
    if not tells_of_someone_else(text, read.language):
        return None
    unquoted = QUOTED.sub(" ", text)
    if unquoted != text and lexical_scan(unquoted, read.language).level != "crisis":
        return THEIR_WORDS_QUOTED
    # Every sentence the lexicon reads a sign in is said of them, in the third person.
    signs = [
        sentence
        for sentence in SENTENCE_SPLIT.split(text)
        if sentence.strip() and lexical_scan(sentence, read.language).level == "crisis"
    ]
    if signs and all(said_of_them(sentence, read.language) for sentence in signs):
        return SAID_OF_THEM
    return None


WHO = (
    r"(she|he|they|someone|somebody|a person|people|my character|the character|"
    r"the protagonist|the main character|i|you)"
)
# How much, how long, which pills, the easiest or a painless way: the shape of a method or
# lethality question, whatever it is about (counts of people are statistics, not methods).
ASKS_HOW = re.compile(
    r"\b(how (many|much|long|high|far|deep)\b(?! (people|americans|men|women|teens|teenagers|veterans|deaths|kids|students|cases|calls|years|times))|(which|what) (pills|medications?|meds|drugs?|poisons?|methods?|dose|dosage|amount|height)|(most|least) (common|effective|reliable|painful|painless) (way|method)|(easiest|quickest|fastest|surest|simplest|best) (way|method)|painless(ly)?|irreversible|successful(ly)?|without (anyone|anybody) (noticing|knowing|finding out))\b"
    # What a character or "someone" would use, or how they would do it, and the realistic
    # way: a method asked for under a frame ("in the story she decides to end it. what would
    # she use?").
    rf"|\b(what|which) (would|could|should|will|can|did|does) {WHO} (use|take|pick|choose)\b"
    r"\s*(\?|$|to (end|kill|die|do it|overdose|not wake))"
    rf"|\bhow (would|could|should|will|can|did|does|do) {WHO} (do it|go about it|end it|"
    r"end (her|his|their|my|your|one's) life|kill (herself|himself|themselves|myself|yourself)|die)\b"
    r"|\b(realistic|believable|accurate|plausible|convincing) (way|method|means)\b"
)
# The same shape in Spanish ("¿cuántas?", "sin que duela", "la forma más fácil").
ASKS_HOW_ES = re.compile(
    r"\b(cuant[oa]s?|que (pastillas|medicamentos?|metodos?|dosis|cantidad|altura|veneno)|"
    r"(forma|manera|metodo|modo) (mas )?"
    r"(facil|rapid[oa]|indolor[oa]?|segur[oa]|efectiv[oa]|sin dolor)|"
    r"sin (dolor|que duela|sufrir)|indolor[oa]?|sin que (nadie|se) (note|den cuenta|entere)|"
    r"que (usaria|tomaria|utilizaria)\b\s*(\?|$|para (matarse|morir|quitarse la vida|hacerlo))|"
    r"como (lo haria|se mataria|se quitaria la vida)|(forma|manera) (mas )?(realista|creible))\b"
)


def _classifier_ceiling(
    lexical: LexicalResult, scope: Scope, asks_how: bool = False, end_of_life: bool = False
) -> Level:
    """How far the classifier may raise a message the lexicon read as a whole.

    Four readings of the whole message cap it at concern: a past experience described as
    over (with nothing in the present); a question framed as information, study or fiction
    with no distress and no method asked for; a request the scope guard declines
    (medication, diagnosis, "ignore your rules"), which gets its own answer; and a
    relative's end of life told (a hospice, chemo stopped: ``an_end_of_life_told``). Any
    present sign the lexicon finds, anywhere in the message, is crisis before this ceiling
    applies: a damping cue never hides it.
    """
    recovered = any(r.startswith("past experience, described as over") for r in lexical.reasons)
    informational = lexical.framed and not (lexical.distress or lexical.method_request)
    # Despair beside a medication plan is not a medication question ("I'm going to stop my
    # meds, nothing matters anymore"): the classifier may read it whole.
    declined = scope in (Scope.MEDICATION, Scope.DIAGNOSIS, Scope.INJECTION) and not (
        scope is Scope.MEDICATION and lexical.distress
    )
    if asks_how:
        # A method asked for a story, a study or "a friend" is still a method question, and
        # warning signs asked about beside a worry for someone named are that person's: the
        # classifier may call it crisis whatever the frame (policy: methods under any
        # framing; someone else at risk).
        informational = declined = False
    if lexical.level != "crisis" and (recovered or informational or declined or end_of_life):
        return Level.CONCERN
    return Level.CRISIS


def is_quiet(lexical: LexicalResult) -> bool:
    """The lexicon read the message as plain: no risk sign, no distress, no means question."""
    return lexical.level == "none" and not (lexical.distress or lexical.means_query)


def _present_clauses(text: str, language: str) -> str:
    """The clauses of a message that name no past episode and no recovery ("but lately...")."""
    plain = normalize_for(text, language)
    past = (PAST_ES, RECOVERED_ES) if language == "es" else (PAST, RECOVERED)
    clauses = [part for part in SENTENCE_SPLIT.split(plain) if part and part.strip()]
    kept = [part for part in clauses if not any(cue.search(part) for cue in past)]
    if not kept or len(kept) == len(clauses):
        return ""
    return classifier_text(" ".join(kept), language)


def _readings(
    prepared: str, recent: list[str], language: str, ceiling: Level, present: str
) -> list[tuple[str, str, Level]]:
    """What the classifier reads: the message, the message with the two before it, and,
    when a past episode capped the whole, its present clauses alone."""
    readings = [("the message", prepared or ".", ceiling)]
    if recent:
        context = [classifier_text(m, detect_language(m) or language) for m in recent]
        joined = " ".join([*context[-CONTEXT_MESSAGES:], prepared])
        readings.append((WITH_CONTEXT, joined, ceiling))
    if present:
        readings.append(("its present clauses", present, Level.CRISIS))
    return readings


def _with_classifier(
    text: str,
    read: MessageReading,
    scored: Mapping[str, np.ndarray] | None = None,
) -> tuple[Level, np.ndarray | None, float]:
    """Raise the level by the classifier's reading of the message, its context and, when a
    past episode capped the whole, its present clauses alone (a damping cue in one clause
    never hides a present sign in another)."""
    from knowledge.embeddings import embed
    from knowledge.safety.classifier import risk_model

    level, reasons, language, readings = read.level, read.reasons, read.language, read.readings
    prepared = read.prepared
    model = risk_model()
    vector = None
    probabilities = _from_batch(read, scored, model.concern_threshold) if scored else None
    if probabilities is None:
        texts = [reading for _, reading, _ in readings]
        vectors = embed([text, *texts])
        probabilities = model.probabilities(vectors[1:], texts)
        vector = vectors[0]
    crisis_probability = float(probabilities[0][2]) if prepared else 0.0
    reads_context = read.reads_context(probabilities[0], model.concern_threshold)
    for (where, reading, cap), row in zip(readings, probabilities, strict=True):
        if where == "the message" and not prepared:
            continue
        if where == WITH_CONTEXT and not reads_context:
            continue
        found = Level(model.level(row, language))
        # The message's own length counts, also when it is read with the ones before it.
        own = reading if where == "its present clauses" else prepared
        if found is Level.CRISIS and len(own.split()) < MIN_WORDS_FOR_MODEL_CRISIS:
            found = Level.CONCERN
        if found.rank > cap.rank:
            found = cap
        if found.rank > level.rank:
            level = found
            reasons.append(f"classifier: {found.value} ({row[2]:.2f} crisis) on {where}")
    return level, vector, crisis_probability


def _from_batch(
    read: MessageReading, scored: Mapping[str, np.ndarray], concern_threshold: float
) -> np.ndarray | None:
    """The message's rows from a batch read ahead, or None if one it needs is missing (a
    joined reading that will not count needs none)."""
    alone = scored.get(read.readings[0][1])
    if alone is None:
        return None
    rows = []
    for where, reading, _ in read.readings:
        row = scored.get(reading)
        if row is None:
            if where != WITH_CONTEXT or read.reads_context(alone, concern_threshold):
                return None
            row = np.zeros_like(alone)  # never looked at
        rows.append(row)
    return np.vstack(rows)


def _with_context(
    level: Level, lexical: LexicalResult, earlier: list[LexicalResult], reasons: list[str]
) -> Level:
    if level is Level.CRISIS or not earlier:
        return level
    if (lexical.means_query or lexical.method_request) and _any_distress(earlier):
        reasons.append("question about means after distress earlier in the conversation")
        return Level.CRISIS
    if level is Level.NONE and _any_distress(earlier[-2:]):
        reasons.append("distress earlier in this conversation")
        return Level.CONCERN
    return level


def _any_distress(readings: Sequence[LexicalResult]) -> bool:
    """The lexicon found distress or a risk sign in any of these earlier messages."""
    return any(r.distress or r.level != "none" for r in readings)
