"""The learned layer of the risk check: meaning and form, their probabilities averaged.

Meaning reads the sentence embedding ("I've sorted my affairs and written to everyone" is
close to a farewell however it is worded) twice, through a small neural network and a
logistic regression, and averages the two; form is a logistic regression over character and
word n-grams (slang, typos and Spanish, which the English embedding model reads poorly).
All three are trained by ``python -m knowledge.safety.train`` on a few thousand labeled
messages written for Kindred and stored as plain weights in ``risk_model.json`` (no pickle),
with thresholds per language chosen on out-of-fold predictions the model never saw. The
lexicon is the floor under it, never a ceiling on it.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

MODEL_FILE = Path(__file__).resolve().parent / "data" / "risk_model.json"
LEVELS = ("none", "concern", "crisis")
CHAR_NGRAMS = (2, 5)
WORD_NGRAMS = (1, 2)
TOKEN = re.compile(r"(?u)\b\w\w+\b")


def char_ngrams(text: str) -> list[str]:
    """Character n-grams inside word boundaries, as scikit-learn's ``char_wb`` makes them."""
    grams = []
    low, high = CHAR_NGRAMS
    for word in text.lower().split():
        padded = f" {word} "
        for n in range(low, high + 1):
            grams += [padded[i : i + n] for i in range(len(padded) - n + 1)]
            if len(padded) < n:
                break
    return grams


def word_ngrams(text: str) -> list[str]:
    tokens = TOKEN.findall(text.lower())
    low, high = WORD_NGRAMS
    return [
        " ".join(tokens[i : i + n])
        for n in range(low, high + 1)
        for i in range(len(tokens) - n + 1)
    ]


