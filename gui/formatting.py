"""Human-readable dates and ranges for tooltips, the status bar and dialogs."""

from __future__ import annotations

import datetime as dt

from core.models import Granularity, TimeValue
from core.timeaxis import DAY, YEAR, from_seconds


def format_time_value(value: TimeValue) -> str:
    """The interval at the precision it is known, e.g. 'February 2022' or '24 Feb 2022'."""
    if not value.placed:
        return value.value
    start, end = value.start, value.end
    last = end - dt.timedelta(microseconds=1)
    g = value.granularity
    if g in (Granularity.YEAR, Granularity.DECADE, Granularity.CENTURY, Granularity.MILLENNIUM):
        text = str(start.year) if last.year == start.year else f"{start.year}–{last.year}"
    elif g in (Granularity.MONTH, Granularity.QUARTER, Granularity.SEASON, Granularity.HALF):
        text = f"{start:%B %Y}" if (last.year, last.month) == (start.year, start.month) \
            else f"{start:%b %Y} – {last:%b %Y}"
    elif g in (Granularity.HOUR, Granularity.MINUTE, Granularity.SECOND, Granularity.PART_OF_DAY):
        text = f"{start.day} {start:%b %Y %H:%M}"
    else:
        text = _day(start) if last.date() == start.date() else f"{_day(start)} – {_day(last)}"
    if value.mod:
        text = f"{value.mod.lower()} {text}"
    return text


def _day(d: dt.datetime) -> str:
    return f"{d.day} {d:%b %Y}"


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
