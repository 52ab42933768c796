"""Small constructors for ``TimeValue`` used where no temporal expression exists."""

from __future__ import annotations

import datetime as dt
import re

from core.models import Granularity, Timex, TimeValue, TimexType


def day_value(day: dt.date) -> TimeValue:
    """The whole of one calendar day, e.g. an article's publication date."""
    start = dt.datetime(day.year, day.month, day.day)
    return TimeValue(
        value=day.isoformat(), type=TimexType.DATE, granularity=Granularity.DAY,
        start=start, end=start + dt.timedelta(days=1),
    )


# Precisions a person can type a date in; finer or odder ones map onto these.
EDITABLE = (Granularity.YEAR, Granularity.MONTH, Granularity.DAY, Granularity.MINUTE)
_NEAREST = {
    Granularity.MILLENNIUM: Granularity.YEAR, Granularity.CENTURY: Granularity.YEAR,
    Granularity.DECADE: Granularity.YEAR, Granularity.HALF: Granularity.MONTH,
    Granularity.QUARTER: Granularity.MONTH, Granularity.SEASON: Granularity.MONTH,
    Granularity.WEEK: Granularity.DAY, Granularity.PART_OF_DAY: Granularity.MINUTE,
    Granularity.HOUR: Granularity.MINUTE, Granularity.SECOND: Granularity.MINUTE,
}


def editable_granularity(granularity: Granularity) -> Granularity:
    """The precision an editor shows for ``granularity`` (``UNKNOWN`` stays unknown)."""
    return _NEAREST.get(granularity, granularity)


def floor(moment: dt.datetime, granularity: Granularity) -> dt.datetime:
    """The start of the year/month/day/minute that contains ``moment``."""
    if granularity == Granularity.YEAR:
        return dt.datetime(moment.year, 1, 1)
    if granularity == Granularity.MONTH:
        return dt.datetime(moment.year, moment.month, 1)
    if granularity == Granularity.DAY:
        return dt.datetime(moment.year, moment.month, moment.day)
    return moment.replace(second=0, microsecond=0)


def next_unit(moment: dt.datetime, granularity: Granularity) -> dt.datetime:
    """The start of the unit after the one that contains ``moment``."""
    start = floor(moment, granularity)
    if granularity == Granularity.YEAR:
        return start.replace(year=start.year + 1)
    if granularity == Granularity.MONTH:
        return start.replace(year=start.year + start.month // 12, month=start.month % 12 + 1)
    if granularity == Granularity.DAY:
        return start + dt.timedelta(days=1)
    return start + dt.timedelta(minutes=1)


def _iso(moment: dt.datetime, granularity: Granularity) -> str:
    if granularity == Granularity.YEAR:
        return f"{moment.year:04d}"
    if granularity == Granularity.MONTH:
        return f"{moment.year:04d}-{moment.month:02d}"
    if granularity == Granularity.DAY:
        return moment.date().isoformat()
    return moment.strftime("%Y-%m-%dT%H:%M")


def typed_value(granularity: Granularity, first: dt.datetime, last: dt.datetime) -> TimeValue:
    """The time a user typed: from the unit holding ``first`` through the one holding ``last``.

    People name the last day (or month) they mean, inclusively; the model keeps
    half-open intervals, so the end is the start of the following unit.  A
    range across several units gets an ISO 8601 interval value (``2021-03/2021-05``).
    Raises ``ValueError`` when ``last`` comes before ``first``.
    """
    if granularity not in EDITABLE:
        raise ValueError(f"cannot type a date at {granularity.value} precision")
    start, last_unit = floor(first, granularity), floor(last, granularity)
    if last_unit < start:
        raise ValueError("The end comes before the start.")
    value = _iso(start, granularity)
    if last_unit != start:
        value += "/" + _iso(last_unit, granularity)
    kind = TimexType.TIME if granularity == Granularity.MINUTE else TimexType.DATE
    return TimeValue(value=value, type=kind, granularity=granularity, start=start,
                     end=next_unit(last_unit, granularity))


def describe(value: TimeValue) -> str:
    """The interval at the precision it is known, e.g. 'February 2022' or '24 Feb 2022'.

    For people (tooltips, the Markdown chronology); the ISO ``value`` is for machines.
    """
    if not value.placed:
        return value.value
    start, end = value.start, value.end
    last = end - dt.timedelta(microseconds=1)
    g = value.granularity
    if g in (Granularity.YEAR, Granularity.DECADE, Granularity.CENTURY, Granularity.MILLENNIUM):
        text = str(start.year) if last.year == start.year else f"{start.year}–{last.year}"
    elif g in (Granularity.QUARTER, Granularity.SEASON, Granularity.HALF) and _named_period(value.value):
        text = _named_period(value.value)
    elif g in (Granularity.MONTH, Granularity.QUARTER, Granularity.SEASON, Granularity.HALF):
        text = f"{start:%B %Y}" if (last.year, last.month) == (start.year, start.month) \
            else f"{start:%b %Y} – {last:%b %Y}"
    elif g == Granularity.PART_OF_DAY and value.value[-2:] in _PARTS:
        text = f"{day_label(start)}, {_PARTS[value.value[-2:]]}"
    elif g in (Granularity.HOUR, Granularity.MINUTE, Granularity.SECOND, Granularity.PART_OF_DAY):
        text = f"{start.day} {start:%b %Y %H:%M}"
    elif g == Granularity.WEEK and (end - start).days == 7:
        text = f"week of {day_label(start)}"
    else:
        text = day_label(start) if last.date() == start.date() else f"{day_label(start)} – {day_label(last)}"
    if value.mod:
        text = _MODS.get(value.mod, value.mod.lower() + " ") + text
    return text


_PERIOD_NAMES = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter", "Q1": "first quarter",
                 "Q2": "second quarter", "Q3": "third quarter", "Q4": "fourth quarter", "H1": "first half",
                 "H2": "second half"}


def _named_period(value: str) -> str:
    """"2021-SP" → "spring 2021", "1989-Q3" → "third quarter of 1989": how people name them."""
    year, _, code = value.partition("-")
    name = _PERIOD_NAMES.get(code[:2])
    if not (name and year.isdigit() and len(code) == 2):
        return ""
    return f"{name} {year}" if code[0] not in "QH" else f"{name} of {year}"


_MODS = {"MID": "mid-", "APPROX": "about ", "LESS_THAN": "nearly ", "MORE_THAN": "over ", "BEFORE": "before ",
         "AFTER": "after ", "START": "early ", "END": "late "}


_PARTS = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"}


def day_label(d: dt.date) -> str:
    """"30 Dec 2021": a day as the chronology, tooltips and exports write it."""
    return f"{d.day} {d:%b %Y}"


_REFS = {"PRESENT_REF": "the present", "PAST_REF": "some time before", "FUTURE_REF": "some time to come"}


def describe_timex(timex: Timex) -> str:
    """What a temporal expression was read as, for a reader checking it ("30 Dec 2021")."""
    if not timex.resolved:
        return f"needs the article's publication date ({timex.value})"
    if timex.value in _REFS:
        return _REFS[timex.value]
    if timex.type == TimexType.DURATION:
        return f"a length of time ({timex.value})"
    if timex.type == TimexType.SET:
        return f"repeating ({timex.value})"
    every = re.fullmatch(r"XXXX-XX-XXT(\d\d:\d\d)", timex.value)
    if every:
        return f"{every[1]}, each time it repeats"  # "every Thursday at 7 p.m."
    value = timex.time_value()
    return describe(value) if value.placed else timex.value
