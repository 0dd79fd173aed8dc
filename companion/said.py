"""What a message says, read once per turn: the thing named, the kind of question, and
whether the person greeted, asked a question or asked earlier to be heard without advice."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from companion.moves import GREETING_OPENER, asked_to_listen
from companion.practical import Kind, practical_kind
from companion.topics import topic_phrase
from knowledge.safety.lexicon_es import normalize_es
from knowledge.safety.normalize import normalize

if TYPE_CHECKING:
    from companion.turn import Turn


@dataclass(frozen=True)
class Said:
    topic: str
    kind: Kind | None
    question: bool
    greeted: bool
    listen_only: bool
    spanish: bool

    @classmethod
    def read(cls, turn: Turn) -> Said:
        spanish = turn.assessment is not None and turn.assessment.language == "es"
        normal = normalize_es if spanish else normalize
        normalized = normal(turn.message)
        earlier = turn.conversation.messages()[-6:]
        topic = turn.reading.topic or topic_phrase(turn.message, "es" if spanish else "en")
        return cls(
            topic=topic,
            kind=practical_kind(normalized),
            question="?" in turn.message or turn.reading.move.value == "practical",
            greeted=bool(GREETING_OPENER.search(normalized)),
            listen_only=any(asked_to_listen(normal(m)) for m in [*earlier, turn.message]),
            spanish=spanish,
        )
