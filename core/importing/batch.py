"""Reading many files at once without one bad file stopping the rest.

The GUI imports whole folders in a worker thread; it needs every good file as
a Source and a one-line reason for every skipped one, plus a way to report
progress and to cancel.
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

Progress = Callable[[int, int, Path], bool | None]
"""``progress(done, total, path)``; returning ``False`` cancels the batch."""


@dataclass
class ReadReport:
    sources: list[Source] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # batch-level (e.g. a broken meta.json)
    cancelled: bool = False


def read_all(paths: Iterable[Path | str], progress: Progress | None = None) -> ReadReport:
    """Collect files under ``paths`` and read each, using a ``meta.json`` beside it.

    Never raises for a bad file: unusable files become ``problems``; a broken
    sidecar becomes a batch warning and a warning on each source of its folder.
    """
    report = ReadReport()
    files = collect_files(paths)
    sidecars: dict[Path, Sidecar] = {}
    for done, path in enumerate(files):
        if progress is not None and progress(done, len(files), path) is False:
            report.cancelled = True
            break
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
    else:
        if progress is not None:
            progress(len(files), len(files), files[-1] if files else Path())
    return report
