"""What the search says when a query is empty or finds nothing close: suggestions, not errors."""

from __future__ import annotations

from collections.abc import Sequence

from knowledge.stories.library import StoryHit

# Below this cosine similarity the best passage is not really about the query
# (gibberish scores about 0.1-0.19 on the shipped corpus; real questions 0.3-0.6).
MIN_RELEVANCE = 0.2

EXAMPLE_QUERIES: tuple[str, ...] = (
    "I can't stop checking that the door is locked",
    "my mum died and I feel numb",
    "panic attacks on the way to work",
    "I hear voices other people don't",
    "looking after my dad is wearing me out",
    "I feel so alone since I moved here",
    "coming off drinking and staying sober",
    "I don't feel like myself since the baby",
)
EMPTY_QUERY_HELP = (
    "Describe what you're going through in your own words, the way you'd tell a friend. "
    "For example:"
)
WEAK_QUERY_HELP = (
    "We couldn't find stories close to that. Try a sentence about how you feel or what is "
    "happening, or pick a topic in the filters. Some ideas:"
)
NO_MATCH_WITH_FILTERS = "No stories match all of these filters yet. Try removing a filter or two."
STORY_GONE = (
    'That story is no longer in the library. "Back to my search" above returns to your results.'
)


def is_weak(hits: Sequence[StoryHit]) -> bool:
    """True when nothing found is close enough to show as an answer."""
    return not hits or max(hit.similarity for hit in hits) < MIN_RELEVANCE


# Feedback and "For you" (docs/stories.md, "Feedback and For you").
FEEDBACK_INTRO = (
    "**A few questions, if you like.** All optional. Your answers stay in your own "
    "encrypted journal and only shape the stories suggested to you under **For you**."
)
FEEDBACK_LOCKED = (
    "Unlock your journal if you'd like to say how this story landed for you. Without an "
    "unlocked journal nothing about your reading is stored, and that's fine too."
)
FEEDBACK_SAVED = "Thank you. Saved in your journal; **For you** now takes it into account."
FEEDBACK_LESS_HOPEFUL = (
    "Thank you for saying so. We'll show fewer stories like this one. If you're finding "
    "things hard right now, you don't have to wait: there are people you can talk to today."
)
FEEDBACK_CLEARED = "Your answers about this story are removed from your journal."
FEEDBACK_NOT_SAVED = (
    "Your answers couldn't be saved just now, so nothing was changed. Please try again in a moment."
)
FOR_YOU_LOCKED = (
    "Stories picked for you from the ones you rate. They need your journal, where your "
    "ratings are kept encrypted: unlock it to see them. Without an unlocked journal Kindred "
    "stores nothing about what you read."
)
FOR_YOU_EMPTY = (
    "Nothing here yet. Open a story's **Read the whole story** and answer the questions "
    "under it: stories you'd like more of shape what we suggest here."
)
FOR_YOU_CAPTION = (
    "Chosen from the stories you rated (and your search, if you typed one). Only your own "
    "ratings are used; stories you've already rated aren't repeated."
)
AVOID_HELP = (
    "Stories about these topics are never shown to you anywhere on this page, including "
    "stories whose content warning names them. Kept encrypted in your journal."
)
AVOID_SAVED = "Saved. Stories about these topics won't be shown to you."
RATINGS_COUNT = (
    "You've rated {count} stories. Your ratings are in your journal's export (Privacy & your "
    "data) and can be restored from it here."
)
RATINGS_NONE_IN_FILE = "That export has no story ratings in it. Nothing was changed."
RATINGS_RESTORED = "Restored {count} story ratings from your export."
RATINGS_FORGOTTEN = "Your story ratings are removed from your journal. Topics you avoid stay."
