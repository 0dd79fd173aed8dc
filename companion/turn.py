"""What one companion turn knows as it flows through the chain (compose and respond read it)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from companion.conversation import Conversation
from companion.moves import Move, Reading
from knowledge.resources import replies


@dataclass
class Turn:
    """Everything one companion turn knows as it flows through the chain."""

    message: str
    country: str = "US"
    near: str | None = None
    conversation: Conversation = field(default_factory=Conversation)
    has_plan: bool = False
    assessment: Any = None
    reading: Reading = field(default_factory=lambda: Reading(Move.NONE))
    intent: replies.Intent = replies.FALLBACK
    stories: list[Any] = field(default_factory=list)
    listings: list[Any] = field(default_factory=list)
    text: str = ""
    source: str = ""
    check_in: bool = False
    guard_problems: list[str] = field(default_factory=list)
    routes: list[Any] = field(default_factory=list)

    @property
    def history(self) -> list[dict[str, str]]:
        return self.conversation.transcript()
