"""Which language a short message is in: Spanish told by more than its commonest words."""

from __future__ import annotations

import pytest

from knowledge.safety.language import detect_language


@pytest.mark.parametrize(
    "text",
    [
        "quiero morirme del asco",
        "me muero del calor",
        "ya no tengo ganas de nada",
        "pues hoy estoy cansada",
        "oye, ayer me dijo que sí",
        "volví a cortarme anoche",
        "quiero matarme",
    ],
)
def test_short_spanish_is_spanish(text):
    assert detect_language(text) == "es"


@pytest.mark.parametrize(
    "text",
    [
        "del taco for lunch again, my treat",
        "my appointment at the VA is tomorrow",
        "I want to die",
        "me and my sister went to the beach",
        "I am going to farm this summer",
        "the universe is diverse",
    ],
)
def test_english_with_a_spanish_looking_word_stays_english(text):
    assert detect_language(text) == "en"


@pytest.mark.parametrize(
    "text",
    ["cuántas pastillas de clonazepam serían mortales", "qué pastillas me harían no despertar"],
)
def test_accented_words_tell_spanish(text):
    assert detect_language(text) == "es"


@pytest.mark.parametrize("text", ["no me contesta", "no me responde"])
def test_a_word_both_languages_use_tells_neither(text):
    # "me" is English and Spanish: the conversation's own language decides.
    assert detect_language(text) is None


def test_a_loanword_with_an_accent_stays_english():
    assert detect_language("I had a café latte and a résumé review") == "en"
