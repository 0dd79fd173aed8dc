"""Start the Kindred web app: `python -m serve [streamlit run options]` (used by `make run`).

The one private-API workaround: Streamlit (1.67) sets the class flag
``PagesManager.uses_pages_directory`` when the first session starts, true whenever a folder
named ``pages/`` sits beside the main script, and only a later ``st.navigation`` call turns
it off. A person whose very first visit after a restart is a deep link (say /journal) is
then served the page script alone, in the legacy "pages directory" mode, without app.py's
navigation or its "Get help now" control. Upstream: streamlit/streamlit#9624 (deep links on
first load with ``st.navigation``) and the review of streamlit/streamlit#10276, which kept
the flag "for apps that were created with the pages directory feature" and saw a direct URL
"completely switch back to MPAv1". Kindred registers its pages explicitly, so the flag is
set to False before the server starts. Remove this when Streamlit no longer derives the
mode from the folder; ``tests/e2e/test_deep_link.py`` fails without it.

It listens on localhost unless ``KINDRED_SERVER_ADDRESS`` (or an explicit
``--server.address``, or Streamlit's own ``STREAMLIT_SERVER_ADDRESS``) says otherwise:
Streamlit alone would listen on every interface. A setting Kindred cannot use stops here
with a message naming it, before any server starts; otherwise the heavy resources start
loading in the background (``ui.services.heavy_resources``) while the server comes up.
"""

from __future__ import annotations

import sys
from pathlib import Path

from streamlit.runtime.pages_manager import PagesManager
from streamlit.web import cli

from settings import Settings, SettingsError
from ui.services import heavy_resources

APP = Path(__file__).resolve().parent / "app.py"


def streamlit_args(argv: list[str], settings: Settings) -> list[str]:
    """The `streamlit run` arguments: the app, the given options, and the address to bind."""
    args = ["run", str(APP), *argv]
    chosen = any(a == "--server.address" or a.startswith("--server.address=") for a in argv)
    if not chosen and not settings.streamlit_server_address:
        args += ["--server.address", settings.server_address]
    return args


def main(argv: list[str] | None = None) -> int:
    try:
        settings = Settings.from_env()
    except SettingsError as problem:
        print(problem, file=sys.stderr)
        return 2
    heavy_resources()  # the same cached resource app.py uses: loaded once per process
    PagesManager.uses_pages_directory = False
    args = streamlit_args(sys.argv[1:] if argv is None else argv, settings)
    return cli.main(args, standalone_mode=False) or 0


if __name__ == "__main__":
    sys.exit(main())
