import json

import pytest

from knowledge.resources import (
    compiled_on,
    country_choices,
    crisis_lines,
    emergency_number,
    international_directory,
)
from knowledge.resources.lines import DATA_FILE

# country -> (emergency number, the first crisis line's name, a contact it must show)
EXPECTED = [
    ("US", "911", "988 Suicide & Crisis Lifeline", "988"),
    ("CA", "911", "9-8-8 Suicide Crisis Helpline", "988"),
    ("GB", "999", "Samaritans", "116 123"),
    ("IE", "112 or 999", "Samaritans", "116 123"),
    ("AU", "000", "Lifeline", "13 11 14"),
    ("NZ", "111", "Need to talk? 1737", "1737"),
]


@pytest.mark.parametrize(("country", "emergency", "first_name", "contact"), EXPECTED)
def test_crisis_lines_by_country(country, emergency, first_name, contact):
    lines = crisis_lines(country)
    assert emergency_number(country) == emergency
    assert lines[0].kind == "crisis"
    assert lines[0].name.startswith(first_name)
    assert contact in lines[0].contact
    kinds = [line.kind for line in lines]
    assert kinds == sorted(kinds, key=["crisis", "specialist", "warmline"].index), kinds


@pytest.mark.parametrize("country", ["us", " gb ", "Au"])
def test_codes_are_case_and_space_insensitive(country):
    assert crisis_lines(country)[0].kind == "crisis"


@pytest.mark.parametrize("country", ["XX", "", None, "ZZ"])
def test_unknown_country_gets_the_international_directory(country):
    lines = crisis_lines(country)
    assert lines == [international_directory()]
    assert lines[0].url.startswith("https://")
    assert emergency_number(country) is None


def test_emergency_only_country_has_a_number_and_the_directory():
    assert emergency_number("JP").startswith("119")
    assert crisis_lines("JP") == [international_directory()]


def test_every_line_is_carried_over_from_the_verified_file_unchanged():
    data = json.loads(DATA_FILE.read_text())
    assert compiled_on() == data["compiled_on"] == "2026-11-23"
    for code, entry in data["countries"].items():
        ours = {line.name: line for line in crisis_lines(code)}
        assert len(ours) == len(entry["lines"])
        for raw in entry["lines"]:
            line = ours[raw["name"]]
            assert line.phone == raw.get("phone", "")
            assert line.text == raw.get("text", "")
            assert line.url == raw["url"]
            assert line.url.startswith("https://")


def test_the_picker_offers_every_known_country_and_other():
    choices = country_choices()
    assert choices[:6] == ["US", "CA", "GB", "IE", "AU", "NZ"]
    assert "JP" in choices and choices[-1] == "OTHER"
