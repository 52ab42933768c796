"""Handlers for expressions relative to a reference point: weekdays, "yesterday", "last week",
"two weeks ago", "the end of the month", clock times.

They produce ``offset``/``weekday`` specs that ``anchoring`` resolves.
"""

from __future__ import annotations

import re

from core.models import TimexType
from core.timex import patterns as P
from core.timex.normalise import (
    DIR_WORDS, cand, day_int, valid_day, clean, duration_value, mod_of, month_num, parse_num,
    unit_of, weekday_num,
)
from core.timex.spec import Candidate, Spec



_THAT_OPENS = re.compile(r"(?:^|[.!?;:\"“'‘]\s*|\b(?i:on|by|until|since|before|after|and|but)\s+)$")


def h_weekday(m: re.Match[str], text: str) -> list[Candidate]:
    wd = weekday_num(m["wd"])
    rel = clean(m["rel"]) if m["rel"] else None
    part = P.PARTS_OF_DAY.get(clean(m["part"])) if m["part"] else None
    if rel in ("every", "each") or m["plural"] or m["pplural"]:
        value = f"XXXX-WXX-{wd}" + (f"T{part}" if part else "")
        return [cand(m, Spec(TimexType.SET, value=value))]
    start = None
    if rel == "that":  # "That Sunday the phone didn't ring": the story's, where a sentence or clause opens
        if _THAT_OPENS.search(text[max(0, m.start() - 12):m.start()]):
            return [cand(m, Spec(TimexType.TIME if part else TimexType.DATE, kind="weekday", weekday=wd, anchor="ref",
                                  part=f"T{part}" if part else None, extra={"story": True}))]
        rel, start = None, m.start("mod") if m["mod"] else m.start("wd")  # "said that Monday was ...": the day alone
    direction = {"last": -2, "past": -2, "this past": -2, "next": 2, "coming": 2, "this coming": 2,
                 "the previous": -2, "the following": 2}.get(rel)
    typ = TimexType.TIME if part else TimexType.DATE
    mod = mod_of(m["mod"]) if m["mod"] and clean(m["mod"]) not in ("earlier", "later") else None
    anchor = "ref" if rel in ("the previous", "the following") else "dct"  # seen from the date just told
    return [cand(m, Spec(typ, kind="weekday", weekday=wd, direction=direction, anchor=anchor,
                          part=f"T{part}" if part else None, mod=mod), start=start)]

_DEICTIC_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
                 "the day before yesterday": -2, "the day after tomorrow": 2}

_TITLE_AFTER = re.compile(
    r"\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|at\b|in\b|on\b)[A-Z]")


_SHOW_AFTER = re.compile(r"\s+(?:Show|show|programme|program)\b")
_QUOTED_TITLE = re.compile(r"(?:\s+[A-Z][\w'’]*){1,5}[\"”]")  # "Tomorrow Never Dies" closes in capitals


def h_deictic(m: re.Match[str], text: str) -> list[Candidate]:
    mod = mod_of(m["mod"]) if m["mod"] and clean(m["mod"]) not in ("earlier", "later") else None
    if m["deic"]:
        d = clean(m["deic"])
        if m["deic"][0].isupper() and not m["mod"] and (
                _SHOW_AFTER.match(text, m.end()) or _TITLE_AFTER.match(text[m.end():m.end() + 20])
                and (re.search(r"\b[a-z][\w'’]*\s+$", text[max(0, m.start() - 20):m.start()])
                     or _QUOTED_TITLE.match(text, m.end()) and re.search(r"[\"“]$", text[max(0, m.start() - 1):m.start()]))):
            return []  # "the opening of "Tomorrow Never Dies"", "the Today Show": a title; not "Stocks Slide Today As"
        if m["deic"][0].isupper() and re.search(r"\b(?:USA|India|Russia)\s+$", text[max(0, m.start() - 7):m.start()]):
            return []  # "USA Today", "India Today": papers
        n = _DEICTIC_DAYS[d]
        said = m["part"] or m["ppart"]  # "yesterday afternoon", "mid-afternoon yesterday"
        part = P.PARTS_OF_DAY.get(clean(said)) if said else ("NI" if d == "tonight" else None)
        typ = TimexType.TIME if part else TimexType.DATE
        return [cand(m, Spec(typ, kind="offset", unit="day", n=n, part=f"T{part}" if part else None, mod=mod))]
    rel = clean(m["rel"])
    part = P.PARTS_OF_DAY.get(clean(m["part2"]), "AF")
    n = {"this": 0, "last": -1, "yesterday": -1, "tomorrow": 1, "that": 0}[rel]
    anchor = "ref" if rel == "that" else "dct"
    if rel == "last" and part != "NI":
        return []  # "last morning" is not idiomatic; "last evening" rare
    return [cand(m, Spec(TimexType.TIME, kind="offset", unit="day", n=n, anchor=anchor, part=f"T{part}", mod=mod))]

