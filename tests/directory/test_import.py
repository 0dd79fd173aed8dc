"""The CSV/JSON import: all or nothing, errors by row and field, duplicates merged, CLI."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from knowledge.directory import import_feed
from knowledge.directory.__main__ import main
from knowledge.directory.listing_files import CSV_COLUMNS, parse_schedule
from tests.directory.conftest import write_json

TEMPLATE = Path("knowledge/data/directory/listings_template.csv")
ROOT = Path(__file__).resolve().parents[2]


def csv_text(rows: list[dict], columns=CSV_COLUMNS) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(columns))
    writer.writeheader()
    for row in rows:
        writer.writerow({c: row.get(c, "") for c in columns})
    return out.getvalue()


def good_row(n: int = 1, **changes) -> dict:
    row = {
        "id": f"row-{n}",
        "name": f"Group {n}",
        "kind": "mutual_aid_group",
        "formats": "in_person",
        "city": "Chicago",
        "region": "IL",
        "country": "US",
        "topics": "anxiety",
        "schedule": "Mon 18:00-19:00 America/Chicago",
    }
    row.update(changes)
    return row


def test_the_template_imports_and_places_rows_offline(directory):
    report = import_feed(ROOT / TEMPLATE, format="csv", directory=directory)
    assert report.ok, report.rejected
    assert len(report.added) == 3
    chicago = directory.get("example-evening-circle")
    assert chicago.latitude == pytest.approx(41.92, abs=0.05)  # from ZIP 60614
    assert [m.weekday for m in chicago.schedule.meetings] == [1, 3]
    assert directory.get("example-specialist").schedule.kind == "appointment"
    assert directory.get("example-specialist").city == "Toronto"


def test_reimport_is_unchanged_and_an_edit_is_an_update(directory, tmp_path):
    path = tmp_path / "a.csv"
    path.write_text(csv_text([good_row(1), good_row(2)]), encoding="utf-8")
    assert len(import_feed(path, format="csv", directory=directory).added) == 2
    again = import_feed(path, format="csv", directory=directory)
    assert (again.added, again.updated, len(again.unchanged)) == ([], [], 2)
    path.write_text(csv_text([good_row(1, name="Renamed"), good_row(2)]), encoding="utf-8")
    edited = import_feed(path, format="csv", directory=directory)
    assert edited.updated == ["row-1"] and directory.get("row-1").name == "Renamed"


def test_duplicates_in_a_file_are_merged(directory, tmp_path):
    rows = [good_row(1, languages="English"), good_row(1, languages="Spanish", description="More")]
    path = tmp_path / "dup.csv"
    path.write_text(csv_text(rows), encoding="utf-8")
    report = import_feed(path, format="csv", directory=directory)
    assert report.added == ["row-1"]
    merged = directory.get("row-1")
    assert merged.languages == ["English", "Spanish"] and merged.description == "More"


def test_rows_without_ids_get_stable_keys_so_repeats_merge(directory, tmp_path):
    rows = [good_row(1, id=""), good_row(1, id="", populations="women")]
    path = tmp_path / "noid.csv"
    path.write_text(csv_text(rows), encoding="utf-8")
    report = import_feed(path, format="csv", source="Org", directory=directory)
    assert len(report.added) == 1
    assert directory.listings()[0].populations == ["women"]


BAD_ROWS = [
    ({"kind": "spaceship"}, "kind"),
    ({"latitude": "123", "longitude": "10"}, "latitude"),
    ({"latitude": "41.9", "longitude": ""}, ""),
    ({"latitude": "north", "longitude": "10"}, "latitude"),
    ({"city": "Atlantis", "region": "", "country": "US"}, ""),
    ({"schedule": "Funday 19:00-20:00 America/Chicago"}, "schedule"),
    ({"schedule": "Mon 19:00-20:00 Mars/Olympus"}, "schedule"),
    ({"topics": "astrology"}, "topics"),
    ({"country": "USA"}, "country"),
    ({"name": ""}, "name"),
]


@pytest.mark.parametrize(("change", "field"), BAD_ROWS)
def test_a_bad_row_rejects_the_whole_file_naming_row_and_field(directory, tmp_path, change, field):
    path = tmp_path / "bad.csv"
    path.write_text(csv_text([good_row(1), good_row(2, **change), good_row(3)]), encoding="utf-8")
    report = import_feed(path, format="csv", directory=directory)
    assert not report.ok and directory.count() == 0
    assert report.added == [] and report.rejected
    assert {r.index for r in report.rejected} == {3}  # header is row 1
    assert any(field in r.field for r in report.rejected), report.rejected
    assert "Nothing imported" in report.summary()


def test_wrong_columns_are_named(directory, tmp_path):
    path = tmp_path / "cols.csv"
    path.write_text("title,type,town\nA,group,Chicago\n", encoding="utf-8")
    report = import_feed(path, format="csv", directory=directory)
    assert report.rejected[0].index is None
    assert (
        "'title'" in report.rejected[0].reason
        and "missing column(s) name, kind" in report.rejected[0].reason
    )
    assert directory.count() == 0


def test_non_utf8_is_refused_kindly(directory, tmp_path):
    path = tmp_path / "latin1.csv"
    path.write_bytes(csv_text([good_row(1, name="Café Circle")]).encode("latin-1"))
    report = import_feed(path, format="csv", directory=directory)
    assert "not UTF-8" in report.rejected[0].reason and directory.count() == 0


@pytest.mark.parametrize("content", ["{not json", '{"listings": 5}', "[1, 2]", '"text"'])
def test_bad_json_files(directory, tmp_path, content):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    report = import_feed(path, format="json", directory=directory)
    assert not report.ok and report.rejected[0].index is None and directory.count() == 0


def test_json_listings_import(directory, tmp_path):
    record = {"id": "j1", "name": "Json Group", "kind": "online_group", "formats": ["online"]}
    report = import_feed(
        write_json(tmp_path / "l.json", {"listings": [record]}), format="json", directory=directory
    )
    assert report.added == ["j1"]


@pytest.mark.slow
def test_100k_rows_are_refused_and_nothing_is_written(directory, tmp_path):
    # How fast the refusal is belongs to benchmarks/directory_bench.py, not to a timed test.
    line = "Group,mutual_aid_group,in_person,41.9,-87.6\n"
    path = tmp_path / "big.csv"
    path.write_text("name,kind,formats,latitude,longitude\n" + line * 100_000, encoding="utf-8")
    report = import_feed(path, format="csv", directory=directory)
    assert "100,000 records" in report.rejected[0].reason and directory.count() == 0


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("24/7", "always"),
        ("by appointment", "appointment"),
        ("", "unknown"),
        ("Sun 23:30-00:30 UTC", "weekly"),
    ],
)
def test_schedule_cells(text, kind):
    parsed = parse_schedule(text)
    assert parsed["kind"] == kind
    if kind == "weekly":
        assert parsed["meetings"][0] == {
            "weekday": 6,
            "start": "23:30",
            "duration_minutes": 60,
            "timezone": "UTC",
        }


def test_cli_import_reports_and_exits(data_dir, tmp_path, capsys):
    path = tmp_path / "cli.csv"
    path.write_text(csv_text([good_row(1), good_row(2, kind="nope")]), encoding="utf-8")
    assert main(["import", str(path)]) == 1
    captured = capsys.readouterr()
    assert "record 3, field kind" in captured.err and "Nothing imported" in captured.out
    path.write_text(csv_text([good_row(1)]), encoding="utf-8")
    assert main(["import", str(path)]) == 0
    assert "1 added" in capsys.readouterr().out
    out = tmp_path / "out.csv"
    assert main(["export", str(out), "--format", "csv"]) == 0
    assert "Group 1" in out.read_text(encoding="utf-8")


@pytest.mark.slow
def test_a_big_file_is_checked_whole_and_one_bad_row_deep_inside_refuses_it(directory, tmp_path):
    header = "id,name,kind,formats,latitude,longitude,country"
    rows = [
        f"r{i},Group {i},mutual_aid_group,in_person,{40 + i % 10 / 10},-87.5,US"
        for i in range(49_999)
    ]
    path = tmp_path / "big.csv"
    path.write_text(
        "\n".join([header, *rows, "bad,Bad,mutual_aid_group,in_person,95,-87,US"]), encoding="utf-8"
    )
    report = import_feed(path, format="csv", directory=directory)
    assert [(r.index, r.field) for r in report.rejected] == [(50_001, "latitude")]
    assert directory.count() == 0
