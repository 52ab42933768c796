"""Handlers for amounts of time and vague references: durations, sets, PAST/PRESENT/FUTURE_REF.

Where ages ("44-year-old"), rates ("700 seats a week") and adjectives
("quarterly dividend") are told apart from temporal expressions.
"""

from __future__ import annotations

import re

from core.models import TimexType
from core.timex import patterns as P
from core.timex.normalise import cand, clean, duration_value, parse_num, unit_of
from core.timex.spec import Candidate, Spec

_SET_CONTEXT = re.compile(
    r"(?i:(?:\d[\d,.]*\s*(?:%|percent|million|billion|bn|tn|m|trillion|crore|lakh|dollars|cents|yen|marks|times|barrels|tons)?"
    r"|times|twice|once|thrice|percent|million|billion|dollars|cents)\s*)$"
)


_FRACTION_AFTER = re.compile(
    r"\s+(?:of\b(?!\s+(?:(?:19|20)\d\d|a\s+century|the\s+(?:year|century)|this\s+year|last\s+year|next\s+year|"
    r"negative|positive|consecutive|sluggish|slowing)\b)"
    r"|(?:inch|inches|mile|miles|point|points|pound|pounds|cup|cups|teaspoon|share|stake|percent|hour)\b)")


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
    if re.fullmatch(r"[01]\d[0-5]\d|2[0-3][0-5]\d", num) and unit == "hour" and re.search(
            r"(?i:\b(?:at|until|till|by|from|before|after|since)\s+)$", text[max(0, m.start() - 7):m.start()]) \
            and not re.match(r"\s+of\b", text[m.end():m.end() + 4]):
        return []  # "until 0900 hours": a clock, the military way
    n = parse_num(num)
    if m["num0"]:
        low = parse_num(clean(m["num0"]))
        if low is None or n is None or not low < n:
            return []  # "one-two", "a year or two": not a range of amounts
        n = low  # "two to three weeks": TimeML annotators keep the lower bound
    if n is not None and n >= 1000 and not plural:
        return []  # "the 1988 quarter"
    if (m["half"] or m["half2"]) and n is not None:  # "two years and a half", "three-and-a-half years"
        n += 0.5
    relative = re.match(r"\s+(?:(?:after|before)\s+(?!tax|taxes|bonuses|costs|deductions|expenses|inflation|fees|"
                        r"interest)\w|into\b|later\b|earlier\b|ago\b)", text[m.end():m.end() + 20])
    money = re.search(r"[\d$€£¥]\S*\s+$", text[max(0, m.start() - 16):m.start()])
    if num in ("a", "an") and money and (relative or not re.search(r"(?:bn|tn|[\d.]m)\s+$", money.group())):
        return []  # "$55 a night", "15 million instructions a second": a rate; "$40m a year after": no set
    if num in ("a", "an", "one") and not m["lead"] and not m["approx"] and not m["extra"]:
        if _SET_CONTEXT.search(text[max(0, m.start() - 25):m.start()]) and num != "one" and not relative:
            return [cand(m, Spec(TimexType.SET, value=duration_value(1, unit)))]
        if num != "one" and re.search(r"(?i:\b[a-z]{3,}s\s+)$", text[max(0, m.start() - 20):m.start()]) \
                and not re.match(r"\s+(?:after|before|later|earlier|ago)\b", text[m.end():m.end() + 10]) \
                and not re.search(r"(?i:\b(?:was|is|has|as|this|its|his|hers|ours|theirs|yours|less|plus|across|process|progress|access|success|thus)\s+)$", text[max(0, m.start() - 20):m.start()]):
            return []  # "700 seats a week": a rate, which TimeML annotators leave alone
    if unit == "quarter" and ("-" in m.group() and plural or (not plural or num == "three")
                              and _FRACTION_AFTER.match(text[m.end():m.end() + 16])):
        return []  # "three-quarters", "a quarter of new accounts", "a quarter inch of ice": fractions
    mod = P.APPROX.get(clean(m["approx"])) if m["approx"] else None
    start = None
    if m["lead"] and clean(m["lead"]) == "the" and "-" in m.group()[len(m["lead"]):] and not m["approx"]:
        start = m.start("num")  # "the two-week talks": TimeML leaves the article out of adjectives
    elif num in ("a", "an") and m["adj"] and not m["lead"] and not m["approx"]:
        start = m.start("unit")  # "a day-long meeting": the article belongs to the meeting
    return [cand(m, Spec(TimexType.DURATION, value=duration_value(n, unit), mod=mod), start=start)]

