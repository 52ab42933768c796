"""Handlers for business periods: "the third quarter", "Q3 2022", "H1 profit", "the June quarter".

A game's quarters and halves ("14 points in the fourth quarter"), a car model ("Audi Q3") and
hydrogen ("green H2") are told apart here; the DCT is not known yet.
"""

from __future__ import annotations

import re

from core.models import TimexType
from core.timex.handlers_dates import _full_year, fiscal_year
from core.timex.normalise import cand, clean, mod_of, month_num
from core.timex.spec import Candidate, Spec

_Q_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
          "final": 4}

# A game's quarters and halves: "14 points in the fourth quarter", "scored early in the second half"
_GAME_CUES = re.compile(
    r"(?i:\bscor(?:e|ed|es|ing)\s+(?:\d+\b|twice|again|first|early|late|a\s+(?:goal|touchdown|try|run)|"
    r"(?<=scored\s)in\b|"
    r"(?:a|an|two|three|four|five|six|seven|eight|nine|ten|his|her|their)\s+(?:\w+\s+)?"
    r"(?:points|goals?|touchdowns?|runs|baskets|tries|three-pointers?)\b)|"
    r"\b(?:had|has|added|with|finished\s+with)\s+\d{1,2}\s+points\b|touchdowns?|field goals?|"  # not "the Dow added 500 points"
    r"rebounds|assists|\b\d+\s+yards\b|rushing|halftime|half-time|quarterback|three-pointers?|free throws?|"
    r"the buzzer|\binnings?\b|\bkick-?off\b|equali[sz]|goalkeeper|\bstriker\b|\bpenalty\s+(?:kick|shoot-?out|spot|area|try)\b|\b(?:scored|missed|converted|saved|won|conceded)\s+a\s+penalty\b|"
    r"\b(?:flagged|whistled)\s+for\b|\broughing\b|"
    r"\bthe\s+(?:match|game)\b(?![- ]chang))"
    r"|\b(?:beat|beats|defeated|edged|routed|stunned)\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*\s+\d{1,3}-\d{1,3}\b"
    r"|\b(?:trailed|led|won|lost|leads|trails)\s+\d{1,3}-\d{1,3}\b(?!\s*(?:%|percent|new|million|billion|months|years|per))")


def in_a_game(text: str, start: int, end: int) -> bool:
    """The sentence around ``start..end`` tells a match, not a business period."""
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), start - 200)
    right_stops = [i for i in (text.find(". ", end), text.find("\n", end)) if i != -1]
    right = min(right_stops + [end + 200])
    return bool(_GAME_CUES.search(text, left, right))


def h_quarter(m: re.Match[str], text: str) -> list[Candidate]:
    if m["plural"]:
        return []
    if not (m["yr2"] or m["yr"]) and in_a_game(text, m.start(), m.end()):
        return []
    mod = mod_of(m["mod"]) if m["mod"] else None
    ordw = clean(m["ord"])
    qh = clean(m["qh"])
    yrel2 = clean(m["yrel2"]) if m["yrel2"] else None
    if yrel2 == "the":
        yrel2 = None  # "the first half of the year": the year the text is about, as a bare "first half"
    yr_raw = m["yr2"] or m["yr"] or (f"{yrel2} year's" if yrel2 else None)
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
        return [cand(m, Spec(TimexType.DATE, kind="quarter_ctx", unit="year", n=-1, extra={"quarter_only": False}))]
    elif ordw == "same" and (year is not None or year_offset or qh == "period"):
        # "the same period of last year", "... of 1998"; "the same period" alone is the one just told of
        extra = {"unit": qh} if year is None else {"unit": qh, "year": year}
        n = year_offset or 0
        if year is None and not year_offset and _COMPARED_BEFORE.search(text[max(0, m.start() - 14):m.start()]):
            n = -1  # "profit rose 10% from the same period": the year before's
        return [cand(m, Spec(TimexType.DATE, kind="same_period", n=n, extra=extra))]
    elif ordw in ("latest", "current", "same", "recent", "most recent", "last", "past", "previous", "final"):
        if qh == "period" and ordw not in ("latest", "same", "current", "most recent"):
            return []
        shift = 0 if ordw in ("current", "same") else -1
        return [cand(m, Spec(TimexType.DATE, kind="quarter_ctx", unit="quarter", n=shift,
                              extra={"ctx_first": ordw in ("latest", "same", "most recent", "recent")}))]
    elif ordw in ("next", "coming") and qh == "quarter":
        return [cand(m, Spec(TimexType.DATE, kind="offset", unit="quarter", n=1))]
    else:
        return []
    start = None
    if m["the"] and not m["mod"] and not m["yr"] and re.search(r"\w-(?:fiscal-)?(?:quarter|half)", m.group()) and re.match(r"\s+[a-z]", text[m.end():m.end() + 3]):
        start = m.start("fiscal") if m["fiscal"] else m.start("ord")
    ya = clean(m["ya"]) if m["ya"] else None
    if ya and (ya.startswith("year-") or m["the"]) and year is None and year_offset is None:
        # "the year-earlier third quarter", "the comparable third quarter": a year before the one discussed
        return [cand(m, Spec(TimexType.DATE, kind="quarter_ctx", unit="year", n=-1, mod=mod,
                              extra={"suffix": suffix}))]
    if year is not None:
        return [cand(m, Spec(TimexType.DATE, value=f"{year:04d}{suffix}", explicit=True, mod=mod), start=start)]
    if year_offset is not None:
        return [cand(m, Spec(TimexType.DATE, kind="offset", unit="year", n=year_offset, suffix=suffix, mod=mod))]
    return [cand(m, Spec(TimexType.DATE, kind="yearless", suffix=suffix, mod=mod), start=start)]


