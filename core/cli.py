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
from collections.abc import Callable, Sequence
from pathlib import Path

import core

DATA_FORMATS = ("json", "csv", "markdown", "timelinejs")
IMAGE_FORMATS = ("png", "svg", "pdf")  # painted by the GUI's timeline: see ``main(image_export=…)``
EXPORT_FORMATS = DATA_FORMATS + IMAGE_FORMATS
DEFAULT_SIZE = (1600, 1000)

# (project, format, output, (width, height)) -> written path; supplied by the GUI side.
ImageExport = Callable[[Path, str, Path, tuple[int, int], bool], Path]
"""(project, format, output, size, fit): ``fit`` cuts the height to the events."""


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

    exp = commands.add_parser(
        "export", help="export a project as data or as a timeline image",
        description="Export a project. Data: json (Dateline's own, everything), csv, markdown "
        "(a chronology), timelinejs (TimelineJS 3 JSON). Images of the timeline as the app "
        "opens it (the articles' period): png, svg, pdf.")
    exp.add_argument("project", type=Path, metavar="PROJECT.dateline")
    exp.add_argument("--format", choices=EXPORT_FORMATS, default="json", metavar="FORMAT",
                     help=f"one of {', '.join(EXPORT_FORMATS)} (default: json)")
    exp.add_argument("-o", "--output", required=True, type=Path, metavar="OUT")
    exp.add_argument("--size", type=parse_size, metavar="WxH",
                     help="image layout size in pixels, kept exactly (default: %d wide and as tall as "
                     "the events need, at most %d; PNGs are rendered at twice this many pixels for "
                     "sharpness)" % DEFAULT_SIZE)

    tmx = commands.add_parser("timex", help="print the temporal expressions of a text file as JSON")
    tmx.add_argument("file", type=Path)
    tmx.add_argument("--dct", type=dt.date.fromisoformat, metavar="YYYY-MM-DD",
                     help="document creation time (publication date) to anchor relative dates")
    return parser


def parse_size(text: str) -> tuple[int, int]:
    """``1600x1000`` -> ``(1600, 1000)``; argparse turns the ValueError into a usage error."""
    width, sep, height = text.lower().replace("×", "x").partition("x")
    if not sep or not width.strip().isdigit() or not height.strip().isdigit():
        raise argparse.ArgumentTypeError(f"{text!r} is not WIDTHxHEIGHT, e.g. 1600x1000")
    return int(width), int(height)


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


def cmd_export(args: argparse.Namespace, image_export: ImageExport | None = None) -> int:
    from core import export
    from core.project import Project

    if args.format in IMAGE_FORMATS:
        if image_export is None:
            raise CliError(f"{args.format} export needs the desktop app's painter (run it as `dateline`)")
        try:
            written = image_export(args.project, args.format, args.output, args.size or DEFAULT_SIZE,
                                   args.size is None)
        except ValueError as exc:  # a size out of range, an unknown format
            raise CliError(str(exc)) from None
        print(f"wrote {written}")
        return 0
    if args.size is not None:
        raise CliError("--size applies to the image formats only (png, svg, pdf)")
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


def main(argv: Sequence[str] | None = None, image_export: ImageExport | None = None) -> int:
    """Run one command; ``image_export`` paints timeline images (the GUI passes it, core cannot)."""
    from core.store import ProjectError

    args = build_parser().parse_args(argv)
    if args.command is None:
        build_parser().print_help()
        return 0
    try:
        if args.command == "export":
            return cmd_export(args, image_export)
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
