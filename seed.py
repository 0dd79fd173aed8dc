"""Prepare sample data for a fresh install: `python -m seed` (run by `make run`).

Each part of Kindred that ships sample data exposes a `prepare_sample_data(settings)`;
this runs them in order and is safe to run again (nothing is duplicated).
"""

from __future__ import annotations

import importlib

from settings import Settings

# Modules with a prepare_sample_data(settings) function, in the order they should run.
SEEDERS: list[str] = ["knowledge.directory", "knowledge.stories"]


def main() -> None:
    settings = Settings.from_env()
    settings.ensure_data_dir()
    print(f"Kindred data folder: {settings.data_dir.resolve()}")
    for module_name in SEEDERS:
        module = importlib.import_module(module_name)
        summary = module.prepare_sample_data(settings)
        print(f"  {module_name}: {summary}")
    print("Sample data ready.")


if __name__ == "__main__":
    main()
