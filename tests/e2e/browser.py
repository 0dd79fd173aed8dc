"""What a journey does with a page: open, wait until Streamlit is idle, check accessibility."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

from tests.e2e.conftest import AXE_JS, ROOT, SCREENSHOTS

BLOCKING_IMPACTS = {"serious", "critical"}
# Moderate in axe, but a skipped heading level breaks moving through a page by headings.
BLOCKING_RULES = {"heading-order"}
AXE_REPORTS = ROOT / "test-results" / "axe"


# Installed in every page before Streamlit loads: counts the script runs the app starts.
COUNT_RUNS = """
window.__kindredRuns = 0;
window.__kindredSeenRuns = 0;
new MutationObserver((changes) => {
    for (const change of changes) {
        if (change.target.getAttribute("data-test-script-state") === "running"
            && change.oldValue !== "running") {
            window.__kindredRuns += 1;
        }
    }
}).observe(document, {
    subtree: true, attributes: true, attributeOldValue: true,
    attributeFilter: ["data-test-script-state"],
});
"""


def wait_idle(page, settle: float = 0.5, start_grace: float = 2.0, timeout: float = 120) -> None:
    """Wait for the script run an interaction started to finish, and for the app to settle.

    Streamlit marks the app root with data-test-script-state. On a busy machine the run a
    click asks for can start a moment after the click, and `st.rerun()` leaves a short idle
    gap between two runs, so: wait (up to `start_grace`) for a run newer than the last one
    seen, then for `settle` seconds without any run, spinner or skeleton.
    """
    page.wait_for_selector('[data-testid="stApp"]', state="attached")
    deadline = time.monotonic() + timeout
    grace_end = time.monotonic() + start_grace
    while not _new_run_started(page) and time.monotonic() < grace_end:
        time.sleep(0.05)
    quiet_since = None
    while time.monotonic() < deadline:
        if _busy(page):
            quiet_since = None
        elif quiet_since is None:
            quiet_since = time.monotonic()
        elif time.monotonic() - quiet_since >= settle:
            page.evaluate("() => { window.__kindredSeenRuns = window.__kindredRuns; }")
            return
        time.sleep(0.05)
    raise TimeoutError("the app did not finish running")


def _new_run_started(page) -> bool:
    return page.evaluate("() => (window.__kindredRuns || 0) > (window.__kindredSeenRuns || 0)")


def _busy(page) -> bool:
    return page.evaluate(
        """() => {
            const app = document.querySelector('[data-testid="stApp"]');
            const state = app ? app.getAttribute("data-test-script-state") : "initial";
            const busy = ["initial", "running", "rerunRequested", "stopRequested"];
            const waiting = document.querySelector(
                '[data-testid="stSkeleton"], [data-testid="stSpinner"], [data-stale="true"]'
            );
            return busy.includes(state) || waiting !== null;
        }"""
    )


def open_page(page, url_path: str = "") -> None:
    page.goto(f"{page.app_url}/{url_path}")
    wait_idle(page)


def go_to(page, title: str) -> None:
    """Move to another page through the sidebar, keeping this browser session (and its
    unlocked journal); a fresh page load would start a new session."""
    page.get_by_role("navigation", name="App pages").get_by_role("link", name=title).click()
    wait_idle(page)


def axe_violations(page, state: str = "") -> list[dict]:
    """Serious and critical axe-core violations on the current page, and BLOCKING_RULES.

    With a `state` name, every violation (minor ones too) is also written to
    test-results/axe/<state>.json for the people fixing them.
    """
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE_JS))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    violations = result["violations"]
    if state:
        AXE_REPORTS.mkdir(parents=True, exist_ok=True)
        summary = [
            {
                "id": v["id"],
                "impact": v["impact"],
                "help": v["help"],
                "targets": [node["target"] for node in v["nodes"][:5]],
                "html": [node["html"][:300] for node in v["nodes"][:3]],
            }
            for v in violations
        ]
        (AXE_REPORTS / f"{state}.json").write_text(json.dumps(summary, indent=2))
    return [
        v for v in violations if v.get("impact") in BLOCKING_IMPACTS or v["id"] in BLOCKING_RULES
    ]


def assert_accessible(page, state: str) -> None:
    """No serious or critical axe-core violations (nor BLOCKING_RULES) in the page now."""
    violations = axe_violations(page, state)
    assert not violations, f"axe on {state}:\n{describe(violations)}"


def describe(violations: list[dict]) -> str:
    return "\n".join(
        f"{v['id']} ({v['impact']}): {v['help']} -> "
        + "; ".join(node["target"][0] if node["target"] else "?" for node in v["nodes"][:3])
        for v in violations
    )


def screenshot(page, name: str, show=None) -> Path:
    """Save what the person sees; `show` (a locator) is scrolled to the top of the view first,
    since Streamlit scrolls its main area itself and a page shot only holds the window."""
    if show is not None:
        show.evaluate("element => element.scrollIntoView({block: 'start'})")
        page.wait_for_timeout(300)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def choose_option(page, combobox: str, option: str, scope=None) -> None:
    """Pick one option of a select box or multiselect by typing its name, as a person would."""
    where = scope or page
    box = where.get_by_role("combobox", name=combobox, exact=True)
    box.click()
    box.press_sequentially(option)
    page.get_by_role("option", name=option, exact=True).click()
    page.keyboard.press("Escape")


def main_text(page) -> str:
    """Everything the main area shows, as a person reads it."""
    return page.locator('[data-testid="stMain"]').inner_text()


_FOCUSED_NAME = """() => {
    const el = document.activeElement;
    if (!el || el === document.body) return "";
    const labelled = el.getAttribute("aria-labelledby");
    const byId = labelled ? labelled.split(" ").map(id => document.getElementById(id))
        .filter(Boolean).map(node => node.innerText).join(" ") : "";
    const label = el.labels && el.labels.length ? el.labels[0].innerText : "";
    return (el.getAttribute("aria-label") || byId || label || el.innerText || "").trim();
}"""


def focused_name(page) -> str:
    """The accessible name of the element that has keyboard focus (roughly as a reader says it)."""
    return page.evaluate(_FOCUSED_NAME)


def tab_to(page, name: str | re.Pattern, limit: int = 80) -> None:
    """Press Tab until the focused element has this name; fails if it is never reached."""
    seen = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        current = focused_name(page)
        seen.append(current)
        matched = name.search(current) if isinstance(name, re.Pattern) else current == name
        if matched:
            return
    raise AssertionError(f"Tab never reached {name!r}; focus went through: {seen}")
