"""One offline companion turn against its parts, measured in one process.

`python -m benchmarks.companion_bench [--quick]` prints median and p95 per call for: an
embedding of the message (the floor), the bare `assess()` call, and a whole offline turn
(`Companion.reply`, with the real story library), a turn that continues a conversation the
page keeps, and one rebuilt from a transcript: cold (the turn cache emptied before each
call, so every earlier turn is assessed again, all of them in one batch), cold with the
earlier turns assessed one at a time (how a rebuild read them before the batch, for the
ratio in the same run) and warm (the earlier turns read from the cache, as when a caller
sends the transcript back turn after turn), each also as a ratio against the page's turn.
Target: a turn under 100 ms at the median.
"""

from __future__ import annotations

import argparse
import itertools

import numpy as np

from benchmarks.machine import describe_machine
from benchmarks.stats import markdown_table, ms, time_calls

MESSAGES = [
    "I feel so alone since I moved here",
    "I can't sleep and my mind keeps racing",
    "I had a good day, I went to my first group",
    "I lost my job today and I'm scared about rent",
    "my friend said she wants to die",
    "this homework is killing me",
    "Do I have ADHD?",
    "I want to kill myself",
]
# The conversation the page keeps and the transcript is rebuilt from: six turns.
EARLIER = [*MESSAGES[:4], "work was rough again today", "my sister called, that helped a bit"]
PAGE_TURN = f"bot.reply(message, conversation kept by the page, {len(EARLIER)} turns)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    repeat = 20 if args.quick else 100

    import copy

    from companion import Conversation, build_companion
    from companion.turn_cache import TURNS
    from knowledge.embeddings import embed_one
    from knowledge.safety import assess

    bot = build_companion()
    cycle = itertools.cycle(MESSAGES)
    earlier = Conversation()
    for message in EARLIER:
        bot.reply(message, conversation=earlier)
    transcript = earlier.transcript()

    def cold_rebuild() -> object:
        TURNS.clear()
        return bot.reply(next(cycle), history=transcript)

    def cold_one_at_a_time() -> object:
        TURNS.clear()
        rebuilt = Conversation()
        for exchange in earlier.exchanges:
            rebuilt.record(exchange.message, rebuilt.assess(exchange.message), exchange.reply)
        return bot.reply(next(cycle), conversation=rebuilt)

    calls = [
        ("embed_one(message) (baseline)", lambda: embed_one(next(cycle))),
        ("assess(message)", lambda: assess(next(cycle))),
        ("assess(message, history of 2)", lambda: assess(next(cycle), ["rough day", "so tired"])),
        (PAGE_TURN, lambda: bot.reply(next(cycle), conversation=copy.deepcopy(earlier))),
        (f"bot.reply(message, history=transcript of {len(EARLIER)} turns), cold", cold_rebuild),
        (
            f"the same, cold, {len(EARLIER)} earlier turns assessed one at a time",
            cold_one_at_a_time,
        ),
        (
            f"bot.reply(message, history=transcript of {len(EARLIER)} turns), warm",
            lambda: bot.reply(next(cycle), history=transcript),
        ),
        ("bot.reply(message), offline turn", lambda: bot.reply(next(cycle), country="US")),
    ]
    # Round-robin, one call of each per round, so a busy machine slows every row alike.
    samples = {name: np.empty(repeat) for name, _ in calls}
    for _, fn in calls:
        time_calls(fn, 1, warmup=3)
    for i in range(repeat):
        for name, fn in calls:
            samples[name][i] = time_calls(fn, 1, warmup=0)[0]
    baseline = ms(samples[calls[0][0]], 50)
    page_turn = ms(samples[PAGE_TURN], 50)
    rows = [
        [
            name,
            ms(samples[name], 50),
            ms(samples[name], 95),
            ms(samples[name], 50) / baseline,
            f"{ms(samples[name], 50) / page_turn:.2f}"
            if name.startswith(("bot.reply(message, ", "the same, "))
            else "",
        ]
        for name, _ in calls
    ]
    print(describe_machine())
    print()
    print(markdown_table(["call", "median ms", "p95 ms", "x baseline", "x page's turn"], rows))
    for name, median, *_ in rows[3:]:
        verdict = "met" if median < 100 else "NOT met"
        print(f"\n{name}: median {median:.1f} ms (target < 100 ms): {verdict}.")


if __name__ == "__main__":
    main()