_PART_LEAD = re.compile(r"(?i:\b(?:in|during|by|at|until|till|from|since|before|after|around|toward|towards)\s+)$")
_BARE_PARTS = frozenset({"dawn", "dusk", "daybreak", "nightfall"})  # "at dawn"; but not "in morning"


def h_part_of_day(m: re.Match[str], text: str) -> list[Candidate]:
    """"in the afternoon", "by late afternoon", "at dawn": that part of the story's day."""
    part_word = clean(m["part"])
    if not m["mod2"] and not _PART_LEAD.search(text[max(0, m.start() - 9):m.start()]):
        return []  # "morning papers", "the evening news", "Good morning"
    if m["mod2"] and not m["the"]:
        return []
    if not (m["the"] or m["mod"] or part_word in _BARE_PARTS or part_word.startswith("mid")):
        return []
    if m["part"][:1].isupper() and re.match(r"\s+[A-Z]", text[m.end():m.end() + 2]):
        return []  # "in the Evening Standard offices": a name
    if re.match(r"\s+(?:of|news|paper|papers|show|prayers?|rush|commute|session|edition|star|shifts?|hours|"
                r"traffic|flights?|trains?|service|briefing|classes|class|light|sun|sky)\b", text[m.end():m.end() + 12]):
        return []  # "in the morning of", "the morning shift": the part names something else
    part = "T" + P.PARTS_OF_DAY[part_word]
    mod = mod_of(m["mod"] or m["mod2"]) if m["mod"] or m["mod2"] else None
    if m["wd"]:
        return [cand(m, Spec(TimexType.TIME, kind="weekday", weekday=weekday_num(m["wd"]), part=part, mod=mod))]
    return [cand(m, Spec(TimexType.TIME, kind="offset", unit="day", n=0, anchor="story_day", part=part, mod=mod))]

def h_rel_unit(m: re.Match[str], text: str) -> list[Candidate]:
    rel = clean(m["rel"])
    unit = clean(m["unit"])
    the = bool(m["the"])
    mod = mod_of(m["mod"]) if m["mod"] else None
    n = DIR_WORDS[rel]
    if rel == "that" and not the:
        anchor = "ref"
    elif the and rel in ("following", "previous", "next", "prior", "same", "preceding"):
        anchor = "ref"
    else:
        anchor = "dct"
    if unit in P.PARTS_OF_DAY:  # "the next morning", "that evening": a part of the day the story is on
        if anchor != "ref" or rel in ("next",) and not the:
            return []  # "this morning", "last night" are deictic; "next morning" alone is rare
        return [cand(m, Spec(TimexType.TIME, kind="offset", unit="day", n=n, anchor="ref",
                              part="T" + P.PARTS_OF_DAY[unit], mod=mod))]
    if rel == "that" and unit not in ("day", "week", "month", "year"):
        return []
    extra = {}
    if the and rel == "next" and unit != "day":
        anchor = "dct"  # "the next year": in news mostly the coming year seen from now,
        extra = {"ref_if_past": True}  # but "closed in 2020; the next year she opened" is 2021
    if unit == "weekend" and rel in ("this", "current") and anchor == "dct":
        return [cand(m, Spec(TimexType.DATE, kind="offset", unit="week", n=0, part="-WE", mod=mod,
                              extra={"weekend_this": True}))]  # its week's; the one gone for a past verb
    if unit == "weekend":
        direction = {-1: -2, 1: 2}.get(n) if rel not in ("this", "current") else None
        return [cand(m, Spec(TimexType.DATE, kind="weekday", weekday=6, unit="weekend",
                              direction=direction, mod=mod, anchor=anchor))]
    if unit == "day" and anchor == "dct" and rel in ("this", "current"):
        if re.search(r"(?i:\b(?:to|until|till)\s+)$", text[max(0, m.start() - 7):m.start()]):
            return [cand(m, Spec(TimexType.DATE, value="PRESENT_REF"))]  # "to this day": still, not the DCT
        return [cand(m, Spec(TimexType.DATE, kind="offset", unit="day", n=0, mod=mod))]
    if unit == "day" and anchor == "dct":
        return []  # "next day" without "the" is rarely a timex
    if unit == "fortnight":  # "the past fortnight", "within the next fortnight": two weeks' length
        return [cand(m, Spec(TimexType.DURATION, value="P2W", mod=mod))] if the else []
    if unit in ("decade", "century") and (rel in ("past", "coming") or rel == "next" and the):
        # "in the past decade", "over the next decade": ten years from now, not the 2010s or 2030s
        return [cand(m, Spec(TimexType.DURATION, value=f"P{10 if unit == 'decade' else 100}Y", mod=mod))]
    return [cand(m, Spec(TimexType.DATE, kind="offset", unit=unit, n=n, anchor=anchor, mod=mod, extra=extra))]

