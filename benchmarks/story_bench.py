"""Story search speed: `python -m benchmarks.story_bench [--quick]`.

Collections of 1k / 10k / 100k passages are built from the shipped corpus's real passage
vectors plus small noise (so neighbours cluster by subject as real stories do), with the
metadata of the story each came from. Queries are real sentences embedded by the real model.
Printed: query embedding time; retrieval time for Kindred's path (unfiltered over-fetch,
Python filter, `where` fallback) and for a Chroma `where` query, against an exact NumPy top-k
baseline; recall@10 against exact; and ingest speed against raw encoding.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

import numpy as np

from benchmarks.stats import markdown_table
from knowledge.embeddings import embed, get_model
from knowledge.stories import StoryFilter, StoryLibrary, load_shipped
from knowledge.stories.chunking import chunk_text
from knowledge.stories.index import chunk_id, open_collection
from knowledge.stories.library import passage_metadata
from settings import Settings

QUERIES_FILE = Path(__file__).resolve().parent.parent / "tests/stories/data/retrieval.jsonl"
K = 10
NOISE = 0.35
FILTER = StoryFilter.build(topics=["anxiety", "depression"], include_warnings=False)


def _real_passages():
    stories = load_shipped()
    passages = [(s, i, p) for s in stories for i, p in enumerate(chunk_text(s.body))]
    return passages, embed([f"{s.title}.\n{p}" for s, _, p in passages])


def _synthetic(size: int, rng: np.random.Generator, passages, base: np.ndarray):
    """`size` passages: stories of 3 passages, each a real story's passages plus noise."""
    by_story: dict[str, list[int]] = {}
    for n, (story, _index, _passage) in enumerate(passages):
        by_story.setdefault(story.id, []).append(n)
    groups = list(by_story.values())
    picks = []
    for number in range((size + 2) // 3):
        group = groups[rng.integers(0, len(groups))]
        picks += [(number, part, group[part % len(group)]) for part in range(3)]
    picks = picks[:size]
    rows = np.array([pick for _, _, pick in picks])
    vectors = base[rows] + rng.normal(0, NOISE / np.sqrt(base.shape[1]), (size, base.shape[1]))
    vectors = (vectors / np.linalg.norm(vectors, axis=1, keepdims=True)).astype(np.float32)
    ids, metas, docs = [], [], []
    for number, part, pick in picks:
        story, _index, passage = passages[pick]
        copy = story.model_copy(update={"id": f"syn-{number}", "body": story.body[:300]})
        ids.append(chunk_id(copy.id, part))
        metas.append(passage_metadata(copy, part))
        docs.append(passage[:200])
    return ids, vectors, docs, metas


def _build(folder: Path, size: int, rng: np.random.Generator, real):
    collection = open_collection(Settings(data_dir=folder), name=f"bench_{size}")
    ids, vectors, docs, metas = _synthetic(size, rng, *real)
    for start in range(0, size, 4000):
        end = start + 4000
        collection.upsert(
            ids=ids[start:end],
            embeddings=vectors[start:end],
            documents=docs[start:end],
            metadatas=metas[start:end],
        )
    mask = np.array([FILTER.matches(m) for m in metas])
    library = StoryLibrary(collection)
    library.topic_weight = 0.0  # rank by passage similarity alone, comparable with exact
    library.warm()
    return library, vectors, mask, ids


def _exact(vectors: np.ndarray, query: np.ndarray, k: int, mask=None) -> list[int]:
    scores = vectors @ query
    if mask is not None:
        scores = np.where(mask, scores, -np.inf)
    top = np.argpartition(-scores, k)[:k]
    return list(top[np.argsort(-scores[top])])


def bench_size(size: int, qvecs: np.ndarray, folder: Path, real) -> tuple[list[list], str]:
    rng = np.random.default_rng(size)
    started = time.perf_counter()
    library, vectors, mask, ids = _build(folder, size, rng, real)
    build_s = time.perf_counter() - started
    collection = library.collection
    names = ("numpy", "numpy_f", "chroma", "kindred", "where", "kfilt")
    timings: dict[str, list[float]] = {name: [] for name in names}
    recall_plain, recall_filtered = [], []
    everything = StoryFilter(include_warnings=True)
    for qvec in qvecs:
        t = time.perf_counter()
        exact = _exact(vectors, qvec, K)
        timings["numpy"].append(time.perf_counter() - t)
        t = time.perf_counter()
        exact_f = _exact(vectors, qvec, 8 * K, mask)
        timings["numpy_f"].append(time.perf_counter() - t)
        t = time.perf_counter()
        got = collection.query(query_embeddings=[qvec], n_results=K, include=[])["ids"][0]
        timings["chroma"].append(time.perf_counter() - t)
        recall_plain.append(len({ids[i] for i in exact} & set(got)) / K)
        t = time.perf_counter()
        library.search_vector(qvec, K, everything)
        timings["kindred"].append(time.perf_counter() - t)
        t = time.perf_counter()
        collection.query(query_embeddings=[qvec], n_results=K, where=FILTER.where(), include=[])
        timings["where"].append(time.perf_counter() - t)
        t = time.perf_counter()
        hits = library.search_vector(qvec, K, FILTER)
        timings["kfilt"].append(time.perf_counter() - t)
        exact_stories = list(dict.fromkeys(ids[i].rsplit("#", 1)[0] for i in exact_f))[:K]
        found = {h.story.id for h in hits}
        recall_filtered.append(len(found & set(exact_stories)) / len(exact_stories))

    def row(label: str, key: str, recall: float | str = "") -> list:
        ordered = sorted(timings[key])
        p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
        base = statistics.median(timings["numpy_f" if "filter" in label else "numpy"])
        median = statistics.median(ordered)
        return [f"{size:,}", label, median * 1000, p95 * 1000, f"{median / base:.0f}x", recall]

    rows = [
        row("exact NumPy top-10 (baseline)", "numpy", 1.0),
        row("Chroma HNSW top-10", "chroma", round(float(np.mean(recall_plain)), 3)),
        row("Kindred search (whole stories)", "kindred"),
        row("exact NumPy, filtered (baseline)", "numpy_f", 1.0),
        row("Chroma `where`, filtered", "where"),
        row(
            "Kindred, filtered (over-fetch + Python)",
            "kfilt",
            round(float(np.mean(recall_filtered)), 3),
        ),
    ]
    note = f"{size:,} passages built in {build_s:.0f} s; the filter keeps {mask.mean():.0%} of them"
    return rows, note


def bench_ingest(folder: Path) -> str:
    stories = load_shipped()[:40]
    texts = [f"{s.title}.\n{p}" for s in stories for p in chunk_text(s.body)]
    get_model()
    t = time.perf_counter()
    embed(texts)
    encode_s = time.perf_counter() - t
    library = StoryLibrary(open_collection(Settings(data_dir=folder), name="bench_ingest"))
    t = time.perf_counter()
    library.add(stories)
    ingest_s = time.perf_counter() - t
    return markdown_table(
        ["path", "stories/s", "passages/s", "vs raw encode"],
        [
            ["raw encode (baseline)", len(stories) / encode_s, len(texts) / encode_s, "1.00x"],
            [
                "StoryLibrary.add (chunk + encode + upsert)",
                len(stories) / ingest_s,
                len(texts) / ingest_s,
                f"{encode_s / ingest_s:.2f}x",
            ],
        ],
    )


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.story_bench")
    parser.add_argument("--quick", action="store_true", help="1k and 10k passages only")
    parser.add_argument("--sizes", type=int, nargs="*", help="passage counts to measure")
    args = parser.parse_args()
    sizes = args.sizes or ([1_000, 10_000] if args.quick else [1_000, 10_000, 100_000])
    queries = [json.loads(line)["query"] for line in QUERIES_FILE.read_text().splitlines()][:40]
    get_model()
    embed_times = []
    for query in queries:
        t = time.perf_counter()
        embed([query])
        embed_times.append(time.perf_counter() - t)
    qvecs = embed(queries)
    real = _real_passages()
    print("## Story search\n")
    print(
        f"Query embedding (real model, one query): p50 {statistics.median(embed_times) * 1000:.1f}"
        f" ms. Retrieval below excludes it. {len(queries)} real queries; passages are real "
        "story vectors plus noise; filter = topic anxiety or depression, no content warnings.\n"
    )
    rows, notes = [], []
    with tempfile.TemporaryDirectory(prefix="kindred-bench-") as tmp:
        for size in sizes:
            size_rows, note = bench_size(size, qvecs, Path(tmp) / f"s{size}", real)
            rows += size_rows
            notes.append(note)
        headers = ["passages", "path", "p50 ms", "p95 ms", "p50 vs baseline", "recall@10"]
        print(markdown_table(headers, rows))
        print("\n" + "; ".join(notes) + ".\n")
        print("### Ingest\n")
        print(bench_ingest(Path(tmp) / "ingest"))


if __name__ == "__main__":
    main()
