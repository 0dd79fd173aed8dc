"""The thing a person named, said back to them: "your team", "the basil", "el huerto".

``find_topic(message, language)`` returns a ``Topic`` (a real noun phrase with the person's
words turned round: my -> your) or ``None``, never a fragment with a verb or a pronoun tail.
English is tagged with the small spaCy pipeline already shipped for Presidio, the same loaded
copy the anonymizer uses (its tagging components only: a few milliseconds a message); Spanish, or English when spaCy is
missing, goes through a rule chunker that starts a phrase at a determiner. Both chunkers
keep nouns only, join a possessive ("your sister's trip") and one "to/of" complement
("your sister's trip to Lisbon"), and prefer what is the person's own (my/our) over what is
definite, proper, bare, and last indefinite.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from knowledge.safety.lexicon import WEAPONS

log = logging.getLogger(__name__)

MAX_WORDS = 6


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


SWAP_EN = {"my": "your", "our": "your", "mine": "yours", "me": "you", "myself": "yourself"}
SWAP_ES = {"mi": "tu", "mis": "tus", "nuestro": "tu", "nuestra": "tu", "del": "el", "al": "el"}
# Heads that say nothing concrete on their own.
VAGUE = _words("""day days week weeks month months year years time times way ways lot lots bit thing
    things one ones night nights morning mornings evening today tonight tomorrow yesterday
    moment point end rest kind sort part idea ideas mind head place feeling feelings people
    person side start other same first last next best worst anything everything something
    nothing anyone everyone someone nobody everybody somebody anybody stuff smth sth lol lmao
    omg tbh ngl idk rn btw pls plz ta thx ok okay hey hi hello yeah yes no nah haha jk hour
    hours minute minutes second seconds question answer help advice tips tip ideas way
    monday tuesday wednesday thursday friday saturday sunday weekend fact facts sense
    lot deal matter reason problem issue u ur im ive motivation face life own update season plan
    joke kidding thinking burden burdens failure disappointment waste loser case meal meals front""")
# Asked what to do ("what should I cook tonight"), the activity is what to talk about, when
# nothing more concrete is named ("what to cook for dinner": the dinner).
ACTIVITIES = {
    "cook": "cooking",
    "bake": "baking",
    "read": "reading",
    "write": "writing",
    "knit": "knitting",
    "paint": "painting",
    "draw": "drawing",
    "plant": "planting",
    "grow": "growing",
    "build": "building",
}
# Words after which a verb form names an activity ("I like climbing").
LIKES = _words("like likes love loves enjoy enjoys into about tried started")
# After an -ing form these make a phrasal verb, not an activity: "feel like giving up".
PARTICLES = _words("up out off away of about down")
# Nouns that read naturally without an article ("school was mid", "work's flat out").
BARE_OK = _words("""work school uni college homework therapy church football footy soccer cricket
    basketball baseball tennis golf rugby coffee tea breakfast lunch dinner music weather
    money sleep food ranked chess running climbing gardening cooking baking fishing
    swimming reading writing drawing painting knitting yoga gym class rehab recovery
    sobriety spring summer autumn winter fall""")
# Words a message opens with that the tagger may take for nouns.
NOT_NOUN = _words("""hey hi hello hiya yo lol lmao omg tbh ngl idk rn btw pls plz ta thx thanks ok okay
    yeah yep nope nah haha hahaha jk anyway anyways update ugh wow oh ooh whatever
    please sorry bye yuh tho lemme gonna wanna gotta aight ya bout diff kinda sorta dunno
    innit bruh fr though""")
# Said with "your" when named bare: "boss wants the report by 5" -> "your boss".
PEOPLE = _words(
    """boss manager mum mom dad mother father sister brother wife husband partner girlfriend
    boyfriend coworker colleague teacher son daughter gran grandma grandad nan therapist
    sponsor flatmate roommate landlord"""
)
EVALUATIVE = _words("good nice great easy quick fast real whole single decent more")
ADDRESS = _words("mate bro dude man guys girl babe hun")


@dataclass(frozen=True)
class Topic:
    """A noun phrase to say back (``phrase``) and its head noun (``head``)."""

    phrase: str
    head: str
    rank: int = 0


def find_topic(message: str, language: str = "en") -> Topic | None:
    """The most personal concrete noun phrase in ``message`` (the first of its rank), or None."""
    if language == "es":
        found = _spanish_chunks(message)
    else:
        tagger = _tagger()
        found = _english_chunks(message, tagger) if tagger else _rule_chunks_en(message)
    found = [topic for topic in found if not WEAPONS.search(topic.phrase.lower())]
    return min(found, key=lambda topic: topic.rank) if found else None


def topic_phrase(message: str, language: str = "en") -> str:
    topic = find_topic(message, language)
    return topic.phrase if topic else ""


@lru_cache(maxsize=1)
def _tagger() -> Any:
    """The tagging part of the process's one spaCy English pipeline (shared with the
    anonymizer, ``knowledge.english_nlp``), or None without spaCy."""
    try:
        from knowledge.english_nlp import tagger

        return tagger()
    except (ImportError, OSError, RuntimeError) as problem:
        log.info("spaCy tagger unavailable (%s); rule chunker used", type(problem).__name__)
        return None


def warm_up() -> None:
    """Load the tagger now (the page calls this once, so no reply pays for it)."""
    _tagger()


# English, from Penn tags --------------------------------------------------------------------

NOUN_TAGS = ("NN", "NNS", "NNP", "NNPS", "NNA")  # NNA: an activity ("I like climbing")
# After these a bare noun is most likely a title, a name or a subject: "watching severance".
BARE_AFTER = _words("watch watching watched play playing played read reading about")
MODIFIER_TAGS = ("JJ", "JJR", "JJS", "CD", *NOUN_TAGS)
DETERMINERS = _words("the this that these those a an any some another")
POSSESSIVES = _words("my our your his her their")


def _english_chunks(message: str, tagger: Any) -> list[Topic]:
    doc = tagger(message[:500])
    words = [token.text for token in doc]
    tags = [token.tag_ for token in doc]
    return _chunk_tagged(words, tags)


def _chunk_tagged(words: list[str], tags: list[str]) -> list[Topic]:
    lowered = [word.lower() for word in words]
    asked: set[int] = set()  # activities asked about, ranked after nouns
    for index, word in enumerate(lowered):
        phrasal = index + 1 < len(lowered) and lowered[index + 1] in PARTICLES
        if tags[index].startswith("VBG") and index and lowered[index - 1] in LIKES and not phrasal:
            tags[index] = "NNA"
        elif (
            word in ACTIVITIES
            and tags[index] in ("VB", "VBP", "NN")
            and _asks_what_to(lowered, index)
        ):
            words[index] = lowered[index] = ACTIVITIES[word]
            tags[index] = "NNA"
            asked.add(index)
        if word in NOT_NOUN:
            tags[index] = "XX"
    topics, index = [], 0
    while index < len(words):
        start, determiner = index, ""
        if lowered[index] in POSSESSIVES or lowered[index] in DETERMINERS:
            determiner = lowered[index]
            index += 1
        body_start = index
        while index < len(words) and tags[index] in MODIFIER_TAGS:
            index += 1
        body = list(range(body_start, index))
        while body and (
            tags[body[-1]] not in NOUN_TAGS or (len(body) > 1 and lowered[body[-1]] in VAGUE)
        ):
            body.pop()  # "finals week" -> "finals"
        if not body or (
            determiner in ("a", "an") and len(body) == 1 and _describes_the_writer(lowered, start)
        ):
            index = max(index, body[-1] + 1 if body else start + 1)
            continue
        end = body[-1] + 1
        # "my sister's trip to Lisbon": a possessive, then one to/of complement.
        if end + 1 < len(words) and tags[end] == "POS" and tags[end + 1] in MODIFIER_TAGS:
            tail = end + 1
            while tail < len(words) and tags[tail] in MODIFIER_TAGS:
                tail += 1
            while tail > end + 1 and tags[tail - 1] not in NOUN_TAGS:
                tail -= 1
            if tags[tail - 1] in NOUN_TAGS:
                end = tail
        # "mac and cheese", "chicken and rice"
        if end + 1 < len(words) and lowered[end] == "and" and tags[end + 1] in NOUN_TAGS:
            end += 2
            while end < len(words) and tags[end] in NOUN_TAGS:
                end += 1
        if end + 1 < len(words) and lowered[end] in ("to", "of", "on", "about"):
            end = _complement(words, lowered, tags, end)
        phrase_words = [w for w in words[body_start:end] if w.lower() not in EVALUATIVE]
        head = lowered[body[-1]]
        opens = start == 0 or tags[start - 1] in (".", ",", ":")
        first = opens or lowered[start - 1] in BARE_AFTER
        # A capital counts as a name only where a sentence does not start.
        tag = tags[body[-1]]
        named = tag.startswith("NNP") and not (opens and body[-1] == start)
        tag = "NNP" if named else "NN" if tag.startswith("NNP") else tag
        topic = _make_topic(determiner, phrase_words, head, tag, first)
        if topic and body[-1] in asked:
            topic = replace(topic, rank=topic.rank + 1)
        if topic:
            topics.append(topic)
        index = max(end, start + 1)
    return topics


def _describes_the_writer(lowered: list[str], start: int) -> bool:
    """A one-word phrase says what the writer is or was ("when i was a kid", "i'm a nurse"):
    who they are, not a thing to talk about ("i'm a serial plant killer" still names plants)."""
    before = tuple(lowered[max(0, start - 3) : start])
    return before[-2:] in {("i", "was"), ("i", "am"), ("i", "'m"), ("we", "were")} or before in {
        ("i", "'ve", "been"),
        ("i", "have", "been"),
    }


def _asks_what_to(lowered: list[str], index: int) -> bool:
    """ "what should I cook", "what to bake", "what can we make": the verb is the topic."""
    before = lowered[max(0, index - 4) : index]
    return "what" in before and (
        before[-1:] == ["to"] or (len(before) >= 2 and before[-1] in ("i", "we"))
    )


def _complement(words: list[str], lowered: list[str], tags: list[str], end: int) -> int:
    """Where a noun phrase ends with one complement: "trip to Lisbon", "books on history"."""
    tail = end + 1
    while tail < len(words) and tags[tail] in ("NNP", "NNPS", "JJ", "NN") and tail - end < 4:
        tail += 1
    named = tags[end + 1] in ("NNP", "NNPS") or lowered[end] in ("on", "about")
    return tail if tail > end + 1 and tags[tail - 1] in NOUN_TAGS and named else end


def _make_topic(
    determiner: str, words: list[str], head: str, head_tag: str, first: bool = False
) -> Topic | None:
    """A phrase to say back, ranked: the person's own (0), a name (1), anything else (2)."""
    if not words or head in VAGUE or head in NOT_NOUN or not re.search(r"[a-z\u00c0-\u017f]", head):
        return None
    if len(head) < 3 and not any(char.isdigit() for char in head) and not words[-1].isupper():
        return None
    while len(words) > 1 and words[0].lower() in ("one", "two", "another"):
        words = words[1:]
    proper = (head_tag.startswith("NNP") and _proper(words[-1])) or words[-1].isupper()
    words = [word if _proper(word) else word.lower() for word in words][-MAX_WORDS:]
    text = " ".join(words).replace(" 's", "'s")
    if determiner in ("my", "our"):
        return Topic(f"your {text}", head, 0)
    if determiner in ("the", "this", "that", "these", "those", "your", "his", "her", "their"):
        return Topic(f"{determiner} {text}", head, 2)
    if head in ADDRESS:
        return None
    if proper and not determiner:
        return Topic(text, head, 1)
    if head in PEOPLE and not determiner:
        return Topic(f"your {text}", head, 2)
    # Said as the person said it when it opens the sentence ("school was mid"), else "the".
    bare = first or head in BARE_OK or head_tag in ("NNS", "NNA", "NNP")
    return Topic(text if bare and not determiner else f"the {text}", head, 2)


