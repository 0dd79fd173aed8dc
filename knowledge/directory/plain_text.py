"""HTML in feed text reduced to plain text: feeds write notes as HTML, the page shows text.

The sanitizer is nh3 (Ammonia) with no tag allowed, so no markup survives; block ends and
`<br>` become line breaks first, so paragraphs and lists keep their shape.
"""

from __future__ import annotations

import html
import re

import nh3

BREAKS = re.compile(
    r"<\s*br\s*/?\s*>|<\s*/\s*(?:p|div|li|h[1-6]|tr|blockquote)\s*>|<\s*/?\s*(?:ul|ol)\b[^>]*>",
    re.I,
)
ITEM = re.compile(r"<\s*li\b[^>]*>", re.I)
SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
MAX_BLANK_LINES = 1


def plain_text(text: str) -> str:
    """The words of `text` without any markup, entities decoded, line breaks kept."""
    if "<" not in text and "&" not in text:
        return text
    marked = ITEM.sub("- ", BREAKS.sub("\n", text))
    cleaned = html.unescape(nh3.clean(marked, tags=set()))
    lines = [SPACES.sub(" ", line).strip() for line in cleaned.split("\n")]
    out: list[str] = []
    blank = 0
    for line in lines:
        blank = blank + 1 if not line else 0
        if blank <= MAX_BLANK_LINES:
            out.append(line)
    return "\n".join(out).strip()
