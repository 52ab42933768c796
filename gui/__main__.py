"""``python -m gui``: start Dateline."""

from gui.app import run

raise SystemExit(run())
