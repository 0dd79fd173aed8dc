"""Kindred behind deploy/nginx.conf, in Chromium: the app works under its Content-Security-
Policy (no violation on any step of a short journey) and refuses to be framed by another site.

nginx runs the repository's own config, changed only where a test must: the upstream is the
test's Kindred, the ports are free loopback ports, the certificate is a throwaway one.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import expect

from loopback_servers import free_port, stop, wait_until_answers
from tests.e2e.browser import COUNT_RUNS, go_to, wait_idle
from tests.e2e.conftest import ROOT
from tests.e2e.journeys import check_in, create_journal, search_stories, send_message

pytestmark = pytest.mark.slow
NGINX_CONF = ROOT / "deploy" / "nginx.conf"
DAYLIO = ROOT / "tests" / "journal" / "data" / "daylio_current.csv"
# Every CSP violation the page reports, from the document and (through the console) workers.
WATCH_CSP = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
    window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
});
"""


def nginx_config(app_url: str, folder: Path, http_port: int, https_port: int) -> Path:
    """deploy/nginx.conf in front of ``app_url`` on two free loopback ports."""
    from tests.scale.tls import write_self_signed

    cert, key = write_self_signed(folder)
    upstream = app_url.removeprefix("http://")
    config = NGINX_CONF.read_text()
    config = config.replace("kindred-a:8501", upstream)
    config = re.sub(r"\n\s*server kindred-b:8501[^\n]*", "", config)
    config = config.replace("listen 80;", f"listen 127.0.0.1:{http_port};")
    config = config.replace("listen 443 ssl http2;", f"listen 127.0.0.1:{https_port} ssl;")
    config = config.replace("/run/secrets/tls_certificate", str(cert))
    config = config.replace("/run/secrets/tls_private_key", str(key))
    config = config.replace("pid /tmp/nginx.pid;", f"pid {folder}/nginx.pid;")
    temp = "".join(
        f"\n    {kind}_temp_path {folder}/{kind};"
        for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    config = config.replace("http {", "http {" + temp, 1)
    for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"):
        (folder / kind).mkdir(mode=0o777, exist_ok=True)
        (folder / kind).chmod(0o777)  # nginx's workers run as nobody when started as root
    path = folder / "nginx.conf"
    path.write_text(config)
    return path


@pytest.fixture(scope="module")
def nginx_url(app_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    if not Path(nginx).exists():
        pytest.skip("nginx is not installed (make system-deps installs nginx-light)")
    folder = tmp_path_factory.mktemp("nginx")
    http_port, https_port = free_port(), free_port()
    config = nginx_config(app_url, folder, http_port, https_port)
    log = (folder / "nginx.log").open("w")
    process = subprocess.Popen(
        [nginx, "-p", str(folder), "-c", str(config), "-g", "daemon off;"],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        wait_until_answers(f"http://127.0.0.1:{http_port}/healthz", process, 30, log=log.name)
        yield f"https://127.0.0.1:{https_port}"
    finally:
        stop(process)
        log.close()


@pytest.fixture()
def tab(browser, nginx_url: str):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, ignore_https_errors=True)
    context.set_default_timeout(30_000)
    context.add_init_script(COUNT_RUNS)
    context.add_init_script(WATCH_CSP)
    page = context.new_page()
    page.app_url = nginx_url
    page.csp_console = []
    page.on(
        "console",
        lambda message: (
            "Content Security Policy" in message.text and page.csp_console.append(message.text)
        ),
    )
    yield page
    context.close()


def _violations(page) -> list[str]:
    return [*page.evaluate("() => window.__cspViolations || []"), *page.csp_console]


def test_the_app_works_under_the_content_security_policy(tab, nginx_url: str):
    response = tab.goto(nginx_url)
    headers = response.headers
    assert "frame-ancestors 'none'" in headers["content-security-policy"]
    assert headers["x-frame-options"] == "DENY"
    wait_idle(tab)
    expect(tab.get_by_role("heading", name="Kindred", exact=False).first).to_be_visible()
    steps = {"home": _violations(tab)}

    # The directory: a search, its result cards and the map (deck.gl: workers, canvas).
    tab.goto(f"{nginx_url}/directory")
    wait_idle(tab)
    tab.get_by_role("textbox", name="Place (town, or ZIP or postal code)").fill("60614")
    tab.get_by_role("button", name="Search").click()
    wait_idle(tab)
    expect(
        tab.get_by_role("heading", name=re.compile(r"\d+ results? near Chicago"))
    ).to_be_visible()
    steps["directory"] = _violations(tab)

    # The journal over the websocket, then the charts of Insights (Vega through Altair).
    create_journal(tab)
    check_in(tab, "Behind nginx, the page still works.")
    go_to(tab, "Insights")
    expect(tab.locator('[data-testid="stVegaLiteChart"]').first).to_be_visible()
    steps["journal and insights"] = _violations(tab)

    # An import: the upload goes through nginx's body limit and Streamlit's XSRF check.
    go_to(tab, "Privacy & your data")
    tab.locator('input[type="file"]').set_input_files(str(DAYLIO))
    wait_idle(tab)
    expect(tab.get_by_text(re.compile(r"\d+ entries ready to import from Daylio"))).to_be_visible()
    tab.get_by_role("button", name=re.compile(r"Import \d+ entries")).click()
    wait_idle(tab)
    expect(tab.get_by_text(re.compile(r"Imported \d+ entries\."))).to_be_visible()
    steps["import"] = _violations(tab)

    # Stories: a search by meaning and its cards.
    search_stories(tab, "panic attacks on the train")
    steps["stories"] = _violations(tab)

    # The companion: its replies, the newest brought into view by a page script.
    go_to(tab, "Companion")
    for message in ("hey", "my boss yells at me", "any tips for keeping basil alive?"):
        reply = send_message(tab, message)
    expect(reply).to_contain_text("basil")
    expect(reply).to_be_in_viewport()
    steps["companion"] = _violations(tab)
    problems = "\n".join(f"{step}: {text}" for step, found in steps.items() for text in found)
    assert not problems, problems


def test_another_site_cannot_frame_kindred(tab, nginx_url: str):
    """A page of another origin (here about:blank) framing Kindred gets Chromium's error page
    in the frame, and the browser names the frame-ancestors directive that blocked it."""
    tab.set_content(f'<iframe id="kindred" src="{nginx_url}/journal" width="800"></iframe>')
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        frames = [frame.url for frame in tab.frames[1:]]
        if frames and frames[0] != "about:blank" and tab.csp_console:
            break
        tab.wait_for_timeout(200)
    assert frames == ["chrome-error://chromewebdata/"], frames
    assert any("frame-ancestors 'none'" in text for text in tab.csp_console), tab.csp_console
    expect(tab.frame_locator("#kindred").locator('[data-testid="stApp"]')).to_have_count(0)
