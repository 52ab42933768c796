"""Join neighbouring candidates that TimeML reads as one expression.

The rules in ``patterns`` each see one expression; a few phrases are built
from two: "two hours and 10 minutes" is one duration (``PT2H10M``), "the week
of Jan. 10" (or "Easter week") is the week holding that day, not the day, and
"the weekend of Feb. 5" that week's weekend.  This pass runs on the chosen,
non-overlapping candidates, so every rule stays simple.
"""

from __future__ import annotations

import re
from dataclasses import replace

from core.models import TimexType
from core.timex.spec import Candidate, Spec

_AND = re.compile(r"(?i:,?\s+and\s+|,\s+)")
_WEEK_OF = re.compile(r"(?i:\b(?:the\s+)?week\s+(?:of|ending|ended)\s+)$")  # "the week ending January 12"
_OF = re.compile(r"\s+of\s+")
_WEEK_AFTER = re.compile(r"\s+week(?P<end>end)?\b")  # "Easter week", "the Easter weekend"
_DURATION = re.compile(r"P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?")
_FIELDS = ("Y", "M", "W", "D", "H", "TM", "S")  # largest first; TM is minutes
_UNIT_BEFORE = re.compile(r"(?i:the\s+(day|week)\s+before)")
_SAME = re.compile(r"(?i:the\s+same\s+(period|quarter|month))")
_SAME_OF = re.compile(r"\s+(?:of\s+)?")  # not "in": a preposition stays between two expressions
_YEAR_BACK = re.compile(r"(?i:last\s+year|a\s+year\s+(?:earlier|ago|before)|the\s+(?:previous|prior)\s+year|the\s+year\s+before)")
_NEXT = {0: 1, 1: 3, 3: 4, 4: 5, 5: 6}  # the unit right below, weeks left out: years, months, days...


def _parts(value: str | None) -> list[int | None] | None:
    m = _DURATION.fullmatch(value or "")
    if not m or value in ("P", "PT"):
        return None
    return [int(g) if g else None for g in m.groups()]


def _joined(first: str, second: str) -> str | None:
    """``PT2H`` + ``PT10M`` -> ``PT2H10M`` when every unit of the second is smaller."""
    a, b = _parts(first), _parts(second)
    if a is None or b is None:
        return None
    last_a = max(i for i, v in enumerate(a) if v is not None)
    first_b = min(i for i, v in enumerate(b) if v is not None)
    if a[2] is not None or b[2] is not None:
        return None  # ISO 8601 keeps weeks alone
    if first_b != _NEXT.get(last_a):
        return None  # "two days and two days"; "2 1/2 years, a minute and a half" is a list
    both = [x if x is not None else y for x, y in zip(a, b)]
    date = "".join(f"{v}{u}" for v, u in zip(both[:4], _FIELDS[:4]) if v is not None)
    time = "".join(f"{v}{u[-1]}" for v, u in zip(both[4:], _FIELDS[4:]) if v is not None)
    return "P" + date + (f"T{time}" if time else "")


