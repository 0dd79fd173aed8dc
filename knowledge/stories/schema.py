"""The story schema: one pydantic model and the fixed vocabularies it draws from.

The vocabularies are the taxonomy of the seed corpus (docs/stories.md); a story outside it is
rejected with a message that names the field and the allowed values.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
)

from knowledge.taxonomy import TOPICS
from safe_files import UnreadableFile, load_json

MAX_FILE_BYTES = 50 * 1024 * 1024  # thousands of stories; the shipped corpus is under 1 MB
MAX_LINE_CHARS = 200_000  # a story's body is at most 20,000 characters

STAGES: tuple[str, ...] = ("starting-out", "working-through", "steady", "giving-back")
WHAT_HELPED: tuple[str, ...] = (
    "peer-group",
    "peer-specialist",
    "therapy",
    "medication",
    "family",
    "friends",
    "faith",
    "creative-outlet",
    "exercise",
    "nature",
    "routine",
    "online-community",
    "warmline",
    "crisis-line",
    "hospital-care",
    "pets",
    "volunteering",
    "work-or-study",
    "self-help-reading",
    "mindfulness",
)
COMMUNITIES: tuple[str, ...] = (
    "lgbtq",
    "bipoc",
    "veterans",
    "youth",
    "older-adults",
    "parents",
    "immigrants",
    "disability",
    "deaf",
    "rural",
    "faith",
    "students",
    "women",
    "men",
    "indigenous",
)
CONTENT_WARNINGS: tuple[str, ...] = (
    "suicide",
    "self-harm",
    "substance-use",
    "abuse",
    "eating",
    "hospitalization",
)
# The list fields of a story and the values each may take.
VOCABULARIES: dict[str, tuple[str, ...]] = {
    "topics": TOPICS,
    "what_helped": WHAT_HELPED,
    "communities": COMMUNITIES,
    "content_warnings": CONTENT_WARNINGS,
}

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
Stage = Literal["starting-out", "working-through", "steady", "giving-back"]


def label(value: str) -> str:
    """A vocabulary value as people read it: 'work-burnout' -> 'Work burnout'."""
    words = value.replace("-", " ")
    return words[:1].upper() + words[1:]


def _check_all(values: list[str], allowed: tuple[str, ...], field: str) -> list[str]:
    unknown = [v for v in values if v not in allowed]
    if unknown:
        raise ValueError(f"unknown {field} {unknown}; allowed: {', '.join(allowed)}")
    # Keep the order (the first topic is the main one) but drop repeats.
    return list(dict.fromkeys(values))


class Story(BaseModel):
    """A recovery story as it is shown and indexed."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Annotated[str, Field(min_length=3, max_length=80)]
    title: Annotated[str, Field(min_length=3, max_length=120)]
    body: Annotated[str, Field(min_length=40, max_length=20_000)]
    topics: Annotated[list[str], Field(min_length=1, max_length=3)]
    stage: Stage
    what_helped: Annotated[list[str], Field(min_length=1, max_length=4)]
    communities: Annotated[list[str], Field(max_length=3)] = []
    language: str = "en"
    content_warnings: list[str] = []
    composite: bool = True

    @field_validator("id")
    @classmethod
    def _slug(cls, value: str) -> str:
        if not _SLUG.match(value):
            raise ValueError("id must be a lowercase slug: a-z, 0-9 and single hyphens")
        return value

    @field_validator("title", "body")
    @classmethod
    def _stripped(cls, value: str) -> str:
        value = value.strip()
        if not value:
            raise ValueError("must not be blank")
        return value

    @field_validator(*VOCABULARIES)
    @classmethod
    def _in_vocabulary(cls, value: list[str], info: ValidationInfo) -> list[str]:
        return _check_all(value, VOCABULARIES[info.field_name], info.field_name)

    @property
    def main_topic(self) -> str:
        return self.topics[0]

    @property
    def paragraphs(self) -> list[str]:
        return [p.strip() for p in self.body.split("\n\n") if p.strip()]


class RowError(ValueError):
    """One bad line of a JSONL file, with its 1-based row number."""

    def __init__(self, row: int, message: str) -> None:
        super().__init__(f"row {row}: {message}")
        self.row = row
        self.message = message


def _describe(error: ValidationError) -> str:
    parts = []
    for item in error.errors():
        where = ".".join(str(p) for p in item["loc"]) or "story"
        parts.append(f"{where}: {item['msg'].removeprefix('Value error, ')}")
    return "; ".join(parts)


def parse_row(line: str, row: int) -> Story:
    """Parse one JSONL line into a Story, or raise RowError saying what is wrong.

    The line's length and nesting are bounded before it is parsed; NULs are dropped.
    """
    if len(line) > MAX_LINE_CHARS:
        raise RowError(row, f"longer than {MAX_LINE_CHARS:,} characters, far more than a story")
    try:
        data = load_json(line)
    except json.JSONDecodeError as exc:
        raise RowError(row, f"not valid JSON ({exc.msg} at column {exc.colno})") from None
    except UnreadableFile as exc:
        raise RowError(row, f"not a story: {exc}") from None
    if not isinstance(data, dict):
        raise RowError(row, "expected a JSON object")
    try:
        return Story.model_validate(data)
    except ValidationError as exc:
        raise RowError(row, _describe(exc)) from None


def read_jsonl(path: Path) -> Iterator[Story | RowError]:
    """Every non-blank row of a JSONL file, as a Story or the RowError explaining it.

    Raises ``UnreadableFile`` before reading a file over ``MAX_FILE_BYTES``.
    """
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise UnreadableFile(
            f"{path.name} is {size / 1_048_576:.0f} MB; a story file may be at most "
            f"{MAX_FILE_BYTES // 1_048_576} MB (split it)"
        )
    with path.open(encoding="utf-8") as handle:
        for row, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                yield parse_row(line, row)
            except RowError as error:
                yield error
