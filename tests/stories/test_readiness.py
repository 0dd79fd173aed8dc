"""The heavy resources load once, in the background, before the first click needs them."""

from __future__ import annotations

import gc
import shutil
import time

from knowledge.readiness import STEPS, Readiness
from knowledge.stories import StoryLibrary
from knowledge.stories.index import open_collection
from settings import Settings


def test_the_warm_up_loads_every_step_and_opens_the_index_once(shipped_library_dir, tmp_path):
    folder = tmp_path / "data"
    shutil.copytree(shipped_library_dir, folder)
    resources = Readiness(Settings(data_dir=folder))
    assert resources.wait(timeout=600) and resources.ready()
    assert set(resources.seconds) == set(STEPS)
    library = resources.library()
    assert isinstance(library, StoryLibrary) and library.count() > 0
    assert resources.library() is library, "one library per process"
    directory = resources.directory()
    assert resources.directory() is directory, "one directory per process"
    assert directory.index() is directory.index(), "its search index built by the warm-up"
    deadline = time.monotonic() + 60  # set aside right after the last step
    while not gc.get_freeze_count() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert gc.get_freeze_count(), "what the warm-up loaded is set aside from full collections"


def test_the_warm_up_loads_the_place_finder_before_the_first_place_search(tmp_path, model):
    from knowledge import geo

    resources = Readiness(Settings(data_dir=tmp_path / "data"))
    assert resources.wait("place finder", timeout=600)
    before = geo._locate.cache_info().currsize
    assert before > 0, "the warm-up looked places up"
    assert geo.locate("Springfield, IL") is not None


def test_a_step_from_a_layer_above_loads_after_the_risk_check_and_hands_back_what_it_made(
    tmp_path, model
):
    made = []
    resources = Readiness(
        Settings(data_dir=tmp_path / "data"), more={"companion": lambda: made.append(1) or "it"}
    )
    assert resources.steps.index("companion") == resources.steps.index("risk check") + 1
    assert resources.made("companion") == "it" and resources.made("companion") == "it"
    assert made == [1], "built once, by whichever came first"


def test_a_click_before_the_warm_up_loads_its_own_step_at_once(tmp_path, model):
    settings = Settings(data_dir=tmp_path / "empty")
    resources = Readiness(settings)
    resources.load("risk check")  # what a first check-in save does while the rest loads
    assert resources.ready("risk check")
    assert resources.wait("story index", timeout=600)
    # an empty index is left for its first use (or `make seed`): the warm-up never indexes
    assert StoryLibrary(open_collection(settings)).count_passages() == 0
