"""Keep torch and transformers out of spaCy's and Presidio's imports.

Kindred's spaCy pipeline (``en_core_web_sm``) runs on numpy, and the anonymizer uses no
Hugging Face model; yet thinc imports torch and Presidio imports transformers whenever they
are installed (they are, for the optional torch embedding backend), which drags scipy and
sympy along: about 250 MB of a server's memory that no part of Kindred reads. This import
hook tells those two packages, and only them, that torch and transformers are missing; both
handle that (thinc runs on numpy, Presidio leaves its Hugging Face pipe unavailable).

Anything else still imports torch and transformers as usual (the torch embedding backend,
the ONNX export), also at the same moment on another thread: the hook looks at who asks. If
torch was imported before spaCy, thinc simply finds it, as it always did.
"""

from __future__ import annotations

import sys
from importlib.abc import MetaPathFinder
from types import FrameType

KEPT_OUT = frozenset({"torch", "transformers"})
# The packages whose own imports of ``KEPT_OUT`` are answered "not installed".
FOR_IMPORTERS = ("thinc.", "spacy.", "presidio_analyzer.", "presidio_anonymizer.")


class _KeepOut(MetaPathFinder):
    def find_spec(self, name: str, path: object = None, target: object = None) -> None:
        if name in KEPT_OUT and _importer().startswith(FOR_IMPORTERS):
            raise ModuleNotFoundError(f"{name} is not loaded for spaCy or Presidio", name=name)
        return None


def _importer() -> str:
    """The module whose code runs the import (past the import system's own frames)."""
    frame: FrameType | None = sys._getframe(2)
    while frame is not None and frame.f_code.co_filename.startswith("<frozen importlib"):
        frame = frame.f_back
    return str(frame.f_globals.get("__name__", "")) + "." if frame is not None else ""


def keep_torch_out() -> None:
    """Install the hook once per process (before spaCy or Presidio is first imported)."""
    if not any(isinstance(finder, _KeepOut) for finder in sys.meta_path):
        sys.meta_path.insert(0, _KeepOut())
