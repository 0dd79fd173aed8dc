"""The safety plan on paper: a one-page printout and a wallet-sized card (fpdf2).

The page supplies the wording (headings, help lines, footer) so this module stays plain
and free of the knowledge layer. Text is set with a Unicode font when the system has
DejaVu Sans, else the PDF core font with unknown characters replaced. The font shrinks
until the plan fits on one page; a plan too long even at the smallest size flows on.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from journal.safety_plan import SECTIONS, Contact, SafetyPlan

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
A4 = (210.0, 297.0)
WALLET = (85.6, 54.0)  # ISO/IEC 7810 ID-1, the size of a bank card
PAGE_SIZES = (11.0, 10.0, 9.0, 8.0, 7.0, 6.0)
CARD_SIZES = (7.0, 6.5, 6.0, 5.5, 5.0, 4.5)


@dataclass(frozen=True)
class HelpLineText:
    """A line to print: its name and how to reach it, as plain text."""

    name: str
    contact: str


def new_pdf(size: tuple[float, float], margin: float) -> tuple[FPDF, str]:
    pdf = FPDF(unit="mm", format=size)
    pdf.set_margins(margin, margin, margin)
    pdf.set_auto_page_break(True, margin)
    pdf.set_creator("Kindred")
    regular, bold = FONT_DIR / "DejaVuSans.ttf", FONT_DIR / "DejaVuSans-Bold.ttf"
    if regular.exists() and bold.exists():
        pdf.add_font("kindred", "", str(regular))
        pdf.add_font("kindred", "B", str(bold))
        return pdf, "kindred"
    return pdf, "helvetica"


def _safe(text: str, family: str) -> str:
    if family == "helvetica":  # core fonts are Latin-1 only
        return text.encode("latin-1", "replace").decode("latin-1")
    return text


def _contact_text(contact: Contact) -> str:
    return " · ".join(part for part in (contact.name, contact.phone, contact.note) if part)


def _section_lines(plan: SafetyPlan, section: str) -> list[str]:
    return [
        _contact_text(item) if isinstance(item, Contact) else item for item in plan.shown(section)
    ]


class PdfWriter:
    def __init__(self, pdf: FPDF, family: str, size: float) -> None:
        self.pdf, self.family, self.size = pdf, family, size

    def heading(self, text: str, scale: float = 1.15) -> None:
        self.pdf.set_font(self.family, "B", self.size * scale)
        self._write(text)

    def item(self, text: str) -> None:
        self.pdf.set_font(self.family, "", self.size)
        self._write("• " + text if self.family != "helvetica" else "- " + text)

    def note(self, text: str) -> None:
        self.pdf.set_font(self.family, "", self.size * 0.8)
        self._write(text)

    def gap(self) -> None:
        self.pdf.ln(self.size * 0.18)

    def _write(self, text: str) -> None:
        self.pdf.multi_cell(
            0,
            self.size * 0.45,
            _safe(text, self.family),
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
            wrapmode="CHAR",  # long words without spaces still wrap
        )


def plan_pdf(
    plan: SafetyPlan,
    *,
    title: str,
    headings: Mapping[str, str],
    help_lines: Sequence[HelpLineText],
    help_heading: str,
    footer: str,
) -> bytes:
    """The whole plan on one A4 page where it fits: steps in order, reasons, then the lines."""
    for size in PAGE_SIZES:
        pdf = _render_plan(plan, size, title, headings, help_lines, help_heading, footer)
        if pdf.pages_count == 1:
            break
    return bytes(pdf.output())


def _render_plan(
    plan: SafetyPlan,
    size: float,
    title: str,
    headings: Mapping[str, str],
    help_lines: Sequence[HelpLineText],
    help_heading: str,
    footer: str,
) -> FPDF:
    pdf, family = new_pdf(A4, 14)
    pdf.add_page()
    writer = PdfWriter(pdf, family, size)
    writer.heading(title, 1.6)
    if plan.last_reviewed:
        writer.note(f"Last reviewed {plan.last_reviewed:%d %B %Y}")
    writer.gap()
    for section in ("reasons", *[s for s in SECTIONS if s != "reasons"]):
        lines = _section_lines(plan, section)
        if not lines:
            continue
        writer.heading(headings.get(section, section))
        for line in lines:
            writer.item(line)
        writer.gap()
    if help_lines:
        writer.heading(help_heading)
        for line in help_lines:
            writer.item(f"{line.name}: {line.contact}")
        writer.gap()
    writer.note(footer)
    return pdf


def wallet_card_pdf(
    plan: SafetyPlan,
    *,
    title: str,
    headings: Mapping[str, str],
    help_lines: Sequence[HelpLineText],
    help_heading: str,
) -> bytes:
    """A bank-card-sized card, two sides: people and lines on the front, reasons and coping
    on the back. Print, cut out, fold along the middle."""
    for size in CARD_SIZES:
        pdf = _render_card(plan, size, title, headings, help_lines, help_heading)
        if pdf.pages_count <= 2:
            break
    return bytes(pdf.output())


def _render_card(
    plan: SafetyPlan,
    size: float,
    title: str,
    headings: Mapping[str, str],
    help_lines: Sequence[HelpLineText],
    help_heading: str,
) -> FPDF:
    pdf, family = new_pdf(WALLET, 3.5)
    writer = PdfWriter(pdf, family, size)
    pdf.add_page()
    writer.heading(title, 1.3)
    for section in ("people", "professionals"):
        lines = _section_lines(plan, section)
        if lines:
            writer.heading(headings.get(section, section), 1.0)
            for line in lines:
                writer.item(line)
    if help_lines:
        writer.heading(help_heading, 1.0)
        for line in help_lines:
            writer.item(f"{line.name}: {line.contact}")
    pdf.add_page()
    for section in ("reasons", "coping", "warning_signs"):
        lines = _section_lines(plan, section)
        if lines:
            writer.heading(headings.get(section, section), 1.0)
            for line in lines:
                writer.item(line)
    return pdf
