"""Streets of any language by their shape, for the scrubber: a rare name and a house number.

Most of the world writes the street's name first and its number after ("Vikkollen 6C",
"Elektrárenská 6", "Востаничка 214", "Avenida Alem N° 848"), often with no street-kind word
an English pattern could key on. What tells "Vikkollen 6" from "Gate 5" or "Chapter 12" is the
word itself: a name rare enough to be absent from the embedding model's 30,000-word
vocabulary, or written in a script without capitals, is a proper name; a number right after a
proper name, at the end of a clause or before a unit ("Apt. 4"), or after "at"/"on"/"to", is a
house number. The scrubber then grows the address over the postcode and town after it.

Also a postcode said after a town or a state code with no cue word ("Aalborg NO 9000",
"in Bjert 6091"): four to six digits after a proper name, not a year.
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from knowledge.anonymize_names import any_names, common_words, given_names, without_case
from knowledge.anonymize_public import public_lines
from knowledge.safety.scope import DRUG_NAMES

# A word of a street name: any letters, dots and hyphens inside ("H.J", "1-ша" is left out).
_WORD = r"[^\W\d_][\w'’.-]*"
# "N° 848", "Nr. 225", "No. 465", "br. 7", "д. 12", "#12": the word for "number" before it.
_NUMBER_WORD = r"(?:(?i:n[°º]|no\.|nr\.|br\.|num\.)|д\.|#)[ \t]*"
_HOUSE_NUMBER = r"\d{1,5}[A-Za-zА-я]?(?:[/-]\d{1,5}[A-Za-z]?)*"
_STREET_AND_NUMBER = re.compile(
    rf"(?<![\w.'’-])(?P<street>{_WORD}(?:[ \t]+{_WORD}){{0,4}}),?[ \t]+(?:{_NUMBER_WORD})?"
    rf"(?P<number>{_HOUSE_NUMBER})(?![\w/:-]|[.,]\d)"
)
# The English order with a street kind no pattern knows, at a line's or a cue's end: "5817
# Stefana Shore\n", "933 Paul Kruger Indlela, George".
_NUMBER_AND_STREET = re.compile(
    rf"(?<![\w.,/:-])(?P<number>\d{{1,5}}[A-Za-z]?)[ \t]+(?P<street>{_WORD}(?:[ \t]+{_WORD}){{0,3}})"
    r"(?=[ \t]*(?:\n|,|$))"
)
_LINE_START = re.compile(r"(?:^|\n)[ \t>*•-]*$")
# What may follow a house number: the end of a clause or line, or a unit, or a postcode.
_AFTER_NUMBER = re.compile(
    r"\.?(?:[ \t]*(?:$|\n|[,;)]|\.(?:\s|$))|[ \t]+(?i:apt|apartment|suite|unit|flat|ap|bl|sc|et|"
    r"fl|floor|piso|etg|lgh|dept|depto|bus|bte|stg|whg|kv|кв|к|стр)\b|[ \t]+\d{3,6}\b)"
)
# A word before the street that says where: "at Vikkollen 6 and", "on Elektrárenská 6 today".
_PLACE_CUE = re.compile(r"(?i:\b(?:at|on|to|in|from|is|address:?|via|na|w|u|v|en|a|em))[ \t]+$")
# Joining words inside street names in many languages ("Cesta na Mesarico", "Calle de la Paz"),
# and street kinds written in lower case ("Belsőszéki út 135", "rue Germaine Crivelli 62").
_PARTICLE_WORDS = """
    de da do dos das del della di du des la le el na nad pod u v w z am an auf der den im op ter
    ten van von y e i och и на
"""
_PARTICLES = frozenset(_PARTICLE_WORDS.split())
_KIND_WORDS = """
    út utca tér körút köz sétány rkp. ulica ul. ulice cesta trg odos οδός calle rue rua via strada
    route chemin avenue allée impasse quai travessa avenida carrera plac aleja ул. улица пр. пер.
    вул. jalan jl. gang
