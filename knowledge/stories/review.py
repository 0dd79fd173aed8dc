"""Safety review of a shared story before a moderator reads it.

Three findings: content warnings the story probably needs (suicide, self-harm, substance use,
abuse, eating, hospitalization), sentences that may give method details (means, amounts,
places), which safe-messaging guidelines say to remove, and the risk level of the text, so a
story written from inside a crisis is noticed. All are suggestions for the moderator;
nothing is removed automatically. The vocabulary lives in ``knowledge.safety``.
"""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.safety import assess
from knowledge.safety.content import method_sentences, suggest_warnings

__all__ = ["Review", "method_sentences", "review_story", "suggest_warnings"]


@dataclass(frozen=True)
class Review:
    """What the automatic review suggests to the moderator."""

    warnings: tuple[str, ...]
    method_sentences: tuple[str, ...]
    risk_level: str = "unknown"
    risk_reasons: tuple[str, ...] = ()

    @property
    def flags(self) -> list[str]:
        notes = [f"Possible method detail, remove it: {s}" for s in self.method_sentences]
        if self.risk_level in ("concern", "crisis"):
            why = f" ({', '.join(self.risk_reasons)})" if self.risk_reasons else ""
            notes.append(f"Safety check rated this story '{self.risk_level}'{why}.")
        return notes


def review_story(text: str, use_safety_check: bool = True) -> Review:
    """Suggested warnings and flagged sentences for one submission."""
    warnings = suggest_warnings(text)
    level, reasons = "unknown", ()
    if use_safety_check:
        assessment = assess(text)
        level, reasons = str(assessment.level), tuple(assessment.reasons)
    # Only a crisis rating adds a warning: "concern" is also given to everyday tiredness and
    # grief, and a needless suicide warning would hide a story from default search.
    if level == "crisis" and not {"suicide", "self-harm"} & set(warnings):
        # The safety check heard risk the keyword list missed: warn rather than surprise.
        warnings.insert(0, "suicide")
    return Review(tuple(warnings), tuple(method_sentences(text)), level, reasons)
