"""Handlers for calendar expressions: explicit dates, years, decades, months, seasons (quarters:
``handlers_quarters``).

Each handler turns a regex match (see ``patterns.RULES``) into candidates or
rejects it (``[]``); the DCT is not known here.
"""

from __future__ import annotations

import calendar
import functools
import re

from core.models import TimexType
from core.timex import patterns as P
from core.timex.normalise import (
    DIR_WORDS, cand, day_int, valid_day, clean, mod_of, month_num, parse_num, weekday_num,
)
from core.timex.holidays import holiday_date
from core.timex.spec import Candidate, Spec

_PREP_BEFORE_MAY = re.compile(
    r"(?i:\b(?:in|since|until|till|by|from|through|during|before|after|between|of|"
    r"last|next|this|early|late|mid|end|beginning|and|to|or|on|for)\s+)$"
)
_MAY_THE_PERSON = re.compile(  # "a defeat for May, who lost", "sympathy for May", "May's successor"
    r"(?i:\b(?:defeat|blow|sympathy|support|backing|victory|win|setback|humiliation|embarrassment|trouble|"
    r"problems?|pressure|loyalty|praise|criticism|respect|challenge|rival|successor)\s+for\s+)$"
)

_YEAR_REJECT_AFTER = re.compile(
    r"(?i:\s*(?:%|percent|per\s+cent|people|persons|points|shares|feet|foot|meters|metres|miles|"
    r"votes|troops|soldiers|dollars|yen|marks|tons|members|employees|workers|cars|units|"
    r"residents|jobs|homes|acres|pounds|barrels|kilometers|km|students|cases|deaths|seats|"
    r"times|[a-z]+-year-old|hours|minutes|calories|yards)\b)"
)

_YEAR_REJECT_BEFORE = re.compile(
    r"(?i:(?:\bNo\.|\bnumber|\bpage|\broom|\bflight|\bbill|\broute|\bhighway|\bSection|\bRule|"
    r"\bstreet|\bnos?\.|\bbuilding|\bsuite|\bP\.O\.\s+Box|\bcode|\$|#|\bversion|\bmodel|\bgrade|"
    r"\bWindows|\bOffice|\bExpo|\bVision|\bAgenda|\bBoeing|\bAirbus|\bInterstate|\bSydney|\bPentium)\s*)$"
)

_PREP_YEAR = re.compile(r"(?i:\b(?:in|since|of|from|until|by|year|the|to|before|after|and|early|late|mid)\s*)$")


_NAMED_BEFORE = re.compile(r"(?<![\w])(?!(?:Updated|Published|Posted|Modified|Dated|On)\b)[A-Z][a-z]+\s+$")


def _in_year_offset(yrel: str, suffix: str) -> Spec:
    n = {"last": -1, "next": 1, "this": 0}[clean(yrel)]
    return Spec(TimexType.DATE, kind="offset", unit="year", n=n, suffix=suffix)


def h_month_day(m: re.Match[str], text: str) -> list[Candidate]:
    month, day = month_num(m["month"]), day_int(m["day"])
    year = int(m["year"]) if m["year"] else None
    if not valid_day(month, day, year):
        return []
    if m["month"].lower() == "may" and not m["year"] and not m["wd"]:
        pass  # "May 5" is a date; modal "may" is lower-case and never matches
    mod = mod_of(m["mod"])
    rel = clean(m["rel"]) if m["rel"] else None
    direction = DIR_WORDS.get(rel) if rel and not year else None  # "last Oct. 23", as "last October"
    start = m.start("month") if rel and year and not m["mod"] else m.start()  # "last Oct. 23, 1998"
    weekday = weekday_num(m["wd"]) if m["wd"] else None
    if m["wd"] and _NAMED_BEFORE.search(text[max(0, m.start() - 20):m.start()]) and not m["wd"].endswith("day"):
        weekday, start = None, m.start("month")  # "told the Toronto Sun March 3": a paper, not Sunday

    def spec_for(d: int) -> Spec:
        if year:
            return Spec(TimexType.DATE, value=f"{year:04d}-{month:02d}-{d:02d}", mod=mod, explicit=True)
        if m["yrel"]:  # "April 5 next year"
            return _in_year_offset(m["yrel"], f"-{month:02d}-{d:02d}")
        return Spec(TimexType.DATE, kind="yearless", suffix=f"-{month:02d}-{d:02d}", mod=mod, explicit=True,
                    direction=direction, weekday=weekday)

    if m["day2"]:
        day2 = day_int(m["day2"])
        if day2 <= day or not valid_day(month, day2, year):
            return [cand(m, spec_for(day), start=start, end=m.end("day"))]
        first_end = m.end("day")
        return [cand(m, spec_for(day), start=start, end=first_end), cand(m, spec_for(day2), start=m.start("day2"))]
    return [cand(m, spec_for(day), start=start)]

