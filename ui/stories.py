"""Story widgets and cached story services: the library, the queue, the story card."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from knowledge.resources import wording
from knowledge.stories import Story, StoryHit, label
from ui.services import app_settings
from ui.text import escape_markdown as _md


@st.cache_resource(show_spinner="Opening the story library (the first time takes a minute)...")
def story_library():  # -> StoryLibrary
    from knowledge.stories import open_library

    return open_library(app_settings())


@st.cache_resource(show_spinner=False)
def moderation_queue():  # -> ModerationQueue
    from knowledge.stories import open_queue

    return open_queue(app_settings())


@st.cache_resource(show_spinner="Loading the anonymizer (first time only)...")
def anonymizer() -> Callable:
    from knowledge.anonymize import scrub, warm_up

    warm_up()
    return scrub


def labels(values: list[str]) -> str:
    return ", ".join(label(v) for v in values)


def _card_body(
    story: Story, passage: str, key: str, on_more_like: Callable[[str], None] | None, level: int
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
) -> None:
    """A result card; a story with content warnings stays folded behind its warning.

    ``level`` is the title's heading level: one below the heading the cards sit under, so
    screen-reader users can move from story to story by headings.
    """
    story = hit.story
    with st.container(border=True):
        if story.content_warnings:
            warning = f"Content warning: {labels(story.content_warnings)}. Open to read."
            with st.expander(warning, icon=":material/warning:"):
                _card_body(story, hit.passage, key, on_more_like, level)
        else:
            _card_body(story, hit.passage, key, on_more_like, level)


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
