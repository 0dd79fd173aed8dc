"""Shared fixtures for the companion tests: the evaluation set and one offline companion."""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Case:
    text: str
    history: tuple[str, ...]
    expected_level: str
    category: str
    scope: str


def load_eval() -> list[Case]:
    with (DATA / "eval.csv").open(encoding="utf-8", newline="") as handle:
        return [
            Case(
                row["text"],
                tuple(json.loads(row["history"])) if row["history"] else (),
                row["expected_level"],
                row["category"],
                row["scope"],
            )
            for row in csv.DictReader(handle)
        ]


@pytest.fixture(scope="session")
def eval_cases(model) -> list[Case]:
    return load_eval()


@pytest.fixture(scope="session")
def offline_bot(model):
    from companion import build_companion
    from settings import Settings

    return build_companion(Settings(), open_defaults=False)


@pytest.fixture(scope="session")
def assessed(eval_cases):
    """Each evaluation case with its assessment, computed once per test session."""
    from knowledge.safety.risk import assess

    return [(case, assess(case.text, list(case.history))) for case in eval_cases]