def h_day_month(m: re.Match[str], text: str) -> list[Candidate]:
    """"7 December 2021", "Saturday 25 May", "5 Aug", "6-7 March" (two dates)."""
    month, day = month_num(m["month"]), day_int(m["day"])
    raw = m["month"]
    bare = not m["year"] and (raw in ("May", "Jan") or len(raw) == 3 and raw[-1] != ".")
    if bare and re.match(r"\s+[A-Z][a-z]", text[m.end():m.end() + 3]):
        return []  # "8 May Street", "3 Jan Novak": a name goes on
    year = int(m["year"]) if m["year"] else None
    if not valid_day(month, day, year):
        return []
    weekday = weekday_num(m["wd"]) if m["wd"] else None

    def spec_for(d: int) -> Spec:
        if year:
            return Spec(TimexType.DATE, value=f"{year:04d}-{month:02d}-{d:02d}", explicit=True)
        if m["yrel"]:  # "5 April next year"
            return _in_year_offset(m["yrel"], f"-{month:02d}-{d:02d}")
        first = day_int(m["day0"]) if m["day0"] else day  # "Friday 15 to 17 March": Friday is the 15th
        return Spec(TimexType.DATE, kind="yearless", suffix=f"-{month:02d}-{d:02d}", explicit=True,
                    weekday=weekday if d == first else None)

    if m["day0"]:
        day0 = day_int(m["day0"])
        start = m.start("day0") if not m["wd"] else m.start()
        if not day0 < day or not valid_day(month, day0, year):
            return [cand(m, spec_for(day), start=m.start("day"))]
        return [cand(m, spec_for(day0), start=start, end=m.end("day0")), cand(m, spec_for(day), start=m.start("day"))]
    return [cand(m, spec_for(day))]

def spelled_year(s: str) -> int:
    words = re.split(r"[- ]+", clean(s))
    return 1900 + _TENS[words[1]] + (P.NUMBER_WORDS[words[2]] if len(words) > 2 else 0)

def h_month_year(m: re.Match[str], text: str) -> list[Candidate]:
    month = month_num(m["month"])
    mod = mod_of(m["mod"])
    if m["syear"]:
        return [cand(m, Spec(TimexType.DATE, value=f"{spelled_year(m['syear']):04d}-{month:02d}", mod=mod, explicit=True))]
    if m["year"]:
        return [cand(m, Spec(TimexType.DATE, value=f"{int(m['year']):04d}-{month:02d}", mod=mod, explicit=True))]
    n = {"last": -1, "next": 1, "this": 0}[clean(m["yrel"])]
    return [cand(m, Spec(TimexType.DATE, kind="offset", unit="year", n=n, suffix=f"-{month:02d}", mod=mod))]

def h_iso_date(m: re.Match[str], text: str) -> list[Candidate]:
    y, mo, d = int(m["year"]), int(m["mm"]), int(m["dd"])
    if not valid_day(mo, d, y):
        return []
    value = f"{y:04d}-{mo:02d}-{d:02d}"
    if m["hh"]:
        value += f"T{m['hh']}:{m['mi']}" + (f":{m['ss']}" if m["ss"] else "")
        return [cand(m, Spec(TimexType.TIME, value=value, explicit=True))]
    return [cand(m, Spec(TimexType.DATE, value=value, explicit=True))]

