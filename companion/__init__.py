"""The guarded companion: listens, never plays therapist, always routes to people.

``build_companion()`` gives the default offline companion; pass ``settings`` with an LLM,
or a ``chat_model_factory`` (tests pass LangChain's fake chat models), to draft with a model.
``Companion.reply(message, conversation=...)`` continues a ``Conversation`` the caller keeps
(the page keeps one in session state); ``reply(message, history=[{"role", "content"}...])``
rebuilds the same conversation from a transcript, with the same risk state and safety.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from companion.chain import build_turn_chain
from companion.conversation import Conversation, RiskState
from companion.responder import (
    ChatModelResponder,
    CuratedResponder,
    Turn,
    make_chat_model,
    story_title,
)
from companion.routing import Route, pinned_routes
from knowledge.safety import Assessment, Level, assess
from settings import Settings

__all__ = [
    "Assessment",
    "Companion",
    "Conversation",
    "Level",
    "Reply",
    "RiskState",
    "Route",
    "assess",
    "build_companion",
]

STORY_COUNT = 1
GROUP_RADIUS_KM = 25


@dataclass(frozen=True)
class Reply:
    """One reply. ``level`` is this message's, ``state`` the conversation's after it;
    ``pinned`` are the routes to keep in view above the chat input from now on."""

    text: str
    level: Level
    routes: tuple[Route, ...]
    reasons: tuple[str, ...] = ()
    scope: str = "none"
    source: str = ""
    stories: tuple[str, ...] = ()
    state: RiskState = field(default_factory=RiskState)
    pinned: tuple[Route, ...] = ()
    move: str = "none"
    language: str = "en"

    @property
    def is_crisis(self) -> bool:
        return self.level is Level.CRISIS


class Companion:
    """One companion per app process; it keeps no conversation state of its own."""

    def __init__(
        self,
        settings: Settings,
        library: Any = None,
        directory: Any = None,
        chat_model: Any = None,
        open_defaults: bool = True,
    ) -> None:
        self.settings = settings
        self._library = library
        self._directory = directory
        self._open_defaults = open_defaults
        curated = CuratedResponder()
        responder = ChatModelResponder(chat_model) if chat_model is not None else curated
        self.uses_model = chat_model is not None
        self.chain = build_turn_chain(responder, curated, self._stories, self._listings)

    def reply(
        self,
        message: str,
        country: str = "US",
        near: str | None = None,
        history: Sequence[Any] | None = None,
        *,
        conversation: Conversation | None = None,
        has_plan: bool = False,
    ) -> Reply:
        """Answer ``message``; ``conversation`` (kept by the caller) is moved on by one turn.

        Without ``conversation``, the earlier turns come from ``history`` (role/content
        pairs or the person's messages as strings) and are rebuilt into one.
        """
        if conversation is None:
            conversation = Conversation.from_history(history)
        turn = self.chain.invoke(
            Turn(
                message=message,
                country=country,
                near=near,
                conversation=conversation,
                has_plan=has_plan,
            )
        )
        state = conversation.record(message, turn.assessment, turn.text, turn.source)
        return Reply(
            text=turn.text,
            level=turn.assessment.level,
            routes=tuple(turn.routes),
            reasons=turn.assessment.reasons,
            scope=turn.assessment.scope.value,
            source=turn.source,
            stories=tuple(map(story_title, turn.stories)),
            state=state,
            pinned=tuple(pinned_routes(state, country)),
            move=turn.reading.move.value,
            language=turn.assessment.language,
        )

    def _stories(self, turn: Turn) -> list[Any]:
        library = self._library
        if library is None and self._open_defaults:
            from knowledge.stories import open_library

            library = self._library = open_library(self.settings)
        if library is None:
            return []
        vector = turn.assessment.vector if turn.assessment is not None else None
        if vector is not None and hasattr(library, "search_vector"):
            # The message is already embedded by the risk check: reuse it, warnings excluded.
            from knowledge.stories import StoryFilter

            return list(library.search_vector(vector, STORY_COUNT, StoryFilter()))
        return list(library.search(turn.message, k=STORY_COUNT))

    def _listings(self, turn: Turn) -> list[Any]:
        if not turn.near:
            return []
        directory = self._directory
        if directory is None and self._open_defaults:
            from knowledge.directory import open_directory

            directory = self._directory = open_directory(self.settings)
        if directory is None:
            return []
        return list(
            directory.find(turn.near, radius_km=GROUP_RADIUS_KM, country=turn.country, limit=3)
        )


def build_companion(
    settings: Settings | None = None,
    *,
    library: Any = None,
    directory: Any = None,
    chat_model_factory: Callable[[Settings], Any] | None = None,
    open_defaults: bool = True,
) -> Companion:
    """The companion for these settings: offline curated replies unless an LLM is set.

    ``library`` and ``directory`` are optional objects with ``search`` / ``find``; by default
    the real ones are opened on first use, and replies still carry routes if they fail.
    """
    settings = settings or Settings.from_env()
    factory = chat_model_factory or make_chat_model
    chat_model = factory(settings) if (settings.llm or chat_model_factory) else None
    return Companion(settings, library, directory, chat_model, open_defaults)