def _proper(word: str) -> bool:
    return (word[:1].isupper() and not word.isupper()) or (word.isupper() and len(word) <= 4)


# Rule chunkers (Spanish always; English when spaCy is missing) ------------------------------

WORD = re.compile(r"[\w\u00c0-\u017f']+|[.,;:!?¿¡()\"]")
STOP_EN = _words("""i you he she it we they me him us them is are was were be been am have has had do does
    did will would can could should may might must to of in on at for with and or but so
    just really very too not no never also again still now then there here when where why how
    what who which that this these those if because as from by up down out off over into
    about like get got getting go going went gone make made take took say said says keep
    kept want wanted need needed know knew think thought feel felt i'm it's don't can't
    won't isn't wasn't didn't doesn't i've i'll i'd you're they're we're""")
STOP_ES = _words("""de del al a en con por para que y o pero es son era fue está están estoy estaba me
    te se le les lo nos mi mis tu tus su sus el la los las un una unos unas ya no sí si muy
    más otra otro vez hoy ayer mañana anoche aquí allí como cuando donde porque también
    todavía siempre nunca iré voy va van hay he ha han tengo tiene quiero puedo sabes
    gusta mucho poco jaja jajaja jajajaja xd cocino hago digo hice puse compré""")
DETERMINERS_ES = _words("""el la los las mi mis tu tus su sus un una unos unas del al este esta estos estas ese
    esa esos esas nuestro nuestra alguna algún alguno qué""")
