"""``dateline timex FILE --dct YYYY-MM-DD``: print the expressions of a text file as JSON.

The CLI wiring lives elsewhere; it calls ``main_timex``.  Kept free of argparse
so that the caller owns the command line.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import TextIO

from core.timex import tag, to_json


def main_timex(path: str | Path, dct: str | dt.date | None, out: TextIO | None = None) -> int:
    """Tag ``path`` (UTF-8 text) with the DCT ``dct`` and print a JSON list; returns an exit code.

    ``dct`` may be a date, an ISO string or None (relative expressions then stay
    unresolved).  Exit codes: 0 ok, 2 unreadable file or bad date.
    """
    out = out or sys.stdout
    try:
        if isinstance(dct, str):
            dct = dt.date.fromisoformat(dct)
    except ValueError:
        print(f"dateline timex: bad --dct {dct!r}, expected YYYY-MM-DD", file=sys.stderr)
        return 2
    try:
        text = Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        print(f"dateline timex: cannot read {path}: {exc}", file=sys.stderr)
        return 2
    json.dump(to_json(tag(text, dct)), out, ensure_ascii=False, indent=2)
    out.write("\n")
    return 0


if __name__ == "__main__":  # python -m core.timex.cli FILE [YYYY-MM-DD]
    raise SystemExit(main_timex(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None))
