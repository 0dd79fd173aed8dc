"""Text normalization before any risk matching: case, accents, leetspeak, slips and slang.

People in distress type fast, misspell, and use community slang that hides what they mean
("kms", "unalive", "sewerslide"). Every later layer sees the same plain lowercase English,
so one pattern catches all the ways of writing it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

# Leetspeak only inside words that also hold letters, so "988" or "24/7" stay numbers.
LEET = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"}
)
WORD_WITH_LEET = re.compile(r"\b(?=[\w@$]*[a-z])(?=[\w@$]*[013457@$])[\w@$]+\b")

# Slang and euphemisms, longest first; each maps to the plain words the lexicon knows.
SLANG: tuple[tuple[str, str], ...] = (
    (r"\bsewer\s*slide\w*", "suicide"),
    (r"\bsue\s*a\s*side\b", "suicide"),
    (r"\b(suisside|suicde|sucide|suiside|suicidee|suicied|sucicide|suicdie)\b", "suicide"),
    (r"\b(suicidle|sucidal|suicdal|suisidal|suicida)\b", "suicidal"),
    (r"\bun\s*-?\s*aliv(e|ing|ed)\s+(my\s*self|me)\b", "kill myself"),
    (
        r"\b(want to|wanna|going to|gonna|about|of|will|might) un\s*-?\s*aliv(e|ing)\b",
        r"\1 kill myself",
    ),
    (r"\bun\s*-?\s*aliv(e|ing|ed)\b", "kill"),
    (r"\bself\s*-?\s*delet(e|ing|ion)\b", "kill myself"),
    (r"\bkms+\b", "kill myself"),
    (r"\bkys+\b", "kill yourself"),
    (r"\bctb\b", "kill myself"),
    (r"\bend(ing)? it all\b", "end my life"),
    (r"\boff(ing)? my\s*self\b", "kill myself"),
    (r"\b(want|going|gonna|wanna) to rope\b", "want to hang myself"),
    (r"\bkil(l?)(ing)?\s*(my\s*self|myslef|mysef|meself)\b", "kill myself"),
    (r"\bkil\b", "kill"),
    (
        r"\b(kill|end|think|feel|cutt|hurt|go|try|do|want|harm|plann|hang|jump|start|nothin|somethin|cry|overdos)in\b",
        r"\1ing",
    ),
    (r"\b(abt|bout)\b", "about"),
    (r"\brelapsed on sh\b", "relapsed on self harm"),
    (r"\bsh\b(?=\s+(urges?|last night|again|scars?|relapse))", "self harm"),
    (r"\bwanna\b", "want to"),
    (r"\bgonna\b", "going to"),
    (r"\bgotta\b", "got to"),
    (r"\bi'?m\b", "i am"),
    (r"\bim\b", "i am"),
    (r"\bidk\b", "i do not know"),
    (r"\bu\b", "you"),
    (r"\bur\b", "your"),
    (r"\b(cuz|coz|bc)\b", "because"),
    (r"\b(pls|plz)\b", "please"),
    (r"\bod(ing|ed|'d)?\b", "overdose"),
    (r"\bself\s*-?\s*harm(ing|ed)?\b", "self harm"),
    (r"\bdont\b", "do not"),
    (r"\byou'?re\b", "you are"),
    (r"\bshould(n'?t| not)\b", "should not"),
    (r"\bweren'?t\b", "were not"),
    (r"\bdon'?t\b", "do not"),
    (r"\bcan'?t\b", "cannot"),
    (r"\bwon'?t\b", "will not"),
    (r"\bdidn'?t\b", "did not"),
    (r"\bi'?d\b", "i would"),
    (r"\bi'?ll\b", "i will"),
    (r"\bi'?ve\b", "i have"),
    (r"\bcould'?nt\b", "could not"),
    (r"\bwouldn'?t\b", "would not"),
    (r"\bisn'?t\b", "is not"),
    (r"\bwasn'?t\b", "was not"),
    (r"\bdoesn'?t\b", "does not"),
    (r"\bthere'?s\b", "there is"),
    (r"\bit'?s\b", "it is"),
    (r"\bthat'?s\b", "that is"),
    (r"\bwhat'?s\b", "what is"),
)
SLANG_PATTERNS = tuple((re.compile(p), r) for p, r in SLANG)

# Words whose slips matter: a misspelled "suicide" must still be caught.
RISK_WORDS = ("suicide", "suicidal", "myself", "overdose")
# Real words a fuzzy match must never rewrite ("himself" is two edits from "myself").
PROTECTED = frozenset(
    {
        "himself",
        "herself",
        "itself",
        "yourself",
        "themselves",
        "ourselves",
        "mine",
        "mile",
        "skill",
        "bill",
        "fill",
        "hill",
        "mill",
        "pill",
        "till",
        "will",
        "kilt",
        "kiln",
        "dice",
        "dine",
        "dire",
        "diet",
        "did",
        "dig",
        "dim",
        "dip",
        "tie",
        "lie",
        "pie",
        "due",
        "dye",
        "kiss",
        "kids",
        "kid",
        "kin",
        "king",
        "kind",
        "kit",
        "killer",
        "killed",
        "kills",
        "dyed",
        "dries",
        "dried",
        "died",
        "dies",
        "dyeing",
        "duties",
        "dating",
        "doing",
        "dining",
        "diving",
        "suitable",
        "suite",
        "suicides",
        "overdue",
        "overdone",
        "overdoes",
        "overdosed",
        "myself",
    }
)


def _fix_slip(word: str) -> str:
    if word in PROTECTED or word in RISK_WORDS or len(word) < 5:
        return word
    # One slip only: two edits turn real words into risk words ("overcome" -> "overdose").
    for target in RISK_WORDS:
        if abs(len(word) - len(target)) <= 1 and Levenshtein.distance(word, target) <= 1:
            return target
    return word


@lru_cache(maxsize=4096)
def _fix_word(word: str) -> str:
    # Transpositions count as one slip ("myslef"); rapidfuzz's Levenshtein counts two.
    for target in ("myself", "suicide", "suicidal", "kill"):
        if len(word) == len(target) and sorted(word) == sorted(target) and word != target:
            diffs = [i for i, (a, b) in enumerate(zip(word, target, strict=True)) if a != b]
            if len(diffs) == 2 and diffs[1] == diffs[0] + 1:
                return target
    return _fix_slip(word)


def without_accents(text: str) -> str:
    """The text with its accents and other combining marks taken off ("jardín" -> "jardin")."""
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
    )


def normalize(text: str) -> str:
    """Plain lowercase ASCII English with slang expanded and risk-word slips corrected."""
    text = without_accents(unicodedata.normalize("NFKC", text or ""))
    text = text.lower().replace("’", "'").replace("‘", "'").replace("`", "'")
    text = re.sub(r"(?<=[a-z])!(?=[a-z])", "i", text)
    text = WORD_WITH_LEET.sub(lambda m: m.group(0).translate(LEET), text)
    # Stretched letters ("diiiie", "pleeease") shrink to two, then stretched risk words to one.
    text = re.sub(r"([a-z])\1{2,}", r"\1\1", text)
    text = re.sub(r"\bd+i+e+\b", "die", text)
    text = re.sub(r"\bk\s?m\s?s\b", "kms", text)
    text = re.sub(r"\bk\s?y\s?s\b", "kys", text)
    text = re.sub(r"[*_~]+", "", text)
    for pattern, replacement in SLANG_PATTERNS:
        text = pattern.sub(replacement, text)
    text = re.sub(r"[a-z]+", lambda m: _fix_word(m.group(0)), text)
    return re.sub(r"\s+", " ", text).strip()