def compose(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Candidates in text order, with composite durations and "the week of" dates joined."""
    out: list[Candidate] = []
    for c in cands:
        c = _holiday_week(text, c)
        prev = out[-1] if out else None
        joined = _join(text, prev, c) if prev is not None else None
        if joined is not None:
            out[-1] = joined
            continue
        c, swallowed = _week_of(text, c, prev)
        if swallowed:
            out.pop()  # "the week" read alone before "ending January 12"
        out.append(_part_of_day_of(text, c))
    return _habitual_clocks(text, out)


def _is_day(c: Candidate) -> bool:
    return c.spec.type == TimexType.DATE and c.spec.kind in ("abs", "yearless") and c.spec.explicit \
        and bool(re.search(r"-\d\d-\d\d$", c.spec.value or c.spec.suffix or ""))


def _holiday_week(text: str, c: Candidate) -> Candidate:
    """"Easter week"; "the Memorial Day weekend", the weekend nearest the holiday."""
    after = _WEEK_AFTER.match(text, c.end) if c.spec.kind == "holiday" else None
    if not after:
        return c
    spec = _as_week(c)
    if after["end"]:
        spec = spec.with_extra(weekend=True, holiday_weekend=True)
    the = re.search(r"(?i:\bthe\s+)$", text[max(0, c.start - 4):c.start])  # "the New Year weekend"
    return replace(c, start=c.start - len(the.group()) if the else c.start, end=after.end(), spec=spec)


def _durations(text: str, prev: Candidate, c: Candidate) -> Candidate | None:
    """"two hours and 10 minutes" is ``PT2H10M``."""
    if not (_is_duration(prev) and _is_duration(c) and _AND.fullmatch(text[prev.end:c.start])):
        return None
    value = _joined(prev.spec.value or "", c.spec.value or "")
    return replace(prev, end=c.end, spec=prev.spec.with_(value=value)) if value is not None else None


def _weekend_of(text: str, prev: Candidate, c: Candidate) -> Candidate | None:
    """"the weekend of Feb. 5"."""
    if _is_day(c) and prev.rule == "the_weekend" and _OF.fullmatch(text[prev.end:c.start]):
        return replace(c, start=prev.start, spec=c.spec.with_extra(week_of=True, weekend=True))
    return None


def _unit_before_day(text: str, prev: Candidate, c: Candidate) -> Candidate | None:
    """"the day before Jan. 6"; "the week before Christmas", the seven days before it."""
    before = _UNIT_BEFORE.fullmatch(text[prev.start:prev.end]) if prev.rule == "unit_before" else None
    if not before or not (_is_day(c) or c.spec.kind == "holiday") or not text[prev.end:c.start].isspace():
        return None
    week = before[1].lower() == "week"
    return replace(c, start=prev.start, spec=c.spec.with_extra(days_before=4 if week else 1, week_of=week))


def _overnight_on(text: str, prev: Candidate, c: Candidate) -> Candidate | None:
    """"shut overnight on Sunday", "will stay overnight Tuesday": that day's night."""
    if prev.rule == "overnight" and c.spec.kind == "weekday" and not c.spec.part and c.spec.unit != "weekend" \
            and _ON_OR_SPACE.fullmatch(text[prev.end:c.start]):
        return replace(c, start=prev.start, spec=c.spec.with_(type=TimexType.TIME, part="TNI"))
    return None


def _same_period_back(text: str, prev: Candidate, c: Candidate) -> Candidate | None:
    """"the same period last year", "the same period of last year", "the same month of 1997"."""
    same = _SAME.fullmatch(text[prev.start:prev.end])
    if not same or not _SAME_OF.fullmatch(text[prev.end:c.start]):
        return None
    if _YEAR_BACK.fullmatch(text[c.start:c.end]):
        return replace(prev, end=c.end, spec=_a_year_back(same[1].lower()))
    if c.spec.kind == "abs" and re.fullmatch(r"\d{4}", c.spec.value or ""):
        return replace(prev, end=c.end, spec=_a_year_back(same[1].lower()).with_extra(year=int(c.spec.value)))
    return None


def _clock_on_day(text: str, prev: Candidate, c: Candidate) -> Candidate | None:
    """"at 6:30 p.m. next Tuesday", "7 a.m. on Election Day", "by 8 p.m. that night": the clock on that
    day ("7 a.m. Tuesday" the clock rule reads whole)."""
    if not (prev.rule == "clock" and prev.spec.kind == "offset" and prev.spec.anchor == "near" and prev.spec.part
            and _ON_OR_SPACE.fullmatch(text[prev.end:c.start])):
        return None
    that_night = c.rule == "deictic" and c.spec.kind == "offset" and c.spec.unit == "day" and c.spec.anchor == "ref"
    day = (c.spec.kind in ("weekday", "holiday") and c.spec.unit != "weekend" and not c.spec.part) or that_night
    if not day or c.spec.extra.get("week_of"):
        return None
    return replace(c, start=prev.start, spec=c.spec.with_(type=TimexType.TIME, part=prev.spec.part, mod=prev.spec.mod))


_JOINERS = (_durations, _weekend_of, _unit_before_day, _overnight_on, _same_period_back, _clock_on_day)


def _join(text: str, prev: Candidate, c: Candidate) -> Candidate | None:
    """The one expression ``prev`` and ``c`` make together, if any rule says they do."""
    for join in _JOINERS:
        joined = join(text, prev, c)
        if joined is not None:
            return joined
    return None


_PART_OF = re.compile(r"(?i:\bthe\s+(morning|afternoon|evening)\s+of\s+)$")  # not "the night of": TimeBank
# and AQUAINT leave it outside ("on the night of Friday, Oct. 23")
_PART_CODE = {"morning": "TMO", "afternoon": "TAF", "evening": "TEV"}


def _part_of_day_of(text: str, c: Candidate) -> Candidate:
    """"on the evening of Aug. 18": that day's evening, a TIME."""
    m = _PART_OF.search(text[max(0, c.start - 24):c.start]) if (_is_day(c) or c.spec.kind == "weekday") \
        and not c.spec.part and c.spec.unit != "weekend" and not c.spec.extra.get("week_of") else None
    if not m:
        return c
    part = _PART_CODE[m[1].lower()]
    if c.spec.kind == "abs":  # "the morning of Sept. 11, 2001"
        return replace(c, start=c.start - len(m.group()), spec=c.spec.with_(type=TimexType.TIME, value=c.spec.value + part))
    return replace(c, start=c.start - len(m.group()), spec=c.spec.with_(type=TimexType.TIME, part=part))


def _week_of(text: str, c: Candidate, prev: Candidate | None) -> tuple[Candidate, bool]:
    """"the week of Jan. 10", "the week ending January 12" (the seven days up to it); whether
    the candidate before, "the week" alone, is now part of it."""
    m = _WEEK_OF.search(text[max(0, c.start - 16):c.start]) if _is_day(c) or c.spec.kind == "holiday" else None
    if not m:
        return c, False
    spec = _as_week(c)
    if "end" in m.group().lower():
        spec = spec.with_extra(days_before=3)
    c = replace(c, start=c.start - len(m.group()), spec=spec)
    return c, prev is not None and prev.end > c.start


_ON_OR_SPACE = re.compile(r"\s+(?:on\s+)?")
_CLOCK_RANGE = re.compile(r"(?i:\s*(?:to|until|till|-|–)\s*)")
_NEXT_TO = re.compile(r"\s+(?:at\s+|from\s+)?")


def _habitual_clocks(text: str, cands: list[Candidate]) -> list[Candidate]:
    """"every Thursday at 7 p.m.", "airs nightly at 11:35 p.m.", "at 4 a.m. every day": a clock
    beside a set is the time of every one, not of a day (``XXXX-XX-XXT19:00``)."""
    out = list(cands)
    habitual = False
    for k, c in enumerate(out):
        bare = c.rule == "clock" and c.spec.kind == "offset" and c.spec.anchor == "near" and bool(c.spec.part)
        if not bare:
            habitual = False
            continue
        before = out[k - 1] if k > 0 else None
        after = out[k + 1] if k + 1 < len(out) else None
        ends_sentence = text[c.start:c.end].endswith(".") and re.match(r"\s+[A-Z]", text[c.end:c.end + 2])
        ranged = habitual and before is not None and _CLOCK_RANGE.fullmatch(text[before.end:c.start])  # "from 9 a.m. to 5 p.m."
        habitual = bool(ranged or (before is not None and before.spec.type == TimexType.SET
                                   and _NEXT_TO.fullmatch(text[before.end:c.start]))
                        or (after is not None and not ends_sentence and after.spec.type == TimexType.SET
                            and _NEXT_TO.fullmatch(text[c.end:after.start])))
        if habitual:
            out[k] = replace(c, spec=Spec(TimexType.TIME, value="XXXX-XX-XX" + c.spec.part, mod=c.spec.mod))
    return out


def _a_year_back(unit: str) -> Spec:
    """"the same period last year", "the same month a year earlier": the period just told of
    (a quarter, a half, a month, a year), a year back."""
    return Spec(TimexType.DATE, kind="same_period", n=-1, extra={"unit": unit})


def _as_week(c: Candidate) -> Spec:
    """The same day, read as the ISO week holding it (the resolver turns the day into the week)."""
    return c.spec.with_extra(week_of=True)


def _is_duration(c: Candidate) -> bool:
    return c.spec.type == TimexType.DURATION and c.spec.kind == "abs" and bool(c.spec.value)
