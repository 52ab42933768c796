"""The headless ``dateline`` command line: import, export and timex.

Every command exits 0 on success and otherwise prints one line
``error: …`` to stderr and exits non-zero, so scripts can rely on it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

import core

EXPORT_FORMATS = ("json", "csv", "markdown", "timelinejs")


class CliError(Exception):
    """A user-facing failure: printed as one ``error:`` line."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dateline",
        description="Dateline: a timeline explorer for the news. "
        "Without a command, opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"dateline {core.__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    imp = commands.add_parser("import", help="import articles (files or folders) into a project")
    imp.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    imp.add_argument("-o", "--output", required=True, type=Path, metavar="PROJECT.dateline",
                     help="project file to create or add to")

    exp = commands.add_parser("export", help="export a project to a data format")
    exp.add_argument("project", type=Path, metavar="PROJECT.dateline")
    exp.add_argument("--format", choices=EXPORT_FORMATS, default="json")
    exp.add_argument("-o", "--output", required=True, type=Path, metavar="OUT")

    tmx = commands.add_parser("timex", help="print the temporal expressions of a text file as JSON")
    tmx.add_argument("file", type=Path)
    tmx.add_argument("--dct", type=dt.date.fromisoformat, metavar="YYYY-MM-DD",
                     help="document creation time (publication date) to anchor relative dates")
    return parser


def cmd_import(args: argparse.Namespace) -> int:
    from core.pipeline import import_paths
    from core.project import Project

    for path in args.paths:
        if not path.exists():
            raise CliError(f"{path}: no such file or folder")
    last = [""]

    def progress(done: int, total: int, message: str) -> None:
        if message != last[0]:
            print(f"[{done + 1}/{total}] {message}" if message.startswith("Reading") else message,
                  flush=True)
            last[0] = message

    with Project.open_or_create(args.output) as project:
        report = import_paths(project, args.paths, progress=progress)
        for line in report.problems:
            print(f"warning: {line}", file=sys.stderr)
        for line in report.warnings:
            print(f"warning: {line}", file=sys.stderr)
        print(
            f"imported {len(report.imported)} article(s)"
            + (f", skipped {len(report.problems)} with problems" if report.problems else "")
            + (f", {len(report.duplicates)} already in the project" if report.duplicates else "")
            + f"; project has {len(project.sources())} sources, {len(project.actors())} actors,"
            f" {len(project.events())} events -> {args.output}"
        )
        if report.unknown_dates:
            names = ", ".join(project.source(i).file for i in report.unknown_dates)
            print(f"publication date unknown for: {names}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from core import export
    from core.project import Project

    with Project.open(args.project) as project:
        if args.format == "json":
            export.export_json(project, args.output)
        else:
            writer = getattr(export, f"export_{args.format}", None)
            if writer is None:
                raise CliError(f"export format {args.format!r} is not available yet")
            writer(project, args.output)
    print(f"wrote {args.output}")
    return 0


def cmd_timex(args: argparse.Namespace) -> int:
    from core.timex import tag, to_json

    try:
        text = args.file.read_bytes().decode("utf-8")
    except FileNotFoundError:
        raise CliError(f"{args.file}: no such file") from None
    except UnicodeDecodeError as exc:
        raise CliError(f"{args.file}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    print(json.dumps(to_json(tag(text, args.dct)), ensure_ascii=False, indent=1))
    return 0


COMMANDS = {"import": cmd_import, "export": cmd_export, "timex": cmd_timex}


def main(argv: Sequence[str] | None = None) -> int:
    from core.store import ProjectError

    args = build_parser().parse_args(argv)
    if args.command is None:
        build_parser().print_help()
        return 0
    try:
        return COMMANDS[args.command](args)
    except (CliError, ProjectError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug: still one line for scripts, details on request
        print(f"error: unexpected {type(exc).__name__}: {exc}", file=sys.stderr)
        if os.environ.get("DATELINE_DEBUG"):
            raise
        return 2


if __name__ == "__main__":
    sys.exit(main())