"""
_KINDS = frozenset(_KIND_WORDS.split())
_MEDICINE = re.compile(DRUG_NAMES)
_DOSE = re.compile(r"[ \t]*(?i:mg|mcg|µg|ml|g|kg|lbs?|iu|%|x|times|days?|weeks?|years?)\b")
_NEVER_STREET = frozenset({"covid", "iphone", "windows", "xbox", "ps", "mp", "uk", "us"})


def _proper(word: str, common: frozenset[str], capitals: bool = False) -> bool:
    """A name rather than an everyday word: rare, or in a script without capitals. Words in
    capitals only with ``capitals`` (a town, "ÖVERTURINGEN"; a street's "NHS 111" is not)."""
    if without_case(word):
        return True
    bare = word.strip(".").lower()
    return (
        len(bare) >= 3
        and bare not in common
        and bare.removesuffix("s") not in common  # "Maths 101"
        and bare not in _NEVER_STREET
        and (capitals or not word.strip(".").isupper())
        and bare.isalpha()
    )


class StreetNumberRecognizer(EntityRecognizer):
    """A street of proper-name words followed by a house number, in any language or script."""

    def __init__(self, everyday_kinds: frozenset[str] = frozenset()) -> None:
        # Street kinds that are also everyday words ("Run", "Divide"): only after "at" or
        # "to", a house number and a person's name ("lives at 9873 John Run").
        kinds = "|".join(sorted(everyday_kinds, key=len, reverse=True)) or "(?!)"
        self.named_everyday = re.compile(
            rf"(?i:\b(?:at|to)[ \t]+)(?P<street>\d{{1,5}}[ \t]+(?P<names>(?:[A-Z][\w'.-]*[ \t]+){{1,3}})"
            rf"(?:{kinds}))\b"
        )
        self.given: frozenset[str] = frozenset()
        self.common: frozenset[str] = frozenset()
        self.stops: frozenset[str] = frozenset()
        self.never_in_street: frozenset[str] = frozenset()
        self.lower_names: frozenset[str] = frozenset()
        super().__init__(
            supported_entities=["STREET_ADDRESS"], name="KindredStreetNumberRecognizer"
        )

    def load(self) -> None:
        from spacy.lang.en.stop_words import STOP_WORDS

        self.common = common_words()
        self.given = given_names()
        # Help lines are public, never someone's address: "call samaritans 116 123".
        self.stops = frozenset(STOP_WORDS) | {w.lower() for w in public_lines()[1]}
        self.never_in_street = self.stops - _KINDS - _PARTICLES
        self.lower_names = frozenset(n.lower() for n in any_names()) - self.stops

    def _street(self, match: re.Match[str], lower: bool = False) -> int:
        """Where the street's name starts in the text, or -1 if the words before the number
        are no street name: proper names, capitalised or caseless, with joining words between
        them, at least one of them rare; never a medicine ("Zoloft 100")."""
        words = list(re.finditer(r"\S+", match.group("street")))
        first, kind_seen = len(words), False
        while first > 0:
            word = words[first - 1].group()
            joining = first < len(words) and word.lower() in _PARTICLES
            joining = joining or word.lower() in _KINDS
            # Before a street kind, a person's name in lower case: "Petőfi sándor tér 239".
            joining = joining or (kind_seen and word in self.lower_names)
            kind_seen = kind_seen or word.lower() in _KINDS
            # In text typed all in lower case, a rare word stands in for a capital.
            named = word[0].isupper() or (lower and _proper(word, self.common))
            if not (named or without_case(word) or joining):
                break
            first -= 1
        while (
            first < len(words)
            and words[first].group().lower() not in _KINDS
            and (
                (words[first].group().islower() and not lower)
                or words[first].group().lower() in self.stops
            )
        ):
            first += 1  # a street never opens with "the", "and", "de" ("Pod Floriánem" does)
        named = [w.group() for w in words[first:]]
        if any(w.lower() in self.never_in_street for w in named):
            return -1  # a help line's name, or "Is 12", "The 3"
        if not any(_proper(w, self.common) for w in named):
            return -1
        if any(_MEDICINE.fullmatch(w.lower()) for w in named):
            return -1
        return match.start("street") + words[first].start()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if not self.common:
            return []  # without the vocabulary nothing tells a street from "Gate 5"
        results = []
        lower = not any(ch.isupper() for ch in text)
        for match in _STREET_AND_NUMBER.finditer(text):
            if re.fullmatch(r"(?:19|20)\d\d", match.group("number")):
                continue  # "Sofia 2019": a year
            if _DOSE.match(text, match.end()):
                continue  # "Ximena 50 mg"
            start = self._street(match, lower)
            if start < 0:
                continue
            cued = bool(_PLACE_CUE.search(text, max(0, start - 12), start))
            kind = any(w.lower() in _KINDS for w in text[start : match.end()].split())
            if cued or kind or _AFTER_NUMBER.match(text, match.end()):
                results.append(RecognizerResult("STREET_ADDRESS", start, match.end(), 0.6))
        for match in _NUMBER_AND_STREET.finditer(text):
            start = match.start()
            if re.fullmatch(r"(?:19|20)\d\d", match.group("number")):
                continue
            if not (
                _PLACE_CUE.search(text, max(0, start - 12), start)
                or _LINE_START.search(text, max(0, start - 8), start)
            ):
                continue
            if self._street(match, lower) == match.start("street"):  # every word a name
                results.append(RecognizerResult("STREET_ADDRESS", start, match.end(), 0.6))
        for match in self.named_everyday.finditer(text):
            if any(w in self.given for w in match.group("names").split()):
                results.append(RecognizerResult("STREET_ADDRESS", *match.span("street"), 0.6))
        return results


# A postcode after a town, with an optional state or county code: "Aalborg NO 9000".
_TOWN_POSTCODE = re.compile(
    rf"(?<![\w.'’-])(?P<town>{_WORD})(?:,?[ \t]+[A-Z]{{1,3}})?,?[ \t]+"
    r"(?P<pii>\d{4,6}|\d{3}[ ]\d{2})(?![\w/:.,-]\w|[\w/:])"
)


class PostcodeAfterTownRecognizer(EntityRecognizer):
    """Four to six digits right after a rare place name (and its state code): a postcode."""

    def __init__(self) -> None:
        self.common: frozenset[str] = frozenset()
        super().__init__(supported_entities=["STREET_ADDRESS"], name="KindredPostcodeRecognizer")

    def load(self) -> None:
        self.common = common_words()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if not self.common:
            return []
        results = []
        for match in _TOWN_POSTCODE.finditer(text):
            town, code = match.group("town"), match.group("pii")
            if re.fullmatch(r"(?:1[89]|20)\d\d", code):
                continue  # "Bjert 2019" is a year
            if not (town[0].isupper() or without_case(town)):
                continue
            if not _proper(town, self.common, capitals=len(town) >= 5):
                continue
            results.append(RecognizerResult("STREET_ADDRESS", *match.span("pii"), 0.5))
        return results
