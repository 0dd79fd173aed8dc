"""Safety review of a shared story before a moderator reads it.

Two findings: content warnings the story probably needs (suicide, self-harm, substance use,
abuse, eating, hospitalization) and sentences that may give method details (means, amounts,
places), which safe-messaging guidelines say to remove. Both are suggestions for the
moderator; nothing is removed automatically. When the companion's safety check is installed
its risk level is added, so a story written from inside a crisis is noticed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

WARNING_PATTERNS: dict[str, str] = {
    "suicide": (
        r"suicid\w*|kill(?:ed|ing)? myself|end(?:ed|ing)? (?:my life|it all|things)|"
        r"take my (?:own )?life|took my (?:own )?life|want(?:ed)? to die|better off dead|"
        r"didn'?t want to (?:be alive|live|wake up)|not (?:be|being) here anymore|"
        r"no reason to live|ending my life"
    ),
    "self-harm": (
        r"self[- ]?harm\w*|self[- ]?injur\w*|cut(?:ting)? myself|hurt(?:ing)? myself|"
        r"burn(?:ed|ing|t)? myself|harm(?:ing|ed)? myself|scars? on my (?:arms?|legs?|wrists?)"
    ),
    "substance-use": (
        r"alcohol\w*|drunk|drinking|sober\w*|sobriety|relaps\w*|cocaine|heroin|\bmeth\b|"
        r"opioid\w*|fentanyl|cannabis|\bweed\b|addict\w*|overdos\w*|rehab\b|detox|"
        r"\bAA\b|\bNA\b meetings?|using again|hangover"
    ),
    "abuse": (
        r"abus(?:e|ed|ive|er)\w*|assault\w*|\brap(?:e|ed|ist)\b|molest\w*|"
        r"domestic violence|coerci\w*|hit me|beat me|grooming|trafficked"
    ),
    "eating": (
        r"anorexi\w*|bulimi\w*|binge\w*|purg(?:e|ed|ing)|eating disorder|starv(?:e|ed|ing)|"
        r"calorie\w*|restrict(?:ed|ing)? (?:food|eating)|weigh(?:ed|ing) myself|"
        r"skipp(?:ed|ing) meals"
    ),
    "hospitalization": (
        r"hospitali[sz]\w*|admitted|\bward\b|in (?:the )?hospital|sectioned|psych(?:iatric)? (?:unit|ward|hospital)|"
        r"inpatient|involuntary|5150|committed to|locked unit|A&E|emergency room"
    ),
}

# Means, amounts and places: any of these in a story needs a moderator's eye.
METHOD_PATTERNS: tuple[str, ...] = (
    r"\b\d+\s*(?:mg|milligrams?|mcg|grams?|g|ml|pills?|tablets?|capsules?|tabs)\b",
    r"\b(?:whole|entire|full) (?:bottle|packet|pack|box|strip)s?\b",
    r"\b(?:noose|rope|ligature|hang(?:ed|ing)? (?:myself|himself|herself|themselves))\b",
    r"\bjump(?:ed|ing)? (?:off|from|in front of)\b",
    r"\b(?:bridge|ledge|rooftop|train tracks|railway line|cliff)\b",
    r"\b(?:razor|blade|knife|scissors|lighter|gun|firearm|pistol|rifle|bleach|antifreeze)s?\b",
    r"\b(?:carbon monoxide|exhaust fumes|gas oven)\b",
    r"\b(?:overdos(?:e|ed|ing)|OD'?d) on\b",
    r"\b(?:swallow(?:ed|ing)|took|taking) (?:all|a handful|handfuls|the rest) of\b",
    r"\b(?:laxatives?|diuretics?|diet pills|made myself (?:sick|throw up|vomit)|"
    r"fingers? down my throat)\b",
    r"\b(?:how deep|how many (?:pills|tablets)|lethal|fatal dose)\b",
)

_SENTENCES = re.compile(r"(?<=[.!?])\s+|\n+")
_WARNINGS = {
    key: re.compile(rf"\b(?:{pattern})", re.IGNORECASE) for key, pattern in WARNING_PATTERNS.items()
}
_METHODS = [re.compile(pattern, re.IGNORECASE) for pattern in METHOD_PATTERNS]


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


def suggest_warnings(text: str) -> list[str]:
    """Content warnings whose words appear in the text, in the schema's order."""
    return [key for key, pattern in _WARNINGS.items() if pattern.search(text)]


def method_sentences(text: str) -> list[str]:
    """Sentences that may describe means, amounts or places of harm."""
    return [
        sentence.strip()
        for sentence in _SENTENCES.split(text)
        if sentence.strip() and any(p.search(sentence) for p in _METHODS)
    ]


def _risk(text: str) -> tuple[str, tuple[str, ...]]:
    try:
        from companion.safety import assess
    except ImportError:  # the companion is an optional part of a deployment
        return "unknown", ()
    assessment = assess(text)
    return str(assessment.level), tuple(assessment.reasons)


def review_story(text: str, use_safety_check: bool = True) -> Review:
    """Suggested warnings and flagged sentences for one submission."""
    warnings = suggest_warnings(text)
    level, reasons = _risk(text) if use_safety_check else ("unknown", ())
    # Only a crisis rating adds a warning: "concern" is also given to everyday tiredness and
    # grief, and a needless suicide warning would hide a story from default search.
    if level == "crisis" and not {"suicide", "self-harm"} & set(warnings):
        # The safety check heard risk the keyword list missed: warn rather than surprise.
        warnings.insert(0, "suicide")
    return Review(tuple(warnings), tuple(method_sentences(text)), level, reasons)
