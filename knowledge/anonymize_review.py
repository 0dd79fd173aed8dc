"""What the scrubber changed, in a form a page can show: for the writer and for the moderator.

The writer sees their own words with every replacement marked (the original struck through,
the placeholder after it) and a plain list of each change, so a screen reader and a colour-blind
reader get the same information as anyone. The moderator never sees the original (only the
anonymized text is stored), so ``placeholder_spans`` finds the placeholders in it to mark them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from knowledge.anonymize import PLACEHOLDERS, Entity, ScrubResult, scrub

_PLACEHOLDER = re.compile(
    "|".join(re.escape(p) for p in sorted(set(PLACEHOLDERS.values()), key=len, reverse=True))
)


_PLURALS = {
    "address": "addresses",
    "date of birth": "dates of birth",
    "ip address": "ip addresses",
}


@dataclass(frozen=True)
class Segment:
    """A run of text: unchanged (``entity`` is None) or one replaced detail."""

    text: str
    entity: Entity | None = None


def scrub_fields(fields: Mapping[str, str]) -> dict[str, ScrubResult]:
    """Every free-text field of a story (title, body...) scrubbed exactly like the body."""
    return {name: scrub(value) for name, value in fields.items()}


def segments(original: str, result: ScrubResult) -> Iterator[Segment]:
    """The original text cut into unchanged runs and replaced details, in order."""
    cursor = 0
    for entity in sorted(result.entities, key=lambda e: e.start):
        if entity.start > cursor:
            yield Segment(original[cursor : entity.start])
        yield Segment(original[entity.start : entity.end], entity)
        cursor = entity.end
    if cursor < len(original):
        yield Segment(original[cursor:])


def placeholder_spans(anonymized: str) -> list[tuple[int, int]]:
    """Where the placeholders ("[name]", "[place]"...) stand in an anonymized text."""
    return [match.span() for match in _PLACEHOLDER.finditer(anonymized)]


def summary(anonymized: str) -> str:
    """How many details of each kind were replaced, in words: "2 names, 1 place"."""
    counts = Counter(anonymized[s:e].strip("[]") for s, e in placeholder_spans(anonymized))
    parts = []
    for kind, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        parts.append(f"{count} {kind if count == 1 else _PLURALS.get(kind, kind + 's')}")
    return ", ".join(parts)