def fiscal_year(raw: str) -> int:
    """"FY50" is a target, 2050; "FY99" a year gone, 1999."""
    yy = int(raw)
    return yy + (2000 if len(raw) == 2 and yy < 70 else 1900 if len(raw) == 2 else 0)


def _full_year(raw: str) -> int:
    """"21" in 12/25/21 or 3Q21 is 2021, "89" is 1989."""
    year = int(raw)
    if len(raw) == 2:
        year += 1900 if year >= 40 else 2000
    return year


_DAY_FIRST = re.compile(r"(?<![\d/])(?:1[3-9]|2\d|3[01])/(?:0?[1-9]|1[0-2])/\d{4}(?![\d/])")


@functools.lru_cache(maxsize=4)
def _writes_day_first(text: str) -> bool:
    """Whether the text writes slashed dates day first somewhere it cannot be mistaken."""
    return _DAY_FIRST.search(text) is not None


def h_slash_date(m: re.Match[str], text: str) -> list[Candidate]:
    y = _full_year(m["year"] or m["year2"] or m["year3"])
    mo, d = int(m["mm"] or m["mm2"] or m["mm3"]), int(m["dd"] or m["dd2"] or m["dd3"])
    if m["mm"] and d <= 12 and _writes_day_first(text):
        mo, d = d, mo  # "03/04/2023" in a text that also wrote "14/03/2023" is 3 April
    if not valid_day(mo, d, y):
        return []
    value = f"{y:04d}-{mo:02d}-{d:02d}"
    if m["hh"]:
        value += f"T{int(m['hh']):02d}:{m['mi']}" + (f":{m['ss']}" if m["ss"] else "")
        return [cand(m, Spec(TimexType.TIME, value=value, explicit=True))]
    return [cand(m, Spec(TimexType.DATE, value=value, explicit=True))]

_SPAN_YEAR_AFTER = re.compile(r"(?i:\s+(?:financial|fiscal|budget|tax|academic|school|season|crop|marketing)\b)")
_FISCAL_YEAR_AFTER = re.compile(r"(?i:\s+(?:financial|fiscal|budget|tax|academic|school)\s+year\b)")
_SPAN_YEAR_BEFORE = re.compile(r"(?i:\b(?:financial|fiscal|budget|tax|academic|school)\s+years?\s+$|season\s+$)")


