"""Files from outside, read with bounds; CSV files written so a spreadsheet never runs them.

Shared by the journal (Daylio, jrnl, exports) and the directory (Meeting Guide, HSDS, CSV),
so it sits below both and imports nothing from Kindred. Every reader checks size and depth
*before* the parser runs: Python's JSON parser recurses once per nested bracket (a file of
100,000 "[" ends in RecursionError) and its CSV reader stops at a cell over its field limit.
Failures are ``UnreadableFile`` with a plain message naming the line where one is known;
each caller wraps it in its own domain error.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator

MAX_JSON_DEPTH = 32  # the deepest real feed (HSDS: service > location > address) is under 8
MAX_CSV_CELL_CHARS = 100_000  # a journal note is at most 20,000; a listing field far less
NUL = "\x00"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # OWASP "CSV injection"
# A JSON string, or an unclosed one up to the end: the match never fails part-way, so the
# scan stays linear however the quotes and backslashes are arranged.
_JSON_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"?', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")


class UnreadableFile(ValueError):  # noqa: N818 - a domain name, wrapped by each caller
    """A file that cannot be read safely as a whole; the message says why (and where)."""


def json_depth(text: str) -> int:
    """How deeply the brackets of a JSON text nest, outside strings, without parsing it.

    Linear in the text, whatever its shape: a few seconds at most for 10 MB.
    """
    import numpy as np

    brackets = _NOT_BRACKET.sub("", _JSON_STRING.sub("", text)).encode("ascii")
    if not brackets:
        return 0
    codes = np.frombuffer(brackets, dtype=np.uint8)
    steps = np.where((codes == ord("[")) | (codes == ord("{")), 1, -1)
    return max(0, int(np.cumsum(steps).max()))


def load_json(text: str, max_depth: int = MAX_JSON_DEPTH) -> object:
    """``json.loads`` after a depth check, with every string cleaned of NUL characters.

    Raises ``UnreadableFile`` for a text nested deeper than ``max_depth`` and lets
    ``json.JSONDecodeError`` through for a text that is not JSON (callers word both).
    """
    depth = json_depth(text)
    if depth > max_depth:
        raise UnreadableFile(
            f"it nests brackets {depth} levels deep; a real export nests a few levels "
            f"(the limit is {max_depth})"
        )
    try:
        return without_nul(json.loads(text))
    except RecursionError:  # a backstop: the scan above should make this unreachable
        raise UnreadableFile(f"it nests brackets deeper than {max_depth} levels") from None


def without_nul(value: object) -> object:
    """The same value with NUL characters removed from every string, keys included.

    NUL is never meaningful text and PostgreSQL refuses it in text and JSON columns.
    """
    if isinstance(value, str):
        return value.replace(NUL, "") if NUL in value else value
    if isinstance(value, list):
        return [without_nul(item) for item in value]
    if isinstance(value, dict):
        return {without_nul(key): without_nul(item) for key, item in value.items()}
    return value


def csv_rows(text: str, max_cell_chars: int = MAX_CSV_CELL_CHARS) -> Iterator[tuple[int, list]]:
    """(line number where the row starts, cells) for each row of a CSV text, NULs removed.

    Strict quoting, so a file cut inside a quoted cell is refused (naming the line the cell
    began on) instead of yielding the cut text; a cell longer than ``max_cell_chars`` is
    refused with its line instead of Python's ``field larger than field limit``.
    """
    csv.field_size_limit(max_cell_chars)  # process-wide, and always this same value
    reader = csv.reader(io.StringIO(text.replace(NUL, ""), newline=""), strict=True)
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            raise UnreadableFile(_csv_problem(str(error), start, reader.line_num)) from None
        yield start, row


def _csv_problem(message: str, start: int, line: int) -> str:
    if "field larger than field limit" in message:
        return (
            f"line {start} has a cell longer than {MAX_CSV_CELL_CHARS:,} characters, far more "
            "than any real entry"
        )
    if "unexpected end of data" in message:
        return (
            f"the file ends inside quoted text that begins on line {start}: it looks cut "
            "short (an interrupted download or copy?)"
        )
    return f"line {line} is not well-formed CSV ({message})"


def spreadsheet_safe(value: object) -> object:
    """A CSV cell a spreadsheet shows as text: ``=``, ``+``, ``-``, ``@``, tab or CR first
    get a leading apostrophe, so ``=HYPERLINK(...)`` is never run as a formula (OWASP)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def spreadsheet_safe_row(row: dict) -> dict:
    return {key: spreadsheet_safe(value) for key, value in row.items()}


def from_spreadsheet_safe(text: str) -> str:
    """Undo ``spreadsheet_safe`` on a cell read back in, so export -> import is lossless."""
    if text.startswith("'") and text[1:].startswith(FORMULA_STARTS):
        return text[1:]
    return text
