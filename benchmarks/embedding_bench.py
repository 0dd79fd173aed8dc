"""Embedding backends: `python -m benchmarks.embedding_bench [--quick]`.

The torch model (sentence-transformers, the baseline) against the same weights exported to
ONNX (`knowledge.embedding_onnx`, what Kindred runs by default) and two int8 quantized
variants of that graph (onnxruntime dynamic quantization). For each: one query's latency,
passages per second through a story ingest, and how far its vectors are from torch's (cosine
per text, lowest and mean, and how many of the exact top-10 passages per query stay the same).
A backend may be adopted only if every vector's cosine to torch's is at least 0.99.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from benchmarks.stats import markdown_table, ms
from knowledge.embedding_onnx import OnnxEncoder, export, graph_path
from knowledge.embeddings import get_model, model_path
from knowledge.stories import load_shipped
from knowledge.stories.chunking import chunk_text

QUERIES_FILE = Path(__file__).resolve().parent.parent / "tests/stories/data/retrieval.jsonl"
AGREEMENT_FLOOR = 0.99
K = 10


def _quantize(graph: Path, destination: Path, per_channel: bool) -> Path:
    from onnxruntime.quantization import QuantType, quantize_dynamic

    quantize_dynamic(
        str(graph),
        str(destination),
        per_channel=per_channel,
        weight_type=QuantType.QUInt8 if per_channel else QuantType.QInt8,
    )
    return destination


def _torch_encode(texts: list[str]) -> np.ndarray:
    return get_model().encode(texts, batch_size=64, normalize_embeddings=True)


def _top_k(vectors: np.ndarray, queries: np.ndarray) -> list[set[int]]:
    scores = queries @ vectors.T
    return [set(np.argsort(-row)[:K]) for row in scores]


def _interleaved(
    backends: dict[str, Callable[[list[str]], np.ndarray]],
    queries: list[str],
    passages: list[str],
    repeat: int,
) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """Seconds per query call and per ingest, backends taking turns so load hits all alike."""
    encoders = list(backends.values())
    for encode in encoders:
        encode(queries[:2])  # warm-up
    query_s = [np.empty(repeat) for _ in encoders]
    for i in range(repeat):
        text = [queries[i % len(queries)]]
        for n, encode in enumerate(encoders):
            started = time.perf_counter()
            encode(text)
            query_s[n][i] = time.perf_counter() - started
    ingest_s = [np.empty(3) for _ in encoders]
    for i in range(3):
        for n, encode in enumerate(encoders):
            started = time.perf_counter()
            encode(passages)
            ingest_s[n][i] = time.perf_counter() - started
    return query_s, ingest_s


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.embedding_bench")
    parser.add_argument("--quick", action="store_true", help="fewer queries and passages")
    args = parser.parse_args()
    queries = [json.loads(line)["query"] for line in QUERIES_FILE.read_text().splitlines()]
    stories = load_shipped()[: 10 if args.quick else 40]
    passages = [f"{s.title}.\n{p}" for s in stories for p in chunk_text(s.body)]
    corpus = (
        passages
        if args.quick
        else [f"{s.title}.\n{p}" for s in load_shipped() for p in chunk_text(s.body)]
    )
    repeat = 20 if args.quick else 60

    with tempfile.TemporaryDirectory(prefix="kindred-onnx-") as folder:
        started = time.perf_counter()
        graph = export(model_path(), graph_path(Path(folder)))
        export_s = time.perf_counter() - started
        onnx = OnnxEncoder(graph, model_path())
        per_tensor = OnnxEncoder(_quantize(graph, Path(folder) / "int8.onnx", False), model_path())
        per_channel = OnnxEncoder(
            _quantize(graph, Path(folder) / "uint8-pc.onnx", True), model_path()
        )
        backends: dict[str, Callable[[list[str]], np.ndarray]] = {
            "torch, sentence-transformers (baseline)": _torch_encode,
            "ONNX fp32 (Kindred's default)": onnx.encode,
            "ONNX int8 dynamic, per tensor": per_tensor.encode,
            "ONNX uint8 dynamic, per channel": per_channel.encode,
        }
        query_s, ingest_s = _interleaved(backends, queries, passages, repeat)
        reference = _torch_encode(queries + corpus)
        ref_top = _top_k(reference[len(queries) :], reference[: len(queries)])
        rows = []
        base_query = ms(query_s[0], 50)
        base_rate = len(passages) / float(np.median(ingest_s[0]))
        for n, (label, encode) in enumerate(backends.items()):
            rate = len(passages) / float(np.median(ingest_s[n]))
            vectors = encode(queries + corpus)
            cosine = (vectors * reference).sum(axis=1)
            top = _top_k(vectors[len(queries) :], vectors[: len(queries)])
            overlap = np.mean([len(a & b) / K for a, b in zip(top, ref_top, strict=True)])
            verdict = "meets" if cosine.min() >= AGREEMENT_FLOOR else "below"
            rows.append(
                [
                    label,
                    ms(query_s[n], 50),
                    ms(query_s[n], 95),
                    f"{base_query / ms(query_s[n], 50):.2f}x",
                    rate,
                    f"{rate / base_rate:.2f}x",
                    f"{cosine.min():.4f}",
                    f"{cosine.mean():.4f}",
                    f"{overlap:.3f}",
                    verdict,
                ]
            )
    print("### Embedding backends\n")
    searched = "the listed passages" if args.quick else "every passage of the shipped corpus"
    print(
        f"{len(queries)} real queries, one per call ({repeat} timed calls); ingest = "
        f"{len(passages)} passages of {len(stories)} stories (median of 3). The backends take "
        f"turns call by call, so machine load hits them alike. Agreement over "
        f"{len(queries) + len(corpus)} texts (the queries and {searched}); top-10 kept = share "
        "of each query's exact top-10 passages (by cosine) that stay the same as with torch. "
        f"Exporting the ONNX graph from the packaged weights took {export_s:.1f} s.\n"
    )
    headers = [
        "backend",
        "query p50 ms",
        "query p95 ms",
        "query speed-up",
        "passages/s",
        "ingest speed-up",
        "lowest cosine",
        "mean cosine",
        "top-10 kept",
        f"cosine >= {AGREEMENT_FLOOR}",
    ]
    print(markdown_table(headers, rows))
    eligible = [row for row in rows[1:] if row[-1] == "meets"]
    fastest = min(eligible, key=lambda row: row[1]) if eligible else None
    print(
        "\nFastest backend whose every vector agrees with torch to at least "
        f"{AGREEMENT_FLOOR}: {fastest[0] if fastest else 'none'}. "
        "Kindred embeds with ONNX fp32 by default (KINDRED_EMBEDDING_BACKEND=onnx)."
    )


if __name__ == "__main__":
    main()
