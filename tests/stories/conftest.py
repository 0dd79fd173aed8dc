"""Story fixtures: a real `chroma run` server on loopback, libraries on both backends."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from knowledge.stories import Story, StoryLibrary, load_shipped
from knowledge.stories.corpus import shipped_text_embedder
from knowledge.stories.index import open_collection
from loopback_servers import CHROMA_BIN, running_chroma
from settings import Settings

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory: pytest.TempPathFactory):
    """A real Chroma server (`chroma run`) on a free loopback port for the whole session."""
    if not CHROMA_BIN.exists():
        pytest.fail(f"{CHROMA_BIN} is missing: chromadb's `chroma` command is needed")
    with running_chroma(tmp_path_factory.mktemp("chroma-server")) as address:
        yield address


_collection_counter = iter(range(10_000))


@pytest.fixture(params=["local", "server"])
def backend_settings(request, tmp_path: Path) -> Settings:
    """Settings for a fresh local Chroma folder, or for the shared loopback server."""
    if request.param == "local":
        return Settings(data_dir=tmp_path / "data")
    host, port = request.getfixturevalue("chroma_server")
    return Settings(data_dir=tmp_path / "data", chroma_host=host, chroma_port=port)


@pytest.fixture()
def empty_library(backend_settings: Settings, model) -> StoryLibrary:
    """An empty library in its own collection on the chosen backend."""
    name = f"test_{next(_collection_counter)}_{int(time.time() * 1000) % 10**8}"
    # The memo embedder runs the real model once per passage text for the whole session.
    return StoryLibrary(open_collection(backend_settings, name=name), shipped_text_embedder())


@pytest.fixture()
def replicas(backend_settings: Settings, shipped_stories, model):
    """(writer, reader): two libraries on one collection, each with its own client.

    On a server a separate HTTP connection, locally the same folder. The reader has loaded
    its passages; twenty shipped stories are in, none of them steady and deaf.
    """
    from knowledge.stories.index import chroma_client

    name = f"replica_{time.monotonic_ns() % 10**9}"
    writer = StoryLibrary(open_collection(backend_settings, name=name), shipped_text_embedder())
    others = [s for s in shipped_stories if not (s.stage == "steady" and "deaf" in s.communities)]
    writer.add(others[:20])
    client = chroma_client(backend_settings)
    reader = StoryLibrary(client.get_collection(name, embedding_function=None))
    reader.warm()
    return writer, reader


@pytest.fixture(scope="session")
def shipped_stories() -> list[Story]:
    return load_shipped()


@pytest.fixture(scope="session")
def shipped_library_dir(tmp_path_factory: pytest.TempPathFactory, model) -> Path:
    """A data folder whose Chroma index holds the whole shipped corpus (built once)."""
    from knowledge.stories import open_library

    folder = tmp_path_factory.mktemp("shipped") / "data"
    open_library(Settings(data_dir=folder))
    return folder


@pytest.fixture()
def shipped_library(shipped_library_dir: Path, tmp_path: Path) -> StoryLibrary:
    """A private copy of the indexed corpus, so a test may change it freely."""
    folder = tmp_path / "data"
    shutil.copytree(shipped_library_dir, folder)
    return StoryLibrary(open_collection(Settings(data_dir=folder)))


@pytest.fixture()
def app_data_dir(data_dir: Path, shipped_library_dir: Path) -> Path:
    """data_dir with the indexed corpus copied in, and Streamlit's resource cache cleared.

    st.cache_resource lives as long as the process, so without clearing it an AppTest would
    reuse the settings, library and store of whichever test ran first.
    """
    import streamlit as st

    shutil.rmtree(data_dir)
    shutil.copytree(shipped_library_dir, data_dir)
    st.cache_resource.clear()
    yield data_dir
    st.cache_resource.clear()
