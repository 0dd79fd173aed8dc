"""Real servers on loopback for the tests and the benchmarks: PostgreSQL, ``chroma run`` and
a directory feed over HTTP (``running_feed_server``).

Not a test module: the load test (``benchmarks.load``) and the tests both import it, and it
imports nothing from Kindred itself, so it sits beside the product code without joining it.

``running_postgres()`` finds ``initdb``/``pg_ctl`` under /usr/lib/postgresql/*/bin (or on
PATH), creates a cluster in a temporary folder, starts it on a free 127.0.0.1 port with its
unix socket in that folder, creates a database, yields a ``postgresql+psycopg://`` URL, and
stops and removes everything afterwards. When running as root (CI containers) the server
runs as the ``postgres`` system user, because PostgreSQL refuses to run as root.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

DATABASE = "kindred_test"
SUPERUSER = "kindred"


class PostgresUnavailableError(RuntimeError):
    """The PostgreSQL server binaries are not installed on this machine."""


def find_postgres_bin() -> Path | None:
    """The newest installed PostgreSQL bin folder holding initdb and pg_ctl, if any."""
    candidates = sorted(
        Path("/usr/lib/postgresql").glob("*/bin"),
        key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0,
        reverse=True,
    )
    on_path = shutil.which("initdb")
    if on_path:
        candidates.append(Path(on_path).parent)
    for folder in candidates:
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder
    return None


def wait_until_answers(
    url: str,
    process: subprocess.Popen,
    timeout: float,
    accept: Callable[[bytes], bool] = lambda body: True,
    log: Path | None = None,
) -> None:
    """Poll ``url`` until it answers (and ``accept`` likes the body); fail if ``process`` dies."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            detail = f": {log.read_text()}" if log and log.exists() else ""
            raise RuntimeError(f"{process.args[0]} exited with {process.returncode}{detail}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if accept(response.read()):
                    return
        except OSError:
            pass
        time.sleep(0.3)
    raise TimeoutError(f"{url} did not answer in {timeout} s")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def stop(process: subprocess.Popen, timeout: float = 15) -> None:
    """Ask a server process to stop; kill it if it has not within `timeout` seconds."""
    process.terminate()
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=timeout)


def postgres_identity() -> dict:
    """subprocess kwargs that run PostgreSQL's tools as the postgres user when we are root."""
    if os.geteuid() != 0:
        return {}
    try:
        user = pwd.getpwnam("postgres")
    except KeyError as error:
        raise PostgresUnavailableError("running as root and there is no 'postgres' user") from error
    return {"user": user.pw_uid, "group": user.pw_gid}


@contextlib.contextmanager
def running_postgres() -> Iterator[str]:
    """Start a fresh PostgreSQL on loopback; yields its SQLAlchemy URL; stops it after."""
    bin_dir = find_postgres_bin()
    if bin_dir is None:
        raise PostgresUnavailableError(
            "PostgreSQL server binaries (initdb, pg_ctl) not found; "
            "install them with: apt-get install -y postgresql"
        )
    identity = postgres_identity()
    base = Path(tempfile.mkdtemp(prefix="kpg"))  # short: unix socket paths max ~107 bytes
    data, sockets, log = base / "data", base / "sock", base / "server.log"
    sockets.mkdir()
    if identity:
        for path in (base, sockets):
            os.chown(path, identity["user"], identity["group"])
    port = free_port()
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.PIPE, "check": True, **identity}
    try:
        subprocess.run(
            [bin_dir / "initdb", "-D", data, "-U", SUPERUSER, "--auth=trust", "-E", "UTF8",
             "--no-locale", "--no-sync"],
            **quiet,
        )  # fmt: skip
        options = f"-F -p {port} -k {sockets} -c listen_addresses=127.0.0.1"
        subprocess.run(
            [bin_dir / "pg_ctl", "-D", data, "-o", options, "-l", log, "-w", "-t", "60", "start"],
            **quiet,
        )
    except subprocess.CalledProcessError as error:
        detail = (error.stderr or b"").decode(errors="replace").strip()
        server_log = log.read_text(errors="replace") if log.exists() else ""
        shutil.rmtree(base, ignore_errors=True)
        raise RuntimeError(f"PostgreSQL did not start: {detail}\n{server_log}") from error
    try:
        yield create_database(
            f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{port}/postgres", DATABASE
        )
    finally:
        subprocess.run(
            [bin_dir / "pg_ctl", "-D", data, "-m", "immediate", "-w", "stop"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            check=False,
            **identity,
        )
        shutil.rmtree(base, ignore_errors=True)


def create_database(url: str, name: str) -> str:
    """Create an empty database beside the one in ``url``; returns its SQLAlchemy URL."""
    import psycopg
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    with psycopg.connect(
        host=parsed.host, port=parsed.port, user=parsed.username, dbname="postgres", autocommit=True
    ) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    return parsed.set(database=name).render_as_string(hide_password=False)


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
                shutil.rmtree(base, ignore_errors=True)


class FeedBehaviour:
    """What a loopback feed server sends, changed by the caller; it records every request.

    `failures_left` answers 500 that many times first; `delay` waits before answering;
    `truncate` sends half the body under the full Content-Length; `use_etag` sends an ETag
    and answers 304 to a matching If-None-Match.
    """

    def __init__(self, body: bytes) -> None:
        self.body = body
        self.failures_left = 0
        self.delay = 0.0
        self.truncate = False
        self.use_etag = True
        self.requests: list[dict[str, str]] = []

    @property
    def etag(self) -> str:
        import hashlib

        return '"' + hashlib.sha256(self.body).hexdigest()[:16] + '"'


@contextlib.contextmanager
def running_feed_server(body: bytes) -> Iterator[tuple[FeedBehaviour, str]]:
    """An HTTP server on 127.0.0.1 serving one JSON feed; yields its behaviour and URL."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    feed = FeedBehaviour(body)

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            feed.requests.append(dict(self.headers))
            time.sleep(feed.delay)
            if feed.failures_left:
                feed.failures_left -= 1
                self.send_error(500, "Internal Server Error")
                return
            if feed.use_etag and self.headers.get("If-None-Match") == feed.etag:
                self.send_response(304)
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(feed.body)))
            if feed.use_etag:
                self.send_header("ETag", feed.etag)
            self.end_headers()
            self.wfile.write(feed.body[: len(feed.body) // 2] if feed.truncate else feed.body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield feed, f"http://127.0.0.1:{server.server_address[1]}/meetings.json"
    finally:
        server.shutdown()
        server.server_close()
