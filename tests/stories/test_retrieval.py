"""Search by meaning on the shipped corpus: precision@5 by topic on queries as people write."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

from knowledge.stories import TOPICS

DATA = Path(__file__).parent / "data" / "retrieval.jsonl"
THRESHOLD = 0.8
K = 5


def _queries() -> list[dict]:
    return [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line]


def test_the_query_set_covers_every_topic():
    queries = _queries()
    assert len(queries) >= 60
    assert {q["topic"] for q in queries} == set(TOPICS)


@pytest.mark.slow
def test_precision_at_5_by_topic(shipped_library):
    per_topic: dict[str, list[float]] = defaultdict(list)
    misses = []
    for row in _queries():
        hits = shipped_library.search(row["query"], k=K, include_warnings=True)
        relevant = sum(row["topic"] in hit.story.topics for hit in hits)
        per_topic[row["topic"]].append(relevant / K)
        if relevant < K:
            misses.append(f"  {relevant}/{K} {row['topic']:<16} {row['query']}")
    by_topic = {topic: sum(v) / len(v) for topic, v in per_topic.items()}
    macro = sum(by_topic.values()) / len(by_topic)
    micro = sum(sum(v) for v in per_topic.values()) / sum(len(v) for v in per_topic.values())
    print(f"\nprecision@{K} by topic (macro) = {macro:.3f}; over queries (micro) = {micro:.3f}")
    for topic in sorted(by_topic, key=by_topic.get):
        print(f"  {topic:<18} {by_topic[topic]:.2f}")
    print("queries below 5/5:\n" + "\n".join(misses))
    assert macro >= THRESHOLD, f"precision@{K} by topic {macro:.3f} < {THRESHOLD}"
