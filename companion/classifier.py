"""The embedding layer of the risk check: k nearest labeled examples by meaning.

The examples (``companion/data/risk_examples.jsonl``) are written for Kindred and kept
apart from the evaluation set in ``tests/companion/data``, so the evaluation measures how
the classifier does on messages it has never seen. The layer catches indirect wording the
lexicon has no phrase for ("I've written letters to everyone I love and sorted my affairs").
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from knowledge.embeddings import embed

EXAMPLES_FILE = Path(__file__).resolve().parent / "data" / "risk_examples.jsonl"
LEVELS = ("none", "concern", "crisis")
K = 7
# Chosen on the examples by leave-one-out, then checked on the held-out evaluation set.
CRISIS_SHARE = 0.55
CRISIS_MIN_SIMILARITY = 0.55
CONCERN_SHARE = 0.6
NEAR_DUPLICATE = 0.85
CONCERN_MIN_SIMILARITY = 0.55


@dataclass(frozen=True)
class Example:
    text: str
    level: str


@dataclass(frozen=True)
class Prediction:
    level: str
    shares: dict[str, float]
    nearest: str
    similarity: float


@lru_cache(maxsize=1)
def load_examples(path: Path = EXAMPLES_FILE) -> tuple[Example, ...]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return tuple(Example(row["text"], row["level"]) for row in rows)


@lru_cache(maxsize=1)
def _index() -> tuple[np.ndarray, np.ndarray]:
    examples = load_examples()
    vectors = embed([example.text for example in examples])
    labels = np.array([LEVELS.index(example.level) for example in examples])
    return vectors, labels


def predict(vector: np.ndarray) -> Prediction:
    """Similarity-weighted vote of the K nearest examples to one unit vector."""
    vectors, labels = _index()
    similarities = vectors @ vector
    top = np.argsort(-similarities)[:K]
    weights = np.clip(similarities[top], 0.0, None)
    total = float(weights.sum()) or 1.0
    shares = {
        level: float(weights[labels[top] == i].sum() / total) for i, level in enumerate(LEVELS)
    }
    crisis_top = [i for i in top if labels[i] == 2]
    best_crisis = float(similarities[crisis_top[0]]) if crisis_top else 0.0
    nearest = int(top[0])
    if similarities[nearest] >= NEAR_DUPLICATE:
        # A near paraphrase of a labeled example: its label says more than the vote.
        level = LEVELS[labels[nearest]]
    elif shares["crisis"] >= CRISIS_SHARE and best_crisis >= CRISIS_MIN_SIMILARITY:
        level = "crisis"
    elif (
        shares["crisis"] + shares["concern"] >= CONCERN_SHARE
        and similarities[nearest] >= CONCERN_MIN_SIMILARITY
    ):
        level = "concern"
    else:
        level = "none"
    return Prediction(level, shares, load_examples()[nearest].text, float(similarities[nearest]))
