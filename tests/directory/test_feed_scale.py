"""A generated 2,000-meeting Meeting Guide feed imports whole and is searchable (timing: benchmarks)."""

from __future__ import annotations

import datetime as dt

import pytest

from benchmarks.meeting_guide_feed import generate
from knowledge.directory import import_feed
from tests.directory.conftest import write_json


@pytest.mark.slow
def test_a_realistic_feed_of_2000_meetings(directory, tmp_path):
    items = generate(2000)
    path = write_json(tmp_path / "feed.json", items)
    report = import_feed(
        path, format="meeting-guide", source="Example Intergroup", directory=directory
    )
    assert report.ok, report.rejected[:3]
    assert len(report.added) == 2000 and directory.count() == 2000
    placed = next(i for i in items if "latitude" in i and "conference_url" not in i)
    now = dt.datetime(2026, 11, 24, 17, tzinfo=dt.UTC)
    hits = directory.find(
        f"{placed['city']}, {placed['state']}", radius_km=15, include_remote=False, now=now
    )
    assert any(h.listing.external_id == placed["slug"] for h in hits)
    assert all(h.next_meeting is not None and h.next_meeting >= now for h in hits)
    again = import_feed(
        path, format="meeting-guide", source="Example Intergroup", directory=directory
    )
    assert len(again.unchanged) == 2000
