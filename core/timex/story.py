"""What a text has told so far, as the resolver reads it expression by expression.

"two days later" counts from the last date told, "the same period last year" means the period
just reported on, "Monday to Wednesday" goes on from the weekday before it: this is the memory
those readings need, and what each resolved expression adds to it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from core.models import Granularity, Timex, TimexType
from core.timex.clauses import SENTENCE_END, after_since, an_endpoint, in_passing
from core.timex.spec import Candidate

GRAN_UNIT = {Granularity.DAY: "day", Granularity.PART_OF_DAY: "day", Granularity.MINUTE: "day",
             Granularity.SECOND: "day", Granularity.HOUR: "day", Granularity.WEEK: "week",
             Granularity.MONTH: "month", Granularity.QUARTER: "quarter", Granularity.HALF: "half",
             Granularity.SEASON: "season", Granularity.YEAR: "year"}


_ENDED_IN = re.compile(r"(?i:\b(?:ended|ending|ends|closed|through|to)\s+(?:in\s+|on\s+)?)$")


def _month_inside(value: str, period: str | None) -> bool:
    """"2024-06" lies in "2024-Q2" (or "2024-H1"): a month that only says when the quarter ended."""
    m = re.fullmatch(r"(\d{4})-(\d\d)", value)
    p = re.fullmatch(r"(\d{4})-([QH])(\d)", period or "")
    if not m or not p or m[1] != p[1]:
        return False
    size = 3 if p[2] == "Q" else 6
    return (int(p[3]) - 1) * size < int(m[2]) <= int(p[3]) * size


@dataclass
class StoryState:
    """What the text has told so far: the reference time relative expressions count from, the
    periods a comparison may mean, the last month or weekday a range goes on from."""

    ref: dt.date | None = None
    ref_unit: str | None = None
    ref_end: int = -10**9  # where the reference time was set, for "at 3 p.m." right after a date
    quarter: tuple[int, int] | None = None
    quarter_pos: int = -10**9
    last_md: tuple[int, int, int, int] | None = None  # (end, year, month, day) of the last month/date resolved
    last_wd: tuple[int, dt.date] | None = None  # (end, day) of the last weekday resolved
    last_end: int = -10**9  # where the last expression ended, whatever it was
    last_day: dt.date | None = None  # the day of the last expression that named one, whatever set it
    ref_start: int = -10**9
    last_md_quarter: bool = False  # last_md is a quarter's: only a range ("to", "through") follows on from it
    period: str | None = None  # the last period told of by a value ("2024-Q3", "2024-H1", "2024-02", "2023")
    period_pos: int = -10**9
    period_end: int = -10**9
    # the periods the current sentence has told of: (value, start, end, told in passing)
    sent_periods: list[tuple[str, int, int, bool]] = field(default_factory=list)
    period_quarter: bool = False
    ref_night: bool = False  # the reference day was told as its evening or night ("Monday night")

    def remember(self, text: str, c: Candidate, t: Timex, dct: dt.date | None = None) -> None:
        """Take in one resolved expression."""
        st = self
        st.last_end = c.end
        if t.type in (TimexType.DATE, TimexType.TIME) and re.match(r"\d{4}-\d\d-\d\d", t.value):
            st.last_day = dt.date.fromisoformat(t.value[:10])
        named = c.rule in ("month", "month_day", "day_month", "month_year")  # a month was named, not a weekday
        md = re.match(r"(\d{4})-(\d\d)(?:-(\d\d))?(?![\d-])", t.value) if named else None
        st.last_md = (c.end, int(md[1]), int(md[2]), int(md[3] or 0)) if md else None
        m = re.fullmatch(r"(\d{4})-Q(\d)", t.value)
        st.last_md_quarter = bool(m) and c.rule in ("quarter", "quarter_abbr")
        if st.last_md_quarter:  # "from Q1 to Q3", "from Q3 to December": counted from the quarter's first month
            st.last_md = (c.end, int(m[1]), 3 * int(m[2]) - 2, 0)
        if c.rule == "week_of_month" and t.interval_start is not None:  # "the last week of April 2021 and ... May"
            thursday = t.interval_start.date() + dt.timedelta(days=3)
            st.last_md = (c.end, thursday.year, thursday.month, 0)
        if m and c.spec.kind not in ("quarter_ctx", "same_period"):
            st.quarter, st.quarter_pos = (int(m[1]), int(m[2])), c.start
        elif m:
            st.quarter_pos = c.start
        if re.fullmatch(r"\d{4}(?:-(?:Q[1-4]|H[12]|\d\d|SP|SU|FA|WI))?", t.value) and c.spec.kind != "same_period" \
                and not (st.period_quarter and _month_inside(t.value, st.period)
                         and _ENDED_IN.search(text[st.period_pos:c.start])
                         and not SENTENCE_END.search(text[st.period_pos:c.start])):
            # what "the same period last year" means; "the second quarter, which ended in June" is still the quarter
            st.period, st.period_pos, st.period_end = t.value, c.start, c.end
            if st.sent_periods and SENTENCE_END.search(text[st.sent_periods[-1][2]:c.start]):
                st.sent_periods = []
            bare_year = c.spec.kind == "abs" and bool(re.fullmatch(r"\d{4}", t.value))
            st.sent_periods.append((t.value, c.start, c.end, in_passing(text, c.start, bare_year)))
            st.period_quarter = bool(re.fullmatch(r"\d{4}-[QH]\d", t.value))
        sets_ref = (c.spec.explicit or c.spec.kind in ("weekday", "yearless", "holiday")) \
            and not after_since(text, c.start) \
            and not (re.fullmatch(r"\d{4}", t.value) and dct is not None and int(t.value) > dct.year
                     and an_endpoint(text, c.start))  # "demand through 2030", a bound ahead; not "served until 2015"
        # "the seventh cut since May 1996": a starting point, not where the story has moved
        if sets_ref and t.interval_start is not None and t.resolved and t.type in (TimexType.DATE, TimexType.TIME):
            unit = GRAN_UNIT.get(t.granularity)
            if unit:
                st.ref, st.ref_unit, st.ref_end, st.ref_start = t.interval_start.date(), unit, c.end, c.start
                st.ref_night = t.value.endswith(("TNI", "TEV"))
