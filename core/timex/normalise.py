"""Turn one regex match into candidates carrying a ``Spec`` (meaning before anchoring).

Each handler sees the match and the whole text (for a look at the words around
it) and may reject the match by returning ``[]``: that is where ages,
modal "may", "a second attempt" and such are filtered out.  Nothing here knows
the DCT; anchoring happens later in ``anchoring.py``.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable

from core.models import TimexType
from core.timex import patterns as P
from core.timex.spec import Candidate, Spec

Handler = Callable[[re.Match[str], str], list[Candidate]]

_DIR_WORDS = {
    "last": -1, "past": -1, "previous": -1, "prior": -1, "this past": -1,
    "next": 1, "coming": 1, "following": 1, "upcoming": 1, "this coming": 1,
    "this": 0, "current": 0, "same": 0, "that": 0,
}
_UNIT_CODES = {
    "second": ("T", "S"), "minute": ("T", "M"), "hour": ("T", "H"), "day": ("", "D"),
    "week": ("", "W"), "month": ("", "M"), "year": ("", "Y"), "decade": ("", "E"),
    "century": ("", "C"), "millennium": ("", "L"), "quarter": ("", "Q"),
}
_PREP_BEFORE_MAY = re.compile(
    r"(?i:\b(?:in|since|until|till|by|from|through|during|before|after|between|of|"
    r"last|next|this|early|late|mid|end|beginning|and|to|or|on)\s+)$"
)
_SET_CONTEXT = re.compile(
    r"(?i:(?:\d[\d,.]*\s*(?:%|percent|million|billion|dollars|cents|yen|marks|times|barrels|tons)?"
    r"|times|twice|once|thrice|percent|million|billion|dollars|cents)\s*)$"
)
_YEAR_REJECT_AFTER = re.compile(
    r"(?i:\s*(?:%|percent|per\s+cent|people|persons|points|shares|feet|foot|meters|metres|miles|"
    r"votes|troops|soldiers|dollars|yen|marks|tons|members|employees|workers|cars|units|"
    r"residents|jobs|homes|acres|pounds|barrels|kilometers|km|students|cases|deaths|seats|"
    r"times|[a-z]+-year-old|hours|minutes|calories|yards)\b)"
)
_YEAR_REJECT_BEFORE = re.compile(
    r"(?i:(?:\bNo\.|\bnumber|\bpage|\broom|\bflight|\bbill|\broute|\bhighway|\bSection|\bRule|"
    r"\bstreet|\bnos?\.|\bbuilding|\bsuite|\bP\.O\.\s+Box|\bcode|\$|#|\bversion|\bmodel|\bgrade)\s*)$"
)
_PREP_YEAR = re.compile(r"(?i:\b(?:in|since|of|from|until|by|year|the|to|before|after|and|early|late|mid)\s*)$")


def clean(s: str) -> str:
    return re.sub(r"\s+", " ", s.strip().lower())


def month_num(s: str) -> int:
    return P.MONTHS[s.lower().rstrip(".")]


def weekday_num(s: str) -> int:
    return P.WEEKDAYS[s.lower()]


def parse_num(s: str) -> float | None:
    """"twenty four" -> 24, "a couple of" -> 2, "several" -> None (fuzzy)."""
    s = clean(s).replace("-", " ")
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
    if n != int(n):
        step = {"year": ("month", 12), "month": ("day", 30), "week": ("day", 7), "day": ("hour", 24),
                "hour": ("minute", 60), "minute": ("second", 60)}.get(unit)
        if step:
            unit, n = step[0], n * step[1]
    t, code = _UNIT_CODES.get(unit, ("", "X"))
    return f"P{t}{int(round(n))}{code}"


def mod_of(s: str | None) -> str | None:
    if not s:
        return None
    key = clean(s).rstrip("- ")
    key = re.sub(r"\s+the$", "", key)
    return P.MODS.get(key) or P.MODS.get(key + "-")


def _cand(m: re.Match[str], spec: Spec, start: int | None = None, end: int | None = None) -> Candidate:
    return Candidate(m.start() if start is None else start, m.end() if end is None else end,
                     spec, m.end() - m.start())


def _valid_day(month: int, day: int, year: int | None) -> bool:
    return 1 <= day <= calendar.monthrange(year or 2000, month)[1]


def _day_int(s: str) -> int:
    return int(re.match(r"\d+", s).group())


# --- explicit calendar dates ---------------------------------------------------


def h_month_day(m: re.Match[str], text: str) -> list[Candidate]:
    month, day = month_num(m["month"]), _day_int(m["day"])
    year = int(m["year"]) if m["year"] else None
    if not _valid_day(month, day, year):
        return []
    if m["month"].lower() == "may" and not m["year"] and not m["wd"]:
        pass  # "May 5" is a date; modal "may" is lower-case and never matches
    mod = mod_of(m["mod"])

    def spec_for(d: int) -> Spec:
        if year:
            return Spec(TimexType.DATE, value=f"{year:04d}-{month:02d}-{d:02d}", mod=mod, explicit=True)
        return Spec(TimexType.DATE, kind="yearless", suffix=f"-{month:02d}-{d:02d}", mod=mod, explicit=True)

    if m["day2"]:
        day2 = _day_int(m["day2"])
        if day2 <= day or not _valid_day(month, day2, year):
            return [_cand(m, spec_for(day), end=m.end("day"))]
        first_end = m.end("day")
        return [_cand(m, spec_for(day), end=first_end), _cand(m, spec_for(day2), start=m.start("day2"))]
    return [_cand(m, spec_for(day))]


def h_day_month(m: re.Match[str], text: str) -> list[Candidate]:
    month, day = month_num(m["month"]), _day_int(m["day"])
    raw = m["month"]
    if raw[-1] != "." and len(raw) == 3 and not m["year"] or raw == "May" and not m["year"]:
        return []
    year = int(m["year"]) if m["year"] else None
    if not _valid_day(month, day, year):
        return []
    if year:
        return [_cand(m, Spec(TimexType.DATE, value=f"{year:04d}-{month:02d}-{day:02d}", explicit=True))]
    return [_cand(m, Spec(TimexType.DATE, kind="yearless", suffix=f"-{month:02d}-{day:02d}", explicit=True))]


def spelled_year(s: str) -> int:
    words = re.split(r"[- ]+", clean(s))
    return 1900 + _TENS[words[1]] + (P.NUMBER_WORDS[words[2]] if len(words) > 2 else 0)


def h_month_year(m: re.Match[str], text: str) -> list[Candidate]:
    month = month_num(m["month"])
    mod = mod_of(m["mod"])
    if m["syear"]:
        return [_cand(m, Spec(TimexType.DATE, value=f"{spelled_year(m['syear']):04d}-{month:02d}", mod=mod, explicit=True))]
    if m["year"]:
        return [_cand(m, Spec(TimexType.DATE, value=f"{int(m['year']):04d}-{month:02d}", mod=mod, explicit=True))]
    n = {"last": -1, "next": 1, "this": 0}[clean(m["yrel"])]
    return [_cand(m, Spec(TimexType.DATE, kind="offset", unit="year", n=n, suffix=f"-{month:02d}", mod=mod))]


def h_iso_date(m: re.Match[str], text: str) -> list[Candidate]:
    y, mo, d = int(m["year"]), int(m["mm"]), int(m["dd"])
    if not _valid_day(mo, d, y):
        return []
    value = f"{y:04d}-{mo:02d}-{d:02d}"
    if m["hh"]:
        value += f"T{m['hh']}:{m['mi']}" + (f":{m['ss']}" if m["ss"] else "")
        return [_cand(m, Spec(TimexType.TIME, value=value, explicit=True))]
    return [_cand(m, Spec(TimexType.DATE, value=value, explicit=True))]


def h_slash_date(m: re.Match[str], text: str) -> list[Candidate]:
    y = int(m["year"])
    if len(m["year"]) == 2:
        y += 1900 if y >= 40 else 2000
    mo, d = int(m["mm"]), int(m["dd"])
    if not _valid_day(mo, d, y):
        return []
    value = f"{y:04d}-{mo:02d}-{d:02d}"
    if m["hh"]:
        value += f"T{int(m['hh']):02d}:{m['mi']}" + (f":{m['ss']}" if m["ss"] else "")
        return [_cand(m, Spec(TimexType.TIME, value=value, explicit=True))]
    return [_cand(m, Spec(TimexType.DATE, value=value, explicit=True))]


def h_year(m: re.Match[str], text: str) -> list[Candidate]:
    year = int(m["year"])
    before = text[max(0, m.start() - 20):m.start()]
    after = text[m.end():m.end() + 30]
    if not m["fiscal"] and not m["mod"]:
        if _YEAR_REJECT_BEFORE.search(before) or _YEAR_REJECT_AFTER.match(after):
            return []
        if year < 1800 and not _PREP_YEAR.search(before):
            return []
        if re.match(r"[-–]\s?(?:year|\d)", after) or re.search(r"[\d,][\s-]*$", before[-2:]):
            return []
    mod = mod_of(m["mod"])
    out = []
    end = m.end("year")
    out.append(_cand(m, Spec(TimexType.DATE, value=f"{year:04d}", mod=mod, explicit=True), end=end))
    if m["year2"]:
        raw = m["year2"]
        y2 = int(raw) if len(raw) == 4 else (year // 100) * 100 + int(raw)
        if y2 <= year or y2 - year > 50:
            return [_cand(m, Spec(TimexType.DATE, value=f"{year:04d}", mod=mod, explicit=True), end=end)]
        out.append(_cand(m, Spec(TimexType.DATE, value=f"{y2:04d}", explicit=True), start=m.start("year2")))
    return out


def h_decade(m: re.Match[str], text: str) -> list[Candidate]:
    if m["dec"]:
        digits = m["dec"][:3]
    else:
        digits = "19" + m["dec2"][0]
    return [_cand(m, Spec(TimexType.DATE, value=f"{digits}X", mod=mod_of(m["mod"])))]


def h_century(m: re.Match[str], text: str) -> list[Candidate]:
    o = clean(m["ord"])
    n = P.ORDINALS.get(o) or (int(re.match(r"\d+", o).group()) if o[0].isdigit() else None)
    if not n:
        return []
    return [_cand(m, Spec(TimexType.DATE, value=f"{n - 1:02d}XX", mod=mod_of(m["mod"])))]


def h_month(m: re.Match[str], text: str) -> list[Candidate]:
    raw = m["month"]
    rel = clean(m["rel"]) if m["rel"] else None
    mod = mod_of(m["mod"])
    if len(raw) <= 4 and not raw.endswith(".") and raw.lower() not in ("may", "june", "july"):
        return []  # "Jan", "Mar": abbreviations without a day are usually something else
    if raw == "May" and not rel and not mod:
        if not _PREP_BEFORE_MAY.search(text[max(0, m.start() - 15):m.start()]):
            return []
    if raw == "March" and not rel and not mod:
        if re.match(r"\s+(?:on|to|through|against|in)\b", text[m.end():m.end() + 10]):
            return []
    if rel and rel.startswith("past") and not mod:
        rel = "this past"
    direction = _DIR_WORDS.get(rel) if rel else None
    if rel == "this":
        direction = 0
    spec = Spec(TimexType.DATE, kind="yearless", suffix=f"-{month_num(raw):02d}", mod=mod,
                direction=direction)
    return [_cand(m, spec)]


# --- weekdays, deictics, relative units ------------------------------------------


def h_weekday(m: re.Match[str], text: str) -> list[Candidate]:
    wd = weekday_num(m["wd"])
    rel = clean(m["rel"]) if m["rel"] else None
    part = P.PARTS_OF_DAY.get(clean(m["part"])) if m["part"] else None
    if rel in ("every", "each") or m["plural"]:
        value = f"XXXX-WXX-{wd}" + (f"T{part}" if part else "")
        return [_cand(m, Spec(TimexType.SET, value=value))]
    direction = {"last": -2, "past": -2, "this past": -2, "next": 2, "coming": 2, "this coming": 2}.get(rel)
    typ = TimexType.TIME if part else TimexType.DATE
    mod = mod_of(m["mod"]) if m["mod"] and clean(m["mod"]) not in ("earlier", "later") else None
    return [_cand(m, Spec(typ, kind="weekday", weekday=wd, direction=direction,
                          part=f"T{part}" if part else None, mod=mod))]


_DEICTIC_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
                 "the day before yesterday": -2, "the day after tomorrow": 2}


def h_deictic(m: re.Match[str], text: str) -> list[Candidate]:
    mod = mod_of(m["mod"]) if m["mod"] and clean(m["mod"]) not in ("earlier", "later") else None
    if m["deic"]:
        d = clean(m["deic"])
        n = _DEICTIC_DAYS[d]
        part = P.PARTS_OF_DAY.get(clean(m["part"])) if m["part"] else ("NI" if d == "tonight" else None)
        typ = TimexType.TIME if part else TimexType.DATE
        return [_cand(m, Spec(typ, kind="offset", unit="day", n=n, part=f"T{part}" if part else None, mod=mod))]
    rel = clean(m["rel"])
    part = P.PARTS_OF_DAY.get(clean(m["part2"]), "AF")
    n = {"this": 0, "last": -1, "yesterday": -1, "tomorrow": 1, "that": 0}[rel]
    anchor = "ref" if rel == "that" else "dct"
    if rel == "last" and part != "NI":
        return []  # "last morning" is not idiomatic; "last evening" rare
    return [_cand(m, Spec(TimexType.TIME, kind="offset", unit="day", n=n, anchor=anchor, part=f"T{part}", mod=mod))]


def h_rel_unit(m: re.Match[str], text: str) -> list[Candidate]:
    rel = clean(m["rel"])
    unit = clean(m["unit"])
    the = bool(m["the"])
    mod = mod_of(m["mod"]) if m["mod"] else None
    n = _DIR_WORDS[rel]
    if rel == "that" and not the:
        anchor = "ref"
    elif the and rel in ("following", "previous", "next", "prior", "same", "preceding"):
        anchor = "ref"
    else:
        anchor = "dct"
    if rel == "that" and unit not in ("day", "week", "month", "year"):
        return []
    if the and rel == "next" and unit != "day":
        anchor = "dct"  # "the next year": in news mostly the coming year seen from now
    if unit == "weekend":
        direction = {-1: -2, 1: 2}.get(n) if rel not in ("this", "current") else None
        return [_cand(m, Spec(TimexType.DATE, kind="weekday", weekday=6, unit="weekend",
                              direction=direction, mod=mod, anchor=anchor))]
    if unit == "day" and anchor == "dct" and rel in ("this", "current"):
        return [_cand(m, Spec(TimexType.DATE, kind="offset", unit="day", n=0, mod=mod))]
    if unit == "day" and anchor == "dct":
        return []  # "next day" without "the" is rarely a timex
    return [_cand(m, Spec(TimexType.DATE, kind="offset", unit=unit, n=n, anchor=anchor, mod=mod))]


def h_year_end(m: re.Match[str], text: str) -> list[Candidate]:
    unit = "month" if "month" in clean(m.group()) else "year"
    return [_cand(m, Spec(TimexType.DATE, kind="offset", unit=unit, n=0, mod="LATE"))]


def h_ago(m: re.Match[str], text: str) -> list[Candidate]:
    n = parse_num(m["num"])
    unit = unit_of(m["unit"])
    d = clean(m["dir"])
    sign = -1 if d in ("ago", "earlier", "back") else 1
    mod = P.APPROX.get(clean(m["approx"])) if m["approx"] else None
    if unit == "weekend":
        return []
    if n is None:
        ref = "PAST_REF" if sign < 0 else "FUTURE_REF"
        return [_cand(m, Spec(TimexType.DATE, value=ref))]
    anchor = "ref" if d in ("earlier", "later") else "dct"
    n = int(round(n))
    if unit in ("second", "minute", "hour"):
        return [_cand(m, Spec(TimexType.DURATION, value=duration_value(n, unit), mod=mod))]
    if unit == "year" and n == 1:
        return [_cand(m, Spec(TimexType.DATE, kind="quarter_ctx", unit="year", n=-1, anchor=anchor, mod=mod))]
    if unit == "fortnight":
        unit, n = "week", n * 2
    return [_cand(m, Spec(TimexType.DATE, kind="offset", unit=unit, n=sign * n, anchor=anchor, mod=mod))]


def h_duration(m: re.Match[str], text: str) -> list[Candidate]:
    if m["adj"] and "old" in m["adj"].lower():
        return []  # ages: "44-year-old"
    num = clean(m["num"])
    unit = unit_of(m["unit"])
    if unit == "weekend":
        return []
    plural = m["unit"].lower().endswith("s") and unit != "century" or m["unit"].lower() == "centuries"
    if num in ("a", "an") and unit == "second":
        return []  # "a second term"
    if num == "some" and not plural:
        return []
    n = parse_num(num)
    if n is not None and n >= 1000 and not plural:
        return []  # "the 1988 quarter"
    if m["half"] and n is not None:
        n += 0.5
    if num in ("a", "an", "one") and not m["lead"] and not m["approx"]:
        if _SET_CONTEXT.search(text[max(0, m.start() - 25):m.start()]) and num != "one":
            return [_cand(m, Spec(TimexType.SET, value=duration_value(1, unit)))]
        if num != "one" and re.search(r"(?i:\b[a-z]{3,}s\s+)$", text[max(0, m.start() - 20):m.start()]) \
                and not re.search(r"(?i:\b(?:was|is|has|as|this|its|his|hers|ours|theirs|yours|less|plus|across|process|progress|access|success|thus)\s+)$", text[max(0, m.start() - 20):m.start()]):
            return []  # "700 seats a week": a rate, which TimeML annotators leave alone
    if unit == "quarter" and "-" in m.group() and plural:
        return []  # "three-quarters" is a fraction
    mod = P.APPROX.get(clean(m["approx"])) if m["approx"] else None
    start = None
    if m["lead"] and clean(m["lead"]) == "the" and "-" in m.group()[len(m["lead"]):] and not m["approx"]:
        start = m.start("num")  # "the two-week talks": TimeML leaves the article out of adjectives
    return [_cand(m, Spec(TimexType.DURATION, value=duration_value(n, unit), mod=mod), start=start)]


def h_plural_unit(m: re.Match[str], text: str) -> list[Candidate]:
    return [_cand(m, Spec(TimexType.DURATION, value=duration_value(None, unit_of(m["unit"]))))]


def h_recent_units(m: re.Match[str], text: str) -> list[Candidate]:
    adj = clean(m["adj"])
    unit = unit_of(m["unit"])
    if adj in ("recent", "the recent"):
        if unit == "year":
            return [_cand(m, Spec(TimexType.DATE, value="PAST_REF"))]
        return [_cand(m, Spec(TimexType.DURATION, value=duration_value(None, unit)))]
    if adj in ("coming", "the coming", "upcoming"):
        return [_cand(m, Spec(TimexType.DATE, value="FUTURE_REF"))]
    return [_cand(m, Spec(TimexType.DURATION, value=duration_value(None, unit)))]


_Q_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
          "final": 4}


def h_quarter(m: re.Match[str], text: str) -> list[Candidate]:
    if m["plural"]:
        return []
    ordw = clean(m["ord"])
    qh = clean(m["qh"])
    yr_raw = m["yr2"] or m["yr"]
    year_offset: int | None = None
    year: int | None = None
    if yr_raw:
        y = clean(yr_raw)
        if y[:4].isdigit():
            year = int(y[:4])
        elif y.startswith("fiscal"):
            year = int(re.search(r"\d{4}", y).group())
        else:
            year_offset = {"this": 0, "last": -1, "next": 1}[y.split()[0]]
    if qh == "half":
        if ordw in ("first", "1st"):
            suffix = "-H1"
        elif ordw in ("second", "2nd", "last", "final"):
            suffix = "-H2"
        else:
            return []
    elif ordw in _Q_ORD and qh == "quarter":
        suffix = f"-Q{_Q_ORD[ordw]}"
    elif ordw in ("year-ago", "year-earlier"):
        return [_cand(m, Spec(TimexType.DATE, kind="quarter_ctx", unit="year", n=-1, extra={"quarter_only": False}))]
    elif ordw in ("latest", "current", "same", "recent", "most recent", "last", "past", "previous", "final"):
        if qh == "period" and ordw not in ("latest", "same", "current", "most recent"):
            return []
        shift = 0 if ordw in ("current", "same") else -1
        return [_cand(m, Spec(TimexType.DATE, kind="quarter_ctx", unit="quarter", n=shift,
                              extra={"ctx_first": ordw in ("latest", "same", "most recent", "recent")}))]
    elif ordw in ("next", "coming") and qh == "quarter":
        return [_cand(m, Spec(TimexType.DATE, kind="offset", unit="quarter", n=1))]
    else:
        return []
    start = None
    if m["the"] and not m["yr"] and re.search(r"\w-(?:fiscal-)?(?:quarter|half)", m.group()) and re.match(r"\s+[a-z]", text[m.end():m.end() + 3]):
        start = m.start("fiscal") if m["fiscal"] else m.start("ord")
    if year is not None:
        return [_cand(m, Spec(TimexType.DATE, value=f"{year:04d}{suffix}", explicit=True), start=start)]
    if year_offset is not None:
        return [_cand(m, Spec(TimexType.DATE, kind="offset", unit="year", n=year_offset, suffix=suffix))]
    return [_cand(m, Spec(TimexType.DATE, kind="yearless", suffix=suffix), start=start)]


def h_quarter_bare(m: re.Match[str], text: str) -> list[Candidate]:
    if m["the"]:
        extra = {"ctx_only": True, "ctx_first": True}
        if m["yr"]:
            extra["year"] = int(m["yr"])
        return [_cand(m, Spec(TimexType.DATE, kind="quarter_ctx", unit="quarter", n=0, extra=extra))]
    return [_cand(m, Spec(TimexType.DATE, kind="quarter_ctx", unit="year", n=-1))]


def h_season(m: re.Match[str], text: str) -> list[Candidate]:
    code = P.SEASONS[clean(m["season"])]
    rel = clean(m["rel"]) if m["rel"] else None
    mod = mod_of(m["mod"]) if m["mod"] else None
    if m["year"] or m["syear"]:
        year = int(m["year"]) if m["year"] else spelled_year(m["syear"])
        return [_cand(m, Spec(TimexType.DATE, value=f"{year:04d}-{code}", mod=mod, explicit=True))]
    if not rel and not mod:
        if not re.search(r"(?i:\b(?:in|during|since|until|by|over|through)\s+)$", text[max(0, m.start() - 10):m.start()]):
            return []
    if code == "FA" and rel == "the" and re.match(r"\s+of\b", text[m.end():m.end() + 5]):
        return []
    if rel in (None, "the", "this"):
        direction = None
    else:
        direction = {-1: -2, 1: 2}[_DIR_WORDS[rel]]
    return [_cand(m, Spec(TimexType.DATE, kind="yearless", suffix=f"-{code}", direction=direction, mod=mod))]


def h_ref(m: re.Match[str], text: str) -> list[Candidate]:
    ref = clean(m["ref"]).replace("-", " ")
    before = text[max(0, m.start() - 12):m.start()].lower()
    if ref == "soon" and re.search(r"\bas\s+$", before):
        return []
    if ref == "future" and not re.search(r"\b(?:near|in)\s+$", before):
        return []
    if ref == "current" and re.match(r"\s*(?:account|affairs|events|-)", text[m.end():m.end() + 10].lower()):
        return []
    value = P.REFS.get(ref) or P.REFS.get(re.sub(r"\s+", " ", ref))
    if not value:
        value = "FUTURE_REF" if "term" in ref else "PRESENT_REF"
    return [_cand(m, Spec(TimexType.DATE, value=value))]


def _clock_value(raw: str) -> str | None:
    s = clean(raw)
    if s in ("noon", "midday"):
        return "T12:00"
    if s == "midnight":
        return "T00:00"
    mm = re.match(r"(\d{1,2})(?::(\d\d))?(?::(\d\d))?\s*(?:([ap])\.?\s?m\.?|o'clock)?", s)
    if not mm:
        return None
    h, mi = int(mm.group(1)), int(mm.group(2) or 0)
    if mm.group(4):
        if h == 0 or h > 12:
            return None
        h = h % 12 + (12 if mm.group(4) == "p" else 0)
    return f"T{h:02d}:{mi:02d}" + (f":{mm.group(3)}" if mm.group(3) else "")


def h_clock(m: re.Match[str], text: str) -> list[Candidate]:
    raw = m["clock"]
    is_24h = ":" in raw and not re.search(r"[aApP]\.?\s?[mM]|o'clock", raw)
    if is_24h and not m["tz"]:
        if not re.search(r"(?i:\b(?:at|about|around|until|by|from|before|after|since)\s+)$", text[max(0, m.start() - 10):m.start()]):
            return []
    part = _clock_value(raw)
    if part is None:
        return []
    mod = "APPROX" if m["approx"] and clean(m["approx"]) in ("about", "around", "approximately") else None
    day = m["day"]
    if m["mday"]:
        month, mday = month_num(m["month"]), _day_int(m["mday"])
        if not _valid_day(month, mday, None):
            return []
        return [_cand(m, Spec(TimexType.TIME, kind="yearless", suffix=f"-{month:02d}-{mday:02d}", part=part, mod=mod))]
    if day and clean(day) in P.WEEKDAYS:
        return [_cand(m, Spec(TimexType.TIME, kind="weekday", weekday=weekday_num(day), part=part, mod=mod))]
    n = _DEICTIC_DAYS.get(clean(day), 0) if day else 0
    return [_cand(m, Spec(TimexType.TIME, kind="offset", unit="day", n=n, part=part, mod=mod))]


_SET_ADV = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "quarterly": "P3M", "annually": "P1Y",
            "yearly": "P1Y", "hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W", "semiannually": "P6M"}


def h_set(m: re.Match[str], text: str) -> list[Candidate]:
    if m["adv"]:
        if clean(m["adv"]) in ("quarterly", "monthly", "annual") and re.match(r"\s+[a-z]", text[m.end():m.end() + 3]):
            return []  # "quarterly dividend": an adjective, not a set
        return [_cand(m, Spec(TimexType.SET, value=_SET_ADV[clean(m["adv"])]))]
    unit = unit_of(m["unit"])
    if unit == "weekend":
        return [_cand(m, Spec(TimexType.SET, value="XXXX-WXX-WE"))]
    num = clean(m["num"]) if m["num"] else "1"
    n = 2 if num == "other" else parse_num(num)
    if n is None:
        return []
    return [_cand(m, Spec(TimexType.SET, value=duration_value(n, unit)))]


_TENS = {"ten": 10, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}


def h_spelled_year(m: re.Match[str], text: str) -> list[Candidate]:
    """"nineteen ninety-six", "the year two thousand": broadcast transcripts spell years out."""
    if re.match(r"(?i:\s+(?:years?|days?|months?|weeks?|hours?|people|dollars|men|women|troops|soldiers|miles|feet|[a-z]+s)\b)", text[m.end():m.end() + 20]):
        return []  # "two thousand years", "nineteen fifty dollars"
    if m["tens"]:
        year = 1900 + _TENS[clean(m["tens"])] + (P.NUMBER_WORDS[clean(m["ones"])] if m["ones"] else 0)
    else:
        if not re.search(r"(?i:\b(?:year|in|since|by|until|of|from)\s+)$", text[max(0, m.start() - 12):m.start()]) \
                and not clean(m.group()).startswith("the year"):
            return []
        year = 2000 + (int(parse_num(clean(m["ones2"])) or 0) if m["ones2"] else 0)
    return [_cand(m, Spec(TimexType.DATE, value=f"{year:04d}", explicit=True))]


def h_the_weekend(m: re.Match[str], text: str) -> list[Candidate]:
    return [_cand(m, Spec(TimexType.DATE, kind="weekday", weekday=6, unit="weekend"))]


def h_mod_unit(m: re.Match[str], text: str) -> list[Candidate]:
    mod = mod_of(clean(m["mod"]).replace("earlier in", "").replace("later in", "") or None)
    return [_cand(m, Spec(TimexType.DATE, kind="offset", unit=clean(m["unit"]), n=0, mod=mod))]


def h_set_month(m: re.Match[str], text: str) -> list[Candidate]:
    return [_cand(m, Spec(TimexType.SET, value=f"XXXX-{month_num(m['month']):02d}"))]


HANDLERS: dict[str, Handler] = {
    "mod_unit": h_mod_unit, "set_month": h_set_month,
    "spelled_year": h_spelled_year, "the_weekend": h_the_weekend,
    "month_day": h_month_day, "day_month": h_day_month, "month_year": h_month_year,
    "iso_date": h_iso_date, "slash_date": h_slash_date, "year": h_year, "decade": h_decade,
    "century": h_century, "month": h_month, "weekday": h_weekday, "deictic": h_deictic,
    "rel_unit": h_rel_unit, "year_end": h_year_end, "ago": h_ago, "duration": h_duration,
    "plural_unit": h_plural_unit, "recent_units": h_recent_units, "quarter": h_quarter,
    "quarter_bare": h_quarter_bare, "season": h_season, "ref": h_ref, "clock": h_clock, "set": h_set,
}
