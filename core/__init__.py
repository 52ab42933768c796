"""Dateline's core: models, extraction, the project store and exporters. No Qt here."""

__version__ = "0.1.0"
