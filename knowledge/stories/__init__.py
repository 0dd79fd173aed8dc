"""Peer recovery stories: schema, passage index in Chroma, search by meaning, sharing.

from knowledge.stories import open_library
library = open_library()
hits = library.search("i keep checking the door is locked", k=5)
"""

from knowledge.stories.corpus import load_shipped, open_library, prepare_sample_data
from knowledge.stories.filters import StoryFilter
from knowledge.stories.library import StoryHit, StoryLibrary
from knowledge.stories.moderators import ModerationLockedError, moderation_enabled, verify_moderator
from knowledge.stories.review import Review, review_story
from knowledge.stories.schema import (
    COMMUNITIES,
    CONTENT_WARNINGS,
    STAGES,
    TOPICS,
    WHAT_HELPED,
    Story,
    label,
)

__all__ = [
    "COMMUNITIES",
    "CONTENT_WARNINGS",
    "STAGES",
    "TOPICS",
    "WHAT_HELPED",
    "ModerationLockedError",
    "Review",
    "Story",
    "StoryFilter",
    "StoryHit",
    "StoryLibrary",
    "label",
    "load_shipped",
    "moderation_enabled",
    "open_library",
    "prepare_sample_data",
    "review_story",
    "verify_moderator",
]
