"""Warm rerun time of every page (AppTest) and peak memory of the running app.

Each page is timed twice: on its first visit (journal locked, nothing typed) and, for the
pages whose cost grows with use, in use: the journal, Insights and Self-checks unlocked with
a year of daily check-ins (benchmarks/journal_year.py), Stories and Find a group with a
search showing results, the Companion after three turns (benchmarks/pages_in_use.py). The
memory part serves the app, visits every page in Chromium, then drives one session through
the same in-use states (benchmarks/pages_in_browser.py) and reads the server's VmHWM.

Baselines, measured in the same process: the warm rerun of a one-line Streamlit script
(what AppTest itself costs), and the server's memory right after start-up, before any page.
Targets: every page's warm rerun under 150 ms; peak RSS after visiting every page under 1.2 GB.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from benchmarks.journal_year import YearAccount, create_year_journal
from benchmarks.stats import markdown_table, ms, time_calls
from settings import Settings

ROOT = Path(__file__).resolve().parent.parent
RERUN_TARGET_MS = 150.0
MEMORY_TARGET_MB = 1200.0


def warm_reruns(repeat: int, account: YearAccount) -> str:
    from streamlit.testing.v1 import AppTest

    from benchmarks.pages_in_use import (
        check_no_exception,
        check_state,
        in_use_states,
        open_in_use,
    )
    from ui.navigation import PAGES
    from ui.services import heavy_resources

    # Warm reruns of a warm app: timed while the start-up warm-up still loads the anonymizer
    # on the other core, every page looked two to four times slower than it is.
    heavy_resources().wait(timeout=900)
    baseline_script = "import streamlit as st\nst.write('hello')\n"
    baseline = AppTest.from_string(baseline_script, default_timeout=120)
    base_samples = time_calls(lambda: baseline.run(), repeat)
    base = ms(base_samples, 50)

    def row(title: str, state: str, samples: np.ndarray) -> list[object]:
        p50 = ms(samples, 50)
        verdict = "ok" if p50 < RERUN_TARGET_MS else "over target"
        return [title, state, p50, ms(samples, 95), p50 / base, verdict]

    rows = [["one-line script (baseline)", "", base, ms(base_samples, 95), 1.0, ""]]
    for entry in PAGES:
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
        at.run()
        at.switch_page(entry.script).run()
        check_no_exception(at)
        rows.append(row(entry.title, "first visit", time_calls(lambda at=at: at.run(), repeat)))
    for state in in_use_states(account):
        at = open_in_use(state)
        samples = time_calls(lambda at=at: at.run(), repeat)
        check_state(state, at)  # still in that state after the timed reruns
        rows.append(row(state.title, f"in use: {state.state}", samples))
    return markdown_table(
        [
            "page (warm rerun)",
            "state",
            "p50 ms",
            "p95 ms",
            "x baseline",
            f"< {RERUN_TARGET_MS:.0f} ms",
        ],
        rows,
    )


def _memory_mb(pid: int) -> tuple[float, float]:
    """(VmRSS, VmHWM) of a process, in MB."""
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        name, _, value = line.partition(":")
        if name in ("VmRSS", "VmHWM"):
            fields[name] = int(value.split()[0]) / 1024
    return fields["VmRSS"], fields["VmHWM"]


def peak_memory(data_dir: Path, account: YearAccount) -> str:
    from playwright.sync_api import sync_playwright

    from benchmarks.pages_in_browser import use_the_pages, visit_every_page
    from tests.e2e.conftest import CHROMIUM, CHROMIUM_ARGS, new_tab, serve_app_process

    with serve_app_process(data_dir) as (url, server):
        stages = [("after start-up (baseline)", _memory_mb(server.pid))]
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
            )
            with new_tab(browser, url) as tab:
                visit_every_page(tab)
                stages.append(("after a first visit to every page", _memory_mb(server.pid)))
            with new_tab(browser, url) as tab:
                for state in use_the_pages(tab, account):
                    stages.append((f"in use: {state}", _memory_mb(server.pid)))
            browser.close()
        time.sleep(1)  # let the closed sessions go
        stages.append(("browser closed, 1 s later", _memory_mb(server.pid)))
    peak = max(hwm for _name, (_rss, hwm) in stages)
    verdict = "ok" if peak < MEMORY_TARGET_MB else "over target"
    rows = [[name, rss, hwm, ""] for name, (rss, hwm) in stages]
    rows.append(["peak RSS (VmHWM), whole run", "", peak, verdict])
    return markdown_table(
        [
            "server memory",
            "RSS now MB",
            "peak so far (VmHWM) MB",
            f"peak < {MEMORY_TARGET_MB:.0f} MB",
        ],
        rows,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    with tempfile.TemporaryDirectory() as folder:
        here, served = Path(folder) / "apptest", Path(folder) / "served"
        os.environ["KINDRED_DATA_DIR"] = str(here)
        subprocess.run([sys.executable, "-m", "seed"], cwd=ROOT, check=True, capture_output=True)
        account = create_year_journal(Settings.from_env().store_url)
        # The server gets its own copy: a local Chroma folder is meant for one process at a time.
        shutil.copytree(here, served)
        print("### Pages: warm rerun (AppTest)\n")
        print(warm_reruns(5 if args.quick else 20, account))
        print("\n### Memory: the running app\n")
        print(peak_memory(served, account))


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
