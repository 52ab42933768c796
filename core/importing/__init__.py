"""Article import: files on disk to :class:`core.models.Source` objects.

Public API::

    collect_files(paths) -> list[Path]        # files and folders, recursively
    read_article(path, sidecar=None) -> Source  # raises ImportProblem
    load_sidecar(folder) -> Sidecar             # meta.json beside the files
    read_all(paths, progress=None) -> ReadReport  # all of it, never raises

Modules are small and single-purpose: ``files`` (finding/reading bytes),
``decoding`` (bytes to text), ``text_reader``/``markdown_reader``/``html_reader``
(one per format), ``dates``, ``bylines``, ``furniture``, ``sidecar``, and
``article`` which applies the shared precedence rules.
"""

from __future__ import annotations

from .article import DATE_UNKNOWN_WARNING, read_article
from .batch import ReadReport, read_all
from .dates import DateFinding, find_text_date, parse_date
from .errors import ImportProblem
from .files import EXTENSIONS, collect_files
from .sidecar import Sidecar, SidecarEntry, load_sidecar

__all__ = [
    "DATE_UNKNOWN_WARNING",
    "EXTENSIONS",
    "DateFinding",
    "ImportProblem",
    "ReadReport",
    "Sidecar",
    "SidecarEntry",
    "collect_files",
    "find_text_date",
    "read_all",
    "load_sidecar",
    "parse_date",
    "read_article",
]
