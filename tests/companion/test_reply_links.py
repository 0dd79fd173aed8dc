"""In a crisis reply, the verified numbers it quotes are tap-to-call; nothing else is linked."""

from __future__ import annotations

import pytest

from ui.companion import reply_markdown


@pytest.mark.parametrize(
    ("country", "message", "links"),
    [
        ("US", "I want to end my life tonight", ("(tel:988)", "(sms:988)", "(tel:911)")),
        ("GB", "I want to end my life tonight", ("(tel:116123)", "(tel:999)")),
        ("US", "ya no quiero vivir, tengo las pastillas guardadas", ("(tel:988)", "(tel:911)")),
    ],
)
def test_crisis_reply_numbers_become_links(offline_bot, country, message, links):
    reply = offline_bot.reply(message, country=country)
    assert reply.is_crisis
    markdown = reply_markdown(reply.text, [route.contact for route in reply.routes])
    for link in links:
        assert link in markdown, markdown


def test_only_verified_contacts_become_links():
    text = "Call 555 0100 or 988 now, see https://example.org/988"
    markdown = reply_markdown(text, ["Call 988"])
    assert "(tel:988)" in markdown
    assert "tel:5550100" not in markdown and "(tel:555" not in markdown
    assert "[https://example\\.org/988](https://example.org/988)" in markdown
    assert "tel:" not in reply_markdown(text)  # no contacts given: no number is linked
