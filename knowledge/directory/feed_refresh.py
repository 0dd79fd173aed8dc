"""Refresh registered feeds from their URLs: conditional, bounded, retried, all or nothing.

Only an operator's command (or their cron job) runs this; the app itself never fetches.
Each request sends the stored ETag / Last-Modified, so a feed that did not change costs one
request answered 304. A body is read up to the directory's size limit, within a timeout;
connection errors, timeouts and 5xx/429 answers are retried with exponential backoff. The
body is imported like a file (every record checked, nothing written if any is rejected); a
refresh that fails for any reason keeps the last good listings and records why.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import http.client
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from urllib.parse import urlparse

from database import utcnow
from knowledge.directory import feed_sources
from knowledge.directory.directory import Directory
from knowledge.directory.feed_sources import FeedSource
from knowledge.directory.feeds import FULL_FEEDS, import_bytes
from knowledge.directory.listing_files import MAX_FILE_BYTES
from knowledge.directory.report import ImportReport

TIMEOUT_SECONDS = 30.0
ATTEMPTS = 3
BACKOFF_SECONDS = 2.0  # waits 2 s, then 4 s, between attempts
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
USER_AGENT = "Kindred directory feed refresh"


class FeedFetchError(Exception):
    """The feed could not be fetched whole; the message says why in plain words."""

    def __init__(self, message: str, attempts: int = 1) -> None:
        super().__init__(message)
        self.attempts = attempts


@dataclass(frozen=True)
class Fetched:
    status: int  # 200, or 304 when the feed did not change
    body: bytes = b""
    etag: str = ""
    last_modified: str = ""
    requests: int = 1


@dataclass
class RefreshResult:
    source: str
    outcome: str  # "unchanged", "updated", "failed"
    detail: str = ""
    report: ImportReport | None = None
    requests: int = 0
    problems: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        return f"{self.source}: {self.outcome}" + (f" ({self.detail})" if self.detail else "")


def check_url(url: str) -> str:
    parsed = urlparse(url.strip())
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise ValueError("a feed URL starts with http:// or https:// and names a host")
    return url.strip()


def fetch(
    url: str,
    etag: str = "",
    last_modified: str = "",
    *,
    timeout: float = TIMEOUT_SECONDS,
    max_bytes: int = MAX_FILE_BYTES,
    attempts: int = ATTEMPTS,
    backoff: float = BACKOFF_SECONDS,
    sleep: Callable[[float], None] = time.sleep,
) -> Fetched:
    """GET the feed conditionally; raises FeedFetchError when no attempt got it whole."""
    headers = {"User-Agent": USER_AGENT, "Accept": "application/json, */*;q=0.5"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    problem = ""
    for attempt in range(1, attempts + 1):
        try:
            fetched = _get(urllib.request.Request(url, headers=headers), timeout, max_bytes)
            return replace(fetched, requests=attempt)
        except FeedFetchError as error:  # too big: asking again will not make it smaller
            raise FeedFetchError(str(error), attempt) from None
        except urllib.error.HTTPError as error:
            if error.code == 304:
                return Fetched(304, etag=etag, last_modified=last_modified, requests=attempt)
            problem = f"the server answered {error.code} {error.reason}"
            if error.code not in RETRY_STATUSES:
                break
        except (TimeoutError, OSError, http.client.HTTPException) as error:
            problem = _plain(error, timeout)
        if attempt < attempts:
            sleep(backoff * 2 ** (attempt - 1))
    tries = f"{attempt} attempt{'s' if attempt > 1 else ''}"
    raise FeedFetchError(f"{problem} (after {tries})", attempt)


def _get(request: urllib.request.Request, timeout: float, max_bytes: int) -> Fetched:
    with urllib.request.urlopen(request, timeout=timeout) as response:
        declared = response.headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > max_bytes:
            raise FeedFetchError(_too_big(max_bytes))
        body = response.read(max_bytes + 1)
        if len(body) > max_bytes:
            raise FeedFetchError(_too_big(max_bytes))
        if declared and declared.isdigit() and len(body) < int(declared):
            # a bounded read returns what came before the connection closed, without raising
            raise http.client.IncompleteRead(body, int(declared) - len(body))
        return Fetched(
            response.status,
            body,
            etag=response.headers.get("ETag", ""),
            last_modified=response.headers.get("Last-Modified", ""),
        )


def _too_big(max_bytes: int) -> str:
    return f"the feed is larger than the {max_bytes // 1_048_576} MB a directory file may be"


def _plain(error: BaseException, timeout: float) -> str:
    if isinstance(error, http.client.IncompleteRead):
        return f"the connection closed after {len(error.partial)} bytes: the feed arrived cut short"
    if isinstance(error, TimeoutError) or "timed out" in str(error):
        return f"no answer within {timeout:g} seconds"
    if isinstance(error, urllib.error.URLError):
        return f"cannot reach the server: {error.reason}"
    return f"cannot read the feed: {error}"


def add_feed(directory: Directory, url: str, format: str, source: str) -> FeedSource:
    """Register a feed URL under a source name (its listings' source)."""
    if format not in FULL_FEEDS:
        raise ValueError(f"a feed is one of: {', '.join(FULL_FEEDS)}")
    if not source.strip():
        raise ValueError("give the feed a source name, e.g. --source 'Example Intergroup'")
    return feed_sources.add(directory.engine, source.strip(), check_url(url), format)


def refresh_feeds(
    directory: Directory, source: str | None = None, **fetch_options: object
) -> list[RefreshResult]:
    """Refresh every registered feed (or one); a failure of one never stops the others."""
    sources = feed_sources.all_sources(directory.engine, source)
    if source is not None and not sources:
        raise KeyError(f"no feed is registered under the source {source!r}")
    return [refresh_one(directory, feed, **fetch_options) for feed in sources]


def refresh_one(directory: Directory, feed: FeedSource, **fetch_options: object) -> RefreshResult:
    engine, now = directory.engine, utcnow()
    try:
        fetched = fetch(feed.url, feed.etag, feed.last_modified, **fetch_options)  # type: ignore[arg-type]
    except FeedFetchError as error:
        return _failed(directory, feed, now, str(error), error.attempts)
    digest = hashlib.sha256(fetched.body).hexdigest() if fetched.status != 304 else ""
    if fetched.status == 304 or digest == feed.content_hash:
        feed_sources.record(
            engine,
            feed.source,
            checked_at=now,
            refreshed_at=now,
            last_error="",
            etag=fetched.etag or feed.etag,
            last_modified=fetched.last_modified or feed.last_modified,
        )
        return RefreshResult(feed.source, "unchanged", requests=fetched.requests)
    report = import_bytes(fetched.body, feed.format, feed.source, directory)
    if not report.ok:
        first = "; ".join(str(r) for r in report.rejected[:3])
        more = f" and {len(report.rejected) - 3} more" if len(report.rejected) > 3 else ""
        result = _failed(
            directory,
            feed,
            now,
            f"{len(report.rejected)} problem(s), nothing imported: {first}{more}",
            fetched.requests,
        )
        result.report = report
        return result
    feed_sources.record(
        engine,
        feed.source,
        etag=fetched.etag,
        last_modified=fetched.last_modified,
        content_hash=digest,
        checked_at=now,
        refreshed_at=now,
        changed_at=now if (report.added or report.updated or report.retired) else feed.changed_at,
        last_error="",
        last_summary=report.summary(),
    )
    return RefreshResult(
        feed.source, "updated", report.summary(), report=report, requests=fetched.requests
    )


def _failed(
    directory: Directory, feed: FeedSource, now: dt.datetime, reason: str, requests: int
) -> RefreshResult:
    """The listings stay as the last good refresh left them; the reason is kept for the operator."""
    feed_sources.record(directory.engine, feed.source, checked_at=now, last_error=reason)
    return RefreshResult(feed.source, "failed", reason, requests=requests)
