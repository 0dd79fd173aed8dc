"""Start the Kindred web app: `python -m serve [streamlit run options]` (used by `make run`).

Streamlit treats a folder named `pages/` beside the main script as legacy auto-discovered
pages until the main script has called `st.navigation` once in the process. A person who
opens a deep link (say /journal) as the very first visit after a restart would then get the
page script alone, without the app's navigation and its "Get help now" control. Kindred's
pages are registered explicitly by app.py, so the legacy mode is switched off before the
server starts.
"""

from __future__ import annotations

import sys
from pathlib import Path

from streamlit.runtime.pages_manager import PagesManager
from streamlit.web import cli

APP = Path(__file__).resolve().parent / "app.py"


def main(argv: list[str] | None = None) -> int:
    PagesManager.uses_pages_directory = False
    args = ["run", str(APP), *(sys.argv[1:] if argv is None else argv)]
    return cli.main(args, standalone_mode=False) or 0


if __name__ == "__main__":
    sys.exit(main())
