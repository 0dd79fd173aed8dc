"""The directory of peer groups, peer specialists, respites, warmlines and clinics.

`open_directory()` opens it from settings; `Directory.find(...)` searches near a place;
`import_feed` / `export_feed` load and write Kindred CSV/JSON, Meeting Guide and HSDS files.
"""

from knowledge.directory.directory import Directory, open_directory
from knowledge.directory.feed_refresh import RefreshResult, add_feed, refresh_feeds
from knowledge.directory.feeds import export_feed, import_feed
from knowledge.directory.query import DirectoryQuery
from knowledge.directory.report import ImportReport, Rejection
from knowledge.directory.sample import prepare_sample_data
from knowledge.directory.schedules import next_meeting
from knowledge.directory.schema import Listing, Meeting, Schedule
from knowledge.directory.search import ListingHit

__all__ = [
    "Directory",
    "DirectoryQuery",
    "ImportReport",
    "Listing",
    "ListingHit",
    "Meeting",
    "RefreshResult",
    "Rejection",
    "Schedule",
    "add_feed",
    "export_feed",
    "import_feed",
    "next_meeting",
    "open_directory",
    "prepare_sample_data",
    "refresh_feeds",
]
