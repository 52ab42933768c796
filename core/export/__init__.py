"""Exporters from a project to data formats people already use."""

from core.export.dateline_json import event_to_dict, export_json, project_to_dict
from core.export.tables import export_csv, export_markdown, export_timelinejs

__all__ = ["event_to_dict", "export_csv", "export_json", "export_markdown", "export_timelinejs", "project_to_dict"]
