"""The ``dateline`` command: headless subcommands, else the desktop app.

Kept free of Qt imports so that ``dateline import …`` runs on a machine
without a display and starts fast.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

HEADLESS = {"import", "export", "timex", "--version", "-h", "--help"}


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in HEADLESS:
        from core.cli import main as cli_main

        return cli_main(args)
    from gui.app import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
