"""One offline companion turn against its parts, measured in one process.

`python -m benchmarks.companion_bench [--quick]` prints median and p95 per call for: an
embedding of the message (the floor), the bare `assess()` call, and a whole offline turn
(`Companion.reply`, with the real story library), a turn that continues a conversation the
page keeps, and one rebuilt from a transcript (every earlier turn assessed again). Target: a
turn under 100 ms at the median.
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    repeat = 20 if args.quick else 100

    import copy

    from companion import Conversation, build_companion
    from knowledge.embeddings import embed_one
    from knowledge.safety import assess

    bot = build_companion()
    cycle = itertools.cycle(MESSAGES)
    earlier = Conversation()
    for message in MESSAGES[:4]:
        bot.reply(message, conversation=earlier)
    transcript = earlier.transcript()
    calls = [
        ("embed_one(message) (baseline)", lambda: embed_one(next(cycle))),
        ("assess(message)", lambda: assess(next(cycle))),
        ("assess(message, history of 2)", lambda: assess(next(cycle), ["rough day", "so tired"])),
        (
            "bot.reply(message, conversation kept by the page, 4 turns)",
            lambda: bot.reply(next(cycle), conversation=copy.deepcopy(earlier)),
        ),
        (
            "bot.reply(message, history=transcript of 4 turns), rebuilt",
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
    baseline = samples[calls[0][0]]
    rows = [
        [
            name,
            ms(samples[name], 50),
            ms(samples[name], 95),
            ms(samples[name], 50) / ms(baseline, 50),
        ]
        for name, _ in calls
    ]
    print(describe_machine())
    print()
    print(markdown_table(["call", "median ms", "p95 ms", "x baseline"], rows))
    turn_median = rows[-1][1]
    print(
        f"\nOffline turn median {turn_median:.1f} ms (target < 100 ms): "
        f"{'met' if turn_median < 100 else 'NOT met'}."
    )


if __name__ == "__main__":
    main()
