"""The story collection's write log: which stories changed, seen by every replica.

``WriteLog`` is a tiny side collection beside the passages that gets records after every
write to them (``StoryLibrary.add``/``remove``, a snapshot restore; in any process or
replica). A record names the stories it touched, so a replica refetches only those; a record
without names (an old one, or a bulk restore) means "reload everything". Records are only
ever added, so two writers can never hide each other's write (a counter read-and-bumped
could), and their count is the version.

Reading the count costs a Chroma call (~1 ms, more under load), which at 1k passages is ten
times the search itself. ``FileStamp`` skips it for a local Chroma folder: any write there,
by any process, changes the modification time of its SQLite file, so an unchanged time since
the last count means an unchanged log. A time within ``SETTLE_NS`` of when it was read is not
trusted (a second write in the same clock tick would leave it unchanged), the way git treats
"racy" index entries.
"""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from chromadb.api.models.Collection import Collection

LOG_SUFFIX = "_writes"
STORIES_PER_RECORD = 500
LOG_PAGE = 5000
SETTLE_NS = 100_000_000  # 0.1 s: well above the kernel's file-time granularity


class WriteLog:
    """Records of writes to a story collection, across processes, in a side collection."""

    def __init__(self, collection: Collection) -> None:
        from chromadb.api.models.Collection import Collection as ChromaCollection

        # The side collection lives beside the passages (same folder or server, same
        # database); chromadb exposes no public way from a collection to its client.
        api = collection._client
        model = api.get_or_create_collection(
            name=f"{collection.name}{LOG_SUFFIX}"[:63],
            metadata={"kindred": "one record per write to the story passages"},
            tenant=collection.tenant,
            database=collection.database,
        )
        self._log = ChromaCollection(client=api, model=model, embedding_function=None)
        self.stamp = FileStamp.of(collection)

    def version(self) -> int:
        return self._log.count()

    def record(self, story_ids: Iterable[str] | None = None) -> None:
        """Note a finished write of these stories (None: of anything, reload it all).

        Call it after the passages changed.
        """
        names = sorted(set(story_ids)) if story_ids is not None else None
        if names is None:
            metadatas = [{"write": 1}]
        else:
            metadatas = [
                {"write": 1, "stories": names[start : start + STORIES_PER_RECORD]}
                for start in range(0, len(names), STORIES_PER_RECORD)
            ] or [{"write": 1, "stories": [""]}]  # Chroma rejects an empty list
        ids = [uuid.uuid4().hex for _ in metadatas]
        self._log.add(ids=ids, embeddings=[[1.0]] * len(ids), metadatas=metadatas)

    def record_ids(self) -> set[str]:
        """Every record's id (ids only: cheap)."""
        found: set[str] = set()
        offset = 0
        while True:
            page = self._log.get(include=[], limit=LOG_PAGE, offset=offset)["ids"]
            found.update(page)
            if len(page) < LOG_PAGE:
                return found
            offset += LOG_PAGE

    def stories_in(self, record_ids: set[str]) -> set[str] | None:
        """The stories these records name; None if any record asks for a full reload."""
        stories: set[str] = set()
        ids = sorted(record_ids)
        for start in range(0, len(ids), LOG_PAGE):
            got = self._log.get(ids=ids[start : start + LOG_PAGE], include=["metadatas"])
            for meta in got["metadatas"]:
                names = (meta or {}).get("stories")
                if not isinstance(names, list):
                    return None
                stories.update(str(name) for name in names if name)
        return stories


class FileStamp:
    """The modification time of a local Chroma folder's SQLite file; none for a server."""

    def __init__(self, path: Path | None) -> None:
        self.path = path

    @classmethod
    def of(cls, collection: Collection) -> FileStamp:
        settings = collection._client.get_settings()
        folder = settings.persist_directory if settings.is_persistent else ""
        database = Path(folder) / "chroma.sqlite3" if folder else None
        return cls(database if database is not None and database.exists() else None)

    def read(self) -> int | None:
        """A stamp that changes with every write, or None when it cannot be trusted."""
        if self.path is None:
            return None
        try:
            modified = os.stat(self.path).st_mtime_ns
        except OSError:
            return None
        if time.time_ns() - modified < SETTLE_NS:
            return None  # too recent: another write in the same tick would not move it
        return modified
