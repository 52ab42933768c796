"""Lexicon and regular expressions for English temporal expressions.

Kept apart from the code that interprets matches so that the vocabulary can
grow without touching the logic.  Month and weekday names are matched
case-sensitively (capitalised) because news text capitalises them and the
lower-case forms ("may", "march", "sun") are ordinary words.  Everything else
is matched case-insensitively with scoped ``(?i:...)`` groups.

Each rule is a ``(name, compiled regex)`` pair; ``normalise.HANDLERS`` maps
the name to the function that turns a match into candidates.  No pattern
uses nested unbounded repetition, so 1 MB of digits stays linear.
"""

from __future__ import annotations

import re

from core.timex.holidays import HOLIDAY_RE

MONTHS: dict[str, int] = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3,
    "apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7,
    "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10,
    "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
WEEKDAYS: dict[str, int] = {  # ISO numbering, Monday = 1
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5,
    "saturday": 6, "sunday": 7,
}
NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "a couple of": 2, "couple of": 2,
    "a dozen": 12, "dozen": 12, "half a": 0.5, "half an": 0.5, "a half": 0.5, "a hundred": 100,
}
FUZZY_NUMBERS = {
    "a few", "few", "several", "some", "many", "a number of", "dozens of",
    "hundreds of", "numerous", "the past few", "the next few", "a couple",
}
ORDINALS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
    "fourth": 4, "4th": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21,
}
UNITS: dict[str, str] = {  # singular stem -> canonical unit
    "second": "second", "minute": "minute", "hour": "hour", "day": "day",
    "night": "day", "week": "week", "fortnight": "fortnight", "month": "month",
    "quarter": "quarter", "year": "year", "decade": "decade",
    "century": "century", "centurie": "century", "millennium": "millennium",
    "weekend": "weekend",
}
SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}
PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
    "overnight": "NI", "daytime": "DT", "mid-afternoon": "AF", "midafternoon": "AF",
    "mid-morning": "MO", "midmorning": "MO", "dawn": "MO", "daybreak": "MO", "dusk": "EV", "nightfall": "EV",
}
MODS: dict[str, str] = {  # prefix word -> Timex.mod (the project's vocabulary)
    "early": "EARLY", "late": "LATE", "mid": "MID",
    "mid-": "MID", "middle": "MID", "the end of": "LATE", "the beginning of": "EARLY", "end-": "LATE", "start-": "EARLY",
    "the start of": "EARLY", "the middle of": "MID", "end of": "LATE",
    "beginning of": "EARLY", "start of": "EARLY", "the early": "EARLY",
    "the late": "LATE", "the mid": "MID", "the mid-": "MID", "the close of": "LATE",
}
APPROX: dict[str, str] = {
    "about": "APPROX", "around": "APPROX", "roughly": "APPROX", "some": "APPROX",
    "approximately": "APPROX", "nearly": "LESS_THAN", "almost": "LESS_THAN",
    "less than": "LESS_THAN", "under": "LESS_THAN", "more than": "MORE_THAN",
    "over": "MORE_THAN", "at least": "EQUAL_OR_MORE", "up to": "EQUAL_OR_LESS",
    "just over": "MORE_THAN", "just under": "LESS_THAN",
}
REFS: dict[str, str] = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF",
    "nowadays": "PRESENT_REF", "these days": "PRESENT_REF", "at present": "PRESENT_REF",
    "the present": "PRESENT_REF", "presently": "PRESENT_REF", "current": "PRESENT_REF",
    "the present time": "PRESENT_REF", "present": "PRESENT_REF",
    "recently": "PAST_REF", "lately": "PAST_REF", "recent": "PAST_REF",
    "the past": "PAST_REF", "previously": "PAST_REF", "formerly": "PAST_REF",
    "in the past": "PAST_REF", "once": "PAST_REF",
    "soon": "FUTURE_REF", "the future": "FUTURE_REF", "shortly": "FUTURE_REF",
    "the near future": "FUTURE_REF", "the short term": "FUTURE_REF",
    "the long term": "FUTURE_REF", "the near term": "FUTURE_REF",
    "the longer term": "FUTURE_REF", "the medium term": "FUTURE_REF",
    "a later date": "FUTURE_REF", "future": "FUTURE_REF", "as soon as possible": "FUTURE_REF",
}

# --- fragments -------------------------------------------------------------

