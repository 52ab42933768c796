"""Resolve specs to TIMEX3 values against the DCT and the text's own reference time.

Walks the candidates in text order, keeping discourse state (``story.StoryState``), of which
the two main pieces are:

* the *reference time*: the last explicit date the text set ("On March 5 ...
  the next day" -> March 6).  Only expressions that say so ("the following
  week", "that day", "two days later") use it; "yesterday" and weekdays stay
  on the DCT, as news style wants.
* the *quarter under discussion*, so that "the year-ago quarter" and "a year
  earlier" in an earnings report become the same quarter one year back.

What the words before an expression say of its clause (a habit, a comparison, something told
in passing) is read in ``clauses``.  Everything is a pure function of ``(text, dct)``: without a DCT the same specs
give X-placeholder values (``XXXX-WXX-2``) marked ``resolved=False``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace
from typing import TypeVar

from core.models import Granularity, Timex, TimexType
from core.timex.clauses import (
    SENTENCE_END, after_since, birth_before, compared, habitual, looks_back, paragraphs_between,
)
from core.timex.granularity import interval_of, narrow
from core.timex.holidays import holiday_date
from core.timex.placing import (
    add_months, format_at, iso_week, nearest_year, shift, starts_after, weekday_near, year_for,
    year_matching_weekday, years_on,
)
from core.timex.spec import Candidate, Spec
from core.timex.story import StoryState
from core.timex.tense import AROUND, TenseOracle

T = TypeVar("T")

_UNIT_RANK = {"day": 0, "week": 1, "weekend": 1, "month": 2, "quarter": 3, "half": 3, "season": 3,
              "year": 4, "decade": 5, "century": 6}
_PLACEHOLDER = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX", "quarter": "XXXX-QX",
                "year": "XXXX", "decade": "XXXX", "century": "XXXX", "weekend": "XXXX-WXX-WE"}
QUARTER_CONTEXT_CHARS = 1500
NEAR_CHARS = 12  # "December 7, 2021, at 3:21 p.m."
SAME_PERIOD_CHARS = 400  # "the same period last year" looks back a sentence or two for its period
STORY_DAY_CHARS = 250  # a bare "in the afternoon" is on the day told of in the sentence or two before
SAME_SENTENCE_CHARS = 150  # a clock later in the sentence of a day is on that day
STORY_CLOCK_CHARS = 400  # a past verb's bare clock a sentence or two after a past day is on that day,
RECENT_REF_DAYS = 92  # a reference ending this close to the article is its own time, not a story's
STORY_CLOCK_DAYS = 31  # when no other day came between; an older day only in its paragraph or the next, never a birth date
_APPOSED = re.compile(r"(?i:,\s+(?:a|which\s+was\s+a|then\s+a)\s+)")


COARSE_REF_CHARS = 300  # "two days later" counts from a month or year named at most a sentence or two before
_COARSE_MONTHS = {"week": 0, "month": 1, "quarter": 3, "season": 3, "half": 6, "year": 12}  # their lengths
_LINK = re.compile(r"(?i:,?\s*(?:and|or|to|through|until|till|-|–)\s*(?:in\s+|on\s+)?)")
_RANGE_LINK = re.compile(r"(?i:\s*(?:to|through|until|till|-|–)\s*(?:in\s+)?)")  # not a list: "Q2 and Q1"
# a range ("Monday to Friday", "Monday-Friday"), not a list ("made Friday and Thursday"), nor a
# spaced dash ("said Monday - Friday's results ..."); "or" only for the next day ("Tuesday or Wednesday")
_WEEKDAY_LINK = re.compile(r"(?i:\s+(?:to|through|until|till|thru)\s+(?:on\s+)?|[-–])")
_WEEKDAY_AND = re.compile(r"(?i:\s+and\s+(?:on\s+)?)")
_WEEKDAY_OR = re.compile(r"(?i:\s+or\s+(?:on\s+)?)")
_ENDPOINT = re.compile(r"(?i:\b(?:to|through|until|till|into)\s+)$")  # "extended through January": an end ahead


# A past verb's own quarter or half that began under a month before the article cannot
# have finished: "revenue rose in the first half", told on Jan. 22, is last year's half.
RECENT_PERIOD = 30


_TO_WEEKEND = {1: -1, 2: -2, 3: -3, 4: 2, 5: 1, 6: 0, 7: 0}  # days from a holiday to its weekend
class Resolver:
    """Turns candidates (in text order) into ``Timex`` objects."""

    def __init__(self, text: str, dct: dt.date | None, oracle: TenseOracle) -> None:
        self.text = text
        self.dct = dct
        self.oracle = oracle
        self.state = StoryState()

    def _ask(self, question: Callable[..., T], *args, default: T) -> T:
        """A question to the tense oracle; a parse that fails only costs the answer."""
        try:
            return question(*args)
        except Exception:
            return default

    def _tense(self, c: Candidate, scheduled: bool = False) -> int | None:
        return self._ask(self.oracle.direction, c.start, c.end, scheduled, default=None)

    def _tense_at(self, pos: int, end: int | None = None) -> int | None:
        return self._ask(self.oracle.direction, pos, end if end is not None else pos + 1, default=None)

    def _adverbial(self, c: Candidate) -> bool:
        return self._ask(self.oracle.adverbial, c.start, c.end, default=False)

    def _own_future(self, c: Candidate) -> bool:
        return self._ask(self.oracle.own_future, c.start, c.end, default=False)

    def _future_day(self, c: Candidate) -> bool:
        """A day (not a month) that a "will" verb happens on: "will close on Dec. 30", told Jan. 3."""
        return bool(re.fullmatch(r"-\d\d-\d\d", c.spec.suffix or "")) and self._ask(
            self.oracle.future_adverbial, c.start, c.end, default=False)

    def _base(self, spec: Spec, unit: str | None, pos: int = 0, end: int | None = None) -> tuple[dt.date | None, bool]:
        """Anchor date, and whether it is the text's reference time rather than the DCT."""
        st = self.state
        if spec.anchor == "near":  # a bare clock time takes the day just named, else the DCT
            if st.ref is not None and st.ref_unit == "day" and 0 <= pos - st.ref_end <= NEAR_CHARS:
                return st.ref, True
            if st.ref is not None and st.ref_unit == "day" and 0 <= pos - st.ref_end <= SAME_SENTENCE_CHARS \
                    and not SENTENCE_END.search(self.text[st.ref_end:pos]) \
                    and not (self.dct is not None and st.ref < self.dct and self._tense_at(pos, end) == 1):
                return st.ref, True  # but not "after a meeting on Monday, ... would begin at 6 a.m."  # "started at 9.30am on Saturday and was contained by 18:45"
            if st.ref is not None and st.ref_unit == "day" and self.dct is not None \
                    and st.ref < self.dct and st.last_day == st.ref and 0 <= pos - st.ref_end <= STORY_CLOCK_CHARS \
                    and ((self.dct - st.ref).days <= STORY_CLOCK_DAYS or paragraphs_between(self.text, st.ref_end, pos) <= 1) \
                    and not birth_before(self.text, st.ref_start) \
                    and self._tense_at(pos, end) == -1:
                return st.ref, True  # "The storm hit late Monday. ... It made landfall at 6:30 p.m."
            return self.dct, False
        if spec.anchor == "story_day":  # "in the afternoon", "on the 5th": the day (month) just told of
            units = ("day",) if spec.part else ("day", "week", "month")  # a part of a day needs a day
            if st.ref is not None and st.ref_unit in units and 0 <= pos - st.ref_end <= STORY_DAY_CHARS:
                ahead = self.dct is not None and st.ref > self.dct
                if ahead == (self._tense_at(pos, end) == 1):  # a past day for a past verb, a coming one for a future
                    return st.ref, True
            return self.dct, False
        if spec.anchor == "ref" and st.ref is not None:
            if unit is None or _UNIT_RANK.get(unit, 0) >= _UNIT_RANK.get(st.ref_unit or "day", 0):
                return st.ref, True
        return self.dct, False

    def _coarser_ref(self, c: Candidate) -> str | None:
        """"In March 2019 she left; two days later she spoke": counted from a reference
        coarser than its unit, the result is known only to the reference's precision, not
        to be read off the DCT.  Only right after that reference (no other expression
        between, no new paragraph, a sentence or two), and counted from the middle of its
        period: "eleven months later" than 2019 is more likely 2020."""
        spec, st = c.spec, self.state
        if spec.anchor != "ref" or st.ref is None or spec.unit is None or st.ref_unit not in _COARSE_MONTHS:
            return None
        ref_end = add_months(st.ref, _COARSE_MONTHS[st.ref_unit]) if _COARSE_MONTHS[st.ref_unit] else st.ref
        if compared(self.text, c.start) and self.dct is not None and (self.dct - ref_end).days <= RECENT_REF_DAYS:
            return None  # "odds of a September cut rose to 60% from 40% a day earlier": the report's day before
        if _UNIT_RANK.get(spec.unit, 0) >= _UNIT_RANK.get(st.ref_unit, 0):
            return None
        between = self.text[st.ref_end:c.start]
        if st.ref_end != st.last_end or len(between) > COARSE_REF_CHARS or "\n" in between:
            return None
        length = _COARSE_MONTHS[st.ref_unit]
        middle = st.ref + (add_months(st.ref, length) - st.ref) / 2 if length else st.ref + dt.timedelta(days=3)
        shown = st.ref_unit if st.ref_unit in ("week", "month", "quarter", "year") else "year"  # a season: its year
        return format_at(shift(middle, spec.unit, spec.n), shown)

    def resolve(self, c: Candidate) -> Timex | None:
        spec = c.spec
        if spec.extra.get("generic_if_present") and self._tense(c) == 0:
            # "The ferry makes six trips a day in summer": every summer, as the present tells a habit
            spec = Spec(TimexType.SET, value="XXXX" + spec.suffix)
            c = replace(c, spec=spec)
        value, anchored = self._value(c)
        if value is None:
            return None
        if spec.extra.get("days_before") and re.fullmatch(r"\d{4}-\d\d-\d\d", value):  # "the week before Christmas"
            value = (dt.date.fromisoformat(value) - dt.timedelta(days=spec.extra["days_before"])).isoformat()
        if spec.extra.get("holiday_weekend") and re.fullmatch(r"\d{4}-\d\d-\d\d", value):
            day = dt.date.fromisoformat(value)  # "the Memorial Day weekend": the weekend nearest the holiday
            value = (day + dt.timedelta(days=_TO_WEEKEND[day.isoweekday()])).isoformat()
        if spec.extra.get("week_of"):  # "the week of Jan. 10", "the weekend of Feb. 5": a week, not a day
            weekend = "-WE" if spec.extra.get("weekend") else ""
            if value.startswith("XXXX"):
                value = "XXXX-WXX" + weekend
            elif re.fullmatch(r"\d{4}-\d\d-\d\d", value):
                value = iso_week(dt.date.fromisoformat(value)) + weekend
        resolved = spec.kind == "abs" or not value.startswith("XXXX")
        if value.endswith("_REF"):
            anchored = True  # "recently" is relative to the DCT even though its value is not
        typ = spec.type
        if typ == TimexType.DURATION or typ == TimexType.SET or value.endswith("_REF"):
            gran, start, end = Granularity.UNKNOWN, None, None
        else:
            gran, start, end = interval_of(value)
            start, end = narrow(start, end, spec.mod)
        if typ == TimexType.DATE and "T" in value and re.search(r"T\d|T(?:MO|AF|EV|NI)", value):
            typ = TimexType.TIME
        timex = Timex(start=c.start, end=c.end, text=self.text[c.start:c.end], type=typ, value=value,
                      granularity=gran, interval_start=start, interval_end=end, mod=spec.mod,
                      anchored=anchored, resolved=resolved)
        self.state.remember(self.text, c, timex, self.dct)
        return timex

    def _value(self, c: Candidate) -> tuple[str | None, bool]:
        spec = c.spec
        if spec.kind == "abs":
            return spec.value, False
        if spec.kind == "offset":
            base, is_ref = self._base(spec, spec.unit, c.start, c.end)
            if spec.extra.get("ref_if_past") and self.state.ref is not None and self._tense(c) == -1:
                base, _ = self._base(spec.with_(anchor="ref"), spec.unit, c.start, c.end)
            coarse = self._coarser_ref(c) if not spec.suffix and not spec.part else None
            if coarse is not None:
                return coarse, True
            part = spec.part or ""
            if base is None:
                if spec.suffix:
                    return "XXXX" + spec.suffix, True
                return _PLACEHOLDER[spec.unit] + part, True
            fmt = spec.extra.get("fmt")
            if spec.unit == "decade" and is_ref and self.state.ref_unit == "year":
                fmt = "year"  # "came in 1979 and bought the store a decade later": 1989, not the 1980s
            elif spec.unit == "week" and c.rule == "ago" and is_ref and self.state.ref_unit == "day" and not spec.suffix:
                fmt = "day"  # "opens on Dec. 10; the sequel follows a week later": Dec. 17
            n = spec.n
            if spec.extra.get("ahead_if_future") and self._own_future(c):
                n += 1  # "will begin overnight"; not "set to open lower after falling overnight"
            elif spec.extra.get("weekend_this") and base.isoweekday() < 6 and self._tense(c) == -1:
                n -= 1  # "the talks took place this weekend", told on a Monday
            elif spec.extra.get("end_gone") and (spec.unit == "year" and base.month == 1 or spec.unit == "month"
                                                 and base.day <= 7) and self._tense(c) == -1:
                n -= 1  # "spending during the year-end holidays", told on Jan. 2: the end just gone
            elif spec.extra.get("new") and base.year % 100 >= 80:
                n += 1  # "will greet the new century", told in 1999
            elif spec.extra.get("ahead_unless_past") and (
                    base.month >= 11 and not (looks_back(self.text, c.start) and self._tense(c) == -1)
                    or base.month > 2 and self._tense(c) != -1):  # but "sales slowed after the new year", told in November
                n += 1  # "hope to finish in the new year", "counted down to the new year"; in January it has come
            d = years_on(base, n) if fmt and spec.unit == "year" else shift(base, spec.unit, n)
            if part == "T24:00" and spec.anchor == "near" and not is_ref and self._tense(c) == -1:
                d -= dt.timedelta(days=1)  # "the fire began at midnight": the one that began the day
            elif is_ref and spec.anchor == "near" and self.state.ref_night and re.fullmatch(r"T0[0-4]:\d\d", part) \
                    and not re.search(r"(?i:\b(?:had|earlier)\b)", re.split(r",|\band\b", self.text[max(0, c.start - 40):c.start])[-1]):
                d += dt.timedelta(days=1)  # "the match on Monday night ended shortly after 12:30 a.m.": Tuesday
            if spec.suffix:
                return f"{d.year:04d}{spec.suffix}", True
            return format_at(d, fmt or spec.unit) + part, True  # "a year ago today": a day
        if spec.kind == "weekday":
            base, is_ref = self._base(spec, "day")
            weekend = spec.unit == "weekend"
            if base is None:
                return ("XXXX-WXX-WE" if weekend else f"XXXX-WXX-{spec.weekday}") + (spec.part or ""), True
            direction = spec.direction
            follows = self._linked_weekday(c)
            st = self.state
            if spec.extra.get("story") and is_ref and st.ref_unit == "day":
                d = weekday_near(base, spec.weekday, AROUND)  # "That Sunday": the one of the story's week
                st.last_wd = (c.end, d)
                return d.isoformat() + (spec.part or ""), True
            if spec.extra.get("story"):
                base = self.dct  # no day told of: as a bare weekday
            if st.ref is not None and st.ref_unit == "day" and not weekend and st.ref.isoweekday() == spec.weekday \
                    and _APPOSED.fullmatch(self.text[st.ref_end:c.start]):
                d = st.ref  # "On Aug. 14, 1961, a Monday": the day just named
            elif follows is not None:  # "late Tuesday or early Wednesday", "Monday through Friday"
                d = follows + dt.timedelta(days=(spec.weekday - follows.isoweekday()) % 7 or 7)
            else:
                if direction is None:
                    tense = self._tense(c, scheduled=True)
                    direction = tense if tense in (1, AROUND) else -1
                d = weekday_near(base, spec.weekday, direction)
            d += dt.timedelta(weeks=spec.extra.get("weeks_after", 0))  # "Tuesday week"
            if weekend and direction == -2 and base.isoweekday() >= 6 and iso_week(d) == iso_week(base):
                d -= dt.timedelta(weeks=1)  # "last weekend", told on a Sunday: not the one under way
            self.state.last_wd = (c.end, d)
            if weekend:
                return iso_week(d) + "-WE", True
            return d.isoformat() + (spec.part or ""), True
        if spec.kind == "yearless":
            base, is_ref = self._base(spec, "year")
            if base is None or spec.direction is None and self._habitual(c):
                return "XXXX" + spec.suffix + (spec.part or ""), True  # "the wet season typically runs from November"
            direction = spec.direction
            if is_ref and self.state.ref_unit == "year" and direction in (-2, 0, 2):
                # "The war ended in 1945. The following spring ...": the year after, whatever the season
                return f"{base.year + direction // 2:04d}{spec.suffix}" + (spec.part or ""), True
            linked = self._linked_year(c)
            if linked is not None:
                year = linked
            elif direction is None and not is_ref and after_since(self.text, c.start):
                year = year_for(base, spec.suffix, -1)  # "has risen since July 1", told in March: last July
            elif direction is None and not re.fullmatch(r"-[QH]\d", spec.suffix):
                tense = self._tense(c)
                endpoint = bool(_ENDPOINT.search(self.text[max(0, c.start - 10):c.start]))
                adverbial = tense == -1 and self._adverbial(c) or tense == 1 and self._future_day(c)
                year = nearest_year(base, spec.suffix, tense, endpoint=endpoint, adverbial=adverbial,
                                    week=bool(spec.extra.get("week_of")))  # "the third week of June": a month's span
            else:
                year = year_for(base, spec.suffix, direction)
                if direction is None and self._tense(c) == -1 and (
                        starts_after(year, spec.suffix, base) or RECENT_PERIOD and self._adverbial(c)
                        and starts_after(year, spec.suffix, base - dt.timedelta(days=RECENT_PERIOD))):
                    year -= 1  # "profit fell in the third quarter" told in March: last year's
                elif direction == 0 and self._over_by(f"{year:04d}{spec.suffix}", base) and self._tense(c) == 1:
                    year += 1  # "will tour this summer", told in December: the summer to come
                elif direction == 0 and spec.anchor == "ref" and not is_ref and starts_after(year, spec.suffix, base) \
                        and self._tense(c) == -1:
                    year -= 1  # "troops returned home that summer", told in March: the last one
            if spec.weekday:
                year = year_matching_weekday(year, spec.suffix, spec.weekday)
            return f"{year:04d}{spec.suffix}" + (spec.part or ""), True
        if spec.kind == "holiday":
            value, anchored = self._holiday(c)
            if value is not None and spec.part and re.fullmatch(r"\d{4}-\d\d-\d\d", value):
                value += spec.part  # "7 a.m. on Election Day"
            return value, anchored
        if spec.kind == "day_of_month":
            return self._day_of_month(c)
        if spec.kind == "same_period":
            return self._same_period(c)
        if spec.kind == "quarter_ctx":
            return self._quarter_ctx(c)
        return None, False

    def _linked_weekday(self, c: Candidate) -> dt.date | None:
        """The weekday just named when this one is joined to it ("Monday to Wednesday"):
        the second is the first such day after it."""
        last = self.state.last_wd
        if last is None or c.spec.direction is not None or c.spec.unit == "weekend":
            return None
        end, day = last
        between = self.text[end:c.start]
        if _WEEKDAY_LINK.fullmatch(between):
            return day
        next_day = c.spec.weekday == day.isoweekday() % 7 + 1
        if _WEEKDAY_OR.fullmatch(between) and next_day:
            return day
        if _WEEKDAY_AND.fullmatch(between) and next_day and day == self.dct and self._tense(c) != -1:
            return day  # "schools close on Thursday and Friday", told on the Thursday: today and tomorrow
        return None

    def _linked_year(self, c: Candidate) -> int | None:
        """"in March and April", "from January to November", "from Q1 to Q3": the second
        month (or quarter) follows the first."""
        last = self.state.last_md
        m = re.fullmatch(r"-(\d\d)(?:-(\d\d))?", c.spec.suffix or "")
        q = re.fullmatch(r"-Q([1-4])", c.spec.suffix or "")
        if last is None or not (m or q) or c.spec.direction is not None:
            return None
        end, year, month, day = last
        quarters = bool(q) or self.state.last_md_quarter
        link = _RANGE_LINK if quarters else _LINK  # "the second quarter and the first quarter" is a list
        here = (int(m[1]), int(m[2] or 0)) if m else (3 * int(q[1]), 0)  # a quarter by its last month
        if not link.fullmatch(self.text[end:c.start]):
            between = self.text[end:c.start]
            if m and day and m[2] and self.dct is not None and (year, month, day) > (self.dct.year, self.dct.month, self.dct.day) \
                    and len(between) <= SAME_SENTENCE_CHARS and not SENTENCE_END.search(between) \
                    and re.search(r"(?i:\band\b)", between) and self._tense(c) != -1:
                # "the tour opens March 12 in Seattle and wraps up June 27": a coming date's sequel follows it
                return year if here >= (month, day) else year + 1
            return None
        return year if here >= (month, day) else year + 1

    @staticmethod
    def _over_by(value: str, base: dt.date) -> bool:
        _g, _start, end = interval_of(value)
        return end is not None and end.date() <= base

    def _holiday(self, c: Candidate) -> tuple[str | None, bool]:
        spec = c.spec
        base, _ = self._base(spec, "year")
        if base is None:
            d = holiday_date(spec.suffix, 2000)  # a leap year: any fixed date exists
            fixed = d is not None and holiday_date(spec.suffix, 2001).strftime("%m-%d") == d.strftime("%m-%d")
            return (f"XXXX-{d:%m-%d}" if fixed else "XXXX-XX-XX"), True

        def value_for(y: int) -> str | None:
            d = holiday_date(spec.suffix, y)
            return d.isoformat() if d else None

        if spec.direction is not None:  # "last Christmas", "next Inauguration Day" (every fourth year)
            today = base.isoformat()
            years = [base.year + k for k in range(-4, 5)]
            if spec.direction == -2:
                past = [v for v in map(value_for, years) if v is not None and v < today]
                return (past[-1] if past else None), True
            if spec.direction == 2:
                ahead = [v for v in map(value_for, years) if v is not None and v > today]
                return (ahead[0] if ahead else None), True
            return value_for(base.year), True  # "this Christmas"
        tense = self._tense(c)
        adverbial = tense == -1 and self._adverbial(c)  # "met on Independence Day", told in March
        year = nearest_year(base, "", tense, value_for, adverbial=adverbial)
        step = -1 if tense == -1 else 1
        for _ in range(4):  # a holiday of some years only (Inauguration Day): the nearest one that was
            if value_for(year) is not None:
                return value_for(year), True
            year += step
        return None, False

    def _same_period(self, c: Candidate) -> tuple[str | None, bool]:
        """"the same period last year": the period last told of, its year moved back;
        "the same quarter a year earlier" wants a quarter, "the same month" a month."""
        st, unit = self.state, c.spec.extra.get("unit")
        period = st.period if st.period is not None and c.start - st.period_pos <= SAME_PERIOD_CHARS else None
        if period is not None and self.dct is not None and int(period[:4]) < self.dct.year - 1:
            period = None  # "founded in 2015. Sales rose from the same period last year": no reporting period
        wanted = {"quarter": r"-Q\d", "month": r"-\d\d"}.get(unit)
        year = c.spec.extra.get("year")  # "the same month of 1997"
        if period is not None and (wanted is None or re.fullmatch(r"\d{4}" + wanted, period)):
            return f"{year or int(period[:4]) + c.spec.n:04d}{period[4:]}", True
        if year is not None:
            return f"{year:04d}", False
        if self.dct is None:
            return "XXXX", True
        return format_at(years_on(self.dct, c.spec.n), unit if unit in ("quarter", "month") else "year"), True

    def _habitual(self, c: Candidate) -> bool:
        """A present tense with "typically", "usually"... in the clause: any year's, not one."""
        return habitual(self.text, c.start) and self._tense(c) in (0, 1, AROUND)  # "usually ... until late February"

    def _period_in_sentence(self, c: Candidate) -> str | None:
        """The period (a half, quarter, season or month; a year told relatively) that this
        sentence first reports on: what "rose in June from a year earlier" compares with, rather
        than a quarter of a sentence before.  One told in passing counts only in the comparison's
        own clause ("While exports rose in March from a year earlier, ...").  Only for a comparison:
        "resigned a year ago" is the DCT's, "returned a year later" the last year told of; "the
        year-ago quarter" wants a quarter."""
        if not compared(self.text, c.start):
            return None
        quarter = "quarter" in self.text[c.start:c.end].lower()
        for value, _start, end, aside in self.state.sent_periods:
            between = self.text[end:c.start]
            if not 0 <= c.start - end <= SAME_PERIOD_CHARS or SENTENCE_END.search(between):
                continue
            if aside and "," in between or quarter and not re.search(r"-Q\d$", value):
                continue
            return value
        return None

    def _day_of_month(self, c: Candidate) -> tuple[str | None, bool]:
        """"on the 5th": that day of the month just told of, else of the DCT's month, a month
        back for a past verb whose day is still ahead (a month on for a future one)."""
        day = c.spec.n
        base, is_ref = self._base(c.spec, "month", c.start, c.end)
        if base is None:
            return f"XXXX-XX-{day:02d}", True
        step = 0
        tense = self._tense(c)
        if is_ref and self.state.ref_unit == "day" and day < base.day:
            step = 1  # "began on Feb. 27 and ended on the 2nd": the month after
            if tense == -1 and self.dct is not None and add_months(base, 1).replace(day=min(day, 28)) > self.dct:
                step = 0  # but a past verb's day cannot come after the article: "began on March 12, ended on the 2nd"
        elif not is_ref:
            if tense == -1 and day > base.day:
                step = -1
            elif tense == 1 and day < base.day:
                step = 1
        months = step
        for _ in range(3):  # "returned on the 31st", told on March 20: Jan. 31, as February has none
            try:
                return add_months(base, months).replace(day=day).isoformat(), True
            except ValueError:
                months += step or 1
        return None, False

    def _quarter_ctx(self, c: Candidate) -> tuple[str | None, bool]:
        spec = c.spec
        st = self.state
        recent = st.quarter is not None and c.start - st.quarter_pos <= QUARTER_CONTEXT_CHARS
        if spec.unit == "year":  # "a year ago", "the year-earlier quarter", "a year later"
            suffix = spec.extra.get("suffix")  # "the year-earlier fourth quarter"
            told = self._period_in_sentence(c)
            if told is not None and not suffix:  # "rose in June from a year earlier": June's year before
                return f"{int(told[:4]) + spec.n:04d}{told[4:]}", True
            if recent:
                y, q = st.quarter
                return f"{y + spec.n:04d}{suffix or f'-Q{q}'}", True
            base, _ = self._base(spec, "year")
            if base is None:
                return "XXXX" + (suffix or ""), True
            if suffix:  # the latest such quarter begun by then, a year back: the one just reported is compared
                return f"{year_for(base, suffix, -1) + spec.n:04d}{suffix}", True
            return f"{base.year + spec.n:04d}", True
        # "the quarter", "the latest quarter", "last quarter"
        if spec.extra.get("ctx_first") and recent:
            y, q = st.quarter
            return f"{spec.extra.get('year', y):04d}-Q{q}", True
        if spec.extra.get("ctx_only"):
            return None, False
        if self.dct is None:
            return "XXXX-QX", True
        return format_at(shift(self.dct, "quarter", spec.n), "quarter"), True
