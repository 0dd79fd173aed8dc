"""The optional questions a reader may answer after a story, and what an answer is worth.

The questions follow the NEON programme's feedback in spirit (docs/stories.md, "Feedback"
cites the sources): how close the story felt (connection), whether it left the reader more
or less hopeful (hopefulness), and whether they want more like it (the preference NEON's
recommender used). The wording is Kindred's own. Every question may be skipped.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

MAX_STORY_ID_CHARS = 200

# question key -> (question, ((answer label, value), ...)); values run -1..1, best first.
QUESTIONS: dict[str, tuple[str, tuple[tuple[str, int], ...]]] = {
    "relevant": (
        "Did this story feel close to what you're going through?",
        (("Yes", 1), ("A little", 0), ("Not really", -1)),
    ),
    "hopeful": (
        "How did it leave you feeling about your own recovery?",
        (("More hopeful", 1), ("About the same", 0), ("Less hopeful", -1)),
    ),
    "more_like_this": (
        "Would you like more stories like this?",
        (("Yes", 1), ("Not sure", 0), ("No", -1)),
    ),
}
# "More like this" is the reader's own answer to what they want next, so it counts double.
WEIGHTS: dict[str, float] = {"relevant": 1.0, "hopeful": 1.0, "more_like_this": 2.0}


class InvalidRatingError(ValueError):
    """A rating that cannot be kept: unknown story id form or an answer out of range."""


@dataclass(frozen=True)
class StoryRating:
    """One reader's answers about one story; ``None`` is a skipped question."""

    story_id: str
    relevant: int | None = None
    hopeful: int | None = None
    more_like_this: int | None = None

    def answers(self) -> dict[str, int]:
        return {key: value for key in QUESTIONS if (value := getattr(self, key)) is not None}

    @property
    def is_empty(self) -> bool:
        return not self.answers()

    def preference(self) -> float:
        """-1 (show me less like this) .. 1 (more like this); 0 when nothing was answered."""
        answers = self.answers()
        if not answers:
            return 0.0
        total = sum(WEIGHTS[key] * value for key, value in answers.items())
        return total / sum(WEIGHTS[key] for key in answers)

    def validated(self) -> StoryRating:
        story_id = str(self.story_id).strip()
        if not story_id or len(story_id) > MAX_STORY_ID_CHARS:
            raise InvalidRatingError("A rating needs the id of the story it is about.")
        for key, value in self.answers().items():
            if isinstance(value, bool) or value not in (-1, 0, 1):
                raise InvalidRatingError(f"{key}: the answer must be -1, 0 or 1.")
        return StoryRating(story_id, self.relevant, self.hopeful, self.more_like_this)

    def to_record(self) -> dict[str, Any]:
        return {"story_id": self.story_id, **self.answers()}

    @classmethod
    def from_record(cls, record: Mapping[str, Any]) -> StoryRating:
        if not isinstance(record, Mapping):
            raise InvalidRatingError("A rating must be an object.")
        unknown = set(record) - {"story_id", *QUESTIONS}
        if unknown:
            raise InvalidRatingError(f"Unknown fields in a rating: {sorted(unknown)}")
        return cls(
            story_id=str(record.get("story_id", "")),
            relevant=record.get("relevant"),
            hopeful=record.get("hopeful"),
            more_like_this=record.get("more_like_this"),
        ).validated()


def answer_label(question: str, value: int) -> str:
    """The label shown for a stored answer (e.g. ``hopeful``, 1 -> "More hopeful")."""
    return next(text for text, option in QUESTIONS[question][1] if option == value)
