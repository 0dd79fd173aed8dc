"""What a message says, read once per turn: the thing named, the kind of question, and
whether the person greeted, asked a question or asked earlier to be heard without advice."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from companion.moves import GREETING_OPENER, ROUTE_WORDS, Move, asked_to_listen
from companion.practical import ABOUT_HELP, Kind, practical_kind
from companion.topics import topic_phrase
from knowledge.safety.lexicon_es import normalize_es
from knowledge.safety.normalize import normalize

if TYPE_CHECKING:
    from companion.turn import Turn


# A question typed without a question mark: "anyway what should I cook tonight".
ASKS = re.compile(
    r"(^|[.!,;:]\s*|\b(anyway|anyways|so|ok|okay|and|but|also|btw|jk)\s+)((what|how|where|which|who|when|why) (should|could|can|do|does|did|is|are|would|will|to)|should i|could i|can i|do you|any (tips|ideas|advice|suggestions|recommendations))\b"
)

# Moves that, naming nothing themselves, are about what was said just before.
CARRIES_TOPIC = (Move.THANKS, Move.GOOD_NEWS)


@dataclass(frozen=True)
class Said:
    topic: str
    kind: Kind | None
    question: bool
    greeted: bool
    listen_only: bool
    spanish: bool

    @property
    def everyday_kind(self) -> Kind | None:
        """The kind of everyday practical question, not one about getting help in a crisis."""
        return None if self.kind in ABOUT_HELP else self.kind

    @classmethod
    def read(cls, turn: Turn) -> Said:
        spanish = turn.assessment is not None and turn.assessment.language == "es"
        normal = normalize_es if spanish else normalize
        normalized = normal(turn.message)
        earlier = turn.conversation.messages()[-6:]
        language = "es" if spanish else "en"
        topic = turn.reading.topic or topic_phrase(turn.message, language)
        if turn.reading.declined and ROUTE_WORDS.search(topic.lower()):
            topic = ""  # "no more hotlines from me", not "say more about the hotline"
        if not topic and turn.reading.move in CARRIES_TOPIC and earlier:
            topic = topic_phrase(earlier[-1], language)  # "thanks!" after the basil question
        return cls(
            topic=topic,
            kind=practical_kind(normalized),
            question=asks_a_question(turn, normalized, spanish),
            greeted=bool(GREETING_OPENER.search(normalized)),
            listen_only=any(asked_to_listen(normal(m)) for m in [*earlier, turn.message]),
            spanish=spanish,
        )


def held_for_the_plain_question(turn: Turn, said: Said) -> bool:
    """A question the conversation holds while it asks plainly about ending one's life (the
    classifier alone read a crisis): not answered, since a timetable, a dose or a height may
    be a means question."""
    return said.question and turn.assessment is not None and turn.assessment.asked_about


def asks_a_question(turn: Turn, normalized: str, spanish: bool) -> bool:
    """A question mark, a practical ask, or a question typed without a mark."""
    return (
        "?" in turn.message
        or turn.reading.move.value == "practical"
        or (not spanish and bool(ASKS.search(normalized)))
    )
