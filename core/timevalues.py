"""Small constructors for ``TimeValue`` used where no temporal expression exists."""

from __future__ import annotations

import datetime as dt

from core.models import Granularity, TimeValue, TimexType


def day_value(day: dt.date) -> TimeValue:
    """The whole of one calendar day, e.g. an article's publication date."""
    start = dt.datetime(day.year, day.month, day.day)
    return TimeValue(
        value=day.isoformat(), type=TimexType.DATE, granularity=Granularity.DAY,
        start=start, end=start + dt.timedelta(days=1),
    )
