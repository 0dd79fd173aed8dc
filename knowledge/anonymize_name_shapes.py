"""Names the word-by-word name rules cannot see, for the scrubber.

- **A given name and a family name together** ("Sofia Lima", "Florence Baker", "Georgia
  Rivers", "Hope Castillo"): alone, each word may be a city or an everyday word, so the
  given-name rule leaves it to spaCy; side by side, a given name from Faker's lists of 86
  locales followed by a family name from the same lists is a person. Street and place kinds
  ("Victoria Park", "Hope Street"), months and days are not family names here.
- **Names in scripts without capitals** inside a story written in Latin letters ("I never
  thanked خاشعة دغمش", "Ask 陽子", "कविता ओक"): no capital marks them, but Faker's name lists
  carry them in their own script; a word in those lists is a name, and the words of the same
  script right after it are the rest of the name. A Chinese or Korean name written as one word
  ("邱美珠", "성현우") starts with a family name from the same lists.
"""

from __future__ import annotations

from functools import lru_cache

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from knowledge.anonymize_names import (
    common_words,
    every_family_name,
    every_given_name,
    function_word_opening,
    place_by_context,
    without_case,
)

_CALENDAR_WORDS = """
    January February March April May June July August September October November December
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday Christmas Easter Day Night Morning
"""
# Family names in Faker's lists that name a building, an institution or an idea after a given
# name more often than a person ("Grace Church", "Will Power", "Victoria Cross").
_NOT_FAMILY_WORDS = """
    Church Chapel Power Cross Claus House Hall Love Story Ward Field Fields King Queen Hope
    Faith Mercy Glory Angel Saint Christ Trust Fund Bank Group Club Team
"""
_CALENDAR = frozenset(_CALENDAR_WORDS.split())
_NEVER_FAMILY = _CALENDAR | frozenset(_NOT_FAMILY_WORDS.split())


@lru_cache(maxsize=1)
def _caseless_names() -> tuple[frozenset[str], frozenset[str]]:
    """Given and family names of Faker's lists in scripts without capitals, short ones too
    (Chinese family names are one character)."""
    given = frozenset(n for n in every_given_name(1) if without_case(n))
    family = frozenset(n for n in every_family_name(1) if without_case(n))
    return given, family


def _one_word_full_name(word: str, family: frozenset[str]) -> bool:
    """ "邱美珠", "성현우": a family name of one or two characters, then one or two more."""
    return 2 <= len(word) <= 4 and any(
        word[:n] in family and 1 <= len(word) - n <= 2 for n in (1, 2)
    )


class NameShapeRecognizer(EntityRecognizer):
    """Given + family name pairs that are words or places alone, and names in caseless scripts."""

    def __init__(self, not_family: frozenset[str] = frozenset()) -> None:
        self.not_family = _NEVER_FAMILY | not_family
        self.given: frozenset[str] = frozenset()
        self.family: frozenset[str] = frozenset()
        self.caseless_given: frozenset[str] = frozenset()
        self.caseless_family: frozenset[str] = frozenset()
        self.common: frozenset[str] = frozenset()
        super().__init__(supported_entities=["PERSON"], name="KindredNameShapeRecognizer")

    def load(self) -> None:
        self.given = every_given_name()
        self.family = every_family_name()
        self.caseless_given, self.caseless_family = _caseless_names()
        self.common = common_words()

    def _pair_end(self, token) -> int:
        """Where a given + family name starting at ``token`` ends, or -1."""
        if token.i + 1 >= len(token.doc):
            return -1
        following = token.nbor(1)
        first, second = token.text, following.text
        if not (first.istitle() and second.istitle() and len(first) >= 3 and len(second) >= 3):
            return -1
        # The family name from the lists, or rare ("Parker Suknović"): not an everyday word.
        rare = bool(self.common) and second.lower() not in self.common
        family = second in self.family or (rare and following.pos_ == "PROPN")
        if first not in self.given or not family or second in self.not_family:
            return -1
        if first in _CALENDAR or token.is_stop or function_word_opening(token):
            return -1
        if token.whitespace_ != " " or place_by_context(token):
            return -1  # "moved to Sofia Lima" is not said of a person
        return following.idx + len(second)

    def _caseless_end(self, token) -> int:
        """Where a name in a caseless script starting at ``token`` ends, or -1."""
        word = token.text
        names = self.caseless_given | self.caseless_family
        if not (word in names or _one_word_full_name(word, self.caseless_family)):
            return -1
        end, doc, i = token.idx + len(word), token.doc, token.i + 1
        while i < len(doc) and i <= token.i + 2 and without_case(doc[i].text):
            end = doc[i].idx + len(doc[i].text)
            i += 1
        return end

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if nlp_artifacts is None or nlp_artifacts.tokens is None:
            return []
        # Only inside text written mainly in Latin letters: in an Arabic or Chinese text every
        # word would be caseless and many are also names.
        letters = [ch for ch in text if ch.isalpha()]
        latin = sum(ch.isascii() or "À" <= ch <= "ž" for ch in letters)
        caseless_ok = bool(letters) and latin >= len(letters) / 2
        results = []
        covered_to = -1
        for token in nlp_artifacts.tokens:
            if token.idx < covered_to:
                continue
            end = self._pair_end(token)
            if end < 0 and caseless_ok and without_case(token.text):
                end = self._caseless_end(token)
            if end > 0:
                results.append(RecognizerResult("PERSON", token.idx, end, 0.55))
                covered_to = end
        return results