# "una receta de lentejas" is said back as "la receta de lentejas".
DEFINITE_ES = {"un": "el", "algún": "el", "alguno": "el", "una": "la", "alguna": "la"}
DEFINITE_ES |= {"unos": "los", "unas": "las", "qué": ""}
# Verbs after which Spanish names a thing without an article ("hacer tamales").
TAKES_BARE_ES = _words("hacer cocinar preparar aprender jugar juegas juego sobre con")
VAGUE_ES = _words("""día días semana semanas mes año años vez veces cosa cosas noche mañana tarde vida
    tiempo algo nada todo mitad rato momento nadie alguien verdad forma manera""")


def _spanish_chunks(message: str) -> list[Topic]:
    tokens = WORD.findall(message[:500])
    lowered = [token.lower() for token in tokens]
    topics: list[Topic] = []
    index = 0
    while index < len(tokens):
        word = lowered[index]
        starts = word in DETERMINERS_ES or (
            word in TAKES_BARE_ES and index + 1 < len(tokens) and _content_es(lowered[index + 1])
        )
        mid_sentence = index and lowered[index - 1] not in (".", "!", "?", "¿", "¡", ",")
        if not starts and mid_sentence and tokens[index][:1].isupper() and _content_es(word):
            topics.append(Topic(tokens[index], word, 1))  # a name: "a Valencia"
        if not starts or _what_one_dies_of(lowered, index):
            index += 1
            continue
        determiner = word if word in DETERMINERS_ES else ""
        end = index + 1
        while end < len(tokens) and _content_es(lowered[end]) and end - index <= 2:
            end += 1
        if end == index + 1:
            index += 1
            continue
        # "la casa de papel", "el partido del Madrid", "la receta de lentejas"
        if (
            end + 1 < len(tokens)
            and lowered[end] in ("de", "del")
            and _content_es(lowered[end + 1])
        ):
            end += 2
        # "el running y la cocina"
        if (
            end + 2 < len(tokens)
            and lowered[end] == "y"
            and lowered[end + 1] in DETERMINERS_ES
            and _content_es(lowered[end + 2])
        ):
            end += 3
        words = tokens[index + 1 : end]
        head = words[0].lower()
        infinitive = determiner == "qué" and re.search(r"(ar|er|ir)$", head)
        if head not in VAGUE_ES and len(head) > 2 and not infinitive:
            rank = 0 if determiner in ("mi", "mis", "nuestro", "nuestra") else 2
            lead = SWAP_ES.get(determiner, determiner)
            lead = DEFINITE_ES.get(lead, lead)
            inner = (w if _proper(w) else w.lower() for w in words)
            phrase = " ".join(
                [lead, *(SWAP_EN.get(w, w) if w in ("mi", "mis") else w for w in inner)]
            )
            phrase = phrase.replace(" mi ", " tu ").strip()
            topics.append(Topic(phrase, head, rank))
        index = end
    return topics