def h_year_end(m: re.Match[str], text: str) -> list[Candidate]:
    unit = "month" if "month" in clean(m.group()) else "year"
    return [cand(m, Spec(TimexType.DATE, kind="offset", unit=unit, n=0, mod="LATE", extra={"end_gone": True}))]

_STEP_DOWN = {"minute": ("second", 60), "hour": ("minute", 60), "day": ("hour", 24), "week": ("day", 7),
              "year": ("month", 12), "decade": ("year", 10), "century": ("year", 100)}


def h_ago(m: re.Match[str], text: str) -> list[Candidate]:
    n = parse_num(m["num"])
    unit = unit_of(m["unit"])
    d = clean(m["dir"])
    if d in ("earlier", "later") and re.match(r"\s+than\b", text[m.end():m.end() + 6]):
        # "two months earlier than planned": a shift, not a date
        return [cand(m, Spec(TimexType.DURATION, value=duration_value(n, unit)), end=m.end("unit"))]
    sign = -1 if d in ("ago", "earlier", "back") else 1
    mod = P.APPROX.get(clean(m["approx"])) if m["approx"] else None
    if d.endswith(("tomorrow", "yesterday")):  # "three weeks from tomorrow": a day
        if n is None or n != int(n) or unit not in ("day", "week"):
            return []
        days = int(n) * (7 if unit == "week" else 1) + (1 if d.endswith("tomorrow") else -1)
        return [cand(m, Spec(TimexType.DATE, kind="offset", unit="day", n=days, mod=mod))]
    if unit == "weekend":
        return []
    if n is None:
        if d in ("earlier", "later"):  # "several hours later" in a past story is not the future
            return [cand(m, Spec(TimexType.DURATION, value=duration_value(None, unit)))]
        ref = "PAST_REF" if sign < 0 else "FUTURE_REF"
        return [cand(m, Spec(TimexType.DATE, value=ref))]
    anchor = "ref" if d in ("earlier", "later") else "dct"
    if m["half2"]:
        n += 0.5  # "two-and-a-half years ago"
    if n != int(n) and unit in _STEP_DOWN and (n < 1 or unit not in ("day", "week")):
        # "half an hour ago" is 30 minutes, not none; "3.5 days ago" stays a day
        unit, n = _STEP_DOWN[unit][0], n * _STEP_DOWN[unit][1]
    n = int(round(n))
    if unit in ("second", "minute", "hour"):
        return [cand(m, Spec(TimexType.DURATION, value=duration_value(n, unit), mod=mod))]
    if unit == "year" and n == 1:
        return [cand(m, Spec(TimexType.DATE, kind="quarter_ctx", unit="year", n=sign, anchor=anchor, mod=mod))]
    if unit == "fortnight":
        unit, n = "week", n * 2
    return [cand(m, Spec(TimexType.DATE, kind="offset", unit=unit, n=sign * n, anchor=anchor, mod=mod))]

def _clock_value(raw: str) -> str | None:
    s = clean(raw)
    if s in ("noon", "midday"):
        return "T12:00"
    if s == "midnight":  # the one that ends the day, as TimeML writes "midnight Friday"
        return "T24:00"
    if re.fullmatch(r"\d{4}(?:\s+(?:hours|hrs))?", s):  # "0600 GMT", "0900 hours"
        return f"T{s[:2]}:{s[2:4]}"
    mm = re.match(r"(\d{1,2})(?:[:.](\d\d))?(?::(\d\d))?\s*(?:([ap])\.?\s?m\.?|o'clock)?", s)
    if not mm:
        return None
    h, mi = int(mm.group(1)), int(mm.group(2) or 0)
    said = re.search(r"in the (morning|afternoon|evening)$", s)
    if said:  # "4 in the morning", "6 in the evening"
        return f"T{h % 12 + (0 if said[1] == 'morning' else 12):02d}:{mi:02d}"
    if mm.group(4):
        if h == 0 or h > 12:
            return None
        h = h % 12 + (12 if mm.group(4) == "p" else 0)
    return f"T{h:02d}:{mi:02d}" + (f":{mm.group(3)}" if mm.group(3) else "")

