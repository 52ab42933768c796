"""Where a date falls: calendar steps by unit, and the year of a year-less date.

Pure functions of dates, no text: the resolver (``anchoring``) decides what an
expression means and which way the text's tense points; these place it.
"One month on" from Jan. 31, the ISO week of a day, which "October" a past verb
told in November means.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from core.timex.granularity import interval_of
from core.timex.tense import AROUND


def add_months(d: dt.date, months: int) -> dt.date:
    idx = d.year * 12 + d.month - 1 + months
    return dt.date(idx // 12, idx % 12 + 1, 1)


def years_on(d: dt.date, n: int) -> dt.date:
    """The same day ``n`` years away (Feb. 29 becomes Feb. 28): "a year ago today"."""
    try:
        return d.replace(year=d.year + n)
    except ValueError:
        return d.replace(year=d.year + n, day=28)


def iso_week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def format_at(d: dt.date, unit: str) -> str:
    """The value of the ``unit``-sized period containing ``d``."""
    if unit == "day":
        return d.isoformat()
    if unit == "week":
        return iso_week(d)
    if unit == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if unit == "quarter":
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    if unit == "year":
        return f"{d.year:04d}"
    if unit == "decade":
        return f"{d.year // 10:03d}X"
    if unit == "century":
        return f"{d.year // 100:02d}XX"
    raise ValueError(unit)


def shift(d: dt.date, unit: str, n: int) -> dt.date:
    if unit == "day":
        return d + dt.timedelta(days=n)
    if unit == "week":
        return d + dt.timedelta(weeks=n)
    if unit == "month":
        return add_months(d, n)
    if unit == "quarter":
        return add_months(d, 3 * n)
    if unit == "year":
        return add_months(d, 12 * n)
    if unit == "decade":
        return add_months(d, 120 * n)
    if unit == "century":
        return add_months(d, 1200 * n)
    raise ValueError(unit)


def weekday_near(base: dt.date, weekday: int, direction: int) -> dt.date:
    """The ``weekday`` (ISO) nearest ``base`` in ``direction``.

    -1/+1 include ``base`` itself (a weekday equal to the DCT's is the DCT);
    -2/+2 ("last Friday", "next Friday") exclude it; ``AROUND`` takes the
    nearer of the two sides (the past one on a tie).
    """
    back = (base.isoweekday() - weekday) % 7
    fwd = (weekday - base.isoweekday()) % 7
    if direction == AROUND:
        direction = -1 if back <= fwd else 1
    if direction == -1:
        return base - dt.timedelta(days=back)
    if direction == 1:
        return base + dt.timedelta(days=fwd)
    if direction == -2:
        return base - dt.timedelta(days=back or 7)
    return base + dt.timedelta(days=fwd or 7)


def _suffix_month(suffix: str) -> tuple[int, int, str]:
    """(month, day, unit) of a year-less suffix, for ordering against the anchor."""
    m = re.fullmatch(r"-(\d\d)-(\d\d)", suffix)
    if m:
        return int(m[1]), int(m[2]), "day"
    m = re.fullmatch(r"-(\d\d)", suffix)
    if m:
        return int(m[1]), 0, "month"
    m = re.fullmatch(r"-Q(\d)", suffix)
    if m:
        return 3 * int(m[1]) - 2, 0, "quarter"
    m = re.fullmatch(r"-H(\d)", suffix)
    if m:
        return 6 * int(m[1]) - 5, 0, "half"
    season = {"-SP": 3, "-SU": 6, "-FA": 9, "-WI": 12}.get(suffix)
    if season:
        return season, 0, "season"
    return 6, 0, "year"


def year_for(base: dt.date, suffix: str, direction: int | None) -> int:
    """Which year a year-less month/date/quarter/season falls in, seen from ``base``."""
    month, day, unit = _suffix_month(suffix)
    span = {"day": 0, "month": 0, "quarter": 2, "half": 5, "season": 2}.get(unit, 0)
    if unit == "day":
        target, here = (month, day), (base.month, base.day)
    else:
        target, here = (month, 0), (base.month, 0)
    y = base.year
    if direction == -1:  # most recent, this one included
        if unit in ("quarter", "half", "season"):
            return y if month <= base.month else y - 1
        return y if target <= here else y - 1
    if direction == -2:  # strictly before the current period
        return y if month + span < base.month else y - 1
    if direction == 1:
        if unit in ("quarter", "half", "season"):
            return y if month + span >= base.month else y + 1
        return y if target >= here else y + 1
    if direction == 2:
        return y if month > base.month else y + 1
    if direction == 0:  # "this September": the DCT's year
        return y
    if unit in ("quarter", "half", "season"):
        return y
    # unknown direction: the nearest occurrence
    best, best_gap = y, None
    for cand in (y - 1, y, y + 1):
        try:
            t = dt.date(cand, month, max(day, 1) if unit == "day" else 15)
        except ValueError:
            continue
        gap = abs((t - base).days)
        if best_gap is None or gap < best_gap:
            best, best_gap = cand, gap
    return best


TENSE_OVERRIDE_DAYS = 120  # a past verb with a date up to four months ahead: "extended to Nov. 20"
MONTH_OVERRIDE_DAYS = 60  # a past verb with a whole month ahead: "sales fell in March" (DCT November) is last March
SEASON_OVERRIDE_DAYS = 30  # "lurched from the spring crisis" told on Dec. 31 is this year's spring
FUTURE_OVERRIDE_DAYS = 14  # a future verb with a date more than two weeks back is next year's
DIRECT_PAST_DAYS = 3  # a past verb whose own adverbial the date is ("fell in March"): past, the DCT give or take


def nearest_year(base: dt.date, suffix: str, tense: int | None,
                 value_for: Callable[[int], str | None] | None = None, endpoint: bool = False,
                 adverbial: bool = False, week: bool = False) -> int:
    """The year putting a year-less date/month/season (or holiday) nearest ``base``.

    Tense overrides when that nearest occurrence lies on the wrong side: far
    for past verbs (reporting verbs are past even for coming dates: "extended
    to Nov. 20" in an article of Nov. 2 is this Nov. 20), near for future ones
    ("would take effect Jan. 1" in March is next January).  ``adverbial``: the date is the
    past verb's own time ("exports fell in March"), so only a date just ahead may stay ahead;
    or a "will" verb's own day ("will close on Dec. 30"), so only a day just gone may stay behind.
    ``week``: a week named by its month ("the third week of June") moves like the month.
    """
    value_for = value_for or (lambda y: f"{y:04d}{suffix}")
    options = []
    b = dt.datetime.combine(base, dt.time())
    for y in (base.year - 1, base.year, base.year + 1):
        value = value_for(y)
        _g, s, e = interval_of(value) if value else (None, None, None)
        if s is None or e is None:
            continue
        gap = 0 if s <= b < e else (s - b).days if s > b else -((b - e).days + 1)
        options.append((abs(gap), gap, y))
    if not options:
        return base.year
    options.sort()
    _a, gap, year = options[0]
    day_level = re.fullmatch(r"-\d\d-\d\d", suffix) or not suffix
    limit = TENSE_OVERRIDE_DAYS if (day_level and not week) or endpoint else MONTH_OVERRIDE_DAYS
    if suffix in ("-SP", "-SU", "-FA", "-WI") and not endpoint:
        limit = SEASON_OVERRIDE_DAYS
    if adverbial and not endpoint:
        limit = min(limit, DIRECT_PAST_DAYS)
    if tense == -1 and gap > limit:
        return year - 1
    if tense == 1 and gap < (-DIRECT_PAST_DAYS if adverbial else -FUTURE_OVERRIDE_DAYS):
        return year + 1
    return year


def year_matching_weekday(year: int, suffix: str, weekday: int) -> int:
    """"Friday, Oct. 23" names its year too: the nearest year where Oct. 23 is a Friday."""
    m = re.fullmatch(r"-(\d\d)-(\d\d)", suffix)
    if not m:
        return year
    for y in (year, year - 1, year + 1):
        try:
            if dt.date(y, int(m[1]), int(m[2])).isoweekday() == weekday:
                return y
        except ValueError:
            continue
    return year


def starts_after(year: int, suffix: str, base: dt.date) -> bool:
    month, _day, _unit = _suffix_month(suffix)
    return dt.date(year, month, 1) > base
