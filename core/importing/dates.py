"""Publication dates: parsing date strings and finding the one a text states.

The publication date anchors every relative expression ("Tuesday", "last
month"), so a wrong one is worse than none.  This module therefore only reads
dates that a page *presents* as its date: a line that starts with
"Published"/"Updated", a dateline ("MOSCOW, Dec. 7, 2021 —"), or a line that is
nothing but a date near the top or bottom.  A date inside an ordinary sentence
or a photo caption ("... the Situation Room, Tuesday, Dec. 7, 2021") is about an
event, not the article, and is ignored.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from core.models import DateOrigin

MONTHS: dict[str, int] = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3,
    "apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7,
    "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10,
    "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}  # fmt: skip

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|20|21)\d\d)"

# Each alternative is a complete date; named groups differ, so they are separate regexes.
_DATE_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(rf"{_YEAR}-(?P<mnum>[01]?\d)-(?P<day>[0-3]?\d)(?![\d])(?:T[\d:.]+(?:Z|[+-][\d:]+)?)?"),
    re.compile(rf"{_YEAR}/(?P<mnum>[01]?\d)/(?P<day>[0-3]?\d)\b"),
    # numbers only where the order cannot be mistaken: "14/03/2023" is day first, "03/14/2023"
    # month first, "14.03.2023" day first (dots are European, always zero-padded there: not
    # "v1.2.2023"); "03/04/2023" is left unread
    re.compile(rf"(?<![\d/.])(?P<day>1[3-9]|2\d|3[01])/(?P<mnum>0?[1-9]|1[0-2])/{_YEAR}\b"),
    re.compile(rf"(?<![\d/.])(?P<mnum>0?[1-9]|1[0-2])/(?P<day>1[3-9]|2\d|3[01])/{_YEAR}\b"),
    re.compile(rf"(?<![\w/.])(?P<day>0[1-9]|[12]\d|3[01])\.(?P<mnum>0[1-9]|1[0-2])\.{_YEAR}(?!\d|\.\d)"),
    re.compile(rf"{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I),
    re.compile(rf"{_WEEKDAY}{_DAY}(?:\s+of)?\s+{_MONTH},?\s+{_YEAR}\b", re.I),
)
DATE_RE = "(?i:" + "|".join(
    # the same patterns without group names, for embedding in larger regexes
    re.sub(r"\(\?P<\w+>", "(?:", p.pattern) for p in _DATE_PATTERNS
) + ")"


@dataclass(frozen=True)
class DateFinding:
    """A publication date with where it came from and the text it was read from."""

    date: dt.date
    origin: DateOrigin
    evidence: str


def _build(match: re.Match[str]) -> dt.date | None:
    groups = match.groupdict()
    try:
        year = int(groups["year"])
        month = int(groups["mnum"]) if groups.get("mnum") else MONTHS[groups["month"].lower()]
        return dt.date(year, month, int(groups["day"]))
    except (KeyError, ValueError, TypeError):
        return None


def parse_date(value: object) -> dt.date | None:
    """Parse a date from metadata: ISO dates/datetimes or "Dec. 7, 2021"-style text.

    Accepts ``date``/``datetime`` objects too.  Returns ``None`` rather than
    raising: metadata is often junk ("", "n/a", "yesterday").
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text or len(text) > 200:
        return None
    for pattern in _DATE_PATTERNS:
        match = pattern.search(text)
        if match:
            found = _build(match)
            if found is not None:
                return found
    return None


def _first_date(text: str) -> tuple[dt.date, re.Match[str]] | None:
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            found = _build(match)
            if found is not None:
                return found, match
    return None


# "Published Dec. 7, 2021", "Updated on December 7, 2021, at 3:21 p.m. ET", "Posted: 2021-12-07"
_LABELLED = re.compile(
    r"^[ \t>*•·-]*(?:(?P<label>(?:first |originally )?published|posted|(?:last )?updated|(?:last )?modified)"
    r"\b(?:\s+on)?\s*:?|(?P<dlabel>date)\s*:)\s*(?P<date>" + DATE_RE + ")",
    re.I | re.M,
)
# "MOSCOW, Dec. 7, 2021 (Reuters) —", "KYIV, Ukraine (AP) Dec. 7, 2021 —"
_DATELINE = re.compile(
    r"^[ \t]*[A-Z][A-Z.'\- ]{1,40}(?:,\s*[A-Z][A-Za-z.' ]{1,30})?\s*(?:\([A-Za-z. ]{1,20}\))?,?\s*"
    r"(?P<date>" + DATE_RE + r")\s*(?:\([A-Za-z. ]{1,20}\))?\s*[—–-]",
    re.M,
)
_DATE_LINE = re.compile(  # "March 14, 2023", "March 14, 2023 at 3:45 p.m. EDT"; not a sentence after it
    r"^[ \t]*(?:date:\s*)?(?P<date>" + DATE_RE + r")[\s,]*"
    r"(?:(?:at\s+)?[\d:.]+\s*[ap]\.?m\.?(?:\s*\(?[A-Z]{2,5}\)?|\s+local\s+time)?)?\s*$", re.I)

_EDGE_LINES = 12  # how many non-empty lines at each end may hold a bare date line


def find_text_date(text: str, byline: DateFinding | None = None) -> DateFinding | None:
    """The publication date the text itself states, or ``None``.

    "Published"/"Posted" beat "Updated" (an update is later than publication);
    then a dateline in the first paragraphs; then ``byline``, the date a byline
    at the top carries; then a line that is only a date near either end of the text.
    """
    published: DateFinding | None = None
    updated: DateFinding | None = None
    for match in _LABELLED.finditer(text):
        found = parse_date(match.group("date"))
        if found is None:
            continue
        label_start = match.start("label") if match.group("label") else match.start("dlabel")
        evidence = text[label_start : match.end("date")].strip()
        finding = DateFinding(found, DateOrigin.TEXT, evidence)
        label = (match.group("label") or match.group("dlabel")).lower()
        if "updated" in label or "modified" in label:
            updated = updated or finding
        else:
            published = published or finding
            break
    if published or updated:
        return published or updated

    lines = [line for line in text.split("\n") if line.strip()]
    for line in lines[:5]:
        match = _DATELINE.match(line)
        if match:
            found = parse_date(match.group("date"))
            if found:
                return DateFinding(found, DateOrigin.TEXT, match.group(0).strip(" —–-"))
    if byline is not None:
        return byline

    for line in lines[:_EDGE_LINES] + lines[-_EDGE_LINES:]:
        if len(line) > 80:
            continue
        match = _DATE_LINE.match(line)
        if match:
            found = parse_date(match.group("date"))
            if found:
                return DateFinding(found, DateOrigin.TEXT, line.strip())
    return None
