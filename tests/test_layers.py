"""Imports point down the layers: nothing below the pages imports Streamlit or the pages,
and neither ``journal`` nor ``knowledge`` imports ``companion`` (the safety vocabulary they
share lives in ``knowledge.safety``); and they run one way: the product's import graph has
no cycle, counting lazy and TYPE_CHECKING imports."""

from __future__ import annotations

import ast
from graphlib import CycleError, TopologicalSorter
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


PRODUCT_PACKAGES = ("journal", "knowledge", "companion", "ui", "deploy")
PRODUCT_MODULES = ("app", "serve", "seed", "settings", "safe_files", "schema_migrations")


def product_modules() -> dict[str, Path]:
    """Every product module by dotted name (pages are scripts: nothing imports them)."""
    found = {name: ROOT / f"{name}.py" for name in PRODUCT_MODULES}
    for package in PRODUCT_PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            parts = path.relative_to(ROOT).with_suffix("").parts
            found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


def import_edges(name: str, path: Path, known: set[str]) -> set[str]:
    """The product modules ``name`` imports anywhere in its file: at the top, inside a
    function, or under TYPE_CHECKING (a cycle held open by a lazy import is still one)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    targets: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:  # `from pkg import module` imports the module
                submodule = f"{base}.{alias.name}"
                targets.add(submodule if submodule in known else base)
    edges = set()
    for target in targets:
        while target and target not in known:
            target = target.rpartition(".")[0]
        if target and target != name:
            edges.add(target)
    return edges


def test_the_product_import_graph_has_no_cycle():
    modules = product_modules()
    graph = {name: import_edges(name, path, set(modules)) for name, path in modules.items()}
    try:
        tuple(TopologicalSorter(graph).static_order())
    except CycleError as cycle:
        pytest.fail(f"import cycle: {' -> '.join(cycle.args[1])}")


def test_the_cycle_check_sees_lazy_and_type_checking_imports(tmp_path):
    module = tmp_path / "store.py"
    module.write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from journal.unlocked import Journal\n"
        "def export():\n    from journal import export\n"
    )
    known = {"journal", "journal.store", "journal.unlocked", "journal.export"}
    assert import_edges("journal.store", module, known) == {"journal.unlocked", "journal.export"}
