"""Real servers for the scale-out tests and the load test, all on loopback.

PostgreSQL comes from ``tests.servers.running_postgres`` (the journal's helper); this module
adds a ``chroma run`` server on a chosen persist folder, a second database on a running
PostgreSQL (for restores), and the identity to run PostgreSQL's client tools under.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy.engine import make_url

from tests.servers import free_port, wait_until_answers

CHROMA_BIN = Path(sys.executable).parent / "chroma"
HEARTBEAT = "http://127.0.0.1:{port}/api/v2/heartbeat"


def postgres_identity() -> dict[str, int]:
    """subprocess kwargs that run PostgreSQL tools as the ``postgres`` user when we are root."""
    if os.geteuid() != 0:
        return {}
    try:
        user = pwd.getpwnam("postgres")
    except KeyError:
        return {}
    return {"user": user.pw_uid, "group": user.pw_gid}


def create_database(url: str, name: str) -> str:
    """Create an empty database beside the one in ``url``; returns its SQLAlchemy URL."""
    import psycopg

    parsed = make_url(url)
    with psycopg.connect(
        host=parsed.host, port=parsed.port, user=parsed.username, dbname="postgres", autocommit=True
    ) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    return parsed.set(database=name).render_as_string(hide_password=False)


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
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=15)
            if owned:
                import shutil

                shutil.rmtree(base, ignore_errors=True)
