"""`python -m knowledge.stories ingest FILE.jsonl`: validate and index stories from a file.

(`python -m knowledge.stories hash-password` prints a moderator password hash.)

Every row is validated first; bad rows are reported with their row numbers and skipped,
good rows are indexed with a progress bar, and a summary closes the run. The exit code is
0 when every row was indexed, 1 when some rows were rejected, 2 when the file is unusable.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from knowledge.stories.schema import RowError, Story, read_jsonl
from safe_files import UnreadableFile
from settings import Settings


def ingest(path: Path, settings: Settings, out: TextIO = sys.stdout, progress: bool = True) -> int:
    from tqdm import tqdm

    from knowledge.stories.corpus import open_library

    if not path.is_file():
        print(f"No such file: {path}", file=out)
        return 2
    stories: list[Story] = []
    errors: list[RowError] = []
    try:
        for item in read_jsonl(path):
            (errors if isinstance(item, RowError) else stories).append(item)
    except UnicodeDecodeError:
        print(f"{path} is not UTF-8 text; save it as UTF-8 JSON Lines and try again.", file=out)
        return 2
    except UnreadableFile as error:
        print(f"{error}. Nothing was indexed.", file=out)
        return 2
    for error in errors:
        print(f"{path.name} {error}", file=out)
    library = open_library(settings)
    before = library.count()
    with tqdm(total=len(stories), unit="story", disable=not progress, file=sys.stderr) as bar:
        library.add(stories, on_batch=bar.update)
    after = library.count()
    duplicates = len(stories) - len({s.id for s in stories})
    print(
        f"Summary: {len(stories) + len(errors)} rows read, {len(stories)} valid, "
        f"{len(errors)} rejected; {after - before} new stories, "
        f"{len(stories) - duplicates - (after - before)} updated"
        + (f", {duplicates} repeated ids (last row wins)" if duplicates else "")
        + f"; {after} stories in the library.",
        file=out,
    )
    return 1 if errors else 0


def _hash_password() -> int:
    from getpass import getpass

    from knowledge.stories.moderators import hash_password

    password = getpass("Moderator password: ")
    if password != getpass("Again: "):
        print("The two passwords differ; nothing was changed.")
        return 1
    try:
        print(f"KINDRED_MODERATOR_PASSWORD_HASH='{hash_password(password)}'")
    except ValueError as exc:
        print(exc)
        return 1
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m knowledge.stories")
    commands = parser.add_subparsers(dest="command", required=True)
    ingest_cmd = commands.add_parser("ingest", help="validate and index stories from a JSONL file")
    ingest_cmd.add_argument("file", type=Path, help="JSON Lines file, one story per line")
    ingest_cmd.add_argument("--no-progress", action="store_true", help="hide the progress bar")
    commands.add_parser(
        "hash-password", help="print an argon2id hash for KINDRED_MODERATOR_PASSWORD_HASH"
    )
    args = parser.parse_args(argv)
    if args.command == "hash-password":
        return _hash_password()
    settings = Settings.from_env()
    settings.ensure_data_dir()
    return ingest(args.file, settings, progress=not args.no_progress)
