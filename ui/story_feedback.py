"""Story feedback widgets: the optional questions after a story, topics to avoid, For you.

The reader's ratings and avoided topics live only in their unlocked journal (sealed like
every entry). Without one, nothing is asked for or stored and the widgets say so kindly.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection

import streamlit as st

from journal import BadImportFile, Journal, JournalError
from journal.crypto import DecryptionFailed
from journal.story_feedback import NO_FEEDBACK, StoryFeedback, feedback_from_export
from knowledge.stories import TOPICS, Story, StoryHit, StoryLibrary, label
from knowledge.stories import guidance as say
from knowledge.stories.feedback import QUESTIONS, StoryRating
from knowledge.stories.for_you import for_you
from ui.journal import active_journal

logger = logging.getLogger(__name__)
FOR_YOU_RESULTS = 4
NOTICE_KEY = "stories_ratings_notice"
JOURNAL_PAGE = "pages/journal.py"
GET_HELP_PAGE = "pages/get_help.py"


def reader_feedback() -> tuple[Journal | None, StoryFeedback]:
    """The unlocked journal (or None) and its story feedback (empty when unreadable)."""
    journal = active_journal()
    if journal is None:
        return None, NO_FEEDBACK
    try:
        return journal, journal.story_feedback()
    except (DecryptionFailed, JournalError):
        logger.error("story feedback could not be read")  # no ids or content in the log
        return journal, NO_FEEDBACK


def _save(journal: Journal, change: Callable[[StoryFeedback], StoryFeedback]) -> bool:
    try:
        journal.update_story_feedback(change)
    except (DecryptionFailed, JournalError):
        logger.error("story feedback could not be saved")
        st.error(say.FEEDBACK_NOT_SAVED)
        return False
    return True


def feedback_questions(story: Story, key: str) -> None:
    """The optional questions under a story that was read, or a kind word when locked."""
    journal, feedback = reader_feedback()
    if journal is None:
        st.caption(say.FEEDBACK_LOCKED)
        return
    earlier = feedback.ratings.get(story.id, StoryRating(story.id))
    with st.form(f"{key}_feedback_{story.id}", border=True):
        st.markdown(say.FEEDBACK_INTRO)
        answers: dict[str, int | None] = {}
        for question, (text, options) in QUESTIONS.items():
            values = dict(options)
            before = getattr(earlier, question)
            choice = st.radio(
                text,
                list(values),
                index=next((i for i, (_, v) in enumerate(options) if v == before), None),
                horizontal=True,
                key=f"{key}_{question}_{story.id}",
            )
            answers[question] = None if choice is None else values[choice]
        if st.form_submit_button("Save my answers"):
            rating = StoryRating(story.id, **answers)
            if _save(journal, lambda current: current.rated(rating)):
                st.success(say.FEEDBACK_CLEARED if rating.is_empty else say.FEEDBACK_SAVED)
                if rating.hopeful == -1:  # a story can lower hope (NEON): people, not more stories
                    st.info(say.FEEDBACK_LESS_HOPEFUL)
                    st.page_link(GET_HELP_PAGE, label="Get help now", icon=":material/call:")


def avoided_topics() -> tuple[str, ...]:
    """The reader's "never show me" topics, with a form to change them (journal unlocked).

    Call it before any results are drawn: a change saved here applies to this very run.
    """
    journal, feedback = reader_feedback()
    if journal is None:
        return ()
    avoid = feedback.avoid_topics
    with (
        st.expander("Topics I'd rather not see", icon=":material/visibility_off:"),
        st.form("stories_avoid_form", border=False),
    ):
        chosen = st.multiselect(
            "Never show me stories about",
            TOPICS,
            default=list(avoid),
            format_func=label,
            key="stories_avoid_topics",
        )
        st.caption(say.AVOID_HELP)
        if st.form_submit_button("Save these topics") and _save(
            journal, lambda current: current.avoiding(chosen)
        ):
            st.success(say.AVOID_SAVED)
            avoid = tuple(chosen)
    return avoid


def for_you_section(
    library: StoryLibrary,
    query: str,
    include_warnings: bool,
    show: Callable[[StoryHit], None],
    shown: Collection[str] = (),
) -> None:
    """ "For you": the reader's own ratings (and query) pick stories; avoided topics never."""
    st.header("For you", anchor=False)
    journal, feedback = reader_feedback()
    if journal is None:
        st.info(say.FOR_YOU_LOCKED)
        st.page_link(JOURNAL_PAGE, label="Open my journal", icon=":material/lock_open:")
        return
    hits = for_you(
        library,
        feedback.preferences(),
        feedback.avoid_topics,
        query=query,
        k=FOR_YOU_RESULTS,
        include_warnings=include_warnings,
        shown=shown,
    )
    if not hits:
        st.info(say.FOR_YOU_EMPTY)
    else:
        st.caption(say.FOR_YOU_CAPTION)
        for hit in hits:
            show(hit)
    my_ratings(journal, feedback)


def my_ratings(journal: Journal, feedback: StoryFeedback) -> None:
    """How many stories are rated; restore them from an export, or forget them."""
    if notice := st.session_state.pop(NOTICE_KEY, None):
        st.success(notice)
    with st.expander("My ratings", icon=":material/reviews:"):
        st.caption(say.RATINGS_COUNT.format(count=len(feedback.ratings)))
        upload = st.file_uploader(
            "Restore ratings from a Kindred JSON export", type=["json"], key="stories_restore"
        )
        if upload is not None and st.button("Restore my ratings", key="stories_restore_go"):
            try:
                restored = feedback_from_export(upload.getvalue())
            except BadImportFile as error:
                st.error(str(error))
                return
            if restored is None:
                st.info(say.RATINGS_NONE_IN_FILE)
            elif _save(journal, lambda current: current.merged(restored)):
                st.session_state[NOTICE_KEY] = say.RATINGS_RESTORED.format(
                    count=len(restored.ratings)
                )
                st.rerun()
        forget = feedback.ratings and st.button("Forget all my ratings", key="stories_forget")
        if forget and _save(journal, lambda current: StoryFeedback({}, current.avoid_topics)):
            _forget_answer_widgets()
            st.session_state[NOTICE_KEY] = say.RATINGS_FORGOTTEN
            st.rerun()


def _forget_answer_widgets() -> None:
    """Drop the question widgets' remembered choices, so no card shows a removed answer."""
    asked = tuple(f"_{question}_" for question in QUESTIONS)
    for key in [k for k in st.session_state if any(q in str(k) for q in asked)]:
        del st.session_state[key]
