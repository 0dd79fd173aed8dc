"""A one-page summary of a chosen period to share with a supporter or clinician (fpdf2).

Nothing goes in unless the person chose it (``ReportChoices`` starts empty): mood, sleep,
any of their trackers, self-check scores with their bands, and notes. Charts break at days
without a value instead of drawing a line across them. The page supplies the wording (title
and the "not a diagnosis" line) so this module stays plain. If the chosen notes do not fit
on one page, the oldest are left out and the page says how many.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from fpdf import FPDF

from journal.checkin import Entry
from journal.insights import day_runs
from journal.safety_plan_pdf import A4, PAGE_SIZES, PdfWriter, new_pdf
from journal.trackers import Tracker

if TYPE_CHECKING:
    from journal import SavedSelfCheck

MARGIN = 14.0
CHART_HEIGHT = 22.0
NOTE_CHARS = 280
LINE_GREY = 170


@dataclass(frozen=True)
class ReportChoices:
    """What the person ticked; everything is left out by default."""

    start: date
    end: date
    mood: bool = False
    sleep: bool = False
    tracker_ids: tuple[str, ...] = ()
    self_checks: bool = False
    notes: bool = False


@dataclass(frozen=True)
class _Series:
    title: str
    summary: str
    points: list[tuple[date, float]]
    low: float
    high: float


def report_pdf(
    choices: ReportChoices,
    entries: Sequence[Entry],
    trackers: Sequence[Tracker],
    self_checks: Sequence[SavedSelfCheck],
    *,
    title: str,
    disclaimer: str,
) -> bytes:
    """The report as PDF bytes, always one A4 page."""
    inside = [e for e in entries if choices.start <= e.occurred_at.date() <= choices.end]
    series = _series(choices, inside, trackers)
    checks = [
        s
        for s in self_checks
        if choices.self_checks and choices.start <= s.taken_at.date() <= choices.end
    ]
    notes = _notes(inside) if choices.notes else []
    # The largest text size that fits everything chosen on the page, found by halving
    # (each try costs a full layout); at the smallest size the oldest notes give way.
    best: FPDF | None = None
    low, high = 0, len(PAGE_SIZES) - 1
    while low <= high:
        middle = (low + high) // 2
        final = middle == len(PAGE_SIZES) - 1
        pdf, cut = _render(
            choices, series, checks, notes, PAGE_SIZES[middle], title, disclaimer, final
        )
        if final:
            best = best or pdf
        if pdf.pages_count == 1 and not cut:
            best, high = pdf, middle - 1
        else:
            low = middle + 1
    if best is None:
        best, _ = _render(choices, series, checks, notes, PAGE_SIZES[-1], title, disclaimer)
    return bytes(best.output())


def _series(
    choices: ReportChoices, entries: Sequence[Entry], trackers: Sequence[Tracker]
) -> list[_Series]:
    found: list[_Series] = []
    if choices.mood:
        points = _daily(entries, lambda e: e.checkin.mood)
        found.append(_Series("Mood (1 awful to 5 great)", _average(points, "{:.1f}"), points, 1, 5))
    if choices.sleep:
        points = _daily(entries, lambda e: e.checkin.sleep_hours)
        high = max([12.0, *(v for _, v in points)])
        found.append(_Series("Sleep (hours)", _average(points, "{:.1f} h"), points, 0, high))
    for tracker in trackers:
        if tracker.id not in choices.tracker_ids:
            continue
        points = _daily(entries, lambda e, t=tracker: e.checkin.trackers.get(t.id))
        if tracker.kind == "yes_no":
            share = _average(points, "{:.0%} yes")
            found.append(
                _Series(f"{tracker.name} (share of check-ins answered yes)", share, points, 0, 1)
            )
        elif tracker.kind == "scale":
            found.append(
                _Series(f"{tracker.name} (1 to 5)", _average(points, "{:.1f}"), points, 1, 5)
            )
        else:
            high = max([1.0, *(v for _, v in points)])
            summary = _average(points, "{:g} " + tracker.unit)
            found.append(
                _Series(f"{tracker.name} ({tracker.unit or 'number'})", summary, points, 0, high)
            )
    return found


def _daily(
    entries: Sequence[Entry], value_of: Callable[[Entry], object]
) -> list[tuple[date, float]]:
    by_day: dict[date, list[float]] = defaultdict(list)
    for entry in entries:
        value = value_of(entry)
        if value is not None:
            by_day[entry.occurred_at.date()].append(float(value))  # type: ignore[arg-type]
    return [(day, sum(v) / len(v)) for day, v in sorted(by_day.items())]


def _average(points: list[tuple[date, float]], fmt: str) -> str:
    if not points:
        return "nothing recorded in this period"
    mean = sum(v for _, v in points) / len(points)
    days = "on 1 day" if len(points) == 1 else f"over {len(points)} days"
    return f"average {fmt.format(round(mean, 2))} {days} with a value"


def _notes(entries: Sequence[Entry]) -> list[tuple[datetime, str]]:
    """Newest first, so the oldest are the ones left out when space runs short."""
    written = [(e.occurred_at, e.note.strip()) for e in entries if e.note.strip()]
    written.sort(key=lambda pair: pair[0], reverse=True)
    return [(when, _short(text)) for when, text in written]


def _short(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= NOTE_CHARS else flat[: NOTE_CHARS - 1] + "…"


def _render(
    choices: ReportChoices,
    series: list[_Series],
    checks: Sequence[SavedSelfCheck],
    notes: list[tuple[datetime, str]],
    size: float,
    title: str,
    disclaimer: str,
    final: bool = True,
) -> tuple[FPDF, int]:
    """The page at one text size, and how many notes (the oldest) did not fit on it.

    Laying out notes is the slow part, so a size that is not the last one to try stops as
    soon as the notes' estimated height shows they will not all fit.
    """
    pdf, family = new_pdf(A4, MARGIN)
    pdf.add_page()
    writer = PdfWriter(pdf, family, size)
    writer.heading(title, 1.5)
    writer.note(f"{choices.start:%d %B %Y} to {choices.end:%d %B %Y}")
    writer.note(disclaimer)
    writer.gap()
    for one in series:
        writer.heading(one.title, 1.0)
        writer.note(one.summary)
        if one.points:
            _chart(pdf, one, choices.start, choices.end, size)
        writer.gap()
    if choices.self_checks:
        writer.heading("Self-check scores", 1.0)
        if not checks:
            writer.note("No self-checks in this period.")
        for check in checks:
            writer.item(
                f"{check.taken_at:%d %b %Y}: {check.result.instrument}, {check.result.summary}"
            )
        writer.gap()
    cut = 0
    if choices.notes:
        writer.heading("Notes", 1.0)
        if not notes:
            writer.note("No notes in this period.")
        lines = [f"{when:%d %b %Y %H:%M}: {text}" for when, text in notes]
        if not final and not _fits(pdf, size, " ".join(lines), reserve=len(lines) * size * 0.5):
            return pdf, len(notes)
        for index, line in enumerate(lines):
            if not _fits(pdf, size, line, reserve=2 * size):
                cut = len(notes) - index
                writer.note(f"{cut} older notes did not fit on this page.")
                break
            writer.item(line)
    return pdf, cut


def _fits(pdf: FPDF, size: float, text: str, reserve: float) -> bool:
    """Whether an item of ``text`` (and ``reserve`` mm after it) fits on this page.

    Estimated from the text's width (laying a note out is slow); one extra line covers
    words pushed to the next line, and the page count is checked after anyway.
    """
    pdf.set_font(size=size)
    usable = pdf.w - pdf.l_margin - pdf.r_margin
    lines = int(pdf.get_string_width(text) // usable) + 2
    return pdf.get_y() + lines * size * 0.45 + reserve <= pdf.h - pdf.b_margin


def _chart(pdf: FPDF, series: _Series, start: date, end: date, size: float) -> None:
    """A small line chart: one line per run of consecutive days, dots for lone days."""
    height = CHART_HEIGHT * size / PAGE_SIZES[0]
    left, top = pdf.l_margin, pdf.get_y() + 1
    width = pdf.w - pdf.l_margin - pdf.r_margin
    if top + height > pdf.h - pdf.b_margin:
        pdf.add_page()  # the page count then tells the caller to try smaller text
        return
    span = max(1, (end - start).days)
    spread = (series.high - series.low) or 1.0

    def where(day: date, value: float) -> tuple[float, float]:
        x = left + width * (day - start).days / span
        y = top + height * (1 - (value - series.low) / spread)
        return x, y

    pdf.set_draw_color(LINE_GREY)
    pdf.set_line_width(0.2)
    pdf.rect(left, top, width, height)
    pdf.set_draw_color(20, 80, 70)
    pdf.set_fill_color(20, 80, 70)
    pdf.set_line_width(0.5)
    runs = day_runs([day for day, _ in series.points])
    for index, (day, value) in enumerate(series.points):
        x, y = where(day, value)
        pdf.ellipse(x - 0.5, y - 0.5, 1.0, 1.0, style="F")
        if index and runs[index] == runs[index - 1]:
            pdf.line(*where(*series.points[index - 1]), x, y)
    pdf.set_y(top + height + 1)
