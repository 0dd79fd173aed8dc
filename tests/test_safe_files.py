"""safe_files: bounded reading of files from outside, and spreadsheet-safe CSV cells."""

from __future__ import annotations

import time

import pytest

from safe_files import (
    UnreadableFile,
    csv_rows,
    from_spreadsheet_safe,
    json_depth,
    load_json,
    spreadsheet_safe,
)


@pytest.mark.parametrize(
    ("text", "depth"),
    [
        ("null", 0),
        ('{"a": [1, {"b": []}]}', 4),
        ('{"a": "[[[[[[", "b": "\\\\", "c": ["\\"]]]"]}', 2),  # brackets inside strings
        ("[" * 100 + "]" * 100, 100),
        ('["unclosed string [[[[', 1),
    ],
)
def test_json_depth_counts_brackets_outside_strings(text, depth):
    assert json_depth(text) == depth


@pytest.mark.parametrize(
    "text",
    ['"' + '\\"' * 100_000, "[" * 2_000_000, "[]" * 1_000_000, '"' * 2_000_000],
    ids=["escaped-quotes", "deep", "flat", "quotes"],
)
def test_the_depth_scan_stays_linear_on_hostile_shapes(text):
    started = time.perf_counter()
    json_depth(text)
    assert time.perf_counter() - started < 5  # a quadratic scan takes minutes on the first


def test_load_json_refuses_deep_nesting_before_parsing_and_drops_nul():
    with pytest.raises(UnreadableFile, match="nests brackets 33 levels deep"):
        load_json("[" * 33 + "]" * 33)
    assert load_json('{"a\\u0000": ["b\\u0000c", 1, null]}') == {"a": ["bc", 1, None]}


def test_csv_rows_name_the_line_of_a_long_cell_and_of_a_cut_quote():
    assert list(csv_rows('a,b\n1,"two\nlines"\n3,4\n')) == [
        (1, ["a", "b"]),
        (2, ["1", "two\nlines"]),
        (4, ["3", "4"]),
    ]
    with pytest.raises(UnreadableFile, match="line 3 has a cell longer than"):
        list(csv_rows("a,b\n1,2\n3," + "x" * 100_001 + "\n"))
    with pytest.raises(UnreadableFile, match="begins on line 2"):
        list(csv_rows('a,b\n1,"cut\nshort'))


@pytest.mark.parametrize(
    ("cell", "safe"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+SUM(1)", "'+SUM(1)"),
        ("-2+3", "'-2+3"),
        ("@foo", "'@foo"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("plain text", "plain text"),
        ("'quoted", "'quoted"),
        (-87.6, -87.6),
        (3, 3),
    ],
)
def test_spreadsheet_safe_cells_and_back(cell, safe):
    assert spreadsheet_safe(cell) == safe
    if isinstance(cell, str):
        assert from_spreadsheet_safe(str(safe)) == cell
