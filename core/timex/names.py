"""Time words that belong to a name: "the Sunday Times", "April Ryan", "the Summer
Olympics", "the Good Friday Agreement", "Super Tuesday".

Running text writes seasons and parts of the day in lower case and puts a preposition
or a determiner before a date; a capitalised word that follows a time word without
either is the rest of a proper name.  A headline in title case can lose a date to
this; its body says the date again.
"""

from __future__ import annotations

import re

from core.timex.spec import Candidate

# Days that are names of their own, not the weekday nearest the article
_NAMED_DAY_BEFORE = re.compile(
    r"(?:Super|Bloody|Black|Blue|Giving|Manic|Holy|Shrove|Maundy|Fat|Mad|Spy|Freaky|Good|Easter|Palm|Ash|Cyber)\s+$")
_CAPITAL_AFTER = re.compile(r"\s+(?!(?:Day|Eve|Night|Morning|Afternoon|Evening|of)\b)[A-Z][a-z]")
_TEMPORAL_WORD = re.compile(
    r"\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)", re.I)
_THE_BEFORE = re.compile(r"(?<![A-Za-z])[Tt]he\s+$")
_DATE_LEAD = re.compile(
    r"(?i:(?<![A-Za-z])(?:in|on|at|by|since|until|till|from|to|of|for|through|before|after|during|"
    r"between|and|or|last|next|this|early|late|mid|since|around|about|every|each|that|until))\s+$")
_GIVEN_NAME_MONTHS = frozenset({"April", "May", "June"})
_PARTS = frozenset({"Night", "Morning", "Afternoon", "Evening"})
_PART_AFTER = re.compile(r"\s+(?:Night|Morning|Afternoon|Evening)\s+[A-Z][a-z]")


def is_proper_name(text: str, c: Candidate) -> bool:
    span = text[c.start:c.end]
    before = text[max(0, c.start - 12):c.start]
    after = text[c.end:c.end + 24]
    capital_after = bool(_CAPITAL_AFTER.match(after)) and not _TEMPORAL_WORD.match(after)
    if c.rule == "weekday":
        if _NAMED_DAY_BEFORE.search(before):
            return True  # "Super Tuesday", "Bloody Sunday"
        if _DATE_LEAD.search(before):
            return False  # "on Sunday Morning Biden spoke"
        capital_part = span.split()[-1] in _PARTS and capital_after  # "Monday Night Football"
        return bool(_PART_AFTER.match(after)) or capital_part or (
            bool(_THE_BEFORE.search(before)) and capital_after)  # "the Sunday Times", "The Monday Club"
    if c.rule == "deictic":
        return span == "Today" and bool(_THE_BEFORE.search(before))  # "the Today show"
    if c.rule == "season":
        return span.split()[-1][:1].isupper() and capital_after  # "the Summer Olympics", "the Fall Classic"
    if c.rule == "holiday":
        return capital_after and not _DATE_LEAD.search(before)  # "The Good Friday Agreement", not "on Christmas Day Putin"
    if c.rule == "month":  # "April Ryan"; not "the June Fed meeting"
        return span in _GIVEN_NAME_MONTHS and capital_after and not _DATE_LEAD.search(before) \
            and not _THE_BEFORE.search(before)
    return False
