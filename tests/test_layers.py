"""Imports point down the layers: nothing below the pages imports Streamlit or the pages,
and neither ``journal`` nor ``knowledge`` imports ``companion`` (the safety vocabulary they
share lives in ``knowledge.safety``)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FORBIDDEN = {
    "journal": ("streamlit", "ui", "pages", "app", "companion"),
    "knowledge": ("streamlit", "ui", "pages", "app", "companion", "journal"),
    "companion": ("streamlit", "ui", "pages", "app", "journal"),
}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_no_module_imports_a_layer_above_it(package):
    upward = [
        f"{path.relative_to(ROOT)} imports {name}"
        for path in sorted((ROOT / package).rglob("*.py"))
        if "migrations" not in path.parts
        for name in imported_modules(path)
        if name.split(".")[0] in FORBIDDEN[package]
    ]
    assert not upward, upward
