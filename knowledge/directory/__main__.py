"""Command line: `python -m knowledge.directory import FILE|URL [--format ...] [--source NAME]`,
`python -m knowledge.directory export FILE --format meeting-guide|hsds|csv|json`, and
`python -m knowledge.directory feeds add URL --format meeting-guide --source NAME`,
`feeds refresh [--source NAME]`, `feeds list` for feeds kept fresh from their URL."""

from __future__ import annotations

import argparse
import sys

from knowledge.directory.directory import open_directory
from knowledge.directory.feed_refresh import TIMEOUT_SECONDS, add_feed, refresh_feeds
from knowledge.directory.feed_sources import all_sources
from knowledge.directory.feeds import FORMATS, FULL_FEEDS, export_feed, import_feed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m knowledge.directory")
    commands = parser.add_subparsers(dest="command", required=True)
    load = commands.add_parser("import", help="validate a file and import all of it, or nothing")
    load.add_argument("file", help="a path (or an http(s) URL, fetched only when you run this)")
    load.add_argument("--format", choices=("auto", *FORMATS), default="auto")
    load.add_argument("--source", help="name of the source (default: the file name)")
    dump = commands.add_parser("export", help="write the directory as a feed")
    dump.add_argument("file")
    dump.add_argument("--format", choices=FORMATS, default="meeting-guide")
    dump.add_argument("--country", help="only listings in this country (ISO code)")
    dump.add_argument("--no-demo", action="store_true", help="leave demo listings out")
    feeds = commands.add_parser("feeds", help="feeds kept fresh from their URL").add_subparsers(
        dest="action", required=True
    )
    add = feeds.add_parser("add", help="register a feed URL (fetched only by `feeds refresh`)")
    add.add_argument("url")
    add.add_argument("--format", choices=FULL_FEEDS, default="meeting-guide")
    add.add_argument("--source", required=True, help="name its listings show as their source")
    fresh = feeds.add_parser("refresh", help="fetch every feed (or one) and import changes")
    fresh.add_argument("--source", help="only this feed")
    fresh.add_argument("--timeout", type=float, default=TIMEOUT_SECONDS, help="seconds per try")
    feeds.add_parser("list", help="the registered feeds and how their last refresh went")
    args = parser.parse_args(argv)

    if args.command == "feeds":
        return _feeds(args)
    if args.command == "export":
        count = export_feed(
            args.file, args.format, country=args.country, include_demo=not args.no_demo
        )
        print(f"Wrote {count} records to {args.file}")
        return 0
    report = import_feed(args.file, args.format, args.source, progress=sys.stderr.isatty())
    for problem in report.rejected[:200]:
        print(f"  {problem}", file=sys.stderr)
    if len(report.rejected) > 200:
        print(f"  ... and {len(report.rejected) - 200} more", file=sys.stderr)
    print(report.summary())
    return 0 if report.ok else 1


def _feeds(args: argparse.Namespace) -> int:
    directory = open_directory()
    if args.action == "add":
        try:
            feed = add_feed(directory, args.url, args.format, args.source)
        except ValueError as problem:
            print(f"Not added: {problem}", file=sys.stderr)
            return 2
        print(f"Added {feed.source} ({feed.format}): {feed.url}. Run `feeds refresh` to fetch it.")
        return 0
    if args.action == "list":
        for feed in all_sources(directory.engine):
            when = f"{feed.refreshed_at:%Y-%m-%d %H:%M} UTC" if feed.refreshed_at else "never"
            problem = f"; last try failed: {feed.last_error}" if feed.last_error else ""
            print(f"{feed.source} ({feed.format}) {feed.url}: refreshed {when}{problem}")
        return 0
    try:
        results = refresh_feeds(directory, args.source, timeout=args.timeout)
    except KeyError as problem:
        print(problem.args[0], file=sys.stderr)
        return 2
    for result in results:
        print(result)
    return 1 if any(r.outcome == "failed" for r in results) else 0


if __name__ == "__main__":
    raise SystemExit(main())
