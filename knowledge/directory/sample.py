"""Sample data for a fresh install: the demo listings, loaded through the normal import."""

from __future__ import annotations

from pathlib import Path

from settings import Settings

DEMO_FILE = Path(__file__).resolve().parent.parent / "data" / "directory" / "demo_listings.json"
DEMO_SOURCE = "Kindred demo listings"


def prepare_sample_data(settings: Settings) -> str:
    """Load the demo listings; safe to run again (unchanged listings are left alone)."""
    from knowledge.directory.directory import open_directory
    from knowledge.directory.feeds import import_feed

    report = import_feed(
        DEMO_FILE,
        format="json",
        source=DEMO_SOURCE,
        directory=open_directory(settings),
        replace=True,
    )
    if not report.ok:
        raise RuntimeError(f"demo listings did not load: {report.rejected[0]}")
    return f"demo listings: {report.summary()}"
