"""Backups of both stores, taken while Kindred is serving: `python -m deploy.snapshots`.

PostgreSQL: ``pg_dump -Fc`` reads one consistent snapshot (a single repeatable-read
transaction), so writes that land during the dump are simply not in it; ``pg_restore`` loads
it into an empty database.

Chroma: the story index is exported through the client, page by page (ids, vectors,
passages, metadata) into one gzipped JSON-lines file, and imported with upserts into the
collection of a fresh server. Copying the server's persist folder while it runs is not safe
(its SQLite file and vector segments are written at different moments), and stopping the
index for a copy would stop story search; an export needs neither. The index changes only
when a moderator approves or a writer withdraws a story, so a page-by-page export is
consistent unless one of those happens during the few seconds it takes; run it again if the
story count before and after differs (``export_chroma`` does that check itself).

    python -m deploy.snapshots backup  --out /backups/2026-11-24   # uses DATABASE_URL, CHROMA_*
    python -m deploy.snapshots restore --from /backups/2026-11-24  # into the configured stores
    python -m deploy.snapshots chroma-export --out - > stories.chroma.jsonl.gz  # the index only
"""

from __future__ import annotations

import argparse
import gzip
import json
import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url

from settings import Settings, SettingsError, child_environment

POSTGRES_FILE = "kindred.pgdump"
CHROMA_FILE = "stories.chroma.jsonl.gz"
PAGE = 500
EXPORT_TRIES = 3


class SnapshotError(RuntimeError):
    """A backup or restore step failed; the message says which and why."""


def find_pg_tool(name: str, pg_bin: Path | None = None) -> Path:
    """pg_dump / pg_restore: in ``pg_bin`` (PG_BIN), else the newest
    /usr/lib/postgresql/*/bin, else PATH."""
    folders = [pg_bin] if pg_bin else []
    folders += sorted(
        Path("/usr/lib/postgresql").glob("*/bin"),
        key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0,
        reverse=True,
    )
    for folder in folders:
        if (folder / name).exists():
            return folder / name
    on_path = shutil.which(name)
    if on_path:
        return Path(on_path)
    raise SnapshotError(f"{name} not found: install the PostgreSQL client tools")


