"""The import sources offered on the privacy page, and what each preview shows extra."""

from __future__ import annotations

from collections.abc import Callable, Mapping

import pandas as pd
import streamlit as st

from journal import Journal
from journal.checkin import mood_words
from journal.daylio import parse_daylio
from journal.daylio_backup import DaylioBackupPreview, parse_daylio_backup
from journal.imports import ImportPreview
from journal.jrnl import parse_jrnl
from journal.kindred_import import KindredPreview, parse_kindred

DAYLIO_CSV, DAYLIO_BACKUP = "Daylio (CSV)", "Daylio backup (.daylio)"
JRNL, KINDRED = "jrnl (JSON)", "Kindred (JSON)"
SOURCES = (DAYLIO_CSV, DAYLIO_BACKUP, JRNL, KINDRED)
FILE_TYPES = ["csv", "json", "daylio"]
# The sources whose own mood names the person can match to 1-5.
WITH_MOOD_NAMES: dict[str, Callable[[bytes, Mapping[str, int] | None], ImportPreview]] = {
    DAYLIO_CSV: parse_daylio,
    DAYLIO_BACKUP: parse_daylio_backup,
}


def parse_upload(
    source: str, data: bytes, journal: Journal, mood_map: Mapping[str, int] | None = None
) -> ImportPreview:
    """The preview for the chosen source; BadImportFile for a file it cannot read."""
    if source in WITH_MOOD_NAMES:
        return WITH_MOOD_NAMES[source](data, mood_map)
    if source == KINDRED:
        return parse_kindred(data, journal.trackers())
    return parse_jrnl(data)


def import_preview(journal: Journal, preview: ImportPreview) -> None:
    """Save everything in one transaction (with any trackers a Kindred export brings)."""
    new_trackers = preview.new_trackers if isinstance(preview, KindredPreview) else []
    journal.add_many(preview.entries, new_trackers)


def preview_details(preview: ImportPreview) -> None:
    """What a Daylio backup or a Kindred export carries beyond the entries."""
    if isinstance(preview, DaylioBackupPreview) and preview.moods:
        st.markdown("**Your Daylio moods and how they are matched**")
        st.dataframe(
            pd.DataFrame(
                {
                    "Daylio mood": [m.name for m in preview.moods],
                    "Daylio level (1 best, 5 worst)": [m.level or "" for m in preview.moods],
                    "in Kindred": [mood_words(m.mood, m.own_label) if m.mood else "not matched yet"
                                   for m in preview.moods],
                }
            ),
            hide_index=True,
            width="stretch",
        )  # fmt: skip
        if any(m.custom for m in preview.moods):
            st.caption("Moods you named yourself keep your name on each entry, beside the 1-5.")
        if preview.activity_groups:
            groups = "; ".join(
                f"{group}: {', '.join(names)}" for group, names in preview.activity_groups.items()
            )
            st.caption(f"Activity groups (kept as tags on each entry): {groups}")
    if isinstance(preview, KindredPreview) and preview.new_trackers:
        names = ", ".join(t.name for t in preview.new_trackers)
        st.caption(f"New trackers this adds to your journal: {names}")
