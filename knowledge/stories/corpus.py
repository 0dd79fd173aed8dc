"""The shipped seed corpus and the library factory that indexes it on first use."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np

from knowledge.stories.index import open_collection
from knowledge.stories.library import StoryLibrary
from knowledge.stories.schema import RowError, Story, read_jsonl
from settings import Settings

CORPUS_DIR = Path(__file__).resolve().parent.parent / "data" / "stories"


class CorpusError(ValueError):
    """The shipped corpus has rows that do not validate (a packaging bug, not user input)."""


def shipped_files(folder: Path = CORPUS_DIR) -> list[Path]:
    return sorted(folder.glob("*.jsonl"))


def load_shipped(folder: Path = CORPUS_DIR) -> list[Story]:
    """Every story in knowledge/data/stories/*.jsonl; raises CorpusError on a bad row."""
    stories: dict[str, Story] = {}
    problems: list[str] = []
    for path in shipped_files(folder):
        for item in read_jsonl(path):
            if isinstance(item, RowError):
                problems.append(f"{path.name} {item}")
            elif item.id in stories:
                problems.append(f"{path.name}: duplicate story id {item.id!r}")
            else:
                stories[item.id] = item
    if problems:
        raise CorpusError("; ".join(problems))
    return list(stories.values())


class _ShippedTextEmbedder:
    """Remembers the vectors of the shipped (public) passages for the life of the process.

    Opening a fresh library (every test's data folder, every new replica) then costs Chroma
    writes only. It is used for the shipped corpus alone, never for queries or shared stories.
    """

    def __init__(self) -> None:
        self._vectors: dict[str, np.ndarray] = {}

    def __call__(self, texts: list[str]) -> np.ndarray:
        from knowledge.embeddings import embed

        missing = list(dict.fromkeys(t for t in texts if t not in self._vectors))
        if missing:
            self._vectors.update(zip(missing, embed(missing), strict=True))
        return np.stack([self._vectors[t] for t in texts]) if texts else embed([])


@lru_cache(maxsize=1)
def shipped_text_embedder() -> _ShippedTextEmbedder:
    """The process-wide memo of shipped passage vectors (public text only, never queries)."""
    return _ShippedTextEmbedder()


def index_shipped(library: StoryLibrary, only_changed: bool = True) -> str:
    """Index the shipped corpus into a library's collection (new or changed stories only)."""
    seeder = StoryLibrary(library.collection, embedder=shipped_text_embedder())
    stories = load_shipped()
    if only_changed:
        return str(seeder.sync(stories))
    seeder.add(stories)
    return f"{len(stories)} indexed"


def open_library(settings: Settings | None = None) -> StoryLibrary:
    """The story library under the configured data folder (or Chroma server).

    Indexes the shipped corpus when the index is empty, so a fresh install can search.
    """
    settings = settings or Settings.from_env()
    library = StoryLibrary(open_collection(settings))
    if library.count_passages() == 0:
        index_shipped(library, only_changed=False)
    library.warm()
    return library


def prepare_sample_data(settings: Settings) -> str:
    """Index the shipped stories (only new or changed ones); safe to run again."""
    settings.ensure_data_dir()
    library = StoryLibrary(open_collection(settings))
    summary = index_shipped(library)
    return f"{summary} ({library.count()} stories in the library)"
