"""Human-readable dates and ranges for tooltips, the status bar and dialogs."""

from __future__ import annotations

from core.timeaxis import DAY, YEAR, from_seconds
from core.timevalues import day_label as _day
from core.timevalues import describe as format_time_value  # noqa: F401  (the GUI's name for it)


def format_range(t0: float, t1: float) -> str:
    """A visible range at a precision that suits its length."""
    a, b = from_seconds(t0), from_seconds(t1)
    span = t1 - t0
    if span > 20 * YEAR:
        return f"{a.year} – {b.year}"
    if span > 60 * DAY:
        return f"{a:%b %Y} – {b:%b %Y}"
    if span > 2 * DAY:
        return f"{_day(a)} – {_day(b)}"
    return f"{_day(a)} {a:%H:%M} – {_day(b)} {b:%H:%M}"
