"""The ``dateline`` command: headless subcommands, else the desktop app.

Kept free of Qt imports so that ``dateline import …`` runs on a machine
without a display and starts fast.  Timeline images (``export --format
png|svg|pdf``) need Qt's painter: ``core.cli`` gets a callback that imports
``gui.export_cli`` only when such an export is asked for.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

HEADLESS = {"import", "export", "timex", "--version", "-h", "--help"}


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in HEADLESS:
        from core.cli import main as cli_main

        return cli_main(args, image_export=_image_export)
    from gui.app import run

    return run(args)


def _image_export(project: Path, fmt: str, output: Path, size: tuple[int, int], fit: bool) -> Path:
    from gui.export_cli import export_image

    return export_image(project, fmt, output, size, fit=fit)


if __name__ == "__main__":
    sys.exit(main())