# "Me muero del calor", "quiero morirme de la vergüenza": a figure of speech, not a topic
# to ask after ("¿Qué tal el asco?").
DYING_ES = _words("""morir morirme morirse muero muere morimos moría moria morí mori muerto
muerta muertos muertas""")


def _what_one_dies_of(lowered: list[str], index: int) -> bool:
    before = lowered[max(0, index - 2) : index]
    return bool(before) and (
        before[-1] in DYING_ES
        or (before[-1] == "de" and len(before) == 2 and before[0] in DYING_ES)
    )


def _content_es(word: str) -> bool:
    return word.isalpha() and word not in STOP_ES and word not in DETERMINERS_ES and len(word) > 1


def _rule_chunks_en(message: str) -> list[Topic]:
    """Without a tagger: determiner + up to three content words, verbs by their look."""
    tokens = WORD.findall(message[:500])
    lowered = [token.lower() for token in tokens]
    topics: list[Topic] = []
    for index, word in enumerate(lowered):
        if word not in POSSESSIVES and word not in DETERMINERS:
            continue
        end = index + 1
        while (
            end < len(tokens)
            and end - index <= 3
            and lowered[end].isalpha()
            and lowered[end] not in STOP_EN
            and not re.search(r"(ed|ly)$", lowered[end])
        ):
            end += 1
        words = tokens[index + 1 : end]
        if words:
            topic = _make_topic(word, words, words[-1].lower(), "NN")
            if topic:
                topics.append(topic)
    return topics
