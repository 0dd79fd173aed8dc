"""Hostile directory files are refused with a named problem, never a traceback; NUL never
reaches PostgreSQL; the CSV export never runs formulas (issue 18, items 3 and 4)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from sqlalchemy import text

from knowledge.directory import Directory, export_feed, import_feed
from knowledge.directory.store import make_engine, metadata
from tests.directory.conftest import DATA
from tests.directory.test_import import csv_text, good_row

FORMATS = ("meeting-guide", "hsds", "json", "csv")


def _sample(format: str) -> str:
    """A small, valid file of each format as text."""
    if format == "csv":
        return csv_text([good_row(1), good_row(2)])
    name = {"meeting-guide": "meeting_guide_feed", "hsds": "hsds_feed", "json": "small_listings"}
    return (DATA / f"{name[format]}.json").read_text(encoding="utf-8")


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def any_directory(request, directory: Directory):
    """The directory on a SQLite file, and on a real PostgreSQL (which refuses NUL in text)."""
    if request.param == "sqlite":
        yield directory
        return
    on_postgres = Directory(make_engine(request.getfixturevalue("postgres_url")))
    yield on_postgres
    metadata.drop_all(on_postgres.engine)
    with on_postgres.engine.begin() as connection:
        connection.execute(text("DROP TABLE directory_alembic_version"))
    on_postgres.engine.dispose()


@pytest.mark.parametrize("format", ["meeting-guide", "hsds", "json"])
def test_deeply_nested_json_is_refused_before_parsing(directory, tmp_path: Path, format):
    records = json.loads(_sample(format))
    records[0]["notes"] = json.loads("[" * 200 + "]" * 200)  # nested, but still valid JSON
    path = tmp_path / "feed.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    path.write_text(path.read_text().replace("[[[", "[[[" + "[" * 50_000, 1)
                    .replace("]]]", "]]]" + "]" * 50_000, 1))  # fmt: skip
    report = import_feed(path, format=format, source="deep", directory=directory)
    assert not report.ok and directory.count() == 0
    [problem] = report.rejected
    assert problem.index is None and "levels deep" in problem.reason


def test_an_over_long_csv_cell_names_the_line(directory, tmp_path: Path):
    path = tmp_path / "long.csv"
    path.write_text(csv_text([good_row(1), good_row(2, description="x" * 200_000)]))
    report = import_feed(path, format="csv", directory=directory)
    assert not report.ok and directory.count() == 0
    [problem] = report.rejected
    assert "line 3 has a cell longer than 100,000 characters" in problem.reason


def test_a_csv_file_cut_inside_quoted_text_is_refused(directory, tmp_path: Path):
    whole = csv_text([good_row(1), good_row(2, description="two\nlines")])
    path = tmp_path / "cut.csv"
    path.write_text(whole[: whole.index("lines")])
    report = import_feed(path, format="csv", directory=directory)
    assert not report.ok and directory.count() == 0
    assert "ends inside quoted text that begins on line 3" in report.rejected[0].reason


@pytest.mark.parametrize("format", FORMATS)
def test_nul_characters_are_dropped_by_every_importer(any_directory, tmp_path: Path, format):
    text = _sample(format)
    if format == "csv":
        text = text.replace("Group 1", "Gro\x00up 1")
    else:
        records = json.loads(text)
        records[0]["name"] = "Gro\u0000up 1"
        text = json.dumps(records)
    path = tmp_path / f"nul.{'csv' if format == 'csv' else 'json'}"
    path.write_text(text, encoding="utf-8")
    report = import_feed(path, format=format, source="nul", directory=any_directory)
    assert report.ok, report.rejected
    names = [listing.name for listing in any_directory.listings()]
    assert "Group 1" in names and not any("\x00" in name for name in names)


def test_the_csv_export_neutralizes_formula_cells_and_reads_back_the_same(
    directory, tmp_path: Path
):
    hostile = good_row(
        1,
        name='=HYPERLINK("http://evil.example","Click")',
        description="+SUM(1)",
        notes="@foo",
        location_name="-2+3",
        phone="+1 312 555 0100",
    )
    source = tmp_path / "in.csv"
    source.write_text(csv_text([hostile, good_row(2)]))
    assert import_feed(source, format="csv", source="test", directory=directory).ok
    out = tmp_path / "out.csv"
    assert export_feed(out, format="csv", directory=directory) == 2
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    [row] = [r for r in rows if r["id"] == "row-1"]
    assert row["name"] == "'" + hostile["name"]
    assert (row["description"], row["notes"], row["location_name"], row["phone"]) == (
        "'+SUM(1)", "'@foo", "'-2+3", "'+1 312 555 0100",
    )  # fmt: skip
    texts = [cell for r in rows for key, cell in r.items() if key not in ("latitude", "longitude")]
    assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in texts)
    assert float(row["longitude"]) < 0  # numbers are left as they are

    before = directory.get("row-1")
    again = import_feed(out, format="csv", source="test", directory=directory)
    assert again.ok and len(again.unchanged) == 2, again
    assert directory.get("row-1") == before


def test_a_file_over_the_size_limit_is_refused_unread(directory, tmp_path: Path, monkeypatch):
    from knowledge.directory import listing_files

    monkeypatch.setattr(listing_files, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "big.csv"
    path.write_text(csv_text([good_row(n) for n in range(40)]))
    report = import_feed(path, format="csv", directory=directory)
    assert not report.ok and directory.count() == 0
    assert "more than the 0 MB a directory file may be" in report.rejected[0].reason
