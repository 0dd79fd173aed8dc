"""The Chroma collection that holds story passages: one factory, local folder or server.

Embeddings are always computed by ``knowledge.embeddings`` and passed in explicitly; the
collection has no embedding function, so Chroma never downloads its default model.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from settings import Settings

if TYPE_CHECKING:
    from chromadb.api import ClientAPI
    from chromadb.api.models.Collection import Collection

COLLECTION = "kindred_stories"
SPACE = "cosine"


def chroma_client(settings: Settings) -> ClientAPI:
    """A Chroma client: a server when CHROMA_HOST is set, else the local folder. No telemetry."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    match settings.chroma_host:
        case "":
            path = settings.chroma_path
            path.mkdir(parents=True, exist_ok=True)
            return chromadb.PersistentClient(path=str(path), settings=chroma_settings)
        case host:
            return chromadb.HttpClient(
                host=host, port=settings.chroma_port, settings=chroma_settings
            )


def open_collection(settings: Settings, name: str = COLLECTION) -> Collection:
    """The story collection (created on first use), cosine space, no embedding function.

    The embedding model of this process follows the same settings."""
    from knowledge import embeddings

    embeddings.configure(settings)
    client = chroma_client(settings)
    return client.get_or_create_collection(
        name,
        embedding_function=None,
        configuration={"hnsw": {"space": SPACE, "ef_search": 128}},
        metadata={"kindred": "story passages"},
    )


def chunk_id(story_id: str, index: int) -> str:
    return f"{story_id}#{index}"


def story_of(chunk: str) -> str:
    return chunk.rsplit("#", 1)[0]
