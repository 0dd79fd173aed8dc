"""Real servers for the scale-out tests and the load test, all on loopback.

PostgreSQL, its databases and the identity its tools run under come from ``tests.servers``;
this module adds a ``chroma run`` server on a chosen persist folder.
"""

from __future__ import annotations

import contextlib
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from tests.servers import free_port, stop, wait_until_answers

CHROMA_BIN = Path(sys.executable).parent / "chroma"
HEARTBEAT = "http://127.0.0.1:{port}/api/v2/heartbeat"


@contextlib.contextmanager
def running_chroma(folder: Path | None = None, timeout: float = 90) -> Iterator[tuple[str, int]]:
    """A ``chroma run`` server persisting to ``folder`` (a temporary one by default).

    Yields (host, port) on 127.0.0.1; the server is stopped when the block ends.
    """
    if not CHROMA_BIN.exists():
        raise RuntimeError(f"{CHROMA_BIN} is missing: chromadb's `chroma` command is needed")
    owned = folder is None
    base = Path(tempfile.mkdtemp(prefix="kchroma")) if owned else folder
    base.mkdir(parents=True, exist_ok=True)
    port = free_port()
    log_path = base / "server.log"
    with log_path.open("w") as log:
        process = subprocess.Popen(
            [str(CHROMA_BIN), "run", "--path", str(base / "db"), "--host", "127.0.0.1",
             "--port", str(port)],
            stdout=log,
            stderr=subprocess.STDOUT,
            env={"ANONYMIZED_TELEMETRY": "False", "PATH": str(CHROMA_BIN.parent)},
        )  # fmt: skip
        try:
            wait_until_answers(HEARTBEAT.format(port=port), process, timeout, log=log_path)
            yield ("127.0.0.1", port)
        finally:
            stop(process)
            if owned:
                import shutil

                shutil.rmtree(base, ignore_errors=True)
