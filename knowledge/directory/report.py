"""What an import did: added, updated, retired and rejected records, and the one write."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TypeVar

from pydantic import ValidationError

from knowledge.directory import store
from knowledge.directory.schema import Listing

MAX_RECORDS = 50_000
T = TypeVar("T")


@dataclass(frozen=True)
class Rejection:
    """A record that cannot be imported. `index` is the row (CSV, header = 1) or the
    0-based position in a JSON array; None when the whole file is the problem."""

    index: int | None
    reason: str
    field: str = ""

    def __str__(self) -> str:
        where = "file" if self.index is None else f"record {self.index}"
        return f"{where}{f', field {self.field}' if self.field else ''}: {self.reason}"


@dataclass
class ImportReport:
    source: str = ""
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    retired: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.rejected

    def summary(self) -> str:
        if self.rejected:
            return (
                f"Nothing imported: {len(self.rejected)} problem(s) found. Fix them and import "
                "the whole file again."
            )
        return (
            f"{len(self.added)} added, {len(self.updated)} updated, {len(self.retired)} retired, "
            f"{len(self.unchanged)} unchanged, 0 rejected ({self.seconds:.1f} s)"
        )


def rejections_from(error: ValidationError, index: int) -> list[Rejection]:
    out = []
    for item in error.errors():
        loc = ".".join(str(part) for part in item["loc"]) or ""
        message = item["msg"].removeprefix("Value error, ")
        out.append(Rejection(index=index, field=loc, reason=message))
    return out


def too_many(records: int) -> Rejection:
    return Rejection(
        index=MAX_RECORDS,
        reason=(
            f"the file holds {records:,} records; one import takes at most {MAX_RECORDS:,}. "
            "Split it into smaller files."
        ),
    )


def progress_bar(items: Iterable[T], total: int, show: bool, label: str) -> Iterator[T]:
    if not show:
        yield from items
        return
    from tqdm import tqdm

    yield from tqdm(items, total=total, desc=label, unit="record", leave=False)


def merge(first: Listing, second: Listing) -> Listing:
    """One listing from two records with the same key: later values win, lists are united."""
    data = first.model_dump()
    for name, value in second.model_dump(exclude_defaults=True).items():
        if isinstance(value, list) and isinstance(data.get(name), list) and name != "schedule":
            data[name] = data[name] + [v for v in value if v not in data[name]]
        else:
            data[name] = value
    return Listing.model_validate(data)


def apply(
    engine,
    listings: list[Listing],
    report: ImportReport,
    *,
    retire_missing_from: str | None = None,
    on_write: Callable[[], None] | None = None,
) -> ImportReport:
    """Write the listings (and retire what a full feed no longer has) in one transaction."""
    if report.rejected:
        return report
    by_id: dict[str, Listing] = {}
    for listing in listings:
        by_id[listing.id] = merge(by_id[listing.id], listing) if listing.id in by_id else listing
    stored = store.existing(engine, by_id)
    new, changed = [], []
    for listing_id, listing in by_id.items():
        if listing_id not in stored:
            new.append(listing)
            report.added.append(listing_id)
            continue
        data, retired = stored[listing_id]
        if not retired and data == listing.model_dump_json(exclude_defaults=True):
            report.unchanged.append(listing_id)
        else:
            changed.append(listing)
            report.updated.append(listing_id)
    if retire_missing_from is not None:
        previous = store.existing(engine, source=retire_missing_from)
        report.retired = sorted(
            i for i, (_, retired) in previous.items() if not retired and i not in by_id
        )
    if new or changed or report.retired:
        store.write(engine, new, changed, report.retired)
        if on_write:
            on_write()
    return report
