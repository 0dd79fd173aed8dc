"""Remove what could identify a person from a story, offline: ``scrub(text)``.

Presidio's analyzer finds the entities (the process's one spaCy English pipeline,
``knowledge.english_nlp``, loaded from its installed package folder, for names, Presidio's own recognizers for emails, phones, links and common ID
numbers, and Kindred's recognizers in ``knowledge.anonymize_recognizers``); Presidio's
anonymizer swaps each for a readable placeholder such as "[name]". Nothing is downloaded: the
spaCy model is loaded from disk and the email check uses tldextract's bundled suffix list.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from knowledge.anonymize_honorifics import HONORIFIC
from knowledge.anonymize_public import public_lines
from knowledge.english_nlp import english, spacy_model_path

if TYPE_CHECKING:
    from presidio_analyzer import AnalyzerEngine, RecognizerResult
    from presidio_anonymizer import AnonymizerEngine

PHONE_REGIONS = ("US", "CA", "GB", "IE", "AU", "NZ", "IN", "NG", "MX", "PH", "ZA", "KE", "DE", "FR")

# Presidio entity type -> the placeholder people read in their anonymized story.
PLACEHOLDERS: dict[str, str] = {
    "PERSON": "[name]",
    "EMAIL_ADDRESS": "[email]",
    "PHONE_NUMBER": "[phone]",
    "STREET_ADDRESS": "[address]",
    "URL": "[link]",
    "IP_ADDRESS": "[ip address]",
    "SOCIAL_HANDLE": "[handle]",
    "LICENCE_PLATE": "[plate]",
    "DATE_OF_BIRTH": "[date of birth]",
    "ID_NUMBER": "[id number]",
    "US_SSN": "[id number]",
    "UK_NHS": "[id number]",
    "CREDIT_CARD": "[id number]",
    "IBAN_CODE": "[id number]",
    "HOSPITAL": "[hospital]",
    "SCHOOL": "[school]",
    "WORKPLACE": "[workplace]",
    "NAMED_PLACE": "[place]",
}
# When two findings overlap, the more specific kind wins (an email is not also a link).
PRIORITY = {
    "EMAIL_ADDRESS": 9,
    "SOCIAL_HANDLE": 8,
    "URL": 7,
    "IP_ADDRESS": 7,
    "DATE_OF_BIRTH": 7,
    "ID_NUMBER": 6,
    "US_SSN": 6,
    "UK_NHS": 6,
    "CREDIT_CARD": 6,
    "IBAN_CODE": 6,
    "LICENCE_PLATE": 6,
    "STREET_ADDRESS": 5,
    "HOSPITAL": 5,
    "NAMED_PLACE": 4,
    "SCHOOL": 5,
    "WORKPLACE": 4,
    "PHONE_NUMBER": 4,
    "PERSON": 3,
}
SCORE_THRESHOLD = 0.4
# Words spaCy sometimes tags as people that a story needs to keep.
KEEP_WORDS = frozenset(
    {"God", "Jesus", "Allah", "Lord", "Buddha", "Krishna", "Christ", "Mum", "Mom", "Dad", "Nan"}
    | {"Email", "Call", "Text", "Message", "Thanks", "Hi", "Hello", "Therapy", "Recovery"}
)

_lock = threading.Lock()


@dataclass(frozen=True)
class Entity:
    """One thing that was replaced: its kind, where it was in the original, and with what."""

    type: str
    start: int
    end: int
    original: str
    replacement: str
    score: float = 0.0


@dataclass(frozen=True)
class ScrubResult:
    text: str
    entities: tuple[Entity, ...]

    @property
    def changed(self) -> bool:
        return bool(self.entities)


def offline_tld_extractor():
    """A tldextract extractor that only uses the suffix list bundled with tldextract."""
    import tldextract

    return tldextract.TLDExtract(cache_dir=None, suffix_list_urls=(), fallback_to_snapshot=True)


def _make_offline_email_recognizer():
    from presidio_analyzer.predefined_recognizers import EmailRecognizer

    extractor = offline_tld_extractor()

    class OfflineEmailRecognizer(EmailRecognizer):
        def validate_result(self, pattern_text: str) -> bool:
            return extractor(pattern_text).fqdn != ""

    return OfflineEmailRecognizer()


def _keep_tldextract_offline() -> None:
    # Any other caller of tldextract.extract (inside Presidio or elsewhere) must not fetch the
    # public suffix list either: point the module-level extractor at the bundled snapshot.
    import tldextract.tldextract as module

    module.TLD_EXTRACTOR = offline_tld_extractor()


@lru_cache(maxsize=1)
def _engines() -> tuple[AnalyzerEngine, AnonymizerEngine]:
    # spaCy is imported and loaded under english_nlp's lock before Presidio imports it, so
    # the warm-up's topic tagger and a first click never import spaCy on two threads at once
    # (seen once as a KeyError: 'spacy' from the import system).
    nlp = english()
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine
    from presidio_analyzer.predefined_recognizers import (
        CreditCardRecognizer,
        IbanRecognizer,
        IpRecognizer,
        NhsRecognizer,
        PhoneRecognizer,
        SpacyRecognizer,
        UrlRecognizer,
        UsSsnRecognizer,
    )
    from presidio_anonymizer import AnonymizerEngine

    from knowledge.anonymize_recognizers import kindred_recognizers

    _keep_tldextract_offline()
    ner = NerModelConfiguration(
        model_to_presidio_entity_mapping={
            "PERSON": "PERSON",
            "PER": "PERSON",
            "ORG": "ORG",
            "FAC": "FAC",
        },
        # Only people and organisations are read from spaCy's entities; the rest are noise here.
        labels_to_ignore=[
            "CARDINAL",
            "DATE",
            "EVENT",
            "GPE",
            "LANGUAGE",
            "LAW",
            "LOC",
            "MONEY",
            "NORP",
            "ORDINAL",
            "PERCENT",
            "PRODUCT",
            "QUANTITY",
            "TIME",
            "WORK_OF_ART",
        ],
    )
    # Presidio is handed the process's one loaded pipeline (shared with the companion's topic
    # tagger) instead of loading its own copy; a path as the model name means even a reload
    # would read it from disk, never download. The pipeline has no dependency parser: a
    # seventh of each scrub, and names, tags and lemmas do not need it.
    nlp_engine = SpacyNlpEngine(
        models=[{"lang_code": "en", "model_name": str(spacy_model_path())}],
        ner_model_configuration=ner,
    )
    nlp_engine.nlp = {"en": nlp}
    registry = RecognizerRegistry(supported_languages=["en"])
    for recognizer in [
        SpacyRecognizer(supported_entities=["PERSON"]),
        _make_offline_email_recognizer(),
        PhoneRecognizer(supported_regions=PHONE_REGIONS),
        UrlRecognizer(),
        UsSsnRecognizer(),
        NhsRecognizer(),
        CreditCardRecognizer(),
        IbanRecognizer(),
        IpRecognizer(),
        *kindred_recognizers(),
    ]:
        registry.add_recognizer(recognizer)
    analyzer = AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=["en"])
    return analyzer, AnonymizerEngine()


# One sentence that wakes every recognizer: Presidio compiles its own patterns (email, phone,
# link, card, IBAN...) on their first match attempt, a second on a busy machine.
WARM_UP_TEXT = (
    "Dr. Ana Lopez from St. Mary's Hospital wrote to ana.lopez@example.org on 3 March 2020, "
    "call (415) 555-0132 or see https://example.org/ana; I live at 42 Elm Street, Leeds."
)


def warm_up() -> None:
    """Load the pipelines and run one whole scrub now, so the first real one is not slower."""
    with _lock:
        _engines()
    scrub(WARM_UP_TEXT)


_SENTENCE_START = re.compile(r"(?:^|[.!?:\n][\"'“‘)\]]?)[ \t\"'“‘(\[]*$")
# Particles inside names ("maria de souza") that are also stop words.
_NAME_PARTICLES = frozenset(
    {"de", "da", "do", "dos", "das", "del", "van", "von", "al", "el", "bin"}
)


def _spacy_misread(result: RecognizerResult, text: str) -> bool:
    """A "name" spaCy's English model made of ordinary words: function words of any language
    ("hoy fue", "mi y mi hermana" in Spanish typed in lower case), or a common word that starts
    a sentence ("Honestly, ...") and is nobody's name in Faker's lists."""
    from knowledge.anonymize_names import any_names, common_words, stop_words

    metadata = result.recognition_metadata or {}
    if metadata.get("recognizer_name") != "SpacyRecognizer":
        return False
    words = text[result.start : result.end].split()
    stops = stop_words()
    opens_sentence = bool(_SENTENCE_START.search(text, 0, result.start))
    # "Sam", "Ali", "Ana" are function words somewhere too; capitalised inside a sentence and a
    # given or family name in Faker's lists, they are names.
    named = not opens_sentence and all(w.istitle() and w in any_names() for w in words)
    if all(w.lower() in stops for w in words) and not named:
        return True
    if text[result.start : result.end].islower() and (
        any(ch.isupper() for ch in text)  # names are capitalised where anything is
        or any(w in stops and w not in _NAME_PARTICLES for w in words)
    ):
        return True
    return (
        len(words) == 1
        and opens_sentence
        and words[0].lower() in common_words()
        and words[0] not in any_names()
    )


def _keep(result: RecognizerResult, text: str) -> bool:
    found = text[result.start : result.end]
    digits, line_words = public_lines()
    if result.entity_type == "PERSON":
        words = set(found.split())
        if _spacy_misread(result, text):
            return False
        from knowledge.anonymize_recognizers import NOT_NAME_WORDS

        named = words - KEEP_WORDS - NOT_NAME_WORDS - line_words
        return bool(named) and any(ch.isalpha() for ch in found)
    if result.entity_type == "PHONE_NUMBER":
        return re.sub(r"\D", "", found) not in digits
    return True


# The next word of a name, after an optional middle initial ("Sari J. Paavolainen") or particle.
_NEXT_NAME_WORD = re.compile(
    r" (?:[A-ZÀ-Þ]\.? )?(?:(?:van|von|de|da|del|der|den|ten|ter|la|le|bin|al|el|di|du|dos|das) )?"
    r"[A-ZÀ-Þ][a-zß-ÿ][\w'’-]*"
)


_HYPHENATED = re.compile(r"-[A-Za-zÀ-ÿ][a-zà-ÿ]+")
_HONORIFIC_BEFORE = re.compile(rf"{HONORIFIC}\s+$")


def _extend_names(results: list[RecognizerResult], text: str) -> list[RecognizerResult]:
    """Grow a found name over the capitalised words right after it ("Lina" -> "Lina Artemova"),
    the rest of a hyphenated name ("Seo" -> "Seo-yeon") and an honorific before it ("Dr.")."""
    from presidio_analyzer import RecognizerResult

    grown = []
    for result in results:
        if result.entity_type == "PERSON":
            start, end = result.start, result.end
            while match := _NEXT_NAME_WORD.match(text, end) or _HYPHENATED.match(text, end):
                word = match.group().split()[-1]
                if word in KEEP_WORDS or end - start > 60:
                    break
                end = match.end()
            if honorific := _HONORIFIC_BEFORE.search(text, max(0, start - 16), start):
                start = honorific.start()
            result = RecognizerResult("PERSON", start, end, result.score)
        grown.append(result)
    return grown


_UNIT_IN = re.compile(r"\b(?:apt|apartment|suite|unit|flat)\b\.?[ \t]*\w+")


def _grow_addresses(results: list[RecognizerResult], text: str) -> list[RecognizerResult]:
    """Grow every address over the postcode, town and country after it, on its line or the next
    ones, whichever pattern found the street ("Bardenflethsgade 26\n1186 Ishøj"), and over the
    unit or lot before it ("Unit 5, 12 High Street")."""
    from presidio_analyzer import RecognizerResult

    from knowledge.anonymize_recognizers import (
        ADDRESS_CONTINUATION,
        ADDRESS_LEAD,
        BUILDING_NUMBER,
        CROSSING,
        LOWER_CASE_TAIL,
    )

    lower_case = not any(ch.isupper() for ch in text)

    grown = []
    for result in results:
        if result.entity_type == "STREET_ADDRESS":
            start, end = result.start, result.end
            lead = ADDRESS_LEAD.search(text, max(0, start - 60), start)
            # A unit word alone ("Unit 915 Payne Towers") only before a house number.
            if lead and lead.group() and (not lead.group("word") or text[start].isdigit()):
                start = lead.start()
            elif (
                not text[start].isdigit()
                and re.search(r"\d", text[start:end])
                and (building := BUILDING_NUMBER.search(text, max(0, start - 8), start))
            ):
                start = building.start()
            elif text[start].isupper() and (
                crossing := CROSSING.search(text, max(0, start - 30), start)
            ):
                start = crossing.start()
            if (more := ADDRESS_CONTINUATION.match(text, end)) and more.end() > end:
                end = more.end()
            if lower_case and _UNIT_IN.search(text, start, end):
                end = LOWER_CASE_TAIL.match(text, end).end()
            if (start, end) != (result.start, result.end):
                result = _trim(RecognizerResult("STREET_ADDRESS", start, end, result.score), text)
        grown.append(result)
    return grown


# A name listed with others: "Kónya, Becker and Vasquez", "said Maslin to Antonio".
_LIST_AFTER = re.compile(r"(?:,[ \t]*(?:(?:and|&)[ \t]+)?|[ \t]+(?:and|&|or|to|with)[ \t]+)")
_LIST_BEFORE = re.compile(r"([A-ZÀ-Þ][\w'’-]+)(?:,[ \t]*|[ \t]+(?:and|&|or|to|with)[ \t]+)$")
_LIST_WORD = re.compile(r"[A-ZÀ-Þ][\w'’-]+")
_CALENDAR = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|Christmas|Easter"
)


def _listed_names(results: list[RecognizerResult], text: str) -> list[RecognizerResult]:
    """Add the given or family names (Faker's lists, any culture) listed beside a found name.

    Alone, "White" or "Torres" is too often a word or a place to hide; next to a name, joined
    by a comma or "and", it is another person."""
    from presidio_analyzer import RecognizerResult

    from knowledge.anonymize_names import PLACES_TOO, common_words, family_names, given_names

    names = given_names() | family_names()
    common = common_words()

    def is_name(word: str) -> bool:
        # A rare word listed beside a name is a name too, in Faker's lists or not ("Kónya,
        # Becker and Vasquez"); "Toronto" and "Black" are common words and stay.
        rare = bool(common) and word.lower() not in common and word not in PLACES_TOO
        listed = word in names or (rare and word.istitle())
        return listed and word not in KEEP_WORDS and not _CALENDAR.fullmatch(word)

    found = list(results)
    taken = {(r.start, r.end) for r in found}
    frontier = [r for r in found if r.entity_type == "PERSON"]
    while frontier:
        person = frontier.pop()
        spans = []
        if (joint := _LIST_AFTER.match(text, person.end)) and (
            word := _LIST_WORD.match(text, joint.end())
        ):
            spans.append(word.span())
        if before := _LIST_BEFORE.search(text, max(0, person.start - 40), person.start):
            spans.append(before.span(1))
        for start, end in spans:
            if (start, end) in taken or not is_name(text[start:end]):
                continue
            if any(r.start < end and r.end > start for r in found):
                continue
            taken.add((start, end))
            added = RecognizerResult("PERSON", start, end, 0.5)
            found.append(added)
            frontier.append(added)
    return found


_NAME_WORD = re.compile(r"[A-ZÀ-ÞĀ-Ž][\w'’-]{2,}")
_HONORIFIC_WORD = re.compile(HONORIFIC)


def _repeated_names(results: list[RecognizerResult], text: str) -> list[RecognizerResult]:
    """Every other place a found name's words appear: "directed by Bryan Maclean and starring
    Maclean", "Zuzana: ... Zuzana:". A name is as identifying the second time."""
    from presidio_analyzer import RecognizerResult

    from knowledge.anonymize_recognizers import NOT_NAME_WORDS

    never_names = KEEP_WORDS | NOT_NAME_WORDS
    words = {
        w
        for r in results
        if r.entity_type == "PERSON"
        for w in _NAME_WORD.findall(text[r.start : r.end])
        if w not in never_names and not _HONORIFIC_WORD.fullmatch(w)
    }
    if not words:
        return results
    pattern = re.compile(
        r"(?<![\w'’-])(?:" + "|".join(map(re.escape, sorted(words))) + r")(?![\w'’-])"
    )
    found = list(results)
    for match in pattern.finditer(text):
        if not any(r.start < match.end() and r.end > match.start() for r in found):
            found.append(RecognizerResult("PERSON", match.start(), match.end(), 0.5))
    return found


def _join_names(results: list[RecognizerResult], text: str) -> list[RecognizerResult]:
    """One "[name]" for a name found in pieces ("Maria" and "Lopez", or "Seo" and "yeon")."""
    from presidio_analyzer import RecognizerResult

    joined: list[RecognizerResult] = []
    for result in results:
        last = joined[-1] if joined else None
        if (
            last is not None
            and last.entity_type == result.entity_type == "PERSON"
            and re.fullmatch(r"[ \t-]*", text[last.end : result.start])
        ):
            joined[-1] = RecognizerResult(
                "PERSON", last.start, result.end, max(last.score, result.score)
            )
        else:
            joined.append(result)
    return joined


def _merge_same_kind(results: list[RecognizerResult]) -> list[RecognizerResult]:
    """One finding where two of the same kind overlap ("Unit 7349 Box 6067" from one pattern and
    "7349 Box 6067, DPO AE 99081" from another): their union, so neither end is left showing."""
    from presidio_analyzer import RecognizerResult

    merged: list[RecognizerResult] = []
    for result in sorted(results, key=lambda r: (r.entity_type, r.start)):
        last = merged[-1] if merged else None
        if last is not None and last.entity_type == result.entity_type and result.start < last.end:
            merged[-1] = RecognizerResult(
                last.entity_type,
                last.start,
                max(last.end, result.end),
                max(last.score, result.score),
            )
        else:
            merged.append(result)
    return merged


def _without_overlaps(results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Keep the longest, then most specific, then surest finding wherever findings overlap."""
    ranked = sorted(
        _merge_same_kind(results),
        key=lambda r: (r.end - r.start, PRIORITY.get(r.entity_type, 0), r.score),
        reverse=True,
    )
    chosen: list[RecognizerResult] = []
    for result in ranked:
        if all(result.end <= c.start or result.start >= c.end for c in chosen):
            chosen.append(result)
    return sorted(chosen, key=lambda r: r.start)


def _trim(result: RecognizerResult, text: str) -> RecognizerResult:
    """Drop punctuation, spaces and a leading "the" that a pattern or spaCy took along."""
    from presidio_analyzer import RecognizerResult

    start, end = result.start, result.end
    named_place = result.entity_type in ("WORKPLACE", "SCHOOL", "HOSPITAL")

    def unbalanced(ch: str, other: str, span: str) -> bool:
        return ch in "()" and other not in span

    while end > start:
        last, span = text[end - 1], text[start:end]
        if last == "." and named_place and re.search(r"\b(?:St|Inc|Ltd|Co|Corp|Mt)\.$", span):
            break
        if last in " \t\n,.;:!?'\"’" or (last == ")" and unbalanced(last, "(", span)):
            end -= 1
            continue
        break
    while start < end:
        first, span = text[start], text[start:end]
        if first in " \t\n\"'‘" or (first == "(" and unbalanced(first, ")", span)):
            start += 1
            continue
        break
    if named_place and text[start : start + 4].lower() == "the ":
        start += 4
    return RecognizerResult(
        result.entity_type,
        start,
        end,
        result.score,
        recognition_metadata=result.recognition_metadata,
    )


def scrub(text: str) -> ScrubResult:
    """The text with every identifying detail replaced by a placeholder, and what changed."""
    if not text or not text.strip():
        return ScrubResult(text or "", ())
    from presidio_anonymizer.entities import OperatorConfig

    with _lock:
        analyzer, anonymizer = _engines()
        found = analyzer.analyze(
            text=text,
            language="en",
            entities=sorted(PLACEHOLDERS),
            score_threshold=SCORE_THRESHOLD,
        )
    kept = [t for t in (_trim(r, text) for r in found) if t.end > t.start and _keep(t, text)]
    kept = _grow_addresses(kept, text)
    names = _repeated_names(_listed_names(_extend_names(kept, text), text), text)
    results = _join_names(_without_overlaps(names), text)
    operators = {
        kind: OperatorConfig("replace", {"new_value": placeholder})
        for kind, placeholder in PLACEHOLDERS.items()
    }
    anonymized = anonymizer.anonymize(text=text, analyzer_results=results, operators=operators)
    entities = tuple(
        Entity(
            type=PLACEHOLDERS[r.entity_type].strip("[]"),
            start=r.start,
            end=r.end,
            original=text[r.start : r.end],
            replacement=PLACEHOLDERS[r.entity_type],
            score=round(float(r.score), 3),
        )
        for r in results
    )
    return ScrubResult(anonymized.text, entities)
