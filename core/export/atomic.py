"""Atomic file writes shared by every exporter (data and images).

The bytes go to a hidden temporary file in the target's own folder (same
file system, so ``os.replace`` is atomic) and only replace the target once
complete; on any failure the temporary file is removed, so an export either
leaves the finished file or nothing at all.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

_UMASK = os.umask(0o022)  # read once at import: os.umask is process-wide, not thread-safe
os.umask(_UMASK)


def write_atomic(target: str | Path, content: str | bytes) -> None:
    """Write ``content`` (text as UTF-8, no newline translation) to ``target``."""
    target = Path(target)
    data = content.encode("utf-8") if isinstance(content, str) else bytes(content)
    if target.is_dir():
        raise IsADirectoryError(f"cannot write {target}: it is a folder")
    folder = target.parent
    if not folder.is_dir():
        why = "is not a folder" if folder.exists() else "does not exist"
        raise FileNotFoundError(f"cannot write {target}: {folder} {why}")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as exc:  # name the folder, not our temporary file
        raise type(exc)(f"cannot write {target}: {(exc.strerror or str(exc)).lower()}") from None
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.chmod(tmp, 0o666 & ~_UMASK)  # mkstemp makes it private; exports are ordinary files
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
