"""The demo listings: enough of them, everywhere promised, all marked demo, nothing reachable."""

from __future__ import annotations

import json
import re

from knowledge.directory import prepare_sample_data
from knowledge.directory.demo_data import build
from knowledge.directory.sample import DEMO_FILE
from settings import Settings

RECORDS = json.loads(DEMO_FILE.read_text(encoding="utf-8"))


def test_committed_file_is_what_the_generator_makes():
    assert build() == RECORDS


def test_enough_listings_cities_and_countries():
    assert len(RECORDS) >= 300
    placed = [r for r in RECORDS if "latitude" in r]
    assert len({(r["city"], r["region"]) for r in placed}) >= 15
    assert {r["country"] for r in placed} >= {"US", "CA", "GB", "AU"}
    assert sum(r["kind"] == "online_group" for r in RECORDS) >= 20


def test_every_demo_is_marked_and_unreachable():
    for record in RECORDS:
        assert record["is_demo"] is True
        assert record["kind"] not in ("warmline", "crisis_line")  # those are real only
        assert record["email"].endswith("@example.org")
        assert record["url"].startswith("https://example.org/")
        if "phone" in record:
            assert record["country"] == "US"
            assert re.fullmatch(r"\(555\) 555-01\d\d", record["phone"])
        assert "Sample" in record["name"]


def test_prepare_sample_data_is_safe_to_rerun(data_dir):
    settings = Settings.from_env()
    first = prepare_sample_data(settings)
    second = prepare_sample_data(settings)
    assert f"{len(RECORDS)} added" in first
    assert "0 added, 0 updated, 0 retired" in second
