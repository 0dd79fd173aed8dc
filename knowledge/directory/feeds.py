"""Import and export: Kindred CSV/JSON, Meeting Guide JSON feeds and Open Referral HSDS 3.0.

All or nothing: every record is checked first; if any is rejected nothing is written.
A full feed (Meeting Guide, HSDS) replaces what the same source sent before: records no
longer in it are retired, never deleted, so a returning meeting keeps its history.
"""

from __future__ import annotations

import csv
import io
import json
import time
import urllib.parse
import urllib.request
from pathlib import Path

from knowledge.directory import hsds, listing_files, meeting_guide
from knowledge.directory.directory import Directory, open_directory
from knowledge.directory.report import ImportReport, Rejection, apply, progress_bar
from knowledge.directory.schema import Listing
from knowledge.directory.search import Filters
from safe_files import spreadsheet_safe_row
from settings import Settings

FORMATS = ("meeting-guide", "hsds", "csv", "json")
FULL_FEEDS = ("meeting-guide", "hsds")
URL_TIMEOUT_SECONDS = 60


def _read(path_or_url: str | Path) -> tuple[bytes, str]:
    text = str(path_or_url)
    if text.startswith(("http://", "https://")):
        # Only when an operator asks for it on the command line; the app never fetches.
        with urllib.request.urlopen(text, timeout=URL_TIMEOUT_SECONDS) as response:
            # One byte over the limit is enough for decode() to refuse it; never read more.
            body = response.read(listing_files.MAX_FILE_BYTES + 1)
            return body, urllib.parse.urlparse(text).netloc
    path = Path(path_or_url)
    return path.read_bytes(), path.stem


def guess_format(path_or_url: str | Path, raw: bytes) -> str:
    if str(path_or_url).lower().endswith(".csv"):
        return "csv"
    head = raw[:20000].decode("utf-8", "ignore")
    if '"slug"' in head:
        return "meeting-guide"
    if '"service_at_locations"' in head or '"organization"' in head:
        return "hsds"
    return "json"


def import_feed(
    path_or_url: str | Path,
    format: str = "meeting-guide",
    source: str | None = None,
    *,
    directory: Directory | None = None,
    settings: Settings | None = None,
    progress: bool = False,
    replace: bool | None = None,
) -> ImportReport:
    """Validate a whole file and import it, or import nothing and say why, record by record.

    `replace` retires the source's listings that the file no longer has; it defaults to True
    for full feeds (Meeting Guide, HSDS) and False for Kindred CSV/JSON, which add and update.
    """
    started = time.perf_counter()
    directory = directory or open_directory(settings)
    try:
        raw, default_source = _read(path_or_url)
    except OSError as error:
        return ImportReport(
            source=source or "", rejected=[Rejection(None, f"cannot read: {error}")]
        )
    if format == "auto":
        format = guess_format(path_or_url, raw)
    report = import_bytes(
        raw, format, source or default_source, directory, progress=progress, replace=replace
    )
    report.seconds = time.perf_counter() - started
    return report


def import_bytes(
    raw: bytes,
    format: str,
    source: str,
    directory: Directory,
    *,
    progress: bool = False,
    replace: bool | None = None,
) -> ImportReport:
    """Import a file's bytes all or nothing (see `import_feed`); a refreshed feed comes here."""
    started = time.perf_counter()
    if format not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}")
    report = ImportReport(source=source)

    def bar(items):
        return progress_bar(items, len(items), progress, f"Checking {source}")

    try:
        if format == "meeting-guide":
            listings, report.rejected = meeting_guide.parse_feed(raw, source, bar)
        elif format == "hsds":
            listings, report.rejected = hsds.parse_feed(raw, source, bar)
        else:
            reader = listing_files.read_csv if format == "csv" else listing_files.read_json
            rows = reader(raw)
            listings, report.rejected = listing_files.parse_listings(rows, source, bar)
    except listing_files.FileProblemError as problem:
        report.rejected = [Rejection(None, str(problem))]
        listings = []
    apply(
        directory.engine,
        listings,
        report,
        retire_missing_from=source
        if (format in FULL_FEEDS if replace is None else replace)
        else None,
    )
    report.seconds = time.perf_counter() - started
    return report


def export_feed(
    path: str | Path,
    format: str = "meeting-guide",
    *,
    directory: Directory | None = None,
    settings: Settings | None = None,
    **filters: object,
) -> int:
    """Write the directory (or the part the filters keep) as a feed; returns the record count.

    Filters are those of `find` that do not need a place: kinds, formats, languages,
    populations, cost, accessibility, topics, fellowships, sources, country, include_demo.
    """
    directory = directory or open_directory(settings)
    kept = Filters.build(**{"hide_inactive": False, **filters})
    listings = [
        listing
        for listing in directory.listings()
        if kept.accepts(listing.model_dump(mode="json"))
        and (not kept.country or listing.country == kept.country)
    ]
    if format == "meeting-guide":
        payload: object = meeting_guide.export_items(listings)
    elif format == "hsds":
        payload = hsds.export_services(listings)
    elif format == "json":
        payload = [listing.model_dump(mode="json", exclude_defaults=True) for listing in listings]
    elif format == "csv":
        Path(path).write_text(_csv_text(listings), encoding="utf-8")
        return len(listings)
    else:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}")
    Path(path).write_text(json.dumps(payload, indent=1, ensure_ascii=False), encoding="utf-8")
    return len(payload)  # type: ignore[arg-type]


def _csv_text(listings: list[Listing]) -> str:
    """The CSV template's columns; a cell a spreadsheet would run as a formula starts with '."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=listing_files.CSV_COLUMNS)
    writer.writeheader()
    for listing in listings:
        writer.writerow(spreadsheet_safe_row(listing_files.listing_to_csv_row(listing)))
    return out.getvalue()