def libpq_arguments(url: str) -> tuple[list[str], dict[str, str]]:
    """Connection flags for pg_dump/pg_restore, and the password as PGPASSWORD (never argv)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "postgresql":
        raise SnapshotError("DATABASE_URL is not PostgreSQL; back up SQLite with sqlite3 .backup")
    flags = ["-h", parsed.host or "127.0.0.1", "-p", str(parsed.port or 5432)]
    if parsed.username:
        flags += ["-U", parsed.username]
    flags += ["-d", parsed.database or "postgres"]
    env = {"PGPASSWORD": parsed.password} if parsed.password else {}
    return flags, env


def _run(command: list[Any], env: Mapping[str, str], **identity: int) -> bytes:
    done = subprocess.run(
        [str(part) for part in command],
        env=child_environment(env),
        capture_output=True,
        check=False,
        **identity,
    )
    if done.returncode != 0:
        detail = done.stderr.decode(errors="replace").strip()
        raise SnapshotError(f"{Path(str(command[0])).name} failed: {detail}")
    return done.stdout


def dump_postgres(url: str, target: Path, *, pg_bin: Path | None = None, **identity: int) -> Path:
    """``pg_dump -Fc`` of the whole database into ``target`` (written by this process).

    ``identity`` (user=, group=) runs the tool as another system user, e.g. ``postgres``
    when the caller is root.
    """
    flags, env = libpq_arguments(url)
    data = _run([find_pg_tool("pg_dump", pg_bin), "-Fc", "--no-owner", *flags], env, **identity)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
    return target


def restore_postgres(
    source: Path, url: str, *, pg_bin: Path | None = None, **identity: int
) -> None:
    """Load a ``pg_dump -Fc`` file into the (empty) database at ``url``."""
    flags, env = libpq_arguments(url)
    command = [
        find_pg_tool("pg_restore", pg_bin),
        "--no-owner",
        "--exit-on-error",
        "--single-transaction",
    ]
    done = subprocess.run(
        [str(part) for part in [*command, *flags]],
        input=source.read_bytes(),
        env=child_environment(env),
        capture_output=True,
        check=False,
        **identity,
    )
    if done.returncode != 0:
        raise SnapshotError(f"pg_restore failed: {done.stderr.decode(errors='replace').strip()}")


def _collection(host: str, port: int, name: str):  # type: ignore[no-untyped-def]
    from knowledge.stories.index import COLLECTION, open_collection

    settings = Settings(chroma_host=host, chroma_port=port)
    return open_collection(settings, name=name or COLLECTION)


def _export_once(collection) -> list[dict[str, Any]]:  # type: ignore[no-untyped-def]
    rows: list[dict[str, Any]] = []
    offset = 0
    while True:
        page = collection.get(
            limit=PAGE, offset=offset, include=["embeddings", "documents", "metadatas"]
        )
        for cid, vector, document, meta in zip(
            page["ids"], page["embeddings"], page["documents"], page["metadatas"], strict=True
        ):
            rows.append(
                {
                    "id": cid,
                    "embedding": [float(x) for x in vector],
                    "document": document,
                    "metadata": meta,
                }
            )
        if len(page["ids"]) < PAGE:
            return rows
        offset += PAGE


def export_chroma(host: str, port: int, target: Path, name: str = "") -> int:
    """Every passage of the story collection into ``target``; returns how many."""
    collection = _collection(host, port, name)
    for _ in range(EXPORT_TRIES):
        before = collection.count()
        rows = _export_once(collection)
        if collection.count() == before == len(rows):
            break
    else:
        raise SnapshotError("the story index kept changing during the export; try again")
    lines = [json.dumps({"collection": collection.name, "passages": len(rows)})]
    lines += [json.dumps(row) for row in rows]
    data = gzip.compress(("\n".join(lines) + "\n").encode())
    if str(target) == "-":
        sys.stdout.buffer.write(data)
    else:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    return len(rows)


def import_chroma(source: Path, host: str, port: int, name: str = "") -> int:
    """Upsert an export into the collection on the server (created with Kindred's settings)."""
    raw = sys.stdin.buffer.read() if str(source) == "-" else source.read_bytes()
    header, *rows = [json.loads(line) for line in gzip.decompress(raw).splitlines() if line]
    if len(rows) != header["passages"]:
        raise SnapshotError(f"{source} is incomplete: {len(rows)} of {header['passages']}")
    collection = _collection(host, port, name or header["collection"])
    for start in range(0, len(rows), PAGE):
        batch = rows[start : start + PAGE]
        collection.upsert(
            ids=[r["id"] for r in batch],
            embeddings=[r["embedding"] for r in batch],
            documents=[r["document"] for r in batch],
            metadatas=[r["metadata"] for r in batch],
        )
    from knowledge.stories.passages import WriteLog

    WriteLog(collection).record()  # running replicas reload their in-memory passages
    return len(rows)


def backup(
    out: Path, database_url: str, chroma_host: str, chroma_port: int, pg_bin: Path | None = None
) -> dict[str, Any]:
    """Both stores into one folder: kindred.pgdump and stories.chroma.jsonl.gz."""
    dump_postgres(database_url, out / POSTGRES_FILE, pg_bin=pg_bin)
    passages = export_chroma(chroma_host, chroma_port, out / CHROMA_FILE)
    return {"folder": str(out), "postgres_bytes": (out / POSTGRES_FILE).stat().st_size,
            "passages": passages}  # fmt: skip


def restore(
    folder: Path, database_url: str, chroma_host: str, chroma_port: int, pg_bin: Path | None = None
) -> None:
    restore_postgres(folder / POSTGRES_FILE, database_url, pg_bin=pg_bin)
    import_chroma(folder / CHROMA_FILE, chroma_host, chroma_port)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("backup", help="both stores into a folder").add_argument(
        "--out", type=Path, required=True
    )
    commands.add_parser("restore", help="both stores from a folder").add_argument(
        "--from", dest="folder", type=Path, required=True
    )
    commands.add_parser("chroma-export", help="the story index ('-': stdout)").add_argument(
        "--out", type=Path, required=True
    )
    commands.add_parser("chroma-import", help="the story index ('-': stdin)").add_argument(
        "--from", dest="folder", type=Path, required=True
    )
    args = parser.parse_args(argv)
    try:
        settings = Settings.from_env()
    except SettingsError as problem:
        print(problem, file=sys.stderr)
        return 2
    needs_database = args.command in ("backup", "restore")
    if not settings.chroma_host or (needs_database and not settings.database_url):
        print("Set DATABASE_URL (PostgreSQL) and CHROMA_HOST/CHROMA_PORT first.", file=sys.stderr)
        return 2
    host, port, url = settings.chroma_host, settings.chroma_port, settings.database_url
    try:
        match args.command:
            case "backup":
                print(backup(args.out, url, host, port, settings.pg_bin))
            case "restore":
                restore(args.folder, url, host, port, settings.pg_bin)
                print(f"restored {args.folder}")
            case "chroma-export":
                passages = export_chroma(host, port, args.out)
                print(f"{passages} passages exported", file=sys.stderr)
            case "chroma-import":
                passages = import_chroma(args.folder, host, port)
                print(f"{passages} passages imported", file=sys.stderr)
    except SnapshotError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
