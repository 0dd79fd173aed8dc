"""Tap-to-call and tap-to-text links, as a table: value -> the parts a phone shows."""

import pytest

from knowledge.resources import crisis_lines, emergency_number, supported_countries
from knowledge.resources.dial import Part, phone_parts, tel_href, text_parts

# value -> [(text, href)]; an empty href is plain text
PHONES = [
    ("988", [("988", "tel:988")]),
    ("116 123", [("116 123", "tel:116123")]),
    ("1-866-488-7386", [("1-866-488-7386", "tel:18664887386")]),
    ("13 11 14", [("13 11 14", "tel:131114")]),
    ("+44 7700 900123", [("+44 7700 900123", "tel:+447700900123")]),
    ("(555) 123-4567", [("(555) 123-4567", "tel:5551234567")]),
    ("988 then press 1", [("988", "tel:988"), (" then press 1", "")]),
    ("111, then the mental health option", [("111", "tel:111"), (", then the mental health option", "")]),
    (
        "0800 111 0 111 or 0800 111 0 222",
        [("0800 111 0 111", "tel:08001110111"), (" or ", ""), ("0800 111 0 222", "tel:08001110222")],
    ),
    ("112 or 999", [("112", "tel:112"), (" or ", ""), ("999", "tel:999")]),
    ("112 (SAMU: 15)", [("112", "tel:112"), (" (SAMU: 15)", "")]),
    ("192 (SAMU)", [("192", "tel:192"), (" (SAMU)", "")]),
    (
        "112 from a mobile phone (ambulance: 10177)",
        [("112", "tel:112"), (" from a mobile phone (ambulance: ", ""), ("10177", "tel:10177"), (")", "")],
    ),
    ("see website", [("see website", "")]),
    ("call mum", [("call mum", "")]),
    ("12", [("12", "")]),
    ("1234567890123456789", [("1234567890123456789", "")]),
    ("javascript:alert(1)", [("javascript:alert(1)", "")]),
    ("<a href=x>555 0100</a>", [("<a href=x>", ""), ("555 0100", "tel:5550100"), ("</a>", "")]),
    ("", []),
]  # fmt: skip

TEXTS = [
    ("Text 988", "sms:988"),
    ("Text HOME to 741741", "sms:741741?&body=HOME"),
    ('Text "helpline" to 62640', "sms:62640?&body=helpline"),
    ("Text START to 678-678", "sms:678678?&body=START"),
    ("Text 0477 13 11 14", "sms:0477131114"),
    ("Text SHOUT to 85258", "sms:85258?&body=SHOUT"),
    ("text hello to 50808", "sms:50808?&body=hello"),
    ("Text us any time", ""),
    ("Text 988 or 741741", ""),
    ("WhatsApp 0800 123 456", ""),
    ("", None),
]  # fmt: skip


@pytest.mark.parametrize(("value", "expected"), PHONES)
def test_phone_parts(value, expected):
    parts = phone_parts(value)
    assert [(p.text, p.href) for p in parts] == expected
    assert "".join(p.text for p in parts) == value  # nothing lost


@pytest.mark.parametrize(("value", "href"), TEXTS)
def test_text_parts(value, href):
    parts = text_parts(value)
    if href is None:
        assert parts == []
    else:
        assert parts == [Part(value, href)]


@pytest.mark.parametrize(
    ("value", "href"),
    [
        ("988", "tel:988"),
        (" 0800 58 58 58 ", "tel:08005858 58".replace(" ", "")),
        ("988 or 911", ""),
        ("mum", ""),
    ],
)
def test_tel_href_only_for_one_number(value, href):
    assert tel_href(value) == href


@pytest.mark.parametrize("country", supported_countries())
def test_every_verified_number_gets_a_link_made_of_its_own_digits(country):
    values = [emergency_number(country) or ""]
    values += [line.phone for line in crisis_lines(country) if line.phone]
    for value in values:
        links = [p.href for p in phone_parts(value) if p.href]
        assert links, value
        for href in links:
            assert href.removeprefix("tel:") in value.replace(" ", "").replace("-", "")
    for line in crisis_lines(country):
        if line.text:
            assert text_parts(line.text)[0].href.startswith("sms:"), line.text


def test_a_dial_in_links_only_its_number_not_the_access_code():
    parts = phone_parts("+1 646 558 8656, code 123456#", max_links=1)
    assert [p.href for p in parts if p.href] == ["tel:+16465588656"]
    assert "".join(p.text for p in parts) == "+1 646 558 8656, code 123456#"
