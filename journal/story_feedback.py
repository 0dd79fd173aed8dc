"""A reader's story ratings and the topics they asked not to see, kept in their journal.

One sealed record per person (``journal_story_feedback``, like the safety plan): the
database shows that a person has given feedback, never which stories, what they answered or
which topics they avoid. The record is padded so its length hints little about how many
stories were rated. It travels in the JSON export and comes back with
``feedback_from_export``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from journal.errors import BadImportFile, InvalidEntry
from journal.imports import kindred_export_document
from knowledge.stories.feedback import InvalidRatingError, StoryRating
from knowledge.taxonomy import TOPICS

MAX_RATINGS = 5000
# Sealed records are padded to a multiple of this many bytes (about 40 ratings a step).
PADDED_BYTES = 2048


@dataclass(frozen=True)
class StoryFeedback:
    """story id -> the reader's rating, and the topics they never want shown."""

    ratings: Mapping[str, StoryRating] = field(default_factory=dict)
    avoid_topics: tuple[str, ...] = ()

    def preferences(self) -> dict[str, float]:
        """story id -> -1..1, for the recommender (``knowledge.stories.for_you``)."""
        return {sid: rating.preference() for sid, rating in self.ratings.items()}

    def rated(self, rating: StoryRating) -> StoryFeedback:
        """With this rating added or replacing the earlier one (an empty one removes it)."""
        valid = rating.validated()
        ratings = {sid: r for sid, r in self.ratings.items() if sid != valid.story_id}
        if not valid.is_empty:
            ratings[valid.story_id] = valid
        return replace(self, ratings=ratings).validated()

    def merged(self, restored: StoryFeedback) -> StoryFeedback:
        """With a restored copy's ratings (they win for the same story) and avoided topics
        added: restoring the same export twice changes nothing the second time."""
        return StoryFeedback(
            {**self.ratings, **restored.ratings}, (*self.avoid_topics, *restored.avoid_topics)
        ).validated()

    def avoiding(self, topics: Iterable[str]) -> StoryFeedback:
        return replace(self, avoid_topics=tuple(topics)).validated()

    def validated(self) -> StoryFeedback:
        unknown = [topic for topic in self.avoid_topics if topic not in TOPICS]
        if unknown:
            raise InvalidEntry(f"Unknown topics to avoid: {unknown}")
        if len(self.ratings) > MAX_RATINGS:
            raise InvalidEntry(f"At most {MAX_RATINGS} story ratings can be kept.")
        try:
            ratings = {sid: r.validated() for sid, r in self.ratings.items()}
        except InvalidRatingError as error:
            raise InvalidEntry(str(error)) from error
        if any(sid != rating.story_id for sid, rating in ratings.items()):
            raise InvalidEntry("A story rating is filed under another story's id.")
        return StoryFeedback(ratings, tuple(dict.fromkeys(self.avoid_topics)))

    def to_record(self) -> dict[str, Any]:
        return {
            "ratings": [rating.to_record() for rating in self.ratings.values()],
            "avoid_topics": list(self.avoid_topics),
        }

    @classmethod
    def from_record(cls, record: Any) -> StoryFeedback:
        if not isinstance(record, Mapping):
            raise InvalidEntry("The story feedback must be an object.")
        rows = record.get("ratings", [])
        topics = record.get("avoid_topics", [])
        if not isinstance(rows, list) or not isinstance(topics, list):
            raise InvalidEntry("The story feedback's ratings and topics must be lists.")
        if len(rows) > MAX_RATINGS:
            raise InvalidEntry(f"At most {MAX_RATINGS} story ratings can be kept.")
        try:
            ratings = [StoryRating.from_record(row) for row in rows]
        except InvalidRatingError as error:
            raise InvalidEntry(str(error)) from error
        return cls({r.story_id: r for r in ratings}, tuple(str(t) for t in topics)).validated()


NO_FEEDBACK = StoryFeedback()


def feedback_from_export(data: bytes) -> StoryFeedback | None:
    """The story feedback in a Kindred JSON export (None when the export has none)."""
    record = kindred_export_document(data).get("story_feedback")
    if record is None:
        return None
    try:
        return StoryFeedback.from_record(record)
    except InvalidEntry as error:
        raise BadImportFile(f"The story ratings in this file can't be read: {error}") from error
