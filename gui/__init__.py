"""Dateline's Qt desktop app: a thin model/view layer over ``core``."""