def h_century_part(m: re.Match[str], text: str) -> list[Candidate]:
    if re.match(r"\s+(?:lows?|highs?|peaks?|record)\b", text[m.end():m.end() + 8]):
        return []  # "its quarter-century low": a record, not a length of time
    if re.search(r"(?i:\b(?:scored|scores|score|made|makes|hit|hits|brought\s+up|reached|completed|completes)\s+"
                 r"(?:a\s+|his\s+|her\s+)?(?:fine\s+|brilliant\s+|quick\s+|patient\s+|battling\s+|maiden\s+)?)$",
                 text[max(0, m.start() - 30):m.start()]) and "half" in clean(m["part"]):
        return []  # "Root scored a half-century": fifty runs at cricket
    years = 25 if clean(m["part"]) == "quarter" else 50
    mod = P.APPROX.get(clean(m["lead"]).removesuffix(" a")) if m["lead"] and " " in clean(m["lead"]) else None
    return [cand(m, Spec(TimexType.DURATION, value=f"P{years}Y", mod=mod))]

def h_unit_long(m: re.Match[str], text: str) -> list[Candidate]:
    return [cand(m, Spec(TimexType.DURATION, value=duration_value(1, unit_of(m["unit"]))))]

def h_plural_unit(m: re.Match[str], text: str) -> list[Candidate]:
    if re.search(r"(?i:\d\s+(?:million|billion)\s+)$", text[max(0, m.start() - 12):m.start()]):
        return []  # "66 million years ago": deep time, not "years ago"
    if re.search(r"(?i:\b(?:the|those|these|few|several|many|some|two|three|four|five|six|seven|eight|nine|ten|"
                 r"of|\d+|their|his|her|its|our|my|your|recent|coming|past|next|last|first|final|early|later)\s+)$",
                 text[max(0, m.start() - 12):m.start()]):
        return []  # "the days before", "three days after", "in the weeks before": another rule's, or no time
    if re.search(r"(?i:\b(?:office|business|working|trading|opening|visiting|school|long|late|extra|pre-market|glory|"
                 r"early|old|happy|good|bad|peak|off-peak|rush|small|wee|golden|dog|salad)\s+)$", text[max(0, m.start() - 12):m.start()]) \
            or re.search(r"(?i:\bafter\s+)$", text[max(0, m.start() - 6):m.start()]) and not re.match(r"\s+of\b", text[m.end():m.end() + 4]):
        return []  # "office hours", "long hours", "shares rose after hours"; but "after hours of talks"
    return [cand(m, Spec(TimexType.DURATION, value=duration_value(None, unit_of(m["unit"]))))]

def h_recent_units(m: re.Match[str], text: str) -> list[Candidate]:
    if m["unit2"]:  # "the weeks ahead", "the following months"
        return [cand(m, Spec(TimexType.DURATION, value=duration_value(None, unit_of(m["unit2"]))))]
    adj = clean(m["adj"])
    unit = unit_of(m["unit"])
    if adj in ("recent", "the recent"):
        if unit == "year":
            return [cand(m, Spec(TimexType.DATE, value="PAST_REF"))]
        return [cand(m, Spec(TimexType.DURATION, value=duration_value(None, unit)))]
    if adj == "past":  # "in past years", as "in recent years"
        return [cand(m, Spec(TimexType.DATE, value="PAST_REF"))]
    if adj in ("coming", "the coming", "upcoming"):
        return [cand(m, Spec(TimexType.DATE, value="FUTURE_REF"))]
    return [cand(m, Spec(TimexType.DURATION, value=duration_value(None, unit)))]

