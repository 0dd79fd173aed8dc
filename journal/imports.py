"""What every import shares: size and encoding checks, the preview and its row report."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field

from journal.checkin import CheckIn
from journal.errors import BadImportFile, InvalidEntry
from safe_files import UnreadableFile, load_json

MAX_IMPORT_BYTES = 10 * 1024 * 1024  # years of daily entries fit in well under 10 MB


@dataclass(frozen=True)
class SkippedRow:
    row: int  # 1-based, as a spreadsheet shows it (the header is row 1 in a CSV)
    reason: str


@dataclass
class ImportPreview:
    """What an import would add, and which rows it would leave out and why.

    Nothing is saved until the person confirms: then ``Journal.add_many(preview.entries)``
    writes them all in one transaction.
    """

    source: str
    entries: list[CheckIn] = field(default_factory=list)
    skipped: list[SkippedRow] = field(default_factory=list)
    unmapped_moods: list[str] = field(default_factory=list)
    already_there: int = 0

    def leave_out_existing(self, existing: Iterable[CheckIn]) -> None:
        """Drop entries the journal already has (same date, time and content), counting them,
        so importing a newer export of the same app adds only what is new."""
        have = {same_entry_key(checkin) for checkin in existing}
        new = [checkin for checkin in self.entries if same_entry_key(checkin) not in have]
        self.already_there += len(self.entries) - len(new)
        self.entries = new

    def keep(self, row: int, checkin: CheckIn) -> None:
        try:
            self.entries.append(checkin.validated())
        except InvalidEntry as error:
            self.skip(row, str(error))

    def skip(self, row: int, reason: str) -> None:
        self.skipped.append(SkippedRow(row, reason))

    @property
    def summary(self) -> str:
        text = f"{len(self.entries)} entries ready to import from {self.source}"
        if self.skipped:
            text += f"; {len(self.skipped)} rows will be skipped (see why below)"
        if self.already_there:
            text += f"; {self.already_there} already in your journal (left out)"
        return text + "."


def same_entry_key(checkin: CheckIn) -> tuple:
    """What makes two entries the same one: the minute they are about, and their content."""
    return (
        checkin.occurred_at.replace(second=0, microsecond=0),
        checkin.mood,
        checkin.title.strip(),
        checkin.note.strip(),
        tuple(sorted(checkin.activities)),
        tuple(sorted(checkin.tags)),
    )


def decode_upload(data: bytes, what: str) -> str:
    """Reject files too big to be an export or that are not UTF-8 text, before parsing."""
    if len(data) > MAX_IMPORT_BYTES:
        raise BadImportFile(
            f"This file is {len(data) / 1_048_576:.0f} MB; a {what} export is much smaller "
            f"(the limit is {MAX_IMPORT_BYTES // 1_048_576} MB). Please check it is the right "
            "file. Nothing was imported."
        )
    if not data.strip():
        raise BadImportFile("This file is empty. Nothing was imported.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise BadImportFile(
            f"This file isn't readable UTF-8 text (unexpected byte at position {error.start}), "
            f"so it doesn't look like a {what} export. Nothing was imported."
        ) from error


def load_json_upload(
    data: bytes, what: str, hint: str = "", nothing: str = "Nothing was imported."
) -> object:
    """A JSON upload parsed within the size and depth bounds, or BadImportFile saying why;
    ``hint`` (a sentence) points to the right choice when the file may be another app's."""
    text = decode_upload(data, what)
    try:
        return load_json(text)
    except json.JSONDecodeError as error:
        raise BadImportFile(
            f"This isn't valid JSON (line {error.lineno}: {error.msg}), so it can't be a {what} "
            f"export. {hint}{nothing}"
        ) from error
    except UnreadableFile as error:
        raise BadImportFile(f"This isn't a {what} export: {error}. {nothing}") from error


def kindred_export_document(data: bytes) -> dict:
    """The JSON document of a Kindred journal export (size and nesting checked first), for
    the parts that can be restored from it (the safety plan, story feedback)."""
    document = load_json_upload(data, "Kindred", nothing="Nothing was restored.")
    if not isinstance(document, dict) or document.get("format") != "kindred-journal":
        raise BadImportFile(
            "This doesn't look like a Kindred journal export. Nothing was restored."
        )
    return document
