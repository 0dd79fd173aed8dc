"""Content-warning and method-detail vocabulary for shared stories.

Part of the one safety vocabulary: story review uses it to suggest warnings and to flag
sentences that safe-messaging guidelines say to remove (means, amounts, places).
"""

from __future__ import annotations

import re

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

_WARNINGS = {
    key: re.compile(rf"\b(?:{pattern})", re.IGNORECASE) for key, pattern in WARNING_PATTERNS.items()
}
_METHODS = [re.compile(pattern, re.IGNORECASE) for pattern in METHOD_PATTERNS]
_SENTENCES = re.compile(r"(?<=[.!?])\s+|\n+")


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
