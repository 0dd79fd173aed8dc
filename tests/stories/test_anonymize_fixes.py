"""The anonymizer fixes of issue 21 as behaviour tables: titles, punctuation kept, honorifics,
licence plates, handles, names from many languages, and the review of what changed."""

from __future__ import annotations

import pytest

from benchmarks.anonymize_eval import load_own_set, measure
from knowledge.anonymize import scrub
from knowledge.anonymize_review import placeholder_spans, scrub_fields, segments, summary


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("How Dr. Maria Lopez at St. Mary's helped me", "How [name] at [place] helped me"),
        ("My week at St Vincent's", "My week at [place]"),
        ("Leaving Mount Sinai for good", "Leaving [place] for good"),
        ("What Nurse Ratu Koroi taught me", "What [name] taught me"),
        ("Finding hope after the ward", "Finding hope after the ward"),
    ],
)
def test_a_title_is_scrubbed_like_the_body(title, expected):
    fields = scrub_fields({"title": title, "body": f"{title}. It took a long time."})
    assert fields["title"].text == expected
    assert fields["body"].text == f"{expected}. It took a long time."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "1234 Elm Street, Springfield. If anyone wants to talk, I'm here.",
            "[address]. If anyone wants to talk, I'm here.",
        ),
        (
            "We moved to 17 Rue des Lilas, Lyon, and things got quieter.",
            "We moved to [address], and things got quieter.",
        ),
        ("Find me at @moonlitmaya. I reply.", "Find me at [handle]. I reply."),
        ("Call me (07911 123456) after six.", "Call me ([phone]) after six."),
        ("My plate was ABC-1234; the police knew it.", "My plate was [plate]; the police knew it."),
    ],
)
def test_a_replacement_keeps_the_words_and_punctuation_around_it(text, expected):
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    "name",
    ["Dr. Maria Lopez", "Dr Anand Iyer", "Mrs. Okonkwo", "Prof. Ingrid Lindqvist", "Mr. Kowalczyk"],
)
def test_an_honorific_and_its_name_are_one_entity(name):
    result = scrub(f"{name} saved my life.")
    assert result.text == "[name] saved my life."
    [entity] = result.entities
    assert entity.original == name and entity.type == "name"


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("My car, plate 7ABC123, sat outside the pub.", "7ABC123"),
        ("Someone reported my number plate KD19 XRT to the police.", "KD19 XRT"),
        ("I sat in my car (LXE 472) for an hour.", "LXE 472"),
        ("The registration was B-MK 4821, my dad's old car.", "B-MK 4821"),
    ],
)
def test_licence_plates_are_replaced(text, plate):
    result = scrub(text)
    assert plate not in result.text and "[plate]" in result.text


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("Find me on Instagram as @sunny_days_22.", "@sunny_days_22"),
        ("I'm u/TiredTeacher88 on Reddit.", "u/TiredTeacher88"),
        ("Add me on Discord: shadowfox#4421", "shadowfox#4421"),
        ("My gamer tag is NightOwl_77 if you play.", "NightOwl_77"),
        ("My username is quietoak, message me.", "quietoak"),
        ("My Xbox gamertag is frostbyte; gaming kept me sane.", "frostbyte"),
        ("I post my drawings as xXDarkPhoenixXx now.", "xXDarkPhoenixXx"),
    ],
)
def test_handles_and_gamer_tags_are_replaced(text, handle):
    result = scrub(text)
    assert handle not in result.text and "[handle]" in result.text


# One sentence per language, with names that are not in the measured set.
NAMES = [
    ("Spanish", "Every week Guillermo sat with me after group.", "Guillermo"),
    ("Portuguese", "It was Gonçalo who drove me to the crisis team.", "Gonçalo"),
    ("Arabic", "Every week Yasmin sat with me after group.", "Yasmin"),
    ("Chinese", "It was Zhang Wei who drove me to the crisis team.", "Zhang Wei"),
    ("Japanese", "Every week Hiroshi sat with me after group.", "Hiroshi"),
    ("Hindi", "Every week Priyanka sat with me after group.", "Priyanka"),
    ("Yoruba", "Every week Oluwaseun sat with me after group.", "Oluwaseun"),
    ("Russian", "It was Anastasia Morozova who drove me to the crisis team.", "Anastasia Morozova"),
    ("Polish", "Every week Bartosz sat with me after group.", "Bartosz"),
    ("Turkish", "Every week Mustafa sat with me after group.", "Mustafa"),
    ("Vietnamese", "Every week Nguyen Thi Mai sat with me after group.", "Nguyen Thi Mai"),
    ("Greek", "Every week Konstantinos sat with me after group.", "Konstantinos"),
    ("Swahili", "Every week Wanjiku sat with me after group.", "Wanjiku"),
]


@pytest.mark.parametrize(("language", "text", "name"), NAMES)
def test_names_from_many_languages_are_replaced(language, text, name):
    result = scrub(text)
    assert all(part not in result.text for part in name.split()), (language, result.text)
    assert "[name]" in result.text


@pytest.mark.parametrize(
    "text",
    [
        "I watched YouTube on my iPhone until three in the morning.",
        "My GP checked my vitamin B12 and it was low.",
        "Step 4 of the programme was the hardest.",
        "My car broke down on the way to group.",
        "I moved to Paris for a fresh start.",
        "Will I ever feel normal? Hope says yes.",
        "I went to AA meetings and my GP referred me to the NHS talking therapies.",
    ],
)
def test_ordinary_words_stay(text):
    assert scrub(text).text == text


def test_the_review_marks_every_replacement_in_the_original():
    original = "How Dr. Maria Lopez at St. Mary's helped me"
    result = scrub(original)
    parts = list(segments(original, result))
    assert "".join(p.text for p in parts) == original
    assert [p.text for p in parts if p.entity] == ["Dr. Maria Lopez", "St. Mary's"]
    assert [p.entity.replacement for p in parts if p.entity] == ["[name]", "[place]"]


def test_moderators_see_where_the_placeholders_are_and_how_many():
    text = "How [name] at [place] helped me. [name] and [name] came too."
    assert [text[s:e] for s, e in placeholder_spans(text)] == [
        "[name]",
        "[place]",
        "[name]",
        "[name]",
    ]
    assert summary(text) == "3 names, 1 place"
    assert summary("Nothing replaced here.") == ""


@pytest.mark.slow
def test_recall_on_the_held_out_part_of_kindreds_set():
    """Text the recognizers were not adjusted on: recall at least 0.95, precision too."""
    tally = measure(row for row in load_own_set() if row.part == "holdout")
    assert sum(tally.planted.values()) >= 250
    assert len({row.lang for row in load_own_set() if row.lang}) >= 10
    assert tally.recall() >= 0.95, tally.misses[:20]
    assert tally.precision >= 0.95, tally.false_alarms[:20]
