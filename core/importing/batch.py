"""Reading many files at once without one bad file stopping the rest.

``core.pipeline`` drives the app's import; this is the same loop for scripts
and tests that want Sources only: every good file becomes a Source, every
unusable one a one-line :class:`ImportProblem`, with the project's usual
``progress(done, total, message)`` and ``cancelled()`` callables.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from core.models import Source

from .article import read_article
from .errors import ImportProblem
from .files import collect_files
from .sidecar import Sidecar, load_sidecar

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]


@dataclass
class ReadReport:
    sources: list[Source] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # batch-level (e.g. a broken meta.json)
    cancelled: bool = False


def read_all(
    paths: Iterable[Path | str],
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ReadReport:
    """Collect files under ``paths`` and read each, using a ``meta.json`` beside it.

    Never raises for a bad file: unusable files become ``problems``; a broken
    sidecar becomes a batch warning and a warning on each source of its folder.
    """
    report = ReadReport()
    files = collect_files(paths)
    sidecars: dict[Path, Sidecar] = {}
    for done, path in enumerate(files):
        if cancelled is not None and cancelled():
            report.cancelled = True
            return report
        if progress is not None:
            progress(done, len(files), f"Reading {path.name}")
        folder = path.parent
        if folder not in sidecars:
            sidecars[folder] = load_sidecar(folder)
            report.warnings.extend(f"{folder.name}/{w}" for w in sidecars[folder].warnings)
        sidecar = sidecars[folder]
        try:
            source = read_article(path, sidecar.get(path.name))
        except ImportProblem as problem:
            report.problems.append(problem)
            continue
        except Exception as exc:  # a bug must cost one file, not the batch
            log.exception("unexpected error importing %s", path)
            report.problems.append(ImportProblem(path, f"unexpected error: {type(exc).__name__}: {exc}"))
            continue
        if sidecar.warnings and path.name not in sidecar:
            source.warnings = source.warnings + sidecar.warnings
        report.sources.append(source)
    if progress is not None:
        progress(len(files), len(files), "Done")
    return report
