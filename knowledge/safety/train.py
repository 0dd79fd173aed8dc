"""Train the risk classifier: ``python -m knowledge.safety.train``.

Reads every ``train_*.jsonl`` (and the older ``risk_examples.jsonl``) in
``knowledge/safety/data``, embeds what the classifier reads of each message in use
(``risk.prepared_text``), makes out-of-fold predictions (5 folds, stratified by level and
language) to choose the crisis threshold per language and print honest figures, then refits
its three models on everything and writes ``risk_model.json``.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from knowledge.safety.classifier import (
    LEVELS,
    MODEL_FILE,
    HiddenLayer,
    Linear,
    NgramSpace,
    RiskModel,
    blend,
    char_ngrams,
    word_ngrams,
)
from knowledge.safety.import_written import HOLDOUT_FILE
from knowledge.safety.risk import prepared_text

DATA_DIR = MODEL_FILE.parent
FOLDS = 5
SEED = 13
# The meaning half averages a network (one hidden layer of 512 ReLU units, a firm L2
# penalty) and a logistic regression over the embedding. On one 80/20 split of the training
# messages, the written holdout and the blind fresh4 messages, the network with the n-gram
# half found more English crises at every false-alarm rate than the regression did (at 2%:
# 0.865 / 0.839 / 0.840 against 0.784 / 0.796 / 0.750); 256 units, a weaker penalty or three
# seeds averaged did no better. In Spanish, which the English embedding model reads poorly,
# the network alone lost out of fold (0.79 of crises against 0.86); the average of the two
# keeps nearly all of the English gain and matches the regression in Spanish. The
# regression's C=1: at C=4 it was near-certain about short everyday messages that sit close
# to crisis ones ("vet says he'll be fine": 0.94 crisis).
HIDDEN_UNITS = 512
HIDDEN_ALPHA = 1e-2
EMBEDDING_C = 1.0
NGRAM_C = 8.0
CONCERN_THRESHOLD = 0.5
# The training "none" messages are deliberately hard (idioms, dark humour, innocent uses of
# risk words); the crisis threshold is the lowest that calls at most this share of them
# crisis, so recall is as high as that cap allows. The lexicon adds its floor on top.
# Spanish gets a looser cap: its ordinary messages are the hardest ("me muero de...", "me
# mata..."), and the Spanish lexicon reads less than the English one, so the classifier
# carries more of Spanish recall, which is the weaker (0.887 out of fold at 0.40, 0.859 at
# the 5% cap's 0.45). The price is false crisis in Spanish ordinary conversations (5 of 14
# on the unseen fresh5 set, all the classifier alone; 3 of 7 on fresh3, the lexicon).
# English: 3% when the network came in (0.913 of crises at 0.45 out of fold). 4% since the
# 2026-11-29 night import added ~3,000 idiom and hyperbole messages, most of them hard
# ordinary ones ("this final is going to kill me"): on that harder set 3% chose 0.475, which
# on the held-out fifth found 0.903 of English crises at 4.9% none-as-crisis, where 0.425
# (chosen at 4%) finds 0.926 at 5.7%; a missed crisis costs more than a card shown.
NONE_AS_CRISIS_CAP = {"en": 0.04, "es": 0.07}
THRESHOLD_GRID = tuple(round(0.3 + 0.025 * step, 3) for step in range(25))


@dataclass(frozen=True)
class Labeled:
    text: str
    level: str
    language: str


def load_training(data_dir: Path = DATA_DIR) -> list[Labeled]:
    rows: list[Labeled] = []
    files = [*sorted(data_dir.glob("train_*.jsonl")), data_dir / "risk_examples.jsonl"]
    for path in files:
        rows += load_rows(path)
    unique = {(row.text.casefold(), row.level): row for row in rows}
    return list(unique.values())


def training_texts(rows: list[Labeled]) -> list[str]:
    """What the classifier reads of each row, exactly as it reads a message in use."""
    return [prepared_text(row.text, row.language) or "." for row in rows]


def embed_training(rows: list[Labeled], cache: Path | None = None) -> np.ndarray:
    """Sentence embeddings of what the classifier reads; ``cache`` (.npz) skips known texts."""
    from knowledge.embeddings import embed

    texts = training_texts(rows)
    known: dict[str, np.ndarray] = {}
    if cache is not None and cache.exists():
        with np.load(cache, allow_pickle=False) as stored:
            known = dict(zip(stored["texts"].tolist(), stored["vectors"], strict=True))
    missing = sorted({text for text in texts if text not in known})
    if missing:
        known.update(zip(missing, embed(missing), strict=True))
    if cache is not None:
        np.savez(cache, texts=np.array(list(known)), vectors=np.vstack(list(known.values())))
    return np.vstack([known[text] for text in texts])


def load_rows(path: Path) -> list[Labeled]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            raw = json.loads(line)
            rows.append(Labeled(raw["text"], raw["level"], raw.get("lang", "en")))
    return rows


def _ngram_spaces(texts: list[str]):  # type: ignore[no-untyped-def]
    from sklearn.feature_extraction.text import TfidfVectorizer

    chars = TfidfVectorizer(analyzer=char_ngrams, min_df=2, sublinear_tf=True)
    words = TfidfVectorizer(analyzer=word_ngrams, min_df=1, sublinear_tf=True)
    return chars.fit(texts), words.fit(texts)


def _ngram_matrix(spaces, texts: list[str]):  # type: ignore[no-untyped-def]
    from scipy.sparse import hstack

    chars, words = spaces
    return hstack([chars.transform(texts), words.transform(texts)]).tocsr()


def _logistic(c: float):  # type: ignore[no-untyped-def]
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=c, max_iter=3000)


def _network():  # type: ignore[no-untyped-def]
    from sklearn.neural_network import MLPClassifier

    return MLPClassifier(
        hidden_layer_sizes=(HIDDEN_UNITS,),
        alpha=HIDDEN_ALPHA,
        max_iter=60,
        early_stopping=True,
        random_state=SEED,
    )


def _fold_probabilities(
    vectors: np.ndarray, texts: list[str], labels: np.ndarray, strata: list[str]
) -> np.ndarray:
    """Out-of-fold probabilities of the averaged pair: every row from a model that never saw it."""
    from sklearn.model_selection import StratifiedKFold

    out = np.zeros((len(texts), 3))
    folds = StratifiedKFold(FOLDS, shuffle=True, random_state=SEED)
    for train_idx, test_idx in folds.split(vectors, strata):
        train_texts = [texts[i] for i in train_idx]
        test_texts = [texts[i] for i in test_idx]
        network = _network().fit(vectors[train_idx], labels[train_idx])
        line = _logistic(EMBEDDING_C).fit(vectors[train_idx], labels[train_idx])
        spaces = _ngram_spaces(train_texts)
        form = _logistic(NGRAM_C).fit(_ngram_matrix(spaces, train_texts), labels[train_idx])
        out[test_idx] = blend(
            network.predict_proba(vectors[test_idx]),
            line.predict_proba(vectors[test_idx]),
            form.predict_proba(_ngram_matrix(spaces, test_texts)),
        )
    return out


def _crisis_threshold(probabilities: np.ndarray, labels: np.ndarray, cap: float) -> float:
    """The lowest threshold that keeps hard ordinary messages (none) under the false-alarm cap."""
    none_scores = probabilities[labels == 0, 2]
    for threshold in THRESHOLD_GRID:
        if not len(none_scores) or (none_scores >= threshold).mean() <= cap:
            return threshold
    return THRESHOLD_GRID[-1]


def train(
    rows: list[Labeled], vectors: np.ndarray, *, report: bool = True
) -> tuple[RiskModel, dict]:
    texts = training_texts(rows)
    labels = np.array([LEVELS.index(row.level) for row in rows])
    languages = np.array([row.language for row in rows])
    strata = [f"{row.level}-{row.language}" for row in rows]
    folded = _fold_probabilities(vectors, texts, labels, strata)
    thresholds = {
        language: _crisis_threshold(
            folded[languages == language],
            labels[languages == language],
            NONE_AS_CRISIS_CAP.get(language, NONE_AS_CRISIS_CAP["en"]),
        )
        for language in sorted(set(languages))
    }
    metrics: dict = {
        "messages": len(rows),
        "folds": FOLDS,
        "crisis_threshold": thresholds,
    }
    for language, threshold in thresholds.items():
        mask = languages == language
        found = folded[mask, 2] >= threshold
        metrics[language] = {
            "crisis_recall": _share(found[labels[mask] == 2]),
            "none_as_crisis": _share(found[labels[mask] == 0]),
            "concern_as_crisis": _share(found[labels[mask] == 1]),
        }
    if report:
        print(json.dumps(metrics, indent=1))
        _print_trade_off(folded, labels, languages)
    network = _network().fit(vectors, labels)
    line = _logistic(EMBEDDING_C).fit(vectors, labels)
    spaces = _ngram_spaces(texts)
    form = _logistic(NGRAM_C).fit(_ngram_matrix(spaces, texts), labels)
    model = RiskModel(
        embedding=hidden_layer(network),
        embedding_linear=Linear(line.coef_, line.intercept_),
        ngrams=Linear(form.coef_, form.intercept_),
        chars=_space(spaces[0]),
        words=_space(spaces[1]),
        crisis_threshold=thresholds,
        concern_threshold=CONCERN_THRESHOLD,
        trained_on=len(rows),
    )
    return model, metrics


def hidden_layer(network) -> HiddenLayer:  # type: ignore[no-untyped-def]
    """A fitted one-hidden-layer ``MLPClassifier`` as the plain weights the app reads."""
    weights, biases = network.coefs_, network.intercepts_
    return HiddenLayer(Linear(weights[0].T, biases[0]), Linear(weights[1].T, biases[1]))


def _print_trade_off(folded: np.ndarray, labels: np.ndarray, languages: np.ndarray) -> None:
    """Out-of-fold crisis recall and none-as-crisis at each threshold, to choose a cap by."""
    for language in sorted(set(languages)):
        mask = languages == language
        cells = []
        for threshold in THRESHOLD_GRID:
            found = folded[mask, 2] >= threshold
            recall = _share(found[labels[mask] == 2])
            cells.append(f"{threshold:.3f}: {recall:.3f}/{_share(found[labels[mask] == 0]):.3f}")
        print(f"{language} threshold: crisis recall / none as crisis:", "; ".join(cells))


def _space(vectorizer) -> NgramSpace:  # type: ignore[no-untyped-def]
    vocabulary = {str(gram): int(column) for gram, column in vectorizer.vocabulary_.items()}
    return NgramSpace(vocabulary, vectorizer.idf_.astype(np.float32))


def _share(flags: np.ndarray) -> float:
    return round(float(flags.mean()), 4) if len(flags) else 0.0


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=MODEL_FILE)
    parser.add_argument(
        "--embedding-cache", type=Path, help="an .npz of embeddings to reuse between runs"
    )
    args = parser.parse_args(argv)
    rows = load_training()
    counts = Counter((row.level, row.language) for row in rows)
    print("training messages:", dict(sorted(counts.items())))
    model, _ = train(rows, embed_training(rows, args.embedding_cache))
    args.output.write_text(model.to_json() + "\n", encoding="utf-8")
    print(f"wrote {args.output}")
    if HOLDOUT_FILE.exists():
        held = load_rows(HOLDOUT_FILE)
        figures = score_alone(model, held, embed_training(held, args.embedding_cache))
        print("the classifier alone on the held-out split:", json.dumps(figures))


def score_alone(model: RiskModel, rows: list[Labeled], vectors: np.ndarray) -> dict:
    """Crisis recall and none-as-crisis of the classifier without the lexicon, per language."""
    texts = training_texts(rows)
    probabilities = model.probabilities(vectors, texts)
    found = np.array(
        [
            model.level(p, row.language) == "crisis"
            for p, row in zip(probabilities, rows, strict=True)
        ]
    )
    figures = {}
    for language in sorted({row.language for row in rows}):
        levels = np.array([row.level if row.language == language else "" for row in rows])
        figures[language] = {
            "crisis_recall": _share(found[levels == "crisis"]),
            "none_as_crisis": _share(found[levels == "none"]),
            "messages": int((levels != "").sum()),
        }
    return figures


if __name__ == "__main__":
    main()
