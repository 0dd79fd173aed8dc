"""Help lines as Markdown: every number a ``tel:`` link and every text option an ``sms:``
link, made by ``knowledge.resources.dial`` from the verified words; the rest stays text."""

from __future__ import annotations

from knowledge.resources import HelpLine
from knowledge.resources.dial import Part, phone_parts, text_parts
from ui.text import escape_markdown as _md


def parts_markdown(parts: list[Part]) -> str:
    """Escaped text, with each dialable part as a Markdown link (label escaped too)."""
    return "".join(f"[{_md(p.text)}]({p.href})" if p.href else _md(p.text) for p in parts)


def phone_markdown(value: str, *, max_links: int | None = None) -> str:
    """A phone value with its dialable numbers as ``tel:`` links, the rest as plain text."""
    return parts_markdown(phone_parts(value, max_links=max_links))


def text_markdown(value: str) -> str:
    """A text option ("Text HOME to 741741") as one ``sms:`` link, or plain text."""
    return parts_markdown(text_parts(value))


def line_markdown(line: HelpLine) -> str:
    """One help line as Markdown: who it is for, how to reach it (tap to call or text), when."""
    who = f" — for {line.population}" if line.population else ""
    reach = [f"Call {phone_markdown(line.phone)}"] if line.phone else []
    if line.text:
        reach.append(text_markdown(line.text))
    if line.email:
        reach.append(_md(f"Email {line.email}"))
    if line.chat:
        reach.append(f"[Chat online]({line.chat})")
    about = [_md(f"Hours: {line.hours}")] if line.hours else []
    if line.url:
        about.append(f"[{_md(_site_name(line.url))}]({line.url})")
    if line.note:
        about.append(_md(line.note))
    rows = [f"**{_md(line.name)}**{_md(who)}", " · ".join(reach), " · ".join(about)]
    return "  \n".join(row for row in rows if row)


def _site_name(url: str) -> str:
    return url.split("//", 1)[-1].removeprefix("www.").split("/", 1)[0]
