"""Split a story into overlapping passages that fit the embedding model.

all-MiniLM-L6-v2 reads at most 256 word pieces (about 180 English words) and silently drops
the rest, so a long story embedded whole would be judged on its first paragraphs only. Windows
of whole sentences, preferring paragraph ends, with a sentence or two of overlap, keep every
part of a story findable and give a readable passage to show.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_WORDS = 180
MIN_WORDS = 110
OVERLAP_WORDS = 35

_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])")


@dataclass(frozen=True)
class _Sentence:
    text: str
    words: int
    ends_paragraph: bool


def _sentences(body: str) -> list[_Sentence]:
    units: list[_Sentence] = []
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", body) if p.strip()]
    for paragraph in paragraphs:
        parts = [s.strip() for s in _SENTENCE_END.split(" ".join(paragraph.split())) if s.strip()]
        for index, part in enumerate(parts):
            units.extend(_split_long(part, ends_paragraph=index == len(parts) - 1))
    return units


def _split_long(sentence: str, ends_paragraph: bool) -> list[_Sentence]:
    """A run-on 'sentence' longer than a window is cut into window-sized pieces."""
    words = sentence.split()
    if len(words) <= MAX_WORDS:
        return [_Sentence(sentence, len(words), ends_paragraph)]
    pieces = [
        words[i : i + MAX_WORDS - OVERLAP_WORDS]
        for i in range(0, len(words), MAX_WORDS - OVERLAP_WORDS)
    ]
    return [
        _Sentence(" ".join(piece), len(piece), ends_paragraph and i == len(pieces) - 1)
        for i, piece in enumerate(pieces)
    ]


def chunk_text(body: str) -> list[str]:
    """The passages of a text: whole sentences, about MIN..MAX words each, overlapping."""
    units = _sentences(body)
    if not units:
        return []
    if sum(u.words for u in units) <= MAX_WORDS:
        return ["\n\n".join(_joined(units))]
    chunks: list[str] = []
    start = 0
    while start < len(units):
        end, words = start, 0
        while end < len(units) and words + units[end].words <= MAX_WORDS:
            words += units[end].words
            end += 1
            if words >= MIN_WORDS and units[end - 1].ends_paragraph:
                break
        end = max(end, start + 1)
        chunks.append("\n\n".join(_joined(units[start:end])))
        if end >= len(units):
            break
        start = _overlap_start(units, start, end)
    return chunks


def _overlap_start(units: list[_Sentence], start: int, end: int) -> int:
    """Step back from `end` by up to OVERLAP_WORDS of sentences, always moving forward."""
    back, words = end, 0
    while back - 1 > start and words + units[back - 1].words <= OVERLAP_WORDS:
        back -= 1
        words += units[back].words
    return back


def _joined(units: list[_Sentence]) -> list[str]:
    """Sentences joined back into their paragraphs."""
    paragraphs: list[str] = []
    current: list[str] = []
    for unit in units:
        current.append(unit.text)
        if unit.ends_paragraph:
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return paragraphs
