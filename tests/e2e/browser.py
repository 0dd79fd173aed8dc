"""What a journey does with a page: open, wait until Streamlit is idle, check accessibility."""

from __future__ import annotations

import time
from pathlib import Path

from tests.e2e.conftest import AXE_JS, SCREENSHOTS

BLOCKING_IMPACTS = {"serious", "critical"}


def wait_idle(page, settle: float = 0.4, timeout: float = 60) -> None:
    """Wait until the app has finished its script run (the running indicator is gone)."""
    page.wait_for_selector('[data-testid="stAppViewContainer"]', state="attached")
    deadline = time.monotonic() + timeout
    quiet_since = None
    while time.monotonic() < deadline:
        running = page.locator('[data-testid="stStatusWidget"]').count() > 0
        skeleton = page.locator('[data-testid="stSkeleton"]').count() > 0
        if running or skeleton:
            quiet_since = None
        elif quiet_since is None:
            quiet_since = time.monotonic()
        elif time.monotonic() - quiet_since >= settle:
            return
        time.sleep(0.1)
    raise TimeoutError("the app did not finish running")


def open_page(page, url_path: str = "") -> None:
    page.goto(f"{page.app_url}/{url_path}")
    wait_idle(page)


def axe_violations(page) -> list[dict]:
    """Serious and critical axe-core violations on the current page."""
    page.add_script_tag(path=str(AXE_JS))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [v for v in result["violations"] if v.get("impact") in BLOCKING_IMPACTS]


def describe(violations: list[dict]) -> str:
    return "\n".join(
        f"{v['id']} ({v['impact']}): {v['help']} -> "
        + "; ".join(node["target"][0] if node["target"] else "?" for node in v["nodes"][:3])
        for v in violations
    )


def screenshot(page, name: str) -> Path:
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
