"""How Kindred is served: localhost unless a setting says otherwise, and one upload limit
in Streamlit, nginx and the importers (issue 18, item 7)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from journal.imports import MAX_IMPORT_BYTES
from serve import streamlit_args
from settings import Settings

ROOT = Path(__file__).resolve().parent.parent
NGINX = (ROOT / "deploy" / "nginx.conf").read_text()


def _address(args: list[str]) -> str | None:
    return args[args.index("--server.address") + 1] if "--server.address" in args else None


def test_a_bare_serve_listens_on_localhost_only():
    args = streamlit_args([], Settings.from_env({}))
    assert args[:2] == ["run", str(ROOT / "app.py")]
    assert _address(args) == "localhost"


@pytest.mark.parametrize(
    ("argv", "env", "expected"),
    [
        ([], {"KINDRED_SERVER_ADDRESS": "0.0.0.0"}, "0.0.0.0"),
        (["--server.address", "127.0.0.1"], {"KINDRED_SERVER_ADDRESS": "0.0.0.0"}, "127.0.0.1"),
    ],
)
def test_the_address_comes_from_the_setting_or_an_explicit_option(argv, env, expected):
    assert _address(streamlit_args(argv, Settings.from_env(env))) == expected


def test_streamlits_own_address_variable_is_respected():
    args = streamlit_args([], Settings.from_env({"STREAMLIT_SERVER_ADDRESS": "10.0.0.5"}))
    assert _address(args) is None  # Streamlit reads its variable itself
    assert streamlit_args(["--server.address=::1"], Settings()).count("--server.address") == 0


def test_upload_limits_match_the_import_limit():
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())
    assert config["server"]["maxUploadSize"] * 1024 * 1024 == MAX_IMPORT_BYTES
    [body] = re.findall(r"client_max_body_size (\d+)m;", NGINX)
    assert MAX_IMPORT_BYTES < int(body) * 1024 * 1024 <= MAX_IMPORT_BYTES + 2 * 1024 * 1024


def test_nginx_sends_a_content_security_policy_and_refuses_framing():
    [policy] = re.findall(r'add_header Content-Security-Policy "([^"]+)" always;', NGINX)
    directives = dict(d.strip().split(" ", 1) for d in policy.split(";"))
    assert directives["frame-ancestors"] == "'none'"
    assert directives["default-src"] == "'self'" and directives["object-src"] == "'none'"
    assert "'unsafe-inline'" not in directives["script-src"]
    assert "add_header X-Frame-Options DENY always;" in NGINX


def test_the_policy_allows_exactly_the_inline_scripts_of_streamlit_and_kindred():
    """If a Streamlit upgrade changes its index.html, or a script of ui.page_script
    changes, this names the hashes to put in nginx."""
    import base64
    import hashlib

    import streamlit

    from ui.page_script import SCRIPTS

    index = Path(streamlit.__file__).parent / "static" / "index.html"
    inline = re.findall(r"<script>(.*?)</script>", index.read_text(), re.DOTALL)
    inline.extend(SCRIPTS)
    hashes = {
        "'sha256-" + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() + "'"
        for s in inline
    }
    [policy] = re.findall(r'add_header Content-Security-Policy "([^"]+)" always;', NGINX)
    allowed = set(re.findall(r"'sha256-[^']+'", policy))
    assert allowed == hashes, f"script-src should list {sorted(hashes)}"