MONTH_RE = (
    r"(?<![A-Za-z])(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?"
    r"|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?"
    r"|JAN(?:UARY)?|FEB(?:RUARY)?|MARCH|APRIL|JUNE|JULY|AUG(?:UST)?|SEPT(?:EMBER)?"
    r"|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)(?![A-Za-z])"
)
WEEKDAY_RE = r"(?<![A-Za-z])(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun|MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)(?:day|DAY)"
# "Tue March 14, 2023", "Tue 14 Mar 2023": abbreviations only right before a date ("Sun", "Wed" are words)
WEEKDAY_PREFIX_RE = rf"(?:{WEEKDAY_RE}|(?<![A-Za-z])(?<![Tt]he )(?:Mon|Tue|Tues|Wed|Weds|Thu|Thur|Thurs|Fri|Sat|Sun)\.?)"
DAY_RE = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"
YEAR_RE = r"(?<![\d$#.,])(?<!\d-)(?:1[0-9]\d\d|20\d\d)(?![\d%]|,\d|\.\d)"
_NUMWORD = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
)
NUM_RE = (
    r"(?:\d{1,3}(?:,\d{3})+(?![\d,])|\d{1,4}(?:\.\d{1,2}|\s+1/2|½)?|" + _NUMWORD + r"(?:\s+hundred)?|a\s+couple\s+of|couple\s+of|"
    r"a\s+dozen|a\s+hundred|half\s+an?|an?|a\s+few|few|several|some|many|a\s+number\s+of|dozens\s+of|"
    r"hundreds\s+of|numerous)"
)
UNIT_RE = (
    r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?"
    r"|years?|decades?|century|centuries|millennium|millennia|weekends?)"
)
ORD_RE = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
    r"twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|"
    r"nineteenth|twentieth|twenty-first|1st|2nd|3rd|\d{1,2}th|21st)"
)
MOD_RE = (
    r"(?<![\w-])(?:(?:the\s+)?(?:end|beginning|start|middle|close)\s+of\s+(?:the\s+)?|"
    r"(?:the\s+)?(?:early|late|earlier|later|mid|middle)(?:\s+|-)|mid-?|end-|start-)"  # "by end-June" (Indian, UK)
)
PART_RE = r"(?:morning|afternoon|evening|night|overnight)"
APPROX_RE = (
    r"(?:about|around|roughly|approximately|nearly|almost|less\s+than|no\s+more\s+than|more\s+than|"
    r"at\s+least|up\s+to|just\s+over|just\s+under|some)"
)
_TZ_ABBR = r"EST|EDT|ET|GMT|UTC|PST|PDT|PT|CST|CDT|CT|MST|MDT|BST|CET|CEST|IST|AEDT|AEST|AWST|JST|KST|HKT|SGT|MSK|EET|EEST|WAT|EAT"
TZ_RE = rf"(?:{_TZ_ABBR}|local\s+time|(?:Eastern|Pacific|Central|Mountain)(?:\s+(?:[Tt]ime|[Ss]tandard\s+[Tt]ime|[Dd]aylight\s+[Tt]ime))?)"
CLOCK_RE = (
    # "4 in the morning", "at 11 o'clock in the evening"
    r"(?:(?<![\d.:$£€¥,])(?:1[0-2]|0?[1-9])(?::[0-5]\d)?(?:\s+o'clock)?\s+in\s+the\s+(?:morning|afternoon|evening)(?![\w-])"
    r"|(?<![\d.:$£€¥])(?:[01]?\d|2[0-3])(?:[:.][0-5]\d(?::[0-5]\d)?)?\s*(?:[aApP](?:\.\s?[mM]\.?|\s?[mM])(?![A-Za-z\d])|o'clock)"
    r"|(?<![\d.:$])(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?![\d:])"
    r"|(?<![\d.:$£€¥])(?:[01]?\d|2[0-3])\.[0-5]\d(?=\s+(?:GMT|UTC|BST|CET|CEST|IST|AEDT|AEST|local\s+time)\b)"  # "10.05 GMT"
    # "0600 GMT", "2200 BST", "0530 local time", "0900 hours": four digits only before a zone
    r"|(?<![\d.:$,])(?:[01]\d|2[0-3])[0-5]\d(?:\s+(?:hours|hrs)\b(?!\s+of\b)|(?=\s+(?:GMT|UTC|BST|CET|CEST|IST|AEDT|AEST|JST|MSK|EST|EDT|local\s+time)\b))"
    r"|(?<![\w-])(?i:noon|midnight|midday)(?![\w-]))"
)
REL_RE = r"(?:this\s+past|this\s+coming|last|next|this|past|coming|previous|following|current|same|upcoming|prior|that)"


_TENS = "ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_ONES = "one|two|three|four|five|six|seven|eight|nine"
SPELLED_YEAR_RE = rf"(?i:nineteen[- ](?:{_TENS})(?:[- ](?:{_ONES}))?)"