def h_year(m: re.Match[str], text: str) -> list[Candidate]:
    if m["fy"]:  # "FY24", "FY50" (a target), "FY99"
        return [cand(m, Spec(TimexType.DATE, value=f"{fiscal_year(m['fy']):04d}", explicit=True))]
    year = int(m["year"])
    before = text[max(0, m.start() - 20):m.start()]
    after = text[m.end():m.end() + 30]
    next_year = m["year2"] is not None and int(m["year2"]) % 100 == (year + 1) % 100 \
        and (len(m["year2"]) == 2 or int(m["year2"]) == year + 1)
    if next_year and (m["fiscal"] or _SPAN_YEAR_AFTER.match(after) or _SPAN_YEAR_BEFORE.search(before)
                      or len(m["year2"]) == 2 and not m["mod"]):
        # "the financial year 2023-24", "the 2023/2024 season", "growth in 1998-99": one year that straddles two
        spec = Spec(TimexType.DATE, value=f"{year:04d}", mod=mod_of(m["mod"]), explicit=True)
        named = _FISCAL_YEAR_AFTER.match(after)
        if named and not m["mod"]:  # "the 2000-2001 fiscal year", as TimeBank keeps "the current fiscal year"
            the = re.search(r"(?i:\bthe\s+)$", before)
            return [cand(m, spec, start=m.start() - len(the.group()) if the else None, end=m.end() + named.end())]
        return [cand(m, spec)]
    if not m["fiscal"] and not m["mod"]:
        if _YEAR_REJECT_BEFORE.search(before) or _YEAR_REJECT_AFTER.match(after):
            return []
        if year < 1800 and not _PREP_YEAR.search(before):
            return []
        listed = re.search(r"(?:1[0-9]|20)\d\d,\s$", before)  # "in 1998, 1999 and 2000"
        if re.match(r"[-–]\s?(?:year|\d)", after) or (re.search(r"[\d,][\s-]*$", before[-2:]) and not listed):
            return []
    if m["sep"] == "/":
        if not next_year:
            return []  # "Case no. 2019/12"
        return [cand(m, Spec(TimexType.DATE, value=f"{year:04d}", mod=mod_of(m["mod"]), explicit=True))]  # "2023/24"
    mod = mod_of(m["mod"])
    out = []
    end = m.end("year")
    out.append(cand(m, Spec(TimexType.DATE, value=f"{year:04d}", mod=mod, explicit=True), end=end))
    if m["year2"]:
        raw = m["year2"]
        y2 = int(raw) if len(raw) == 4 else (year // 100) * 100 + int(raw)
        if y2 <= year or y2 - year > 50:
            return [cand(m, Spec(TimexType.DATE, value=f"{year:04d}", mod=mod, explicit=True), end=end)]
        out.append(cand(m, Spec(TimexType.DATE, value=f"{y2:04d}", explicit=True), start=m.start("year2")))
    return out

def h_decade(m: re.Match[str], text: str) -> list[Candidate]:
    if m["dec"] and m["dec"].endswith("00") and int(m["dec"]) < 1900:  # "the 1800s": the century
        return [cand(m, Spec(TimexType.DATE, value=f"{m['dec'][:2]}XX", mod=mod_of(m["mod"])))]
    if m["dec"]:
        digits = m["dec"][:3]
    else:
        digits = "19" + m["dec2"][0]
    return [cand(m, Spec(TimexType.DATE, value=f"{digits}X", mod=mod_of(m["mod"])))]

def _century_num(word: str) -> int | None:
    o = clean(word)
    return P.ORDINALS.get(o) or (int(re.match(r"\d+", o).group()) if o[0].isdigit() else None)


def h_century(m: re.Match[str], text: str) -> list[Candidate]:
    if m["ord1"]:  # "the 18th and 19th centuries"
        n1, n2 = _century_num(m["ord1"]), _century_num(m["ord2"])
        if not n1 or not n2 or not n1 < n2:
            return []
        return [cand(m, Spec(TimexType.DATE, value=f"{n1 - 1:02d}XX"), end=m.end("ord1")),
                cand(m, Spec(TimexType.DATE, value=f"{n2 - 1:02d}XX"), start=m.start("ord2"))]
    n = _century_num(m["ord"])
    if not n:
        return []
    return [cand(m, Spec(TimexType.DATE, value=f"{n - 1:02d}XX", mod=mod_of(m["mod"])))]

def h_month(m: re.Match[str], text: str) -> list[Candidate]:
    raw = m["month"]
    rel = clean(m["rel"]) if m["rel"] else None
    mod = mod_of(m["mod"])
    if len(raw) <= 4 and not raw.endswith(".") and raw.lower() not in ("may", "june", "july"):
        return []  # "Jan", "Mar": abbreviations without a day are usually something else
    if raw == "May" and not rel and not mod:
        before = text[max(0, m.start() - 30):m.start()]
        if not _PREP_BEFORE_MAY.search(before[-15:]) or _MAY_THE_PERSON.search(before) \
                or re.match(r"['’]s\b|,\s+who\b", text[m.end():m.end() + 6]):
            return []
    if raw == "March" and not rel and not mod:
        if re.match(r"\s+(?:for|of)\s+[A-Z]", text[m.end():m.end() + 10]):
            return []  # the "March for Life", the "March of Dimes", "in March for Our Lives rallies"
        if not re.search(r"(?i:\b(?:from|between|since|in|until|by|before|after|for)\s+)$", text[max(0, m.start() - 9):m.start()]) \
                and re.match(r"\s+(?:on|to|through|against|in)\b", text[m.end():m.end() + 10]):
            return []  # "marched on"; but "from March to May", "pleaded guilty in March to murder"
    if rel and rel.startswith("past") and not mod:
        rel = "this past"
    direction = DIR_WORDS.get(rel) if rel else None
    if rel == "this":
        direction = 0
    elif rel in ("last", "next"):
        direction *= 2  # "last January", told in January: the one before this one
    spec = Spec(TimexType.DATE, kind="yearless", suffix=f"-{month_num(raw):02d}", mod=mod,
                direction=direction)
    start = None
    lead = re.match(r"(?i)the\s+", m.group())
    if lead and m["mod"] and m["mod"].endswith("-") and re.match(r"\s+[a-z]", text[m.end():m.end() + 2]) \
            and not re.match(r"\s+(?:of|and|or|to|when|as)\b", text[m.end():m.end() + 6]):
        start = m.start() + lead.end()  # "the late-November meeting": the article is the meeting's
    return [cand(m, spec, start=start)]



_WEEK_DAY = {"first": 4, "second": 11, "third": 18, "fourth": 25}  # a day well inside that week


def h_week_of_month(m: re.Match[str], text: str) -> list[Candidate]:
    """A day inside the week, read as its ISO week by the resolver (``week_of``), as "the week of Jan. 10"."""
    month = month_num(m["month"])
    ordw = clean(m["ord"])
    year = int(m["year"]) if m["year"] else None
    day = _WEEK_DAY.get(ordw) or calendar.monthrange(year or 2001, month)[1] - 3
    extra = {"week_of": True}
    if year is not None:
        return [cand(m, Spec(TimexType.DATE, value=f"{year:04d}-{month:02d}-{day:02d}", explicit=True, extra=extra))]
    return [cand(m, Spec(TimexType.DATE, kind="yearless", suffix=f"-{month:02d}-{day:02d}", extra=extra))]


def h_ordinal_day(m: re.Match[str], text: str) -> list[Candidate]:
    return [cand(m, Spec(TimexType.DATE, kind="day_of_month", n=day_int(m["day"]), anchor="story_day", explicit=True))]


def h_weekends(m: re.Match[str], text: str) -> list[Candidate]:
    return [cand(m, Spec(TimexType.SET, value="XXXX-WXX-WE"), start=m.start("w"))]


def h_new_year(m: re.Match[str], text: str) -> list[Candidate]:
    """"in the new year": the coming year, unless a past verb tells of one gone by; "the new
    century", told in its last decade or after, is the one to come or just begun."""
    unit = clean(m["unit"])
    if unit != "year":
        return [cand(m, Spec(TimexType.DATE, kind="offset", unit=unit, n=0, extra={"new": True}),
                     start=m.start("ny"))]
    if m["arrival"]:  # "counted down to the new year", "ushered in the new year": the one arriving
        return [cand(m, Spec(TimexType.DATE, kind="offset", unit="year", n=0, extra={"ahead_unless_past": True,
                                                                                     "arrival": True}),
                     start=m.start("ny"))]
    return [cand(m, Spec(TimexType.DATE, kind="offset", unit="year", n=0, extra={"ahead_unless_past": True}),
                 start=m.start("ny"))]


def h_the_unit(m: re.Match[str], text: str) -> list[Candidate]:
    """"the year" is the year under discussion; "the year ended Sept. 30", a fiscal
    year told by its last day, is a year's length (TimeBank's reading)."""
    if m["ahead"]:  # "The week ahead" of a Sunday paper is the coming week; of a Tuesday, this one
        return [cand(m, Spec(TimexType.DATE, kind="offset", unit="day", n=3, extra={"fmt": "week"}))]
    unit = clean(m["unit"])
    if unit == "year" and re.match(r"\s+(?:(?i:end(?:ed|ing))\b|(?:to|through)\s+(?:the\s+end\s+of\s+)?(?:[A-Z][a-z]|\d))",
                                   text[m.end():m.end() + 24]):
        return [cand(m, Spec(TimexType.DURATION, value="P1Y"))]  # "the year to November", as "the 12 months to"
    return [cand(m, Spec(TimexType.DATE, kind="offset", unit=unit, n=0, anchor="ref"))]


_SAYING_THAT = re.compile(
    r"(?i:\b(?:said|says|say|noted|notes|believe|believes|believed|think|thinks|thought|argued|argues|warned|"
    r"warns|added|claimed|reported|announced|showed|shows|found|suggested|knew|know|knows|felt|feel|feels|hope|"
    r"hopes|hoped|expects?|expected|insisted|insists|mean|means|meant|is|was|fear|fears|feared)\s+)$")
_STORY_FOLLOWS = re.compile(  # what may follow a season told as the story's time: a pause, a clause, a subject
    r"(?:['’]s\b|\s*[,.;:!?)]|\s*$|\s+(?:when|as|and|but|before|after|while|he|she|it|they|we|I|the|a|an|his|"
    r"her|their|its|our|there|[A-Z]\w*)\b)")


def _story_season(m: re.Match[str], text: str, code: str) -> bool:
    """"That summer, she left", "during that fall", "returned home that summer": a season of the
    story, not the "that" of a clause ("said that spring floods ...", "the fear is that summer will
    be hot") nor a noun ("That fall in output")."""
    before = text[max(0, m.start() - 12):m.start()]
    after = text[m.end():m.end() + 12]
    if re.search(r"(?i:\b(?:in|during|by|until|through|over|since|of|throughout)\s+|,\s+and\s+|;\s+)$", before):
        return True  # "during that fall", ", and that winter residents used ferries"
    if _SAYING_THAT.search(before):
        return False
    if code in ("FA", "SP") and re.match(r"\s+(?:in|of|for|to)\b", after):
        return False  # "that fall in output"
    return bool(_STORY_FOLLOWS.match(after))


def h_season(m: re.Match[str], text: str) -> list[Candidate]:
    code = P.SEASONS[clean(m["season"])]
    rel = clean(m["rel"]) if m["rel"] else None
    mod = mod_of(m["mod"]) if m["mod"] else None
    if m["year"] or m["syear"]:
        year = int(m["year"]) if m["year"] else spelled_year(m["syear"])
        second = re.search(r"[-–/](\d+)$", m.group())
        if second and int(second[1]) % 100 != (year + 1) % 100:
            return []  # "winter of 2022-23" spans two years; "2022-24" is not a winter
        return [cand(m, Spec(TimexType.DATE, value=f"{year:04d}-{code}", mod=mod, explicit=True))]
    if not rel and not mod:
        if not re.search(r"(?i:\b(?:in|during|since|until|by|over|through)\s+)$", text[max(0, m.start() - 10):m.start()]):
            return []
    if code == "FA" and rel == "the" and re.match(r"\s+of\b", text[m.end():m.end() + 5]):
        return []
    if rel == "that" and not _story_season(m, text, code):
        return []  # "said that spring floods were worse", "That fall in output", "the fear is that summer will be hot"
    if rel in ("that", "the following", "the next", "the previous"):  # "that summer", "the following spring"
        direction = {"that": 0, "the following": 2, "the next": 2, "the previous": -2}[rel]
        return [cand(m, Spec(TimexType.DATE, kind="yearless", suffix=f"-{code}", direction=direction, mod=mod,
                              anchor="ref"))]
    if rel == "this":
        direction = 0  # "this fall": the DCT's year
    elif rel in (None, "the"):
        direction = None
    else:
        direction = {-1: -2, 1: 2}[DIR_WORDS[rel]]
    extra = {"generic_if_present": True} if rel is None and not mod else {}  # "six trips a day in summer"
    return [cand(m, Spec(TimexType.DATE, kind="yearless", suffix=f"-{code}", direction=direction, mod=mod,
                          extra=extra))]

_TENS = {"ten": 10, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}

def h_spelled_year(m: re.Match[str], text: str) -> list[Candidate]:
    """"nineteen ninety-six", "the year two thousand": broadcast transcripts spell years out."""
    the_year = clean(m.group()).startswith("the year")
    if not the_year and re.match(r"\s+(?:(?i:years?|days?|months?|weeks?|hours?|people|dollars|men|women|troops|soldiers|miles|feet)|[a-z]+s)\b", text[m.end():m.end() + 20]):
        return []  # "two thousand years", "nineteen fifty dollars"
    if m["tens"]:
        year = 1900 + _TENS[clean(m["tens"])] + (P.NUMBER_WORDS[clean(m["ones"])] if m["ones"] else 0)
    else:
        if not re.search(r"(?i:\b(?:year|in|since|by|until|of|from)\s+)$", text[max(0, m.start() - 12):m.start()]) \
                and not the_year:
            return []
        year = 2000 + (int(parse_num(clean(m["ones2"])) or 0) if m["ones2"] else 0)
    return [cand(m, Spec(TimexType.DATE, value=f"{year:04d}", explicit=True))]

def h_set_month(m: re.Match[str], text: str) -> list[Candidate]:
    """"every July"; "every April 11", a day each year."""
    month = month_num(m["month"])
    if m["day"] and valid_day(month, day_int(m["day"]), None):
        return [cand(m, Spec(TimexType.SET, value=f"XXXX-{month:02d}-{day_int(m['day']):02d}"))]
    return [cand(m, Spec(TimexType.SET, value=f"XXXX-{month:02d}"), end=m.end("month"))]


def h_holiday(m: re.Match[str], text: str) -> list[Candidate]:
    """"Christmas", "last Thanksgiving", "Easter 1998"; "Christmas tree" is not a date."""
    if re.match(r"(?i:\s+(?:trees?|cards?|carols?|lights|gifts?|presents?|ornaments?|decorations?|music|party|parties|truce)\b)",
                text[m.end():m.end() + 15]) and not m["year"]:
        return []
    name = " ".join(m["name"].split())
    if m["year"]:
        date = holiday_date(name, int(m["year"]))
        if date is None:
            return []
        return [cand(m, Spec(TimexType.DATE, value=date.isoformat(), explicit=True))]
    every = re.search(r"(?i:\b(?:every|each)\s+)$", text[max(0, m.start() - 8):m.start()])
    dates = [holiday_date(name, y) for y in range(2001, 2009)] if every and not m["rel"] else [None]
    if None not in dates:  # "every Christmas Eve" a day each year, "every Thanksgiving" one in November
        days = {(d.month, d.day) for d in dates}
        months = {d.month for d in dates}
        value = (f"XXXX-{dates[0].month:02d}-{dates[0].day:02d}" if len(days) == 1
                 else f"XXXX-{dates[0].month:02d}" if len(months) == 1 else "P1Y")
        return [cand(m, Spec(TimexType.SET, value=value), start=every.start() + max(0, m.start() - 8))]
    rel = clean(m["rel"]) if m["rel"] else None
    direction = {"last": -2, "this past": -2, "next": 2, "this coming": 2, "this": 0}.get(rel) if rel else None
    return [cand(m, Spec(TimexType.DATE, kind="holiday", suffix=name, direction=direction))]


_DECADES = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
            "eighties": 8, "nineties": 9}


def h_spelled_decade(m: re.Match[str], text: str) -> list[Candidate]:
    """"the nineties": always the 1900s' decades in this news domain."""
    return [cand(m, Spec(TimexType.DATE, value=f"19{_DECADES[clean(m['dec'])]}X", mod=mod_of(m["mod"])))]
