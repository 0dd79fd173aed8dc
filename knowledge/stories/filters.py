"""Story filters, checked two ways: in Python on passage metadata, or as a Chroma `where`.

Search applies a filter to the in-memory facet masks (``snapshot.py``) and never asks Chroma
to filter (docs/stories.md explains why: a filtered HNSW query is far slower than an
unfiltered one); ``where()`` is the same filter for Chroma, which the tests and the benchmark
compare against.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any


def _as_tuple(values: str | Iterable[str] | None) -> tuple[str, ...]:
    if values is None:
        return ()
    if isinstance(values, str):
        return (values,) if values else ()
    return tuple(v for v in values if v)


@dataclass(frozen=True)
class StoryFilter:
    """Any-of filters per field (empty = no filter) and whether warned stories may show."""

    topics: tuple[str, ...] = ()
    stages: tuple[str, ...] = ()
    what_helped: tuple[str, ...] = ()
    communities: tuple[str, ...] = ()
    include_warnings: bool = False

    @classmethod
    def build(
        cls,
        topics: str | Iterable[str] | None = None,
        stage: str | Iterable[str] | None = None,
        what_helped: str | Iterable[str] | None = None,
        communities: str | Iterable[str] | None = None,
        include_warnings: bool = False,
    ) -> StoryFilter:
        return cls(
            topics=_as_tuple(topics),
            stages=_as_tuple(stage),
            what_helped=_as_tuple(what_helped),
            communities=_as_tuple(communities),
            include_warnings=include_warnings,
        )

    @property
    def is_open(self) -> bool:
        """True when every passage passes (nothing to filter)."""
        return (
            not (self.topics or self.stages or self.what_helped or self.communities)
            and self.include_warnings
        )

    def matches(self, meta: Mapping[str, Any]) -> bool:
        if not self.include_warnings and meta.get("has_warnings"):
            return False
        if self.stages and meta.get("stage") not in self.stages:
            return False
        for wanted, key in (
            (self.topics, "topics"),
            (self.what_helped, "what_helped"),
            (self.communities, "communities"),
        ):
            if wanted and not set(wanted).intersection(meta.get(key) or ()):
                return False
        return True

    def where(self) -> dict[str, Any] | None:
        """The same filter as a Chroma `where` clause (None when nothing is filtered)."""
        clauses: list[dict[str, Any]] = []
        if not self.include_warnings:
            clauses.append({"has_warnings": False})
        if self.stages:
            clauses.append({"stage": {"$in": list(self.stages)}})
        for wanted, key in (
            (self.topics, "topics"),
            (self.what_helped, "what_helped"),
            (self.communities, "communities"),
        ):
            if wanted:
                options = [{key: {"$contains": value}} for value in wanted]
                clauses.append(options[0] if len(options) == 1 else {"$or": options})
        if not clauses:
            return None
        return clauses[0] if len(clauses) == 1 else {"$and": clauses}
