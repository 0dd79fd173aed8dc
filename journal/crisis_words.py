"""A small, clear crisis lexicon: used only while the companion's risk check is unavailable.

It errs on the side of showing help: a false alarm shows a gentle card, a miss shows nothing.
"""

from __future__ import annotations

import re

CRISIS_PHRASES: tuple[str, ...] = (
    r"kill(ing)? myself",
    r"end(ing)? (my|it) (life|all)",
    r"end it all",
    r"suicid(e|al)",
    r"take my (own )?life",
    r"want(ed)? to die",
    r"wish i (was|were) dead",
    r"better off dead",
    r"no reason to live",
    r"don'?t want to (live|be alive|be here)",
    r"hurt(ing)? myself",
    r"self[- ]?harm",
    r"cut(ting)? myself",
    r"overdose",
    r"not wake up",
)
_PATTERN = re.compile(r"\b(" + "|".join(CRISIS_PHRASES) + r")", re.IGNORECASE)


def signals_crisis(text: str) -> bool:
    """True when the text holds words that often signal thoughts of suicide or self-harm."""
    normalized = text.replace("’", "'")
    return bool(_PATTERN.search(normalized))