def h_ref(m: re.Match[str], text: str) -> list[Candidate]:
    ref = clean(m["ref"]).replace("-", " ")
    before = text[max(0, m.start() - 12):m.start()].lower()
    if ref == "soon" and re.search(r"\bas\s+$", before):
        return []
    if ref == "future" and not re.search(r"\b(?:near|in)\s+$", before):
        return []
    if ref == "current" and re.match(r"\s*(?:account|affairs|events|-)", text[m.end():m.end() + 10].lower()):
        return []
    if ref in ("the future", "the near future") and not re.search(r"\b(?:in|into|for)\s+$", before) and re.match(
            r"\s+(?:of|looks?|looked|is|was|seems?|remains?|holds?|will)\b", text[m.end():m.end() + 8]):
        return []  # "the future of our peoples", "the future looks bleak": prospects, not a time
    if "-term" in m["ref"].lower() and re.match(r"\s+[a-z]", text[m.end():m.end() + 2]):
        return []  # "the long-term partnership": an adjective, not "in the long term"
    if ref in ("shortly", "soon") and re.match(r"\s+(?:after|before)\b", text[m.end():m.end() + 8].lower()):
        return []  # "shortly after he returned": a signal tied to an event, not a time
    if ref.startswith("some") and ref.endswith("future") and re.match(r"\s+\w", text[m.end():m.end() + 2]):
        return []  # "some future president", "some future Congress": an adjective
    if ref in ("the time", "the moment"):
        return [cand(m, Spec(TimexType.DATE, value="PAST_REF" if ref == "the time" else "PRESENT_REF"))]
    value = P.REFS.get(ref) or P.REFS.get(re.sub(r"\s+", " ", ref))
    if not value:  # "the long term", "the foreseeable future", "at an early date"
        value = "FUTURE_REF" if re.search(r"term|future|date", ref) else "PRESENT_REF"
    return [cand(m, Spec(TimexType.DATE, value=value))]

_PARTS_OF_DAY = {"morning": "TMO", "afternoon": "TAF", "evening": "TEV", "night": "TNI"}
_SET_ADV = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "quarterly": "P3M", "annually": "P1Y",
            "yearly": "P1Y", "hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W", "semiannually": "P6M"}

_FUNCTION_WORD = re.compile(
    r"\s+(?:with|in|on|at|for|to|and|or|but|since|until|from|by|during|through|over|as|than|if|when|"
    r"while|because|after|before|into|of|the|a|an|is|are|was|were|will|would|since)\b"
)


def h_set(m: re.Match[str], text: str) -> list[Candidate]:
    if m["adv"] and "-" in m["adv"]:  # "a once-weekly drug", "twice-daily doses": the period is the value
        return [cand(m, Spec(TimexType.SET, value=_SET_ADV[clean(m["adv"]).split("-")[1]]))]
    if m["adv"]:
        adjective = clean(m["adv"]) in ("quarterly", "monthly", "daily", "weekly", "yearly", "nightly", "hourly", "biweekly")
        if adjective and re.match(r"\s+basis\b", text[m.end():m.end() + 8]):
            return [cand(m, Spec(TimexType.SET, value=_SET_ADV[clean(m["adv"])]))]  # "on a daily basis"
        if adjective and re.match(r"\s+[a-z]", text[m.end():m.end() + 3]) \
                and not re.match(_FUNCTION_WORD, text[m.end():m.end() + 12]):
            return []  # "quarterly dividend", "daily volume": adjectives, which annotators leave alone
        if adjective and re.search(r"(?i:\b(?:a|the)\s+)$", text[max(0, m.start() - 5):m.start()]):
            return []  # "the paper is a daily", "writes for a weekly in Paris": a newspaper
        if re.match(r"\s+[A-Z][a-z]", text[m.end():m.end() + 3]) and clean(m["adv"]) in ("daily", "weekly", "monthly"):
            return []  # "the business daily Kommersant": a newspaper
        return [cand(m, Spec(TimexType.SET, value=_SET_ADV[clean(m["adv"])]))]
    if m["alt"]:  # "on alternate Wednesdays": every other one
        return [cand(m, Spec(TimexType.SET, value="P2W"))]
    if m["every2"]:  # "every Thursday", "every other Sunday", "each fall"
        word = clean(m["swd"])
        if word in P.SEASONS:
            return [cand(m, Spec(TimexType.SET, value=f"XXXX-{P.SEASONS[word]}"))]
        if word in _PARTS_OF_DAY:  # "every morning"
            return [cand(m, Spec(TimexType.SET, value="XXXX-XX-XX" + _PARTS_OF_DAY[word]))]
        if m["other"]:
            return [cand(m, Spec(TimexType.SET, value="P2W"))]
        return [cand(m, Spec(TimexType.SET, value=f"XXXX-WXX-{P.WEEKDAYS[word]}"))]
    if m["times"]:  # "twice a week": TimeML keeps the count in an attribute, the period in the value
        return [cand(m, Spec(TimexType.SET, value=duration_value(1, unit_of(m["tunit"]))))]
    unit = unit_of(m["unit"])
    if unit == "weekend":
        return [cand(m, Spec(TimexType.SET, value="XXXX-WXX-WE"))]
    num = clean(m["num"]) if m["num"] else "1"
    n = 2 if num == "other" else parse_num(num)
    if n is None:
        return []
    return [cand(m, Spec(TimexType.SET, value=duration_value(n, unit)))]
