"""Exporters from a project to data formats people already use.

``export_*`` write a file atomically; ``RENDERERS`` build the same text
without writing it, for callers (the desktop app) that check for Cancel
between the slow part and the write.
"""

from __future__ import annotations

from collections.abc import Callable

from core.export.dateline_json import event_to_dict, export_json, json_text, project_to_dict
from core.export.tables import (csv_text, export_csv, export_markdown, export_timelinejs, markdown_text,
                                timelinejs_text)
from core.project import Project

# --format name (as in ``dateline export``) -> the file's text
RENDERERS: dict[str, Callable[[Project], str]] = {
    "json": json_text, "csv": csv_text, "markdown": markdown_text, "timelinejs": timelinejs_text,
}

__all__ = ["RENDERERS", "csv_text", "event_to_dict", "export_csv", "export_json", "export_markdown",
           "export_timelinejs", "json_text", "markdown_text", "project_to_dict", "timelinejs_text"]
