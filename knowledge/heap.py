"""Keep the garbage collector's full passes short once the heavy resources are loaded.

Streamlit runs a full collection (``gc.collect(2)``, ``runner.postScriptGC``) after every
script run, holding the GIL: nothing is sent to the browser meanwhile. With the embedding
model, the classifiers, Presidio and spaCy loaded, that pass walked millions of objects
that live as long as the process and took 1-2 s on a busy machine, twice for a click that
reruns its page; the review after "Anonymize and review" waited for both.
"""

from __future__ import annotations

import gc
import threading

_set_aside = threading.Event()


def set_aside_loaded_objects() -> None:
    """Once per process: collect what is garbage now, then move every object alive into
    the collector's permanent generation, which later passes skip.

    Reference counting still frees those objects; only a cycle among them would stay, and
    what is alive at the end of the warm-up (models, indexes, pipelines) stays for good.
    """
    if _set_aside.is_set():
        return
    _set_aside.set()
    gc.collect()
    gc.freeze()
