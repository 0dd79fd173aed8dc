"""Story widgets and cached story services: the library, the inbox, the story card."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from knowledge.resources import wording
from knowledge.stories import Story, StoryHit, StoryLibrary, label
from ui.services import when_ready
from ui.text import escape_markdown as _md


def story_library() -> StoryLibrary:
    """The story library of this process, opened by the warm-up (``ui.services``)."""
    return when_ready("story index").library()


def anonymizer() -> Callable:
    """``knowledge.anonymize.scrub``, once the warm-up has loaded its pipelines."""
    from knowledge.anonymize import scrub

    when_ready("anonymizer")
    return scrub


def labels(values: list[str]) -> str:
    return ", ".join(label(v) for v in values)


def _card_body(
    story: Story,
    passage: str,
    key: str,
    on_more_like: Callable[[str], None] | None,
    level: int,
    after_reading: Callable[[Story, str], None] | None,
) -> None:
    st.markdown(f"{'#' * level} {_md(story.title)}")
    if story.composite:
        st.caption(wording.COMPOSITE_STORY_BADGE)
    if passage:
        st.markdown("> " + _md(" ".join(passage.split())))
    st.caption(
        f"Topics: {_md(labels(story.topics))}  \nWhat helped: {_md(labels(story.what_helped))}"
    )
    with st.expander("Read the whole story"):
        for paragraph in story.paragraphs:
            st.markdown(_md(paragraph))  # escaped: the text is untrusted
        if after_reading is not None:
            after_reading(story, key)
    if on_more_like is not None:
        st.button(
            "More like this",
            key=f"{key}_more_{story.id}",
            on_click=on_more_like,
            args=(story.id,),
            icon=":material/auto_stories:",
        )


def story_card(
    hit: StoryHit,
    key: str,
    on_more_like: Callable[[str], None] | None = None,
    level: int = 2,
    after_reading: Callable[[Story, str], None] | None = None,
) -> None:
    """A result card; a story with content warnings stays folded behind its warning.

    ``level`` is the title's heading level: one below the heading the cards sit under, so
    screen-reader users can move from story to story by headings. ``after_reading`` draws
    what follows the whole story (the optional feedback questions).
    """
    story = hit.story
    with st.container(border=True):
        if story.content_warnings:
            warning = f"Content warning: {labels(story.content_warnings)}. Open to read."
            with st.expander(warning, icon=":material/warning:"):
                _card_body(story, hit.passage, key, on_more_like, level, after_reading)
        else:
            _card_body(story, hit.passage, key, on_more_like, level, after_reading)


def replaced_details(field: str, original: str, result) -> None:
    """The writer's own words with every replacement marked, and a plain list of the changes.

    Marked by text, not colour: the original struck through, an arrow, the placeholder in
    bold; the list says "replaced with" in words for screen readers.
    """
    from knowledge.anonymize_review import segments

    if not result.entities:
        st.markdown(f"**{_md(field)}**: nothing replaced.")
        return
    marked = "".join(
        f"~~{_md(part.text)}~~ → **{_md(part.entity.replacement)}**"
        if part.entity
        else _md(part.text)
        for part in segments(original, result)
    )
    st.markdown(f"**{_md(field)}**")
    with st.container(border=True):
        st.markdown(marked)
    st.markdown(
        "\n".join(
            f"- “{_md(e.original)}” replaced with **{_md(e.replacement)}**" for e in result.entities
        )
    )


def marked_placeholders(anonymized: str) -> str:
    """Escaped Markdown of an anonymized text with each placeholder in bold, for moderators."""
    from knowledge.anonymize_review import placeholder_spans

    parts, cursor = [], 0
    for start, end in placeholder_spans(anonymized):
        parts.append(_md(anonymized[cursor:start]))
        parts.append(f"**{_md(anonymized[start:end])}**")
        cursor = end
    parts.append(_md(anonymized[cursor:]))
    return "".join(parts)


def anonymizer_changes(title: str, body: str) -> None:
    """For moderators: what the anonymizer replaced in a shared story, marked in its text."""
    from knowledge.anonymize_review import summary

    replaced = summary(f"{title}\n{body}")
    with st.expander(f"Replaced by the anonymizer: {replaced or 'nothing'}"):
        st.markdown(f"**Title:** {marked_placeholders(title)}")
        for paragraph in body.split("\n\n"):
            st.markdown(marked_placeholders(paragraph))
