"""Finding importable files and reading their bytes without surprises.

Folders are walked recursively; only known article extensions are taken from
folders so that images, PDFs and project files lying around are ignored.  Files
named explicitly are always kept: if the user drops ``notes.bin`` on the window
they deserve a "not a text file" line in the report, not silence.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from core.models import SourceFormat

SIDECAR_NAME = "meta.json"

EXTENSIONS: dict[str, SourceFormat] = {
    ".txt": SourceFormat.TEXT,
    ".text": SourceFormat.TEXT,
    ".md": SourceFormat.MARKDOWN,
    ".markdown": SourceFormat.MARKDOWN,
    ".html": SourceFormat.HTML,
    ".htm": SourceFormat.HTML,
    ".xhtml": SourceFormat.HTML,
}

_CHUNK = 1 << 20


def format_for(path: Path) -> SourceFormat | None:
    """The format implied by a file's extension, or ``None`` if unknown."""
    return EXTENSIONS.get(path.suffix.lower())


def collect_files(paths: Iterable[Path | str]) -> list[Path]:
    """Expand files and folders into a sorted, de-duplicated list of article files.

    Folders are searched recursively and filtered by extension; hidden files,
    hidden folders and the ``meta.json`` sidecar are skipped.  Missing paths are
    ignored here (the caller reports what it asked for).
    """
    found: set[Path] = set()
    for raw in paths:
        path = Path(raw).expanduser()
        try:
            if path.is_dir():
                # os.walk without following links: a symlink loop cannot hang the import
                for folder, dirs, names in os.walk(path, onerror=lambda exc: None):
                    dirs[:] = [d for d in dirs if not d.startswith(".")]
                    for name in names:
                        child = Path(folder, name)
                        if (
                            not name.startswith(".")
                            and child.suffix.lower() in EXTENSIONS
                            and name != SIDECAR_NAME
                            and child.is_file()
                        ):
                            found.add(child.resolve())
            elif path.is_file():
                if path.name != SIDECAR_NAME and not path.name.startswith("."):
                    found.add(path.resolve())
        except OSError:
            continue  # unreadable folder: nothing to import from it
    return sorted(found)


@dataclass(frozen=True)
class RawFile:
    """The first ``limit`` bytes of a file, plus facts about the whole file."""

    data: bytes
    size: int
    sha256: str
    truncated: bool  # the file is longer than ``data``


def read_raw(path: Path, limit: int) -> RawFile:
    """Read at most ``limit`` bytes but hash the whole file, in constant memory.

    The hash must cover the entire file (it identifies re-imports), but a 50 MB
    dump should not be held in memory only to be cut down to the body limit.
    """
    digest = hashlib.sha256()
    head = bytearray()
    size = 0
    with path.open("rb") as fh:
        while True:
            chunk = fh.read(_CHUNK)
            if not chunk:
                break
            digest.update(chunk)
            size += len(chunk)
            if len(head) < limit:
                head += chunk[: limit - len(head)]
    return RawFile(bytes(head), size, digest.hexdigest(), size > len(head))