def _c(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(pattern, flags)


def _i(pattern: str) -> str:
    """Case-insensitive group for function words (months stay case-sensitive)."""
    return f"(?i:{pattern})"


_HOLIDAY_REL = _i(r"this\s+past|this\s+coming|last|next|this")
_QYEAR = _i(r"this\s+year's|last\s+year's|next\s+year's|fiscal\s+\d{4}'s")
_QORD = _i(
    r"first|second|third|fourth|1st|2nd|3rd|4th|final|last|latest|current|year-ago|"
    r"year-earlier|same|recent|past|previous|next|coming|most\s+recent"
)

_FISCAL = _i(r'fiscal(?:\s+year)?\s+|the\s+year\s+')
_MONTH_REL = _i(r'this\s+past|this\s+coming|last|next|this|past|coming')
_WD_REL = _i(r'this\s+past|this\s+coming|the\s+previous|the\s+following|last|next|this|coming|past|every|each|that')
_CLOCK_APPROX = _i(r'about|around|approximately')  # not "shortly after": a signal, outside the extent

RULES: list[tuple[str, re.Pattern[str]]] = [
    # "Tuesday, Dec. 7, 2021", "Dec. 7", "December 7th, 2021", "Jan. 10-13"
    ("month_day", _c(
        rf"(?:(?P<wd>{WEEKDAY_PREFIX_RE}),?\s+)?(?:(?P<rel>{_MONTH_REL})\s+)?(?:(?P<mod>{_i(MOD_RE)})\s*)?"
        rf"(?P<month>{MONTH_RE})\s*(?P<day>{DAY_RE})"
        rf"(?:(?:\s*(?:-|–)\s*|\s+{_i('to|through|and')}\s+)(?P<day2>{DAY_RE}))?"
        rf"(?:(?:,\s*|\s+)(?P<year>{YEAR_RE})|\s+(?P<yrel>{_i('next|last|this')})\s+{_i('year')}(?![\w-]))?"
    )),
    # "7 December 2021", "the 7th of December"
    # "6-7 March", "15 and 20 December", "from 20th to 22nd June": the first day too
    ("day_month", _c(
        rf"(?:(?P<wd>{WEEKDAY_PREFIX_RE}),?\s+)?(?:{_i('the')}\s+)?"
        rf"(?:(?<![\d,.])(?P<day0>{DAY_RE})(?:\s*(?:-|–)\s*|\s+{_i('and|to|or|until|till')}\s+(?:{_i('the')}\s+)?))?"
        rf"(?<![\d,.])(?P<day>{DAY_RE})\s+(?:{_i('of')}\s+)?(?P<month>{MONTH_RE})"
        rf"(?:,?\s+(?P<year>{YEAR_RE})|\s+(?P<yrel>{_i('next|last|this')})\s+{_i('year')}(?![\w-]))?"
    )),
    # "June 1994", "early June 1994", "June of last year", "July last year"
    ("month_year", _c(
        rf"(?:(?P<mod>{_i(MOD_RE)})\s*)?(?P<month>{MONTH_RE}),?\s+(?:{_i('of')}\s+)?"
        rf"(?:(?P<year>{YEAR_RE})|(?P<syear>{SPELLED_YEAR_RE})|(?P<yrel>{_i('last|next|this')})\s+{_i('year')})"
    )),
    ("iso_date", _c(
        r"(?<![\d\-])(?P<year>1\d{3}|20\d\d)-(?P<mm>0[1-9]|1[0-2])-(?P<dd>0[1-9]|[12]\d|3[01])"
        r"(?:[T ](?P<hh>[01]\d|2[0-3]):(?P<mi>[0-5]\d)(?::(?P<ss>[0-5]\d))?)?(?![\d])"
    )),
    # "12/25/2021" (US), "25/12/2021" (day first where the first number cannot be a month)
    ("slash_date", _c(
        r"(?:(?<![\d/])(?P<mm>0?[1-9]|1[0-2])/(?P<dd>0?[1-9]|[12]\d|3[01])/(?P<year>\d{4}|\d\d)(?![\d/])"
        r"|(?<![\d/])(?P<dd2>1[3-9]|2\d|3[01])/(?P<mm2>0?[1-9]|1[0-2])/(?P<year2>\d{4})(?![\d/])"
        # dots: zero-padded day and month, no "v1.2.2020" version before
        r"|(?<![\w.])(?P<dd3>0[1-9]|[12]\d|3[01])\.(?P<mm3>0[1-9]|1[0-2])\.(?P<year3>(?:19|20)\d\d)(?!\d|\.\d))"
        r"(?:\s+(?P<hh>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?::(?P<ss>[0-5]\d))?)?"
    )),
    # "1998", "early 1998", "fiscal 1990", "FY2022", "1997-99", "the year 2000"
    ("year", _c(
        rf"(?:(?P<mod>{_i(MOD_RE)})\s*)?(?:(?P<fiscal>{_FISCAL}|FY\s?))?"
        rf"(?P<year>{YEAR_RE})(?:(?P<sep>-|–|/)(?P<year2>\d\d(?![\d%])|(?:1[0-9]\d\d|20\d\d)(?![\d%]|,\d|\.\d)))?"
        # "FY24", "FY'25": a fiscal year by two digits
        r"|(?<![\w])FY\s?'?(?P<fy>\d\d)(?![\d\w])"
    )),
    # "the 1990s", "the mid-1990s", "the '80s", "the late 1970s"
    ("decade", _c(
        rf"(?:{_i('the')}\s+)?(?:(?P<mod>{_i('early|late|mid|middle')})(?:-|\s+))?"
        rf"(?:(?P<dec>1\d\d0|20\d0)|['‘’](?P<dec2>\d0))'?s(?![A-Za-z])"
    )),
    ("spelled_decade", _c(_i(
        r"the\s+(?:(?P<mod>early|late|mid)(?:-|\s+))?(?P<dec>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)(?![\w-])"
    ))),
    ("overnight", _c(_i(r"(?<![\w-])overnight(?![\w-])"))),
    ("century", _c(
        rf"(?:{_i('the')}\s+)?(?:(?P<mod>{_i('early|late|mid')})(?:-|\s+))?(?P<ord>{_i(ORD_RE)})[- ]{_i('century')}"
        # "the 18th and 19th centuries": two centuries
        rf"|(?:{_i('the')}\s+)?(?P<ord1>{_i(ORD_RE)})\s+{_i('and|to')}\s+(?P<ord2>{_i(ORD_RE)})\s+{_i('centuries')}"
    )),
    # "May", "last May", "early January", "mid-December", "the end of November"
    ("month", _c(
        rf"(?:(?P<rel>{_MONTH_REL})\s+)?"
        rf"(?:(?P<mod>{_i(MOD_RE)})\s*)?(?P<month>{MONTH_RE})"
    )),
    # "Monday", "last Friday", "Tuesday morning", "Thursday nights" (set)
    ("weekday", _c(
        rf"(?:(?P<rel>{_WD_REL})\s+)?"
        rf"(?:(?P<mod>{_i('early|late|earlier|later|mid-')})\s*)?(?P<wd>{WEEKDAY_RE})(?P<plural>s)?"
        rf"(?:\s+(?P<part>{_i(PART_RE)})(?P<pplural>s)?)?"
    )),
    # "in the afternoon", "by late afternoon", "at dawn", "by dawn Thursday": the day the story is on
    ("part_of_day", _c(
        rf"(?:(?P<mod2>{_i('early|late')})\s+in\s+)?"  # "Early in the evening"
        rf"(?:(?P<the>{_i('the')})\s+)?(?:(?P<mod>{_i('early|late|mid-?')})\s*)?"
        rf"(?P<part>{_i('mid-?morning|mid-?afternoon|morning|afternoon|evening|dawn|dusk|daybreak|nightfall')})"
        rf"(?:\s+(?:on\s+)?(?P<wd>{WEEKDAY_RE}))?(?![\w-])"
    )),
    # "today", "late yesterday", "tomorrow morning", "tonight", "last night", "this morning"
    ("deictic", _c(_i(
        r"(?:(?P<mod>early|late|earlier|later|mid-?)\s*)?(?:"
        rf"(?:(?P<ppart>mid-?afternoon|{PART_RE})\s+(?=yesterday|today|tomorrow))?"
        r"(?P<deic>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|tonight|yesterday|tomorrow)"
        rf"(?:\s+(?P<part>{PART_RE}))?"
        rf"|(?P<rel>this|last|tomorrow|yesterday|that)\s+(?P<part2>{PART_RE}|mid-?afternoon))(?![\w-])"
    ))),
    # "last week", "the following day", "earlier this year", "the end of the month"
    ("rel_unit", _c(_i(
        rf"(?:(?P<mod>{MOD_RE})\s*)?(?P<the>the\s+)?(?P<rel>{REL_RE})\s+"
        r"(?P<fiscal>(?:fiscal|financial)\s+)?(?P<unit>day|week|weekend|fortnight|month|quarter|year|decade|century|morning|afternoon|evening|night)(?![\w-])"
    ))),
    ("mod_unit", _c(_i(
        r"(?P<mod>(?:the\s+)?(?:end|beginning|start|middle|close|rest|remainder|balance)\s+of|earlier\s+in|later\s+in)"
        r"\s+the\s+(?P<unit>week|month|year|quarter|decade|century)(?![\w-])"
        r"|(?P<mod2>(?:earlier|later)\s+in)\s+the\s+(?P<unit2>day)(?![\w-])"  # "earlier in the day": the story's
    ))),
    # "the day before", "the year after": one unit from the text's reference time
    ("unit_before", _c(_i(
        r"the\s+(?P<unit>day|week|month|year)\s+(?P<dir>before|after|earlier|later)(?![\w-])"
        r"(?:(?P<last>\s+last)(?=\s*[,.;:!?)]|\s*$|\s+(?:and|or|but|when|as|to|in|on|at|with|for|after|before)\b)"
        r"|(?!\s+(?:the|a|an|his|her|its|their|\w+'s)\b))"
    ))),
    # "this time last year", "a year ago today", "a year ago this week": a day (week...) a year away
    ("year_ago_today", _c(_i(
        r"this\s+time\s+(?P<rel>last|next)\s+year(?![\w-])"
        rf"|(?P<num>a|one|{_NUMWORD}|\d{{1,3}})\s+years?\s+ago\s+(?P<when>today|this\s+week|this\s+month)(?![\w-])"
    ))),
    # "Tuesday week", "a week on Friday", "a week from Friday": seven days after the coming one
    ("weekday_week", _c(
        rf"{_i('a')}\s+{_i('week')}\s+{_i('on|from')}\s+(?P<wd>{WEEKDAY_RE})(?![\w-])"
        rf"|(?P<wd2>{WEEKDAY_RE})\s+week(?![\w-])(?!\s+of\b|'s)"
    )),
    # "the June quarter", "the September quarter": the quarter ending that month; "the
    # January-June period", "the July-September quarter": a half or quarter told by its months
    ("month_quarter", _c(
        rf"{_i('the')}\s+(?P<month>March|June|September|December|Sept?\.|Dec\.)[- ]quarter(?![\w-])"
        rf"|{_i('the')}\s+(?P<first>{MONTH_RE})\s*[-–]\s*(?P<last>{MONTH_RE})\s+(?P<noun>{_i('period|quarter|half')})(?![\w-])"
        rf"(?:\s+(?:{_i('of|in')}\s+)?(?P<yr>(?:19|20)\d\d)(?![\w-])|\s+(?:{_i('of')}\s+)?(?P<yrel>{_i('last|this|next')})\s+{_i('year')}(?![\w-]))?"
    )),
    ("year_end", _c(_i(r"(?:the\s+)?(?:year|month)(?:[- ]end|'s\s+end)(?![\w-])"))),
    # "two weeks ago", "a year earlier", "three days later", "10 days from now"
    ("ago", _c(_i(
        rf"(?:(?P<approx>{APPROX_RE})\s+)?(?P<num>{NUM_RE})(?P<half2>[- ]and[- ]a[- ]half)?\s+(?P<unit>{UNIT_RE})"
        r"(?:\s+or\s+so)?\s+(?P<dir>ago|earlier|later|from\s+now|from\s+today(?!['’]s)|from\s+(?:tomorrow|yesterday)(?!['’]s)|hence|back)(?![\w-])"
    ))),
    # "months ago", "days later": an unstated number of units away
    ("plural_ago", _c(_i(
        r"(?<![\w-])(?P<unit>minutes|hours|days|weeks|months|years|decades)\s+(?P<dir>ago|later|earlier)(?![\w-])"
    ))),
    # durations: "the past three months", "six days", "a five-year", "the first nine months"
    ("duration", _c(_i(
        rf"(?<![\w'’])(?<!\d,)(?:(?P<approx>{APPROX_RE})\s+)?(?P<lead>the\s+(?:past|last|next|first|coming|previous|following|"
        r"final|remaining|latest|initial|same|preceding|prior)\s+|the\s+)?"
        rf"(?:(?P<num0>{NUM_RE})(?:\s+(?:to|or)\s+|-|–))?(?P<num>{NUM_RE})(?P<half2>[- ]and[- ]a[- ]half)?(?:[- ]|\s+(?P<extra>consecutive|straight|successive|more|additional|full|trading|business|working)\s+)(?P<unit>{UNIT_RE})(?P<adj>[- ]long|[- ]old)?(?:\s+or\s+so)?"
        r"(?:\s+and\s+(?P<half>a\s+half))?(?![\w-])"
    ))),
    # "a quarter century", "half a century", "a half-century"
    ("century_part", _c(_i(
        r"(?:(?P<lead>a|an|the|nearly\s+a|almost\s+a|more\s+than\s+a|about\s+a)\s+)?"
        r"(?P<part>quarter|half)(?:[- ](?:a[- ])?|\s+of\s+a\s+)century(?![\w-])"
    ))),
    # "a day-long meeting", "the year-long inquiry": one unit as an adjective
    ("unit_long", _c(_i(r"(?<![\w-])(?P<unit>hour|day|week|month|year|decade)-?long(?![\w-])"))),  # "weeklong"
    # bare plural units after "for/in/over": "for years", "in months", "weeks or months"
    ("plural_unit", _c(_i(
        r"(?:(?<=\bfor\s)|(?<=\bin\s)|(?<=\bover\s)|(?<=\bwithin\s)|(?<=\btake\s)|(?<=\btakes\s)|(?<=\btook\s)|"
        r"(?<=\bafter\s)|(?<=\bending\s)|(?<=\bwait\s)|(?<=\bwaited\s)|(?<=\bspent\s)|"
        r"(?<![\w-])(?=(?:days|weeks|months|hours)\s+(?:after|before)\s))"  # "came days after", "Hours before"
        r"(?P<unit>years|months|weeks|days|decades|hours|centuries)"
        r"(?:\s+(?:or|and)\s+(?P<unit2>years|months|weeks|days|decades))?(?![\w-])"
    ))),
    ("recent_units", _c(_i(
        r"(?P<adj>recent|coming|the\s+coming|the\s+past\s+few|the\s+next\s+few|the\s+last\s+few|upcoming|the\s+recent|the\s+past|"
        r"(?<=\bin\s)past)"
        r"\s+(?P<unit>days|weeks|months|quarters|years|decades)(?![\w-])"
        r"|(?P<the>the)\s+(?:(?P<following>following)\s+)?(?P<unit2>days|weeks|months|years)(?(following)|\s+ahead)(?![\w-])(?!\s*:)"
    ))),  # "the weeks ahead", "in the following months": some of them (TimeBank: PXW)
    # fiscal quarters and halves
    ("quarter", _c(
        rf"(?:(?P<mod>{_i(MOD_RE)})\s*)?(?:(?P<the>{_i('the')})\s+)?(?:(?P<yr>{YEAR_RE}|{_QYEAR})\s+)?"
        rf"(?:(?P<ya>{_i('year-earlier|year-ago|(?<=the )comparable|(?<=the )corresponding')})\s+)?"
        rf"(?:(?P<fiscal>{_i('fiscal')})[- ]?)?(?P<ord>{_QORD})"
        rf"(?:[- ]{_i('fiscal')})?[- ](?P<qh>{_i('quarter|half|period')})(?P<plural>s)?"
        rf"(?:\s+(?:{_i('of|ending|ended')})\s+(?:{_i('fiscal')}\s+)?(?:(?P<yr2>{YEAR_RE})|(?P<yrel2>{_i(r'this|last|next|the')})\s+(?:{_i('fiscal')}\s+)?{_i('year')}))?(?![\w-])"
    )),
    # "Q3 2022", "2022 Q3", "Q4 FY2023", "Q1 '23", "3Q22", "H1 2023"; a bare "Q3" only after
    # "in", "during"... ("the Audi Q3" is a car)
    ("quarter_abbr", _c(
        r"(?<![\w-])(?:(?P<yr>(?:19|20)\d\d)\s+)?(?P<qh>[QH])(?P<n>[1-4])"
        r"(?:\s*['’](?P<yr2s>\d\d)|\s+(?i:of\s+)?(?i:fiscal\s+|FY\s?)?(?P<yr2>(?:19|20)\d\d)|\s+(?i:FY\s?)(?P<yr2f>\d\d))?"
        r"(?![\w-])"
        r"|(?<![\w-])(?P<n2>[1-4])(?P<qh2>[QH])\s?(?P<yr3>(?:19|20)?\d\d)(?![\w-])"
    )),
    ("quarter_bare", _c(_i(
        r"(?P<the>the\s+)(?:(?P<yr>(?:19|20)\d\d)\s+)?(?P<qh>quarter|period)(?![\w-])|year-(?:earlier|ago)(?P<qh2>\s+(?:quarter|period))?(?![\w-])"
    ))),
    # "For the year, volume was flat", "the week's most active session": the period under discussion
    ("the_unit", _c(  # the unit in lower case: "Person of the Year" is a title
        r"(?i:the)\s+(?:(?P<adj>fiscal|full|calendar|entire|whole)\s+)?(?P<unit>year|week|month)(?![\w-])"
        r"(?!\s+(?:\d|of\b|before\b|after\b|earlier\b|later\b|ago\b|prior\b|to\s+date\b))(?!(?<=[kK])\s+(?i:ahead)\b)"
        r"|(?P<ahead>(?i:the\s+week\s+ahead))(?![\w-])(?!\s+of\b)"  # a "week" (its k) followed by "ahead" reads whole
    )),
    # "this summer", "last spring", "summer 1998", "the early summer"
    ("season", _c(
        _i(r"(?:(?P<rel>this\s+past|this\s+coming|the\s+following|the\s+previous|the\s+next|(?-i:That)|that|last|next|this|the|"
           r"past|coming)\s+)?"
           r"(?:(?P<mod>early|late|mid-?)\s*)?(?P<season>spring|summer|fall|autumn|winter)(?![\w-])")
        + rf"(?:(?:\s+{_i('of')}\s+|,?\s+)(?:(?P<year>{YEAR_RE})(?:[-–/](?:\d\d|(?:19|20)\d\d)(?![\d%]))?"
        + rf"|(?P<syear>{SPELLED_YEAR_RE})))?"  # "the winter of 2022-23" is the one starting in 2022
    )),
    # "the first week of January", "the final week of March 2023": the ISO week holding that stretch
    ("week_of_month", _c(
        _i(r"the\s+(?P<ord>first|second|third|fourth|last|final)\s+week\s+of\s+")
        + rf"(?P<month>{MONTH_RE})(?:,?\s+(?P<year>{YEAR_RE}))?"
    )),
    ("ref", _c(_i(
        r"(?<![\w-])(?P<ref>as\s+soon\s+as\s+possible|right\s+now|now|currently|nowadays|these\s+days|at\s+present|the\s+present(?:\s+time)?|"
        r"presently|current|recently|lately|the\s+past(?!\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|few|several|couple)\b)|formerly|soon|"
        r"(?:the|some)\s+(?:(?:near|distant|foreseeable|immediate|not[\s-]too[\s-]distant)\s+)?future(?:\s+date)?|(?<=\bat\s)an\s+early\s+date|"
        r"future|shortly|the\s+(?:short|long|longer|near|medium)(?:\s+|-)term|a\s+later\s+date|"
        r"(?<=\bat\s)the\s+(?:time|moment))(?![\w-])"
    ))),
    ("clock", _c(
        rf"(?:(?P<approx>{_CLOCK_APPROX})\s+)?"
        rf"(?P<clock>{CLOCK_RE})(?:\s+(?P<tz>{TZ_RE})(?![A-Za-z]))?"
        rf"(?:(?:,\s*|\s+)(?P<day>{_i('today|tonight|yesterday|tomorrow')})(?:\s+{_i(PART_RE)})?"
        # "8 p.m. on Tuesday, March 14, 2023", "11am on Sunday 8 January", "2am on Sunday morning";
        # a lower-case "on" only: "at 5 p.m. On Thursday, ..." starts a new sentence
        rf"|(?:,\s*|\s+)(?:on\s+)?(?:(?P<wd>{WEEKDAY_PREFIX_RE})(?:\s+{_i(PART_RE)})?,?\s*)??"
        rf"(?:(?P<month>{MONTH_RE})\s*(?P<mday>{DAY_RE})|(?P<mday2>{DAY_RE})\s+(?P<month2>{MONTH_RE}))"
        rf"(?:(?:,\s*|\s+)(?P<myear>{YEAR_RE}))?"
        rf"|(?:,\s*|\s+)(?:on\s+)?(?P<wd2>{WEEKDAY_RE})(?:\s+{_i(PART_RE)})?)?"
    )),
    ("holiday", _c(rf"(?:(?P<rel>{_HOLIDAY_REL})\s+)?(?P<name>{HOLIDAY_RE})"
                   rf"(?:,?\s+(?P<year>{YEAR_RE}))?")),
    ("set_month", _c(rf"(?P<every>{_i('every|each')})\s+(?P<month>{MONTH_RE})(?:\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?![\w-]))?")),
    ("spelled_year", _c(_i(
        rf"(?:the\s+year\s+)?(?:nineteen[- ](?P<tens>{_TENS})(?:[- ](?P<ones>{_ONES}))?"
        rf"|two[- ]thousand(?:[- ](?:and[- ])?(?P<ones2>{_ONES}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[- ](?:{_ONES}))?))?)(?![\w-])"
    ))),
    ("the_weekend", _c(_i(r"the\s+(?:(?:holiday|long|bank\s+holiday)\s+)?weekend(?![\w-])"))),
    # "collapsed on the 5th": that day of the month the story is in
    ("ordinal_day", _c(
        r"(?<=\b[Oo]n\s)(?P<the>the)\s+(?P<day>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))(?![\w-])"
        # not "on the 2nd ballot", "on the 5th hole": an ordinal of something else
        r"(?!\s+(?:of|day|anniversary|floor|time|century|birthday|place|round|minute|hole|inning|innings|amendment|"
        r"person|game|lap|attempt|try|row|straight|consecutive|year|month|week|most|largest|biggest|ballot|vote|"
        r"reading|match|stage|leg|set|spot|position|grade|district|precinct|ward|street|avenue|storey|story|edition|"
        r"generation|term|season|quarter|half|victim|case|child|pick|seed|shot|goal|heat|race|test|episode|book|"
        r"film|album|chapter|page|line|lane|hour|level|tier|phase|wave|highest|lowest|best|worst|night|dose|"
        r"green|tee|count|charge|shot|attempt|offence|offense|violation|trip|visit|meeting|session|"
        r"Amendment|Circuit|District|Army|Fleet|Division|Brigade|Regiment|Battalion|Corps|Congress|Street|Avenue|"
        r"Ward|Precinct|Dynasty|Century|Parliament|Republic|Duke|Earl|Baron|Marquess)\b)"
    )),
    ("weekends", _c(_i(r"(?:on|at|over|during)\s+(?P<w>weekends)(?![\w-])"))),  # "free on weekends": every weekend
    # "in the new year", told in December: the coming year
    ("new_year", _c(r"(?:[Ii]n|[Aa]fter|[Uu]ntil|[Ee]arly\s+in|[Ff]or|[Oo]f|[Ss]tart|[Bb]egin|(?P<arrival>[Ii]nto|[Tt]o|"
                    r"[Ee]nter(?:s|ed|ing)?|[Gg]reet(?:s|ed|ing)?|[Ww]elcome[sd]?|[Ww]elcoming|[Uu]sher(?:s|ed)?\s+in|[Rr]ing(?:s)?\s+in))\s+"
                    r"(?P<ny>the\s+new\s+(?P<unit>year|century))(?![\w-])")),
    ("set", _c(_i(
        r"(?P<adv>(?:once|twice)-(?:daily|weekly|monthly|yearly)|daily|weekly|monthly|quarterly|annually|yearly|hourly|nightly|biweekly|semiannually)"
        rf"|(?P<every>every|each|per)\s+(?:(?P<num>{NUM_RE}|other)\s+)?(?P<unit>{UNIT_RE})(?![\w-])"
        r"|(?P<every2>every|each)\s+(?P<other>other\s+)?(?P<swd>(?:mon|tues|wednes|thurs|fri|satur|sun)day"
        r"|spring|summer|fall|autumn|winter|morning|afternoon|evening|night)(?![\w-])"
        r"|(?P<alt>alternate)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)days(?![\w-])"  # "on alternate Wednesdays"
        rf"|(?P<times>once|twice|thrice|(?:{NUM_RE})\s+times|(?P<units>(?:{NUM_RE}|a|an)\s+(?:day|night|morning|evening|weekend|week|month)s?))"
        rf"\s+(?:a|an|per|each|every)\s+(?P<tunit>{UNIT_RE})(?![\w-])(?(units)(?!\s+(?:ago|earlier|later)\b))"
        # "twice a week", "three days a week"; not "for three days a week ago"
    ))),
]

# A rule runs only if one of its trigger words occurs in the lower-cased text:
# plain substring tests, so pathological inputs (1 MB of digits) stay fast.
_MONTH_W = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_UNIT_W = ("second", "minute", "hour", "day", "night", "week", "fortnight", "month", "quarter",
           "year", "decade", "centur", "millenni")
TRIGGERS: dict[str, tuple[str, ...]] = {
    "month_day": _MONTH_W, "day_month": _MONTH_W, "month_year": _MONTH_W, "month": _MONTH_W,
    "iso_date": ("-",), "slash_date": ("/", "."), "year": ("1", "2", "fy"), "decade": ("0s", "0's"),
    "century": ("century", "centuries"), "weekday": ("day",),
    "deictic": ("today", "tonight", "yesterday", "tomorrow", "morning", "afternoon", "evening", "night"),
    "rel_unit": _UNIT_W + ("morning", "afternoon", "evening"), "mod_unit": ("of the", "in the"),
    "unit_before": ("before", "after", "earlier", "later"), "year_end": ("end",), "ago": ("ago", "earlier", "later", "now", "today", "tomorrow", "yesterday", "hence", "back"),
    "duration": _UNIT_W, "unit_long": ("long",), "century_part": ("century",), "plural_ago": ("ago", "later", "earlier"), "plural_unit": _UNIT_W, "recent_units": _UNIT_W,
    "quarter": ("quarter", "half", "period"), "quarter_bare": ("quarter", "period", "year-"),
    "quarter_abbr": ("q1", "q2", "q3", "q4", "h1", "h2", "1q", "2q", "3q", "4q", "1h", "2h"),
    "the_unit": ("the year", "the week", "the month", "the fiscal", "the full", "the calendar", "the entire",
                 "the whole"),
    "season": ("spring", "summer", "fall", "autumn", "winter"), "week_of_month": ("week of",),
    "ref": ("possible", "now", "current", "present", "recent", "late", "past", "previous", "former", "soon",
            "future", "short", "term", "date", "these days", "the time", "the moment"),
    "clock": ("m", "o'clock", ":", "noon", "midnight", "midday", "evening", "hours", "hrs", "gmt", "utc", "local time"),
    "year_ago_today": ("this time", "year ago", "years ago"), "weekends": ("weekends",), "ordinal_day": ("on the",), "new_year": ("new year", "new century"), "weekday_week": ("day week", "a week"),
    "month_quarter": ("quarter", "period", "half"),
    "part_of_day": ("morning", "afternoon", "evening", "dawn", "dusk", "daybreak", "nightfall"),
    "set": ("ly", "every", "each", "per", "once", "twice", "thrice", "times", "alternate", " a "),
    "spelled_year": ("nineteen", "thousand"), "spelled_decade": ("ties",), "overnight": ("overnight",), "set_month": ("every", "each"),
    "holiday": ("christmas", "new year", "day", "fourth", "halloween", "thanksgiving", "easter", "good friday",
                "black friday", "cyber monday", "ash wednesday", "palm sunday", "juneteenth", "night", "sunday", "hogmanay", "bank holiday"), "the_weekend": ("weekend",),
}