@dataclass(frozen=True)
class NgramSpace:
    """One tf-idf space: vocabulary -> column, idf per column (sublinear tf, L2 norm)."""

    vocabulary: dict[str, int]
    idf: np.ndarray

    def weights(self, grams: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """The message's non-zero columns and their tf-idf weights (sublinear tf, L2 norm).

        Only the few hundred columns a message has are touched: a dense row over the whole
        vocabulary cost more than the rest of the classifier together."""
        columns, values = [], []
        for gram, count in Counter(grams).items():
            column = self.vocabulary.get(gram)
            if column is not None:
                columns.append(column)
                values.append((1.0 + math.log(count)) * self.idf[column])
        weights = np.asarray(values, dtype=np.float32)
        norm = float(np.linalg.norm(weights))
        return np.asarray(columns, dtype=np.intp), weights / norm if norm else weights

    def vector(self, grams: list[str]) -> np.ndarray:
        """The same weights as one dense row over the vocabulary."""
        row = np.zeros(len(self.idf), dtype=np.float32)
        columns, weights = self.weights(grams)
        row[columns] = weights
        return row


@dataclass(frozen=True)
class Linear:
    coef: np.ndarray  # (3, features)
    intercept: np.ndarray  # (3,)

    def probabilities(self, features: np.ndarray) -> np.ndarray:
        return softmax(np.atleast_2d(features) @ self.coef.T + self.intercept)


def softmax(logits: np.ndarray) -> np.ndarray:
    shifted = logits - logits.max(axis=1, keepdims=True)
    exp = np.exp(shifted)
    return exp / exp.sum(axis=1, keepdims=True)


def blend(network: np.ndarray, line: np.ndarray, form: np.ndarray) -> np.ndarray:
    """The three models' rows as one reading: meaning (network and line averaged) and form,
    averaged. Training chooses its thresholds on exactly this, so it is written once."""
    return ((network + line) / 2 + form) / 2


@dataclass(frozen=True)
class HiddenLayer:
    """One ReLU hidden layer, then softmax: scikit-learn's ``MLPClassifier`` as plain weights.

    A straight line through embedding space could not tell "vet says he'll be fine" from a
    crisis that sits near it without also losing quiet crises; a bent surface can (in English
    it finds 4-9 more crises in a hundred at 2% false alarms). In Spanish, which the English
    embedding model reads poorly, it was no better than the line, so the two are averaged.
    """

    hidden: Linear  # coef (units, features)
    output: Linear  # coef (3, units)

    def probabilities(self, features: np.ndarray) -> np.ndarray:
        units = np.atleast_2d(features) @ self.hidden.coef.T + self.hidden.intercept
        return self.output.probabilities(np.maximum(units, 0.0))


@dataclass(frozen=True)
class RiskModel:
    embedding: HiddenLayer
    embedding_linear: Linear
    ngrams: Linear
    chars: NgramSpace
    words: NgramSpace
    crisis_threshold: dict[str, float]
    concern_threshold: float
    trained_on: int = 0

    def ngram_features(self, texts: list[str]) -> np.ndarray:
        """Dense n-gram rows (for checks; reading uses ``ngram_probabilities``)."""
        return np.vstack(
            [
                np.concatenate(
                    [self.chars.vector(char_ngrams(text)), self.words.vector(word_ngrams(text))]
                )
                for text in texts
            ]
        )

    def ngram_probabilities(self, texts: list[str]) -> np.ndarray:
        """The form model's rows, from each message's non-zero n-gram columns only."""
        coef, offset = self.ngrams.coef, len(self.chars.idf)
        logits = np.empty((len(texts), coef.shape[0]), dtype=np.float32)
        for row, text in enumerate(texts):
            chars, char_weights = self.chars.weights(char_ngrams(text))
            words, word_weights = self.words.weights(word_ngrams(text))
            logits[row] = coef[:, chars] @ char_weights + coef[:, words + offset] @ word_weights
        return softmax(logits + self.ngrams.intercept)

    def probabilities(self, vectors: np.ndarray, texts: list[str]) -> np.ndarray:
        """Rows of (none, concern, crisis): meaning's and form's probabilities averaged."""
        return blend(
            self.embedding.probabilities(vectors),
            self.embedding_linear.probabilities(vectors),
            self.ngram_probabilities(texts),
        )

    def level(self, probabilities: np.ndarray, language: str = "en") -> str:
        """The level one row of probabilities stands for, by the validated thresholds."""
        threshold = self.crisis_threshold.get(language, self.crisis_threshold["en"])
        if probabilities[2] >= threshold:
            return "crisis"
        if probabilities[1] + probabilities[2] >= self.concern_threshold:
            return "concern"
        return "none"

    def to_json(self) -> str:
        def space(ngrams: NgramSpace) -> dict:
            ordered = sorted(ngrams.vocabulary, key=ngrams.vocabulary.__getitem__)
            return {"grams": ordered, "idf": np.round(ngrams.idf, 5).tolist()}

        def linear(model: Linear) -> dict:
            return {
                "coef": np.round(model.coef, 5).tolist(),
                "intercept": np.round(model.intercept, 5).tolist(),
            }

        return json.dumps(
            {
                "levels": LEVELS,
                "embedding": {
                    "hidden": linear(self.embedding.hidden),
                    "output": linear(self.embedding.output),
                },
                "embedding_linear": linear(self.embedding_linear),
                "ngrams": linear(self.ngrams),
                "chars": space(self.chars),
                "words": space(self.words),
                "crisis_threshold": self.crisis_threshold,
                "concern_threshold": self.concern_threshold,
                "trained_on": self.trained_on,
            },
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, text: str) -> RiskModel:
        raw = json.loads(text)

        def space(part: dict) -> NgramSpace:
            vocabulary = {gram: i for i, gram in enumerate(part["grams"])}
            return NgramSpace(vocabulary, np.asarray(part["idf"], dtype=np.float32))

        def linear(part: dict) -> Linear:
            return Linear(
                np.asarray(part["coef"], dtype=np.float32),
                np.asarray(part["intercept"], dtype=np.float32),
            )

        return cls(
            embedding=HiddenLayer(
                linear(raw["embedding"]["hidden"]), linear(raw["embedding"]["output"])
            ),
            embedding_linear=linear(raw["embedding_linear"]),
            ngrams=linear(raw["ngrams"]),
            chars=space(raw["chars"]),
            words=space(raw["words"]),
            crisis_threshold={k: float(v) for k, v in raw["crisis_threshold"].items()},
            concern_threshold=float(raw["concern_threshold"]),
            trained_on=int(raw.get("trained_on", 0)),
        )


@lru_cache(maxsize=1)
def risk_model(path: Path = MODEL_FILE) -> RiskModel:
    """The shipped model, read once per process."""
    return RiskModel.from_json(path.read_text(encoding="utf-8"))
