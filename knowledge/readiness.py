"""The heavy resources of one process, loaded once in a background thread at start-up.

Loading the embedding model, the risk classifier, the story index, the directory (its
store migrated and its index built), the place finder's gazetteer and the anonymizer
(Presidio on the process's one spaCy pipeline, ``english_nlp``, which the companion's topic
tagger shares and loads first) takes seconds; done on a person's first click, the page froze for
up to 14 s. ``Readiness(settings)`` starts loading them in that order off the click path;
a click that needs one before it is loaded loads that one at once (``load``; the page says
"Getting ready" meanwhile), without waiting behind the others. The loaders keep their own
module caches, so a click that arrives first and the warm-up share one copy.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from knowledge.heap import set_aside_loaded_objects
from settings import Settings

if TYPE_CHECKING:
    from knowledge.directory import Directory
    from knowledge.stories import StoryLibrary

log = logging.getLogger(__name__)
STEPS = (
    "embedding model",
    "risk check",
    "story index",
    "directory",
    "place finder",
    "anonymizer",
)
# One typed place of each kind the finder reads (a city, a region, a misspelling, a postcode
# of each country), so each of its lazily built tables is loaded before the first search.
WARM_PLACES = ("Springfield, IL", "Ontario", "Philadelpia", "10001", "SW1A 1AA", "K7L 3N6", "2000")


class Readiness:
    """``more`` adds steps from the layers above (the app's companion), named and built by
    them, loaded right after the risk check; ``made(step)`` hands back what one built."""

    def __init__(
        self, settings: Settings, more: Mapping[str, Callable[[], Any]] | None = None
    ) -> None:
        self.settings = settings
        more = dict(more or {})
        first = STEPS.index("risk check") + 1
        self.steps: tuple[str, ...] = (*STEPS[:first], *more, *STEPS[first:])
        self.seconds: dict[str, float] = {}  # how long each step took, for the benchmark
        self._done = {step: threading.Event() for step in self.steps}
        self._locks = {step: threading.Lock() for step in self.steps}
        self._made: dict[str, Any] = {}
        self._library: StoryLibrary | None = None
        self._directory: Directory | None = None
        self._loaders: dict[str, Callable[[], Any]] = {
            "embedding model": self._embedding_model,
            "story index": self._story_index,
            "risk check": self._risk_check,
            "directory": self._open_directory,
            "place finder": self._place_finder,
            "anonymizer": self._anonymizer,
        }
        for step, build in more.items():
            self._loaders[step] = lambda step=step, build=build: self._made.update({step: build()})
        threading.Thread(target=self._load_all, name="kindred-warm-up", daemon=True).start()

    def ready(self, step: str | None = None) -> bool:
        """Whether ``step`` (default: every step) has finished loading."""
        steps = self.steps if step is None else (step,)
        return all(self._done[name].is_set() for name in steps)

    def wait(self, step: str | None = None, timeout: float | None = None) -> bool:
        """Block until ``step`` (default: every step) has loaded; False on timeout."""
        deadline = None if timeout is None else time.monotonic() + timeout
        for name in self.steps if step is None else (step,):
            left = None if deadline is None else max(0.0, deadline - time.monotonic())
            if not self._done[name].wait(left):
                return False
        return True

    def load(self, step: str) -> None:
        """Load ``step`` now, unless it is loaded: a click that needs it before the warm-up
        gets there loads it itself rather than wait behind the other steps."""
        with self._locks[step]:
            if self._done[step].is_set():
                return
            started = time.perf_counter()
            try:
                self._loaders[step]()
            except Exception:  # the click path loads what is missing itself, and says why
                log.exception("warming up the %s failed; it loads on first use", step)
            finally:
                self.seconds[step] = time.perf_counter() - started
                self._done[step].set()

    def library(self) -> StoryLibrary:
        """The story library this process searches; opened (and the shipped stories
        indexed into an empty index) here if the warm-up did not."""
        self.load("story index")
        if self._library is None:
            from knowledge.stories import open_library

            self._library = open_library(self.settings)
        return self._library

    def made(self, step: str) -> Any:
        """What the added ``step`` built; built here if its warm-up failed."""
        self.load(step)
        if step not in self._made:
            self._loaders[step]()
        return self._made[step]

    def directory(self) -> Directory:
        """The directory this process searches, opened by the warm-up if it got there."""
        self.load("directory")
        if self._directory is None:
            self._open_directory()
        assert self._directory is not None
        return self._directory

    def _load_all(self) -> None:
        for step in self.steps:
            self.load(step)
        set_aside_loaded_objects()  # later full collections skip what was just loaded

    def _embedding_model(self) -> None:
        from knowledge import embeddings

        embeddings.warm(self.settings)

    def _story_index(self) -> None:
        from knowledge.stories import StoryLibrary
        from knowledge.stories.index import open_collection

        library = StoryLibrary(open_collection(self.settings))
        if library.count_passages():  # an empty index is filled on first use (or by seed)
            library.warm()
            self._library = library

    def _risk_check(self) -> None:
        from knowledge.safety import assess

        assess("I had an ordinary day and made some tea.")

    def _open_directory(self) -> None:
        from knowledge.directory import open_directory

        directory = open_directory(self.settings)
        directory.is_empty()  # builds the search index
        self._directory = directory

    def _place_finder(self) -> None:
        from knowledge import geo

        for text in WARM_PLACES:
            if geo.locate(text) is None:
                geo.suggest(text)

    def _anonymizer(self) -> None:
        from knowledge.anonymize import warm_up

        warm_up()
