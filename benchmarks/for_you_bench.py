"""Story feedback and "For you" on the shipped corpus (real model, real local Chroma).

Baselines, measured in the same process on the same index: one plain ``search_vector``
from the same target direction (what "For you" adds is reading the rated stories' vectors,
the preference maths and the avoided-topic filter), and one ``more_like`` (the closest
existing feature). Also: a plain search with and without avoided topics, and reading /
saving the sealed ratings in a journal.
"""

from __future__ import annotations

import argparse
import random
import tempfile
from pathlib import Path

from benchmarks.stats import markdown_table, ms, time_calls
from journal import JournalStore
from journal.crypto import KdfParams
from knowledge.stories import StoryFilter, load_shipped, open_library
from knowledge.stories.feedback import StoryRating
from knowledge.stories.for_you import for_you, search_avoiding, story_vectors
from knowledge.stories.recommend import preference_vector
from settings import Settings

QUERY = "i keep checking the door is locked over and over"
AVOID = ("ocd", "anxiety")


def _ratings(count: int) -> dict[str, float]:
    ids = [story.id for story in load_shipped()]
    chooser = random.Random(7)
    return {sid: chooser.choice([1.0, 1.0, 0.5, -1.0]) for sid in chooser.sample(ids, count)}


def run(repeat: int) -> str:
    folder = Path(tempfile.mkdtemp(prefix="kindred-for-you-bench-"))
    library = open_library(Settings(data_dir=folder / "data"))
    library.warm()
    rows = []
    base = None
    for count in (5, 50):
        preferences = _ratings(count)
        target = preference_vector(story_vectors(library, preferences), preferences)
        measured = {
            f"search_vector, same target (baseline), {count} rated": time_calls(
                lambda t=target, p=preferences: library.search_vector(
                    t, 4, StoryFilter(), exclude=set(p)
                ),
                repeat,
            ),
            f"more_like (for scale), {count} rated": time_calls(
                lambda p=preferences: library.more_like(next(iter(p)), k=4), repeat
            ),
            f"for_you, {count} rated": time_calls(
                lambda p=preferences: for_you(library, p, k=4), repeat
            ),
            f"for_you + query + 2 avoided topics, {count} rated": time_calls(
                lambda p=preferences: for_you(library, p, AVOID, query=QUERY, k=4), repeat
            ),
        }
        for name, samples in measured.items():
            if "baseline" in name:
                base = ms(samples, 50)
            rows.append([name, ms(samples, 50), ms(samples, 95), ms(samples, 50) / base])
    plain = time_calls(lambda: library.search(QUERY, k=8), repeat)
    avoiding = time_calls(
        lambda: search_avoiding(lambda n: library.search(QUERY, k=n), 8, AVOID), repeat
    )
    search_rows = [
        ["search, 8 results (baseline)", ms(plain, 50), ms(plain, 95), 1.0],
        [
            "search avoiding ocd + anxiety (most neighbours avoided)",
            ms(avoiding, 50),
            ms(avoiding, 95),
            ms(avoiding, 50) / ms(plain, 50),
        ],
    ]
    store = JournalStore(
        f"sqlite:///{folder / 'kindred.db'}", kdf=KdfParams(time_cost=1, memory_cost=8192)
    )
    store.create_account("bench", "correct horse battery staple")
    journal = store.unlock("bench", "correct horse battery staple")
    for sid, weight in _ratings(50).items():
        rating = StoryRating(sid, more_like_this=int(weight) if weight != 0.5 else 0)
        journal.update_story_feedback(lambda f, r=rating: f.rated(r))
    read = time_calls(journal.story_feedback, repeat)
    save = time_calls(
        lambda: journal.update_story_feedback(
            lambda f: f.rated(StoryRating("bench-story", hopeful=1))
        ),
        repeat,
    )
    store.close()
    journal_rows = [
        ["read + decrypt 50 ratings", ms(read, 50), ms(read, 95)],
        ["save one rating (read, change, seal, write)", ms(save, 50), ms(save, 95)],
    ]
    headers = ["step", "p50 ms", "p95 ms", "x baseline"]
    return (
        f"### For you: shipped corpus ({library.count()} stories, real model, local Chroma)\n\n"
        + markdown_table(headers, rows)
        + "\n\n"
        + markdown_table(headers, search_rows)
        + "\n\n"
        + markdown_table(
            ["sealed ratings in the journal (SQLite)", "p50 ms", "p95 ms"], journal_rows
        )
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer repeats")
    args = parser.parse_args()
    print(run(repeat=5 if args.quick else 30))


if __name__ == "__main__":
    main()
