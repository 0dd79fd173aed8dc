"""Anonymization: behaviour table, the planted-PII recall set, and proof that nothing is fetched."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from collections import Counter
from pathlib import Path

import pytest

from knowledge.anonymize import scrub

ROOT = Path(__file__).resolve().parents[2]
PII_SET = Path(__file__).parent / "data" / "pii.jsonl"
RECALL_THRESHOLD = 0.95
KINDS = {
    "name",
    "email",
    "phone",
    "address",
    "link",
    "handle",
    "date of birth",
    "id number",
    "hospital",
    "school",
    "workplace",
}


@pytest.mark.parametrize(
    ("text", "gone", "placeholder"),
    [
        ("My sister Priya drove me to group.", "Priya", "[name]"),
        ("Write to me at jo.bloggs@gmail.com any time.", "jo.bloggs@gmail.com", "[email]"),
        ("Call me on (415) 555-0132 after six.", "555-0132", "[phone]"),
        ("I lived at 42 Elm Street, Springfield, IL 62704 then.", "42 Elm Street", "[address]"),
        ("My blog is https://quiet-river.example.org/posts/1 now.", "quiet-river", "[link]"),
        ("Find me on Instagram as @sunny_days_22.", "@sunny_days_22", "[handle]"),
        ("I was born on March 3, 1987 in Cork.", "March 3, 1987", "[date of birth]"),
        ("My MRN is 00482913 on the wristband.", "00482913", "[id number]"),
        ("They took me to St. Mary's Hospital that night.", "St. Mary's", "[hospital]"),
        ("I was sixteen at Lincoln High School.", "Lincoln", "[school]"),
        ("I worked at Amazon for six years.", "Amazon", "[workplace]"),
    ],
)
def test_each_kind_is_replaced_with_a_readable_placeholder(text, gone, placeholder):
    result = scrub(text)
    assert gone not in result.text
    assert placeholder in result.text
    entity = next(e for e in result.entities if e.replacement == placeholder)
    assert text[entity.start : entity.end] == entity.original
    assert gone in entity.original or entity.original in gone


@pytest.mark.parametrize(
    "text",
    [
        "I called 988 and the woman on the line stayed with me.",
        "Samaritans on 116 123 picked up at 3am.",
        "My faith in God and my Tuesday group kept me going.",
        "I went to AA meetings and my GP referred me to the NHS talking therapies.",
        "In 2019 I spent 3 weeks in hospital and 12 months in therapy.",
    ],
)
def test_ordinary_story_words_and_public_helplines_stay(text):
    assert scrub(text).text == text


def test_context_words_stay_readable_around_a_number():
    result = scrub("My NHS number 943 476 5919 is on every letter.")
    assert result.text == "My NHS number [id number] is on every letter."


def test_empty_text_is_returned_as_is():
    assert scrub("").text == "" and scrub("   ").entities == ()


def _covered(text: str, value: str, entities) -> tuple[bool, bool]:
    start = text.index(value)
    end = start + len(value)
    spans = [e for e in entities if e.start < end and e.end > start]
    covered = all(
        any(e.start <= i < e.end for e in spans) for i in range(start, end) if text[i].isalnum()
    )
    return covered, covered and bool(spans)


@pytest.mark.slow
def test_planted_pii_recall():
    rows = [json.loads(line) for line in PII_SET.read_text(encoding="utf-8").splitlines()]
    planted, found, typed = Counter(), Counter(), Counter()
    misses = []
    for row in rows:
        result = scrub(row["text"])
        for item in row["items"]:
            covered, _ = _covered(row["text"], item["value"], result.entities)
            planted[item["type"]] += 1
            if covered:
                found[item["type"]] += 1
                if any(e.type == item["type"] for e in result.entities):
                    typed[item["type"]] += 1
            else:
                misses.append(f"  {item['type']}: {row['text']}")
    assert set(planted) == KINDS and min(planted.values()) >= 100
    recall = sum(found.values()) / sum(planted.values())
    print(f"\nPII recall {recall:.3f} over {sum(planted.values())} planted items")
    for kind in sorted(planted):
        print(
            f"  {kind:<14} recall {found[kind] / planted[kind]:.3f}"
            f"  right label {typed[kind] / planted[kind]:.3f}  (n={planted[kind]})"
        )
    print("missed:\n" + "\n".join(misses[:30]))
    assert recall >= RECALL_THRESHOLD
    for kind in planted:
        assert found[kind] / planted[kind] >= 0.9, kind


OFFLINE_SCRIPT = textwrap.dedent(
    """
    import socket, sys
    sys.path.insert(0, {root!r})

    def refuse(*args, **kwargs):
        raise OSError("network is blocked in this test")

    socket.socket.connect = refuse
    socket.socket.connect_ex = refuse
    socket.create_connection = refuse

    from knowledge.anonymize import scrub
    result = scrub("Mail me at kim.lee@example.co.uk or see www.kims-blog.org.nz, Kim Lee")
    kinds = sorted({{e.type for e in result.entities}})
    print(kinds)
    assert kinds == ["email", "link", "name"], kinds
    """
)


@pytest.mark.slow
def test_scrubbing_works_with_the_network_blocked(tmp_path):
    """A fresh process with every socket connect refused: spaCy and tldextract stay local."""
    env = {"HOME": str(tmp_path), "PATH": "/usr/bin:/bin", "HF_HUB_OFFLINE": "1"}
    done = subprocess.run(
        [sys.executable, "-c", OFFLINE_SCRIPT.format(root=str(ROOT))],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "['email', 'link', 'name']" in done.stdout