def h_clock(m: re.Match[str], text: str) -> list[Candidate]:
    raw = m["clock"]
    if raw.endswith(("morning", "afternoon", "evening")) and re.search(
            r"(?i:\b(?:up|down|of|to|rose|fell|gained|lost|dropped|climbed|slipped|added|shed|jumped|slid|grew|cut|"
            r"won|arrested|detained|injured|rescued|evacuated|hired|sold|bought)\s+)$", text[max(0, m.start() - 12):m.start()]):
        return []  # "shares rose 5 in the morning", "arrested 8 in the morning": a quantity, not a clock
    is_24h = ":" in raw and not re.search(r"[aApP]\.?\s?[mM]|o'clock", raw) or raw.endswith(("hours", "hrs"))
    if is_24h and not m["tz"]:
        if not re.search(r"(?i:\b(?:at|about|around|until|by|from|before|after|since)\s+)$", text[max(0, m.start() - 10):m.start()]):
            return []
    part = _clock_value(raw)
    if part is None:
        return []
    mod = "APPROX" if m["approx"] and clean(m["approx"]) in ("about", "around", "approximately") else None
    day = m["day"] or m["wd2"]  # "4:30 p.m. tomorrow", "4:30 p.m. on Friday"
    if m["mday"] or m["mday2"]:
        month, mday = month_num(m["month"] or m["month2"]), day_int(m["mday"] or m["mday2"])
        year = int(m["myear"]) if m["myear"] else None
        if not valid_day(month, mday, year):
            return []
        if year is not None:  # "10:30 a.m. ET on Dec. 7, 2021"
            return [cand(m, Spec(TimexType.TIME, value=f"{year:04d}-{month:02d}-{mday:02d}{part}", explicit=True,
                                  mod=mod))]
        weekday = weekday_num(m["wd"]) if m["wd"] else None
        return [cand(m, Spec(TimexType.TIME, kind="yearless", suffix=f"-{month:02d}-{mday:02d}", part=part, mod=mod,
                              weekday=weekday))]
    if day and clean(day) in P.WEEKDAYS:
        return [cand(m, Spec(TimexType.TIME, kind="weekday", weekday=weekday_num(day), part=part, mod=mod))]
    if day:
        return [cand(m, Spec(TimexType.TIME, kind="offset", unit="day", n=_DEICTIC_DAYS.get(clean(day), 0),
                              part=part, mod=mod))]
    return [cand(m, Spec(TimexType.TIME, kind="offset", unit="day", n=0, part=part, mod=mod, anchor="near"))]

def h_the_weekend(m: re.Match[str], text: str) -> list[Candidate]:
    return [cand(m, Spec(TimexType.DATE, kind="weekday", weekday=6, unit="weekend"))]

def h_mod_unit(m: re.Match[str], text: str) -> list[Candidate]:
    if m["unit2"]:  # "Seles advanced earlier in the day": the day the story is on
        return [cand(m, Spec(TimexType.DATE, kind="offset", unit="day", n=0, anchor="story_day"))]
    mod = mod_of(clean(m["mod"]).replace("earlier in", "").replace("later in", "") or None)
    return [cand(m, Spec(TimexType.DATE, kind="offset", unit=clean(m["unit"]), n=0, mod=mod))]


def h_unit_before(m: re.Match[str], text: str) -> list[Candidate]:
    n = -1 if clean(m["dir"]) in ("before", "earlier") else 1
    if m["last"]:
        if n != -1:
            return []
        return [cand(m, Spec(TimexType.DATE, kind="offset", unit=clean(m["unit"]), n=-2))]  # "the week before last"
    return [cand(m, Spec(TimexType.DATE, kind="offset", unit=clean(m["unit"]), n=n, anchor="ref"))]


def h_year_ago_today(m: re.Match[str], text: str) -> list[Candidate]:
    years = parse_num(clean(m["num"])) if m["num"] else 1  # "Fifty years ago today"
    if not isinstance(years, int):
        return []
    n = 1 if m["rel"] and clean(m["rel"]) == "next" else -years
    when = clean(m["when"]) if m["when"] else "today"
    fmt = {"today": "day", "this week": "week", "this month": "month"}[when]
    return [cand(m, Spec(TimexType.DATE, kind="offset", unit="year", n=n, extra={"fmt": fmt}))]


def h_weekday_week(m: re.Match[str], text: str) -> list[Candidate]:
    return [cand(m, Spec(TimexType.DATE, kind="weekday", weekday=weekday_num(m["wd"] or m["wd2"]), direction=1,
                          extra={"weeks_after": 1}))]


def h_overnight(m: re.Match[str], text: str) -> list[Candidate]:
    """"fighting overnight": the night before the DCT; "overnight rates" is an adjective."""
    if re.match(r"(?i:\s+(?:(?:call|cash|target|policy|interbank|repo|deposit)\s+rates?|repos?|deposits?|borrowing|index|"
                r"rates?|loans?|lending|funds?|delivery|success|stays?|sensation|bags?|camps?|guests?|"
                r"visits?|trips?|flights?|shifts?|express|mail|parking|shelters?|accommodations?)\b)",
                text[m.end():m.end() + 16]):
        return []
    return [cand(m, Spec(TimexType.TIME, kind="offset", unit="day", n=-1, part="TNI", extra={"ahead_if_future": True}))]
