"""Start the Kindred web app: `python -m serve [streamlit run options]` (used by `make run`).

Streamlit treats a folder named `pages/` beside the main script as legacy auto-discovered
pages until the main script has called `st.navigation` once in the process. A person who
opens a deep link (say /journal) as the very first visit after a restart would then get the
page script alone, without the app's navigation and its "Get help now" control. Kindred's
pages are registered explicitly by app.py, so the legacy mode is switched off before the
server starts.

It listens on localhost unless ``KINDRED_SERVER_ADDRESS`` (or an explicit
``--server.address``, or Streamlit's own ``STREAMLIT_SERVER_ADDRESS``) says otherwise:
Streamlit alone would listen on every interface.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

from streamlit.runtime.pages_manager import PagesManager
from streamlit.web import cli

from settings import Settings

APP = Path(__file__).resolve().parent / "app.py"


def streamlit_args(argv: list[str], settings: Settings, env: Mapping[str, str]) -> list[str]:
    """The `streamlit run` arguments: the app, the given options, and the address to bind."""
    args = ["run", str(APP), *argv]
    chosen = any(a == "--server.address" or a.startswith("--server.address=") for a in argv)
    if not chosen and not env.get("STREAMLIT_SERVER_ADDRESS"):
        args += ["--server.address", settings.server_address]
    return args


def main(argv: list[str] | None = None) -> int:
    PagesManager.uses_pages_directory = False
    args = streamlit_args(sys.argv[1:] if argv is None else argv, Settings.from_env(), os.environ)
    return cli.main(args, standalone_mode=False) or 0


if __name__ == "__main__":
    sys.exit(main())
