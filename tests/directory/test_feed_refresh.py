"""Feeds refreshed from a URL, against a real HTTP server on loopback that the test runs:
conditional requests, a slow server, 500s, a truncated body, an oversized one, bad records,
and a changed feed that retires meetings. Failed refreshes keep the last good listings."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from knowledge.directory import add_feed, refresh_feeds
from knowledge.directory.__main__ import main
from knowledge.directory.feed_refresh import FeedFetchError, fetch
from loopback_servers import FeedBehaviour, running_feed_server
from tests.directory.conftest import DATA

ITEMS = json.loads((DATA / "meeting_guide_feed.json").read_text(encoding="utf-8"))
SOURCE = "Loopback AA"
FAST = {"timeout": 2.0, "backoff": 0.01}


@pytest.fixture()
def server() -> Iterator[tuple[FeedBehaviour, str]]:
    with running_feed_server(json.dumps(ITEMS).encode()) as running:
        yield running


@pytest.fixture()
def registered(directory, server):
    feed, url = server
    add_feed(directory, url, "meeting-guide", SOURCE)
    [first] = refresh_feeds(directory, **FAST)
    assert first.outcome == "updated", first
    assert len(first.report.added) == len(ITEMS)
    feed.requests.clear()
    return directory, feed


def active_ids(directory) -> set[str]:
    return {listing.id for listing in directory.listings(source=SOURCE)}


def test_an_unchanged_feed_costs_one_conditional_request(registered):
    directory, feed = registered
    [result] = refresh_feeds(directory, **FAST)
    assert result.outcome == "unchanged" and result.requests == 1
    assert len(feed.requests) == 1 and feed.requests[0]["If-None-Match"] == feed.etag
    assert directory.feeds()[SOURCE].refreshed_at is not None


def test_the_same_bytes_without_validators_change_nothing(registered):
    directory, feed = registered
    feed.use_etag = False
    version = directory.index().version
    [result] = refresh_feeds(directory, **FAST)
    assert result.outcome == "unchanged" and directory.index().version == version


def test_a_changed_feed_retires_the_meetings_it_no_longer_has(registered):
    directory, feed = registered
    before = active_ids(directory)
    feed.body = json.dumps(ITEMS[:-2]).encode()
    [result] = refresh_feeds(directory, **FAST)
    assert result.outcome == "updated" and len(result.report.retired) == 2
    assert active_ids(directory) == before - set(result.report.retired)
    assert directory.feeds()[SOURCE].changed_at is not None


def test_a_server_error_is_retried_with_backoff(registered):
    directory, feed = registered
    feed.failures_left = 2
    [result] = refresh_feeds(directory, **FAST)
    assert result.outcome == "unchanged" and result.requests == 3


def test_a_failing_server_keeps_the_last_good_listings_and_says_why(registered):
    directory, feed = registered
    before = active_ids(directory)
    feed.failures_left = 10
    [result] = refresh_feeds(directory, attempts=2, **FAST)
    assert result.outcome == "failed" and "500" in result.detail and len(feed.requests) == 2
    assert active_ids(directory) == before
    status = directory.feeds()[SOURCE]
    assert "500" in status.last_error and status.checked_at >= status.refreshed_at


def test_a_slow_server_times_out(registered):
    directory, feed = registered
    feed.delay = 1.5
    [result] = refresh_feeds(directory, attempts=1, timeout=0.5, backoff=0.01)
    assert result.outcome == "failed" and "within 0.5 seconds" in result.detail
    assert len(active_ids(directory)) == len(ITEMS)


def test_a_truncated_body_is_not_imported(registered):
    directory, feed = registered
    feed.body = json.dumps(ITEMS[:3]).encode()
    feed.truncate = True
    [result] = refresh_feeds(directory, attempts=2, **FAST)
    assert result.outcome == "failed" and "cut short" in result.detail
    assert len(active_ids(directory)) == len(ITEMS)  # nothing retired by half a feed


def test_a_feed_with_a_bad_record_imports_nothing(registered):
    directory, feed = registered
    items = [dict(item) for item in ITEMS[:-1]]
    items[1]["day"] = 9
    feed.body = json.dumps(items).encode()
    [result] = refresh_feeds(directory, **FAST)
    assert result.outcome == "failed" and "record 1" in result.detail
    assert result.report is not None and not result.report.ok
    assert len(active_ids(directory)) == len(ITEMS)
    # the bad bytes were never accepted: the next refresh fetches and checks them again
    good_etag = feed.requests[0]["If-None-Match"]
    feed.requests.clear()
    [again] = refresh_feeds(directory, **FAST)
    assert feed.requests[0]["If-None-Match"] == good_etag != feed.etag
    assert again.outcome == "failed" and directory.feeds()[SOURCE].last_error


def test_a_body_over_the_size_limit_is_refused(server):
    feed, url = server
    with pytest.raises(FeedFetchError, match="larger than"):
        fetch(url, max_bytes=100, **FAST)
    assert len(feed.requests) == 1  # not retried


def test_only_web_urls_and_full_feeds_are_registered(directory):
    with pytest.raises(ValueError, match="http"):
        add_feed(directory, "file:///etc/passwd", "meeting-guide", "x")
    with pytest.raises(ValueError, match="meeting-guide"):
        add_feed(directory, "https://example.org/x.csv", "csv", "x")


def test_the_command_line_adds_refreshes_and_lists(data_dir, server, capsys):
    feed, url = server
    assert main(["feeds", "add", url, "--format", "meeting-guide", "--source", SOURCE]) == 0
    assert main(["feeds", "refresh", "--timeout", "5"]) == 0
    assert f"{SOURCE}: updated ({len(ITEMS)} added" in capsys.readouterr().out
    assert main(["feeds", "refresh", "--source", SOURCE]) == 0
    assert f"{SOURCE}: unchanged" in capsys.readouterr().out
    feed.failures_left = 10
    assert main(["feeds", "refresh", "--timeout", "1"]) == 1  # 3 tries; backoff is real here
    assert main(["feeds", "list"]) == 0
    assert "last try failed: the server answered 500" in capsys.readouterr().out
    assert main(["feeds", "refresh", "--source", "nobody"]) == 2
