"""Warm rerun time of every page (AppTest) and peak memory of the running app.

Baselines, measured in the same process: the warm rerun of a one-line Streamlit script
(what AppTest itself costs), and the server's memory right after start-up, before any page.
Targets: every page's warm rerun under 150 ms; peak RSS after visiting every page under 1.2 GB.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.stats import markdown_table, ms, time_calls

ROOT = Path(__file__).resolve().parent.parent
RERUN_TARGET_MS = 150.0
MEMORY_TARGET_MB = 1200.0


def warm_reruns(repeat: int) -> str:
    from streamlit.testing.v1 import AppTest

    from ui.navigation import installed_pages

    baseline_script = "import streamlit as st\nst.write('hello')\n"
    baseline = AppTest.from_string(baseline_script, default_timeout=120)
    base = time_calls(lambda: baseline.run(), repeat)
    rows = [["one-line script (baseline)", ms(base, 50), ms(base, 95), 1.0, ""]]
    for entry in installed_pages():
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
        at.run()
        at.switch_page(entry.script).run()
        samples = time_calls(lambda at=at: at.run(), repeat)
        p50 = ms(samples, 50)
        verdict = "ok" if p50 < RERUN_TARGET_MS else "over target"
        rows.append([entry.title, p50, ms(samples, 95), p50 / ms(base, 50), verdict])
    return markdown_table(
        ["page (warm rerun)", "p50 ms", "p95 ms", "x baseline", f"< {RERUN_TARGET_MS:.0f} ms"],
        rows,
    )


def _rss_mb(pid: int, field: str) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field):
            return int(line.split()[1]) / 1024
    return float("nan")


def peak_memory() -> str:
    from playwright.sync_api import sync_playwright

    from tests.e2e.conftest import (
        CHROMIUM,
        CHROMIUM_ARGS,
        app_environment,
        free_port,
        wait_for_health,
    )
    from ui.navigation import installed_pages

    with tempfile.TemporaryDirectory() as folder:
        env = app_environment(Path(folder))
        subprocess.run(
            [sys.executable, "-m", "seed"], cwd=ROOT, env=env, check=True, capture_output=True
        )
        port = free_port()
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "serve",
                "--server.port",
                str(port),
                "--server.address",
                "127.0.0.1",
                "--server.headless",
                "true",
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        url = f"http://127.0.0.1:{port}"
        try:
            wait_for_health(url, server)
            started = _rss_mb(server.pid, "VmRSS")
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(
                    executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
                )
                tab = browser.new_page()
                for entry in installed_pages():
                    path = "" if entry.url_path == "home" else entry.url_path
                    tab.goto(f"{url}/{path}")
                    tab.wait_for_selector('[data-testid="stAppViewContainer"]')
                    tab.wait_for_timeout(2500)
                browser.close()
            time.sleep(1)
            peak = _rss_mb(server.pid, "VmHWM")
            now = _rss_mb(server.pid, "VmRSS")
        finally:
            server.terminate()
            server.wait(timeout=20)
    verdict = "ok" if peak < MEMORY_TARGET_MB else "over target"
    return markdown_table(
        ["server memory", "MB", f"< {MEMORY_TARGET_MB:.0f} MB"],
        [
            ["after start-up (baseline)", started, ""],
            ["after visiting every page, now", now, ""],
            ["peak RSS (VmHWM)", peak, verdict],
        ],
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    with tempfile.TemporaryDirectory() as folder:
        os.environ["KINDRED_DATA_DIR"] = folder
        subprocess.run([sys.executable, "-m", "seed"], cwd=ROOT, check=True, capture_output=True)
        print("### Pages: warm rerun (AppTest)\n")
        print(warm_reruns(5 if args.quick else 20))
    print("\n### Memory: the running app\n")
    print(peak_memory())


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
