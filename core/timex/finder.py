"""Find the extents of temporal expressions: run every rule, keep the best spans.

Overlaps are settled greedily: the longest original match wins, then the
earlier start, then the rule listed first in ``patterns.RULES``.  A rule may
emit two candidates from one match (ranges: "Jan. 10-13", "1997-99"); they
share the match length and so win or lose together.
"""

from __future__ import annotations

import logging
import re

from core.timex import handlers_amounts as A
from core.timex import handlers_dates as D
from core.timex import handlers_quarters as Q
from core.timex import handlers_relative as R
from core.timex.compose import compose
from core.timex.names import is_proper_name
from core.timex.normalise import Handler
from core.timex.patterns import RULES, TRIGGERS
from core.timex.spec import Candidate

log = logging.getLogger(__name__)

HANDLERS: dict[str, Handler] = {
    "month_day": D.h_month_day, "day_month": D.h_day_month, "month_year": D.h_month_year,
    "iso_date": D.h_iso_date, "slash_date": D.h_slash_date, "year": D.h_year, "decade": D.h_decade,
    "century": D.h_century, "month": D.h_month, "quarter": Q.h_quarter, "quarter_bare": Q.h_quarter_bare,
    "quarter_abbr": Q.h_quarter_abbr, "week_of_month": D.h_week_of_month,
    "the_unit": D.h_the_unit,
    "season": D.h_season, "spelled_year": D.h_spelled_year, "set_month": D.h_set_month,
    "holiday": D.h_holiday, "spelled_decade": D.h_spelled_decade, "overnight": R.h_overnight,
    "weekday": R.h_weekday, "part_of_day": R.h_part_of_day, "deictic": R.h_deictic, "rel_unit": R.h_rel_unit, "mod_unit": R.h_mod_unit,
    "year_end": R.h_year_end, "ago": R.h_ago, "the_weekend": R.h_the_weekend, "clock": R.h_clock,
    "unit_before": R.h_unit_before, "year_ago_today": R.h_year_ago_today, "weekday_week": R.h_weekday_week,
    "month_quarter": Q.h_month_quarter, "weekends": D.h_weekends, "ordinal_day": D.h_ordinal_day, "new_year": D.h_new_year,
    "duration": A.h_duration, "unit_long": A.h_unit_long, "century_part": A.h_century_part, "plural_ago": A.h_plural_unit, "plural_unit": A.h_plural_unit, "recent_units": A.h_recent_units,
    "ref": A.h_ref, "set": A.h_set,
}
assert set(HANDLERS) == {name for name, _ in RULES}, "every rule needs a handler"

MAX_MATCHES_PER_RULE = 200_000  # a pathological input must not eat the machine


def candidates(text: str) -> list[Candidate]:
    """Every candidate of every rule (overlapping), with the rule's rank."""
    out: list[tuple[int, Candidate]] = []
    lower = text.lower()
    for rank, (name, regex) in enumerate(RULES):
        handler = HANDLERS[name]
        if not any(word in lower for word in TRIGGERS.get(name, ("",))):
            continue
        for i, m in enumerate(regex.finditer(text)):
            if i >= MAX_MATCHES_PER_RULE:
                break
            if m.end() == m.start():
                continue
            try:
                found = handler(m, text)
            except Exception:  # a handler bug must not lose the whole document
                log.debug("rule %s failed on %r", name, m.group(), exc_info=True)
                continue
            for c in found:
                if c.end > c.start:
                    out.append((rank, Candidate(c.start, c.end, c.spec, c.group, name)))
    out.sort(key=lambda rc: (-rc[1].group, rc[1].start, rc[0]))
    return [c for _, c in out]


_TITLE_UNIT = re.compile(
    r"\s(?:Weeks?|Days?|Months?|Years?|Hours?|Minutes?|Nights?|Mornings?|Evenings?|Afternoons?)\b")
_TITLE_BEFORE = re.compile(r"(?:[\"'`‘“]|['’]s\s)$")
_QUOTE_BEFORE = re.compile(r"[\"'`‘“]$")  # "'s " ends in a space: a possessive never matches
_UNIT_RULES = frozenset({"duration", "rel_unit", "plural_unit", "the_unit"})


def is_show_title(text: str, c: Candidate) -> bool:
    """CBS's "60 Minutes", ABC's "This Week", "Saturday Night Live": a capitalised unit
    inside a quoted name, or a possessed one for the unit rules, is a programme's title.
    A possessed weekday is a date ("Putin's Friday Morning call", "It's Sunday Morning"),
    a holiday always ("Putin's New Year address").  A quotation may start with "Days
    later", so the unit must not be the first word."""
    if c.rule == "holiday":
        return False
    span = text[c.start:c.end]
    before = text[max(0, c.start - 3):c.start]
    title_like = _TITLE_BEFORE if c.rule in _UNIT_RULES else _QUOTE_BEFORE
    return bool(_TITLE_UNIT.search(span)) and not span.isupper() and bool(title_like.search(before))


def select(cands: list[Candidate]) -> list[Candidate]:
    """Greedy non-overlapping choice; result in text order."""
    taken: list[Candidate] = []
    size = max((c.end for c in cands), default=0)
    occupied = bytearray(size)  # one byte per character: linear even for 1 MB inputs
    for c in cands:
        if any(occupied[c.start:c.end]):
            continue
        taken.append(c)
        occupied[c.start:c.end] = b"\x01" * (c.end - c.start)
    taken.sort(key=lambda c: c.start)
    return taken


def find(text: str) -> list[Candidate]:
    """Non-overlapping candidates in text order, neighbours joined where they form one expression."""
    return compose(text, select([c for c in candidates(text)
                                 if not is_show_title(text, c) and not is_proper_name(text, c)]))
