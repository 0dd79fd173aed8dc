"""`python -m benchmarks [--quick]`: run every benchmark and write docs/benchmarks.md.

Each benchmark is a module `benchmarks/<name>_bench.py` runnable on its own with
`python -m benchmarks.<name>_bench [--quick]`; it prints Markdown tables (medians, p95 and
ratios against a baseline measured in the same process). This runner runs each in its own
process, so one's memory and caches never colour another's, and collects what they print.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.machine import describe_machine

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "docs" / "benchmarks.md"


def discover() -> list[str]:
    return sorted(p.stem for p in Path(__file__).parent.glob("*_bench.py"))


def run_one(name: str, quick: bool) -> tuple[str, float, int]:
    command = [sys.executable, "-m", f"benchmarks.{name}"] + (["--quick"] if quick else [])
    started = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - started
    output = done.stdout.strip()
    if done.returncode != 0:
        output += f"\n\n**Failed (exit {done.returncode}):**\n\n```\n{done.stderr[-3000:]}\n```"
    return output, elapsed, done.returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small sizes, for a CI smoke run")
    parser.add_argument("--only", nargs="*", help="run only these benchmark modules")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()

    names = args.only or discover()
    sections = []
    failures = 0
    for name in names:
        print(f"running {name} ...", flush=True)
        output, elapsed, code = run_one(name, args.quick)
        failures += code != 0
        print(output, flush=True)
        sections.append(f"## {name}\n\n_{elapsed:.1f} s in all_\n\n{output}\n")

    mode = "quick (CI smoke sizes)" if args.quick else "full"
    header = (
        "# Kindred benchmarks\n\n"
        f"Written by `make bench` ({mode}) on {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}.\n\n"
        f"{describe_machine()}\n\n"
        "Every row is measured in one process against a baseline run in that same process, so "
        "the ratios hold even when the machine is busy; absolute times vary with load.\n"
    )
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(header + "\n" + "\n".join(sections), encoding="utf-8")
    print(f"wrote {args.output}")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
