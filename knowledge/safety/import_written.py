"""Bring newly written labeled messages into the training data, with a split never trained on.

``python -m knowledge.safety.import_written BATCH.jsonl ... --exclude EVAL_SET ...``

Each row is ``{"text", "level", "family", "lang"}``. Rows are deduplicated on a loose key
(case, punctuation and spacing ignored) against each other, the existing training data and
every file given with ``--exclude`` (the evaluation sets, whose texts must never be trained
on; they are compared, never printed). A stable fifth of the rest, chosen by a hash of the
key so a near-duplicate always falls on the same side, goes to ``holdout_written.jsonl``,
which training never reads (it loads ``train_*.jsonl`` only); the others go to
``train_written_2.jsonl``. New rows are appended to both files and every row already in the
training data or the held-out fifth is a duplicate, so a batch imported twice adds nothing
and earlier rows stay on their side.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
from pathlib import Path

import numpy as np

from knowledge.safety.classifier import LEVELS, MODEL_FILE

DATA_DIR = MODEL_FILE.parent
TRAIN_FILE = DATA_DIR / "train_written_2.jsonl"
HOLDOUT_FILE = DATA_DIR / "holdout_written.jsonl"
HOLDOUT_SHARE = 5  # one in five
NEAR_SHARE = 0.5  # of the two messages' words, together
NEAR_WORDS = 4
LANGUAGES = ("en", "es")


def loose_key(text: str) -> str:
    """The text with case, punctuation and spacing ignored."""
    return " ".join(re.sub(r"[\W_]+", " ", text.casefold()).split())


def held_out(text: str) -> bool:
    """True for the stable fifth of texts that training never sees."""
    digest = hashlib.sha256(loose_key(text).encode("utf-8")).digest()
    return digest[0] % HOLDOUT_SHARE == 0


def _texts(path: Path) -> list[str]:
    if path.suffix == ".csv":
        with path.open(encoding="utf-8", newline="") as handle:
            return [row["text"] for row in csv.DictReader(handle)]
    texts = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            raw = json.loads(line)
            texts.append(raw.get("text") or raw.get("user") or "")
            texts += [turn.get("user", "") for turn in raw.get("turns", [])]
    return [text for text in texts if text]


def _valid(raw: dict) -> bool:
    return (
        isinstance(raw.get("text"), str)
        and bool(raw["text"].strip())
        and raw.get("level") in LEVELS
        and raw.get("lang", "en") in LANGUAGES
    )


def near_copies(texts: list[str], others: list[str]) -> list[bool]:
    """For each text, whether it shares at least half of its words with one of ``others``
    (Jaccard of the word sets >= NEAR_SHARE, and at least NEAR_WORDS words in common): a
    writer's paraphrase of an evaluation message would let the scorecard flatter itself."""
    if not texts or not others:
        return [False] * len(texts)
    from sklearn.feature_extraction.text import CountVectorizer

    words = CountVectorizer(binary=True, analyzer=lambda text: set(loose_key(text).split()))
    words.fit(texts + others)
    mine, theirs = words.transform(texts), words.transform(others)
    common = (mine @ theirs.T).tocoo()
    sizes_mine = np.asarray(mine.sum(axis=1)).ravel()
    sizes_theirs = np.asarray(theirs.sum(axis=1)).ravel()
    union = sizes_mine[common.row] + sizes_theirs[common.col] - common.data
    near = (common.data >= NEAR_WORDS) & (common.data >= NEAR_SHARE * union)
    flags = np.zeros(len(texts), dtype=bool)
    flags[common.row[near]] = True
    return flags.tolist()


def split_rows(
    batches: list[Path], excluded: list[Path], existing: list[Path]
) -> tuple[list[dict], list[dict], dict[str, int]]:
    """Training rows, held-out rows and counts of what was dropped."""
    evaluation = [text for path in excluded for text in _texts(path)]
    excluded_keys = {loose_key(text) for text in evaluation}
    seen = {loose_key(text) for path in existing for text in _texts(path)}
    train, holdout = [], []
    dropped = {"invalid": 0, "duplicate": 0, "in an evaluation set": 0, "near one": 0}
    raws = [
        json.loads(line)
        for path in batches
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    near = near_copies([str(raw.get("text") or "") for raw in raws], evaluation)
    for raw, near_one in zip(raws, near, strict=True):
        if not _valid(raw):
            dropped["invalid"] += 1
            continue
        key = loose_key(raw["text"])
        if key in excluded_keys:
            dropped["in an evaluation set"] += 1
            continue
        if near_one:
            dropped["near one"] += 1
            continue
        if key in seen:
            dropped["duplicate"] += 1
            continue
        seen.add(key)
        row = {
            "text": raw["text"].strip(),
            "level": raw["level"],
            "family": raw.get("family", ""),
            "lang": raw.get("lang", "en"),
        }
        (holdout if held_out(row["text"]) else train).append(row)
    return train, holdout, dropped


def _append(path: Path, rows: list[dict]) -> None:
    """The file's rows, then ``rows``, written in one go (all or nothing)."""
    before = path.read_text(encoding="utf-8") if path.exists() else ""
    if before and not before.endswith("\n"):
        before += "\n"
    added = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    partial = path.with_suffix(".partial")
    partial.write_text(before + added, encoding="utf-8")
    partial.replace(path)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("batches", type=Path, nargs="+")
    parser.add_argument("--exclude", type=Path, nargs="*", default=[])
    args = parser.parse_args(argv)
    added, held, dropped = import_batches(sorted(args.batches), args.exclude)
    print(f"training {added} more, held out {held} more, dropped {dropped}")


def import_batches(
    batches: list[Path], excluded: list[Path], data_dir: Path = DATA_DIR
) -> tuple[int, int, dict[str, int]]:
    """Append the batches' new rows to the training file and the held-out fifth."""
    train_file = data_dir / TRAIN_FILE.name
    holdout_file = data_dir / HOLDOUT_FILE.name
    existing = [*sorted(data_dir.glob("train_*.jsonl")), data_dir / "risk_examples.jsonl"]
    existing = [path for path in (*existing, holdout_file) if path.exists()]
    train, holdout, dropped = split_rows(batches, excluded, existing)
    _append(train_file, train)
    _append(holdout_file, holdout)
    return len(train), len(holdout), dropped


if __name__ == "__main__":
    main()
