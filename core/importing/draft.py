"""What a format reader hands back before the shared rules run.

Readers know their format (HTML meta tags, Markdown front matter) and nothing
else; precedence between sources of truth, bylines and furniture are decided
once, in :mod:`core.importing.article`, for every format alike.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .dates import DateFinding


@dataclass
class Draft:
    body: str
    title: str | None = None  # from the document's own metadata (HTML, front matter)
    heading: str | None = None  # a title-like first line ("# Heading", a headline)
    authors: list[str] = field(default_factory=list)
    date: DateFinding | None = None  # from the document's own metadata
    warnings: list[str] = field(default_factory=list)
