"""Command line: `python -m knowledge.directory import FILE|URL [--format ...] [--source NAME]`
and `python -m knowledge.directory export FILE --format meeting-guide|hsds|csv|json`."""

from __future__ import annotations

import argparse
import sys

from knowledge.directory.feeds import FORMATS, export_feed, import_feed


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
    args = parser.parse_args(argv)

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


if __name__ == "__main__":
    raise SystemExit(main())
