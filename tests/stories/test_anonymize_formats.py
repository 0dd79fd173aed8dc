"""Formats the Presidio research set showed the scrubber missing, as behaviour tables: addresses
from many countries and pasted as blocks, phone numbers with a trunk or an extension, names
listed together or typed in lower case; and the ordinary words that must stay."""

from __future__ import annotations

import pytest

from knowledge.anonymize import scrub


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A block pasted from an email, each line quoted.
        ("Write to 88 Harbour Road\n> Flat 2\n> Whitby\n> UK YO21 3PU please.", "Write to [address] please."),
        ("We stayed on Lindenstrasse 14 that winter.", "We stayed on [address] that winter."),
        ("We stayed on Birken Weg 14 that winter.", "We stayed on [address] that winter."),
        ("Her flat was at ul. Polna 7, Kraków.", "Her flat was at [address]."),
        ("My mother lived at 9 rue des Fleurs, Nantes.", "My mother lived at [address]."),
        (
            "Meet at the corner of Elm Road and Fifth Avenue, then we walk.",
            "Meet at [address], then we walk.",
        ),
        (
            "Ship it to 401 Mill Lane Apt. 6 Apt. 2, Derby, England 40011.",
            "Ship it to [address].",
        ),
        ("Unit 2231 Box 4410\nDPO AE 09012 is where he served.", "[address] is where he served."),
    ],
)  # fmt: skip
def test_addresses_in_many_formats_are_replaced(text, expected):
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mobile: 72 918 334", "Mobile: [phone]"),
        ("Desk: +44 (0)20 7946 0321", "Desk: [phone]"),
        ("+61412345678 is my cell", "[phone] is my cell"),
        ("call 555-010-2399x42 after six", "call [phone] after six"),
    ],
)
def test_phone_numbers_with_a_trunk_an_extension_or_a_cue_are_replaced(text, expected):
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Our founders were Okafor, Lindqvist and Moreau.",
            "Our founders were [name], [name] and [name].",
        ),
        ("what is your last name? Haddad", "what is your last name? [name]"),
        ("we met ms. Ngata at the shop", "we met [name] at the shop"),
        # Typed all in lower case, a given name that is not also an ordinary word is a name.
        ("i texted tomasz yesterday and then sione", "i texted [name] yesterday and then [name]"),
    ],
)
def test_listed_cued_and_lower_case_names_are_replaced(text, expected):
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "They said Black women are strong.",
        "I walked 10 000 steps on 12.03.2021.",
        "I got there via bus 42 and cried.",
        "I was on Step 4 and read Chapter 12 twice.",
        "At Gate 5 I cried.",
        "Mum and Dad came on Monday and Tuesday.",
    ],
)
def test_ordinary_words_and_numbers_stay(text):
    assert scrub(text).text == text


def test_the_first_scrub_after_warm_up_has_nothing_left_to_load():
    """The warm-up runs one whole scrub: Presidio's own patterns are compiled by then."""
    from presidio_analyzer import PatternRecognizer

    from knowledge.anonymize import _engines, warm_up

    warm_up()
    analyzer, _ = _engines()
    compiling = [
        r
        for r in analyzer.registry.recognizers
        if isinstance(r, PatternRecognizer) and type(r).analyze is PatternRecognizer.analyze
    ]
    assert compiling
    for recognizer in compiling:
        for pattern in recognizer.patterns:
            assert pattern.compiled_regex is not None, recognizer.name
    assert "parser" not in analyzer.nlp_engine.nlp["en"].pipe_names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The postcode and town on the next line belong to the address, whatever found the street.
        ("Post it to Bardenflethsgade 26\n1186 Ishøj soon.", "Post it to [address] soon."),
        ("Send it to Aunemyra 2C, 0913 Karolinestad please.", "Send it to [address] please."),
        ("It went to Jeruzalémská 9\n201 66 Hrádek in the end.", "It went to [address] in the end."),
        # Street kinds from Faker's English-speaking locales, as whole words only.
        ("She lives at 6281 Castro Springs now.", "She lives at [address] now."),
        ("I live at 246 Sabir Crest now.", "I live at [address] now."),
        ("Mail: 1819 Christine Parks\nWatersmouth, OR 59900", "Mail: [address]"),
        ("We met at 661 Christopher Mews\nEast Staceyshire, ACT, 5960", "We met at [address]"),
        ("The restaurant is at 9816 214 Pavlou Drandaki", "The restaurant is at [address]"),
    ],
)  # fmt: skip
def test_addresses_grow_over_postcode_and_town_and_never_cut_a_word(text, expected):
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A name found once is hidden everywhere it appears again.
        (
            "The film was directed by Bryan Maclean and starring Maclean.",
            "The film was directed by [name] and starring [name].",
        ),
        ("Dr. Maria Lopez helped me. Later Maria said so.", "[name] helped me. Later [name] said so."),
        # spaCy calls unfamiliar names places; a name in Faker's lists is one unless a place word says otherwise.
        ("a letter from Mette came today", "a letter from [name] came today"),
        ("The true gender of Mette has been debated.", "The true gender of [name] has been debated."),
        # Typed all in lower case: after a title or a naming cue, and family names.
        ("mr. elliott flew home on friday.", "[name] flew home on friday."),
        ("sometimes people call me višeslav", "sometimes people call me [name]"),
        ("her maiden name is nyberg", "her maiden name is [name]"),
        ("bártová began writing as a teenager", "[name] began writing as a teenager"),
    ],
)  # fmt: skip
def test_repeated_place_tagged_and_lower_case_names_are_replaced(text, expected):
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        # Spanish function words are never a name, typed in lower case or not.
        "hoy fue un dia muy dificil para mi y mi hermana",
        "Hoy fue un día difícil. Mi hermana me llamó por la tarde.",
        "Pero mi casa es tranquila y hoy dormí bien.",
        # A common word that opens a sentence is not a name.
        "Honestly, I did not think I would get through it.",
        "Fireworks still scare me.",
        # A place word before a name-like town keeps it a place.
        "We moved to Mette in 2019.",
        "i was called into the office and my name is on the list",
        "I was on Step 4 and read Chapter 12 twice.",
    ],
)
def test_function_words_and_sentence_openers_stay(text):
    assert scrub(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Drs. Diah Uwais drove me to my appointment.", "[name] drove me to my appointment."),
        ("Sr(a). Thiago Juarez drove me there.", "[name] drove me there."),
        ("Bà Khoa Dương drove me there.", "[name] drove me there."),
        ("Mevr. Jansen called twice.", "[name] called twice."),
    ],
)
def test_titles_of_other_languages_and_the_name_are_one_entity(text, expected):
    assert scrub(text).text == expected
