"""The verified help lines' numbers and name words, which the scrubber never hides: a public
service is not a person, an address or a private phone ("call Samaritans on 116 123")."""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=1)
def public_lines() -> tuple[frozenset[str], frozenset[str]]:
    """Digits and name words of the verified help lines: public services, never a person."""
    from knowledge.resources import crisis_lines, supported_countries

    digits, words = set(), set()
    for country in supported_countries():
        for line in crisis_lines(country):
            number = re.sub(r"\D", "", line.phone)
            if number:
                digits.add(number)
            words.update(re.findall(r"[A-Z][\w'’-]+", line.name))
    return frozenset(digits), frozenset(words)
