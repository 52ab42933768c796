"""Exporters from a project to data formats people already use."""

from core.export.dateline_json import export_json, project_to_dict

__all__ = ["export_json", "project_to_dict"]
