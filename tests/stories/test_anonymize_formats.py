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
