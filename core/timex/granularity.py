"""From a TIMEX3 value to the half-open interval and granularity the timeline draws.

The timeline needs real datetimes; TimeML values are strings at many
granularities (``2021-W13``, ``2021-SU``, ``199X``).  This module is the one
place that knows how wide each of them is.  Modifiers narrow the interval:
EARLY/MID/LATE keep the first/middle/last third, so "early January" is drawn
over Jan 1-11 rather than the whole month.
"""

from __future__ import annotations

import datetime as dt
import re

from core.models import Granularity

Interval = tuple[dt.datetime | None, dt.datetime | None]

_PARTS = {  # part of day -> (start hour, length in hours)
    "MO": (6, 6), "AF": (12, 5), "EV": (17, 4), "NI": (21, 7), "DT": (9, 8), "MI": (0, 1),
}
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def _d(y: int, m: int = 1, d: int = 1) -> dt.datetime:
    return dt.datetime(y, m, d)


def _add_months(t: dt.datetime, months: int) -> dt.datetime:
    idx = t.year * 12 + (t.month - 1) + months
    return dt.datetime(idx // 12, idx % 12 + 1, 1)


def week_start(year: int, week: int) -> dt.datetime:
    return dt.datetime.combine(dt.date.fromisocalendar(year, week, 1), dt.time())


def interval_of(value: str) -> tuple[Granularity, dt.datetime | None, dt.datetime | None]:
    """Granularity and ``[start, end)`` of a TIMEX3 value; ``None`` bounds when it cannot be placed."""
    try:
        return _interval(value)
    except (ValueError, OverflowError):
        return Granularity.UNKNOWN, None, None


def _interval(v: str) -> tuple[Granularity, dt.datetime | None, dt.datetime | None]:
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)(?:T(\d\d):(\d\d)(?::(\d\d))?|T(MO|AF|EV|NI|DT))?", v)
    if m:
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
        day = _d(y, mo, d)
        if m[7]:
            h, length = _PARTS[m[7]]
            s = day + dt.timedelta(hours=h)
            return Granularity.PART_OF_DAY, s, s + dt.timedelta(hours=length)
        if m[4]:
            s = day + dt.timedelta(hours=int(m[4]), minutes=int(m[5]), seconds=int(m[6] or 0))
            if m[6]:
                return Granularity.SECOND, s, s + dt.timedelta(seconds=1)
            return Granularity.MINUTE, s, s + dt.timedelta(minutes=1)
        return Granularity.DAY, day, day + dt.timedelta(days=1)
    m = re.fullmatch(r"(\d{4})-W(\d\d?)(-WE)?", v)
    if m:
        s = week_start(int(m[1]), int(m[2]))
        if m[3]:
            s += dt.timedelta(days=5)
            return Granularity.DAY, s, s + dt.timedelta(days=2)
        return Granularity.WEEK, s, s + dt.timedelta(days=7)
    m = re.fullmatch(r"(\d{4})-(\d\d)", v)
    if m:
        s = _d(int(m[1]), int(m[2]))
        return Granularity.MONTH, s, _add_months(s, 1)
    m = re.fullmatch(r"(\d{4})-Q([1-4])", v)
    if m:
        s = _d(int(m[1]), 3 * int(m[2]) - 2)
        return Granularity.QUARTER, s, _add_months(s, 3)
    m = re.fullmatch(r"(\d{4})-H([12])", v)
    if m:
        s = _d(int(m[1]), 6 * int(m[2]) - 5)
        return Granularity.HALF, s, _add_months(s, 6)
    m = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", v)
    if m:
        s = _d(int(m[1]), _SEASON_START[m[2]])
        return Granularity.SEASON, s, _add_months(s, 3)
    m = re.fullmatch(r"(\d{4})", v)
    if m:
        return Granularity.YEAR, _d(int(m[1])), _d(int(m[1]) + 1)
    m = re.fullmatch(r"(\d{3})X?", v)
    if m:
        y = int(m[1]) * 10
        return Granularity.DECADE, _d(max(y, 1)), _d(y + 10)
    m = re.fullmatch(r"(\d\d)(?:XX)?", v)
    if m:
        y = int(m[1]) * 100
        return Granularity.CENTURY, _d(max(y, 1)), _d(y + 100)
    m = re.fullmatch(r"(\d)(?:XXX)?", v)
    if m:
        y = int(m[1]) * 1000
        return Granularity.MILLENNIUM, _d(max(y, 1)), _d(y + 1000)
    return Granularity.UNKNOWN, None, None


def narrow(start: dt.datetime | None, end: dt.datetime | None, mod: str | None) -> Interval:
    """EARLY/MID/LATE keep a third of the interval; other modifiers leave it alone."""
    if start is None or end is None or mod not in ("EARLY", "MID", "LATE"):
        return start, end
    third = (end - start) / 3
    if third >= dt.timedelta(days=1):  # "late January" starts on a day, not at Jan. 21, 16:00
        third = dt.timedelta(days=round(third / dt.timedelta(days=1)))
    if mod == "EARLY":
        return start, start + third
    if mod == "MID":
        return start + third, end - third
    return end - third, end
