import streamlit as st

from knowledge.resources import wording
from knowledge.safety import assess
from knowledge.stories import COMMUNITIES, STAGES, TOPICS, WHAT_HELPED, label
from knowledge.stories.for_you import search_avoiding
from knowledge.stories.guidance import (
    EMPTY_QUERY_HELP,
    EXAMPLE_QUERIES,
    NO_MATCH_WITH_FILTERS,
    STORY_GONE,
    WEAK_QUERY_HELP,
    is_weak,
)
from ui.help import crisis_card, current_country
from ui.stories import story_card, story_library
from ui.story_feedback import avoided_topics, feedback_questions, for_you_section
from ui.text import escape_markdown as _md

RESULTS = 8
QUERY_KEY = "stories_search_box"

# The journal page hands over an entry's text as "stories_query"; it is embedded in memory
# for this search and never stored.
if st.session_state.get("stories_query"):
    st.session_state[QUERY_KEY] = st.session_state.pop("stories_query")
    st.session_state.pop("stories_more_like", None)
st.session_state.setdefault(QUERY_KEY, "")


def use_example(text: str) -> None:
    st.session_state[QUERY_KEY] = text
    st.session_state.pop("stories_more_like", None)


def show_more_like(story_id: str) -> None:
    st.session_state["stories_more_like"] = story_id


def back_to_search() -> None:
    st.session_state.pop("stories_more_like", None)


def suggestions(message: str) -> None:
    st.info(message)
    columns = st.columns(2)
    for index, example in enumerate(EXAMPLE_QUERIES):
        columns[index % 2].button(
            example, key=f"stories_example_{index}", on_click=use_example, args=(example,)
        )


st.title("Stories")
st.write(
    "Recovery stories from people who have been there. Describe what you're going through "
    "and we'll find stories that feel close to it. What you type stays on this page: it "
    "isn't saved."
)

query = st.text_input(
    "Describe what you're going through",
    key=QUERY_KEY,
    max_chars=2000,
    placeholder="e.g. I keep checking the door is locked, over and over",
)
with st.expander("Filters", icon=":material/tune:"):
    left, right = st.columns(2)
    topics = left.multiselect("Topic", TOPICS, format_func=label, key="stories_topics")
    stages = right.multiselect("Stage of recovery", STAGES, format_func=label, key="stories_stage")
    helped = left.multiselect("What helped", WHAT_HELPED, format_func=label, key="stories_helped")
    communities = right.multiselect(
        "Community", COMMUNITIES, format_func=label, key="stories_communities"
    )
include_warnings = st.checkbox(
    "Include stories with content warnings (they stay folded until you open them)",
    key="stories_include_warnings",
)
filters = {"topics": topics, "stage": stages, "what_helped": helped, "communities": communities}
avoid = avoided_topics()  # from the unlocked journal; never shown anywhere on this page


on_screen: list[str] = []  # story ids drawn above, so "For you" does not repeat them


def card(hit, key: str, level: int) -> None:  # type: ignore[no-untyped-def]
    on_screen.append(hit.story.id)
    story_card(hit, key, on_more_like=show_more_like, level=level, after_reading=feedback_questions)


try:
    library = story_library()
except Exception:  # the page must stay usable; the log keeps the details for the operator
    st.warning("The story library isn't available right now. Please try again in a little while.")
    st.stop()

more_like = st.session_state.get("stories_more_like")
if more_like:
    source = library.get(more_like)
    title = source.title if source else "this story"
    st.header(f"Stories like “{_md(title)}”", anchor=False)
    st.button("Back to my search", on_click=back_to_search, key="stories_back")
    hits = []
    if source:
        hits = search_avoiding(
            lambda n: library.more_like(
                more_like, k=n, include_warnings=include_warnings, **filters
            ),
            RESULTS,
            avoid,
        )
    if not hits:
        st.info(NO_MATCH_WITH_FILTERS if source else STORY_GONE)
    for hit in hits:
        card(hit, "stories_like", level=3)
elif not query.strip():
    suggestions(EMPTY_QUERY_HELP)
else:
    if assess(query).is_crisis:  # a search for self-harm or suicidal thoughts: people first
        st.warning(wording.STORIES_CRISIS_NOTE)
        crisis_card(current_country())
    hits = search_avoiding(
        lambda n: library.search(query, k=n, include_warnings=include_warnings, **filters),
        RESULTS,
        avoid,
    )
    if not hits and (any(filters.values()) or avoid):
        st.info(NO_MATCH_WITH_FILTERS)
    elif is_weak(hits):
        suggestions(WEAK_QUERY_HELP)
    else:
        st.caption(f"{len(hits)} stories, closest first.")
        for hit in hits:
            card(hit, "stories_hit", level=2)

for_you_section(
    library,
    "" if more_like else query,
    include_warnings,
    show=lambda hit: card(hit, "stories_for_you", level=3),
    shown=on_screen,
)

st.divider()
st.caption(
    "If you are struggling right now, the **Get help now** page lists people you can talk to today."
)
st.page_link("pages/share_story.py", label="Share your own story", icon=":material/edit:")