_COMPARED_BEFORE = re.compile(r"(?i:\b(?:from|than|against|with|versus)\s+)$")  # not "over the same period"
_BARE_QUARTER_BEFORE = re.compile(
    r"(?i:\b(?:in|during|for|by|through|until|since|before|after|from|to)\s+(?:the\s+)?"
    r"|\ba\s+(?:strong|weak|solid|record|tough|soft|robust|disappointing)\s+)$")


_REPORT_NOUN_AFTER = re.compile(
    r"\s+(?:results|earnings|revenues?|profits?|losses|loss|guidance|margins?|EPS|sales|deliveries)\b")
_CAR_MAKER_BEFORE = re.compile(r"\b(?:Audi|Infiniti|Porsche|BMW|Mercedes|Lexus|Acura|Volvo|Kia|Hyundai)\s+$")  # "Audi Q3"
_FINANCE_NOUN_AFTER = re.compile(
    r"\s+(?:revenues?|results|earnings|sales|profits?|losses|loss|GDP|figures|guidance|deliveries|numbers|"
    r"reports?|margins?|growth|output|shipments|forecasts?|outlook|income|EPS|bookings)\b")


def h_quarter_abbr(m: re.Match[str], text: str) -> list[Candidate]:
    """Quarters and halves as business writing abbreviates them: "Q3 2022", "3Q22", "H1 2023"."""
    qh, n = (m["qh"], m["n"]) if m["qh"] else (m["qh2"], m["n2"])
    if qh == "H" and n not in ("1", "2"):
        return []
    suffix = f"-{qh}{n}"
    raw = m["yr"] or m["yr2"] or m["yr2s"] or m["yr2f"] or m["yr3"]
    if raw:
        year = fiscal_year(raw) if m["yr2f"] else _full_year(raw)  # "Q1 FY50" is a target
        return [cand(m, Spec(TimexType.DATE, value=f"{year:04d}{suffix}", explicit=True))]
    before = text[max(0, m.start() - 12):m.start()]
    finance_after = bool((_REPORT_NOUN_AFTER if qh == "H" else _FINANCE_NOUN_AFTER).match(text[m.end():m.end() + 14])) \
        and not _CAR_MAKER_BEFORE.search(before) \
        and not (qh == "H" and re.search(r"(?i:\b(?:green|grey|gray|blue|pink|liquid|of|compressed)\s+)$", before))
    # "Q4 revenue", "Tesla Q4 deliveries", "H1 profit"; not "Audi Q3 sales", "green H2 output"
    if not m["qh"] or not finance_after and (
            qh == "H" or not _BARE_QUARTER_BEFORE.search(text[max(0, m.start() - 16):m.start()])):
        return []  # a bare "H2" is hydrogen as often as a half ("investing in H2")
    if re.match(r"\s+[A-Z0-9]", text[m.end():m.end() + 2]) and not finance_after:
        return []  # "in Q2 Holdings" is a company
    return [cand(m, Spec(TimexType.DATE, kind="yearless", suffix=suffix))]


def h_quarter_bare(m: re.Match[str], text: str) -> list[Candidate]:
    if m["the"]:
        extra = {"ctx_only": True, "ctx_first": True}
        if m["yr"]:
            extra["year"] = int(m["yr"])
        return [cand(m, Spec(TimexType.DATE, kind="quarter_ctx", unit="quarter", n=0, extra=extra))]
    return [cand(m, Spec(TimexType.DATE, kind="quarter_ctx", unit="year", n=-1))]


def h_month_quarter(m: re.Match[str], text: str) -> list[Candidate]:
    """"the June quarter" (Australian and Indian reports): the quarter that ends in June.
    "the January-June period" is the first half; months that make no calendar quarter or
    half ("the January-November period") are left to the month rules, as a range."""
    if m["month"]:
        return [cand(m, Spec(TimexType.DATE, kind="yearless", suffix=f"-Q{month_num(m['month']) // 3}"))]
    first, last = month_num(m["first"]), month_num(m["last"])
    if last - first == 2 and first % 3 == 1 and clean(m["noun"]) != "half":
        suffix = f"-Q{last // 3}"
    elif last - first == 5 and first in (1, 7) and clean(m["noun"]) != "quarter":
        suffix = f"-H{last // 6}"
    else:
        return []
    if m["yr"]:  # "the April-June quarter of 1998"
        return [cand(m, Spec(TimexType.DATE, value=m["yr"] + suffix, explicit=True))]
    if m["yrel"]:  # "the January-June period last year"
        n = {"last": -1, "this": 0, "next": 1}[clean(m["yrel"])]
        return [cand(m, Spec(TimexType.DATE, kind="offset", unit="year", n=n, suffix=suffix))]
    return [cand(m, Spec(TimexType.DATE, kind="yearless", suffix=suffix))]
