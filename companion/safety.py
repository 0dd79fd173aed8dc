"""The input guard: how worried to be about a message, and whether it asks for something
the companion must decline. The output guard for drafts lives in ``companion.output_guard``.

``assess`` layers three checks and keeps the highest level any of them finds:
1. normalization (``companion.normalize``): case, leetspeak, slips, slang;
2. the lexicon (``companion.lexicon``): phrases, idioms, past tense, framing, other people;
3. the embedding classifier (``companion.classifier``): nearest labeled examples by meaning,
   on the message and on the message joined to the recent conversation.
Context counts: a means question after bad news is crisis, and so is distress right after a
crisis message. When the lexicon recognised an idiom, a denial, a past experience or a
research frame, the classifier alone can raise the level to concern, not to crisis.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

import numpy as np

from companion.lexicon import LexicalResult, scan
from companion.normalize import normalize
from companion.scope import Scope, check_scope

HISTORY_WINDOW = 4
# One or two words carry too little meaning for the classifier alone to call a crisis;
# explicit short messages ("kms", "suicide") are the lexicon's.
MIN_WORDS_FOR_EMBEDDING_CRISIS = 3
DAMPENING_REASONS = ("idiom ignored", "denies intent", "past experience")


class Level(StrEnum):
    NONE = "none"
    CONCERN = "concern"
    CRISIS = "crisis"

    @property
    def rank(self) -> int:
        return ORDER[self]


ORDER = {Level.NONE: 0, Level.CONCERN: 1, Level.CRISIS: 2}

HistoryItem = str | dict


@dataclass(frozen=True)
class Assessment:
    level: Level
    reasons: tuple[str, ...] = ()
    scope: Scope = Scope.NONE
    third_party: bool = False
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


def assess(
    text: str, history: Sequence[HistoryItem] | None = None, *, use_embeddings: bool = True
) -> Assessment:
    """Risk level and reasons for ``text``, read together with the recent ``history``."""
    normalized = normalize(text)
    lexical = scan(normalized)
    level = Level(lexical.level)
    reasons = list(lexical.reasons)
    recent = user_messages(history)[-HISTORY_WINDOW:]
    earlier = [scan(normalize(message)) for message in recent]

    level = _with_context(level, lexical, earlier, reasons)

    vector = None
    if use_embeddings and text.strip():
        from companion.classifier import predict
        from knowledge.embeddings import embed

        texts = [text] + ([" ".join([*recent[-2:], text])] if recent else [])
        vectors = embed(texts)
        vector = vectors[0]
        dampened = (
            lexical.framed
            or (lexical.means_query and level is not Level.CRISIS)
            or any(r.startswith(DAMPENING_REASONS) for r in lexical.reasons)
        )
        for prediction in map(predict, vectors):
            found = Level(prediction.level)
            if (dampened or len(text.split()) < MIN_WORDS_FOR_EMBEDDING_CRISIS) and (
                found is Level.CRISIS
            ):
                found = Level.CONCERN
            if lexical.framed and not lexical.distress:
                found = level
            if found.rank > level.rank:
                level = found
                reasons.append(f"similar to: {prediction.nearest!r}")
    if level is Level.NONE and not reasons:
        reasons.append("no risk signs")
    return Assessment(
        level=level,
        reasons=tuple(dict.fromkeys(reasons)),
        scope=check_scope(normalized),
        third_party=lexical.third_party,
        vector=vector,
    )


def _with_context(
    level: Level, lexical: LexicalResult, earlier: list[LexicalResult], reasons: list[str]
) -> Level:
    if level is Level.CRISIS or not earlier:
        return level
    earlier_distress = any(r.distress or r.level != "none" for r in earlier)
    if (lexical.means_query or lexical.method_request) and earlier_distress:
        reasons.append("question about means after distress earlier in the conversation")
        return Level.CRISIS
    if any(r.level == "crisis" for r in earlier[-2:]):
        reasons.append("crisis earlier in this conversation")
        return Level.CONCERN if lexical.settling else Level.CRISIS
    if level is Level.NONE and any(r.distress or r.level != "none" for r in earlier[-2:]):
        reasons.append("distress earlier in this conversation")
        return Level.CONCERN
    return level
