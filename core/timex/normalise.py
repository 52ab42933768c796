"""Shared helpers for the rule handlers: numbers, units, modifiers, duration values.

A handler (``handlers_dates``, ``handlers_relative``, ``handlers_amounts``)
sees one regex match and the whole text (for a look at the words around it)
and returns candidates carrying a ``Spec`` (meaning before anchoring), or
``[]`` to reject the match: that is where ages, modal "may", "a second
attempt" and such are filtered out.  Nothing here knows the DCT.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable

from core.timex import patterns as P
from core.timex.spec import Candidate, Spec

Handler = Callable[[re.Match[str], str], list[Candidate]]

DIR_WORDS = {
    "last": -1, "past": -1, "previous": -1, "prior": -1, "this past": -1,
    "next": 1, "coming": 1, "following": 1, "upcoming": 1, "this coming": 1,
    "this": 0, "current": 0, "same": 0, "that": 0,
}
_UNIT_CODES = {
    "second": ("T", "S"), "minute": ("T", "M"), "hour": ("T", "H"), "day": ("", "D"),
    "week": ("", "W"), "month": ("", "M"), "year": ("", "Y"), "decade": ("", "E"),
    "century": ("", "C"), "millennium": ("", "L"), "quarter": ("", "Q"),
}


def clean(s: str) -> str:
    return re.sub(r"\s+", " ", s.strip().lower())


def month_num(s: str) -> int:
    return P.MONTHS[s.lower().rstrip(".")]


def weekday_num(s: str) -> int:
    """"Tuesday" or, before a date, "Tue." -> 2."""
    low = s.lower().rstrip(".").replace("weds", "wed")
    if low in P.WEEKDAYS:
        return P.WEEKDAYS[low]
    return next(n for name, n in P.WEEKDAYS.items() if name.startswith(low))


def parse_num(s: str) -> float | None:
    """"twenty four" -> 24, "a couple of" -> 2, "several" -> None (fuzzy)."""
    s = clean(s).replace("-", " ")
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", s):  # "1,500 hours"
        s = s.replace(",", "")
    half = re.fullmatch(r"(\d+)\s*(?:1/2|½)", s)
    if half:
        return int(half.group(1)) + 0.5
    if s in P.NUMBER_WORDS:
        return P.NUMBER_WORDS[s]
    if s in P.FUZZY_NUMBERS or s.replace(" of", "") in P.FUZZY_NUMBERS:
        return None
    try:
        return float(s) if "." in s else int(s)
    except ValueError:
        pass
    total = 0
    for word in s.split():
        if word == "hundred":
            total = max(total, 1) * 100
        elif word in P.NUMBER_WORDS:
            total += P.NUMBER_WORDS[word]
        else:
            return None
    return total or None


def unit_of(s: str) -> str:
    s = clean(s)
    if s in ("centuries",):
        return "century"
    if s == "millennia":
        return "millennium"
    s = s[:-1] if s.endswith("s") and s[:-1] in P.UNITS else s
    return P.UNITS.get(s, s)


def duration_value(n: float | None, unit: str) -> str:
    """``P2W``, ``PT50M``, ``PXY``; quarters count as three months, fractions step down a unit."""
    if unit == "night":
        unit = "day"
    if unit == "fortnight":
        unit, n = "week", (None if n is None else n * 2)
    if n is None:
        t, code = _UNIT_CODES.get(unit, ("", "X"))
        return f"P{t}X{code}"
    if unit == "quarter":
        unit, n = "month", n * 3
    elif unit == "decade":
        unit, n = "year", n * 10
    elif unit == "century":
        unit, n = "year", n * 100
    elif unit == "millennium":
        unit, n = "year", n * 1000
    if unit == "week" and n != int(n):
        unit, n = "day", round(n * 7)  # ISO 8601 does not mix weeks with other units
    t, code = _UNIT_CODES.get(unit, ("", "X"))
    if n != int(n):  # "2 1/2 years" -> P2Y6M, "a minute and a half" -> PT1M30S
        step = {"year": ("month", 12), "month": ("day", 30), "week": ("day", 7), "day": ("hour", 24),
                "hour": ("minute", 60), "minute": ("second", 60)}.get(unit)
        if step:
            whole, rest = int(n), round((n - int(n)) * step[1])
            t2, code2 = _UNIT_CODES[step[0]]
            head = f"{whole}{code}" if whole else ""
            if t and not head:
                return f"PT{rest}{code2}"
            if t:
                return f"PT{head}{rest}{code2}"
            return f"P{head}{'T' if t2 and not t else ''}{rest}{code2}"
    return f"P{t}{int(round(n))}{code}"


def mod_of(s: str | None) -> str | None:
    if not s:
        return None
    key = clean(s).rstrip("- ")
    key = re.sub(r"\s+the$", "", key)
    return P.MODS.get(key) or P.MODS.get(key + "-")


def cand(m: re.Match[str], spec: Spec, start: int | None = None, end: int | None = None) -> Candidate:
    return Candidate(m.start() if start is None else start, m.end() if end is None else end,
                     spec, m.end() - m.start())


def valid_day(month: int, day: int, year: int | None) -> bool:
    return 1 <= day <= calendar.monthrange(year or 2000, month)[1]


def day_int(s: str) -> int:
    return int(re.match(r"\d+", s).group())


