"""Named holidays: "Christmas", "Thanksgiving", "New Year's Eve", "Easter".

TimeML gives them calendar values (``1999-12-25``).  Fixed-date holidays are
year-less dates; movable ones need the year first, so each entry maps a year
to the date.  Anchoring picks the year the same way as for "Jan. 10".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from dateutil.easter import easter


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """``n``-th ISO ``weekday`` of the month; ``n = -1`` for the last."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    last = nxt - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)


def _fixed(month: int, day: int) -> Callable[[int], dt.date]:
    return lambda y: dt.date(y, month, day)


HOLIDAYS: dict[str, Callable[[int], dt.date]] = {
    "christmas eve": _fixed(12, 24), "christmas day": _fixed(12, 25), "christmas": _fixed(12, 25),
    "new year's eve": _fixed(12, 31), "new year's day": _fixed(1, 1), "new year's": _fixed(1, 1),
    "new year": _fixed(1, 1), "independence day": _fixed(7, 4), "the fourth of july": _fixed(7, 4),
    "july fourth": _fixed(7, 4), "fourth of july": _fixed(7, 4), "halloween": _fixed(10, 31), "valentine's day": _fixed(2, 14),
    "veterans day": _fixed(11, 11), "veterans' day": _fixed(11, 11), "boxing day": _fixed(12, 26),
    "bastille day": _fixed(7, 14), "st. patrick's day": _fixed(3, 17),
    "thanksgiving": lambda y: _nth_weekday(y, 11, 4, 4), "thanksgiving day": lambda y: _nth_weekday(y, 11, 4, 4),
    "memorial day": lambda y: _nth_weekday(y, 5, 1, -1), "labor day": lambda y: _nth_weekday(y, 9, 1, 1),
    "martin luther king day": lambda y: _nth_weekday(y, 1, 1, 3),
    "presidents' day": lambda y: _nth_weekday(y, 2, 1, 3), "presidents day": lambda y: _nth_weekday(y, 2, 1, 3),
    "columbus day": lambda y: _nth_weekday(y, 10, 1, 2),
    "election day": lambda y: _nth_weekday(y, 11, 1, 1) + dt.timedelta(days=1),
    "mother's day": lambda y: _nth_weekday(y, 5, 7, 2), "father's day": lambda y: _nth_weekday(y, 6, 7, 3),
    "easter": easter, "easter sunday": easter, "easter day": easter,
    "good friday": lambda y: easter(y) - dt.timedelta(days=2),
    "easter monday": lambda y: easter(y) + dt.timedelta(days=1),
    "ash wednesday": lambda y: easter(y) - dt.timedelta(days=46),
    "palm sunday": lambda y: easter(y) - dt.timedelta(days=7),
    "black friday": lambda y: _nth_weekday(y, 11, 4, 4) + dt.timedelta(days=1),
    "cyber monday": lambda y: _nth_weekday(y, 11, 4, 4) + dt.timedelta(days=4),
    "juneteenth": _fixed(6, 19), "canada day": _fixed(7, 1), "remembrance day": _fixed(11, 11),
    "armistice day": _fixed(11, 11), "anzac day": _fixed(4, 25), "groundhog day": _fixed(2, 2),
    "may day": _fixed(5, 1), "st patrick's day": _fixed(3, 17), "st. stephen's day": _fixed(12, 26),
    "st stephen's day": _fixed(12, 26), "australia day": _fixed(1, 26), "waitangi day": _fixed(2, 6),
    "bonfire night": _fixed(11, 5), "guy fawkes night": _fixed(11, 5), "hogmanay": _fixed(12, 31),
    "august bank holiday": lambda y: _nth_weekday(y, 8, 1, -1), "summer bank holiday": lambda y: _nth_weekday(y, 8, 1, -1),
    "may bank holiday": lambda y: _nth_weekday(y, 5, 1, 1), "early may bank holiday": lambda y: _nth_weekday(y, 5, 1, 1),
    "spring bank holiday": lambda y: _nth_weekday(y, 5, 1, -1), "late may bank holiday": lambda y: _nth_weekday(y, 5, 1, -1),
    "remembrance sunday": lambda y: _nth_weekday(y, 11, 7, 2),
    "inauguration day": lambda y: dt.date(y, 1, 20) if y % 4 == 1 else None,  # a US president's, after an election year
    "martin luther king jr. day": lambda y: _nth_weekday(y, 1, 1, 3),
    "martin luther king jr day": lambda y: _nth_weekday(y, 1, 1, 3),
}

HOLIDAY_RE = (
    # "Lunar New Year", "Chinese New Year", "Orthodox Christmas" fall on other days
    r"(?<![A-Za-z])(?<!Lunar\s)(?<!Chinese\s)(?<!Jewish\s)(?<!Persian\s)(?<!Islamic\s)(?<!Orthodox\s)"
    r"(?<!Vietnamese\s)(?<!Thai\s)(?<!Tibetan\s)(?<!Iranian\s)(?<!Hindu\s)(?<!Sikh\s)(?<!Khmer\s)(?<!Korean\s)"
    r"(?:Christmas(?:\s+(?:Eve|Day))?|New\s+Year(?:'s|’s)?(?:\s+(?:Eve|Day))?|Independence\s+Day|"
    r"(?:[Tt]he\s+)?Fourth\s+of\s+July|July\s+Fourth|Halloween|Valentine(?:'s|’s)\s+Day|Veterans(?:'|’)?\s+Day|"
    r"Boxing\s+Day|Bastille\s+Day|St\.?\s+Patrick(?:'s|’s)\s+Day|Thanksgiving(?:\s+Day)?|Memorial\s+Day|"
    r"Labor\s+Day|Martin\s+Luther\s+King(?:\s+Jr\.?)?\s+Day|Presidents(?:'|’)?\s+Day|Columbus\s+Day|Election\s+Day|"
    r"Mother(?:'s|’s)\s+Day|Father(?:'s|’s)\s+Day|Easter(?:\s+(?:Sunday|Day|Monday))?|Good\s+Friday|"
    r"Ash\s+Wednesday|Palm\s+Sunday|Black\s+Friday|Cyber\s+Monday|Juneteenth|Canada\s+Day|Remembrance\s+Day|"
    r"Armistice\s+Day|Anzac\s+Day|Groundhog\s+Day|May\s+Day|St\.?\s+Stephen(?:'s|’s)\s+Day|Australia\s+Day|"
    r"Waitangi\s+Day|Bonfire\s+Night|Guy\s+Fawkes\s+Night|Remembrance\s+Sunday|Inauguration\s+Day|Hogmanay|"
    r"(?:[Ee]arly\s+|[Ll]ate\s+)?(?:August|May|[Ss]ummer|[Ss]pring)\s+[Bb]ank\s+[Hh]oliday)(?![A-Za-z])"
)


def holiday_date(name: str, year: int) -> dt.date | None:
    key = " ".join(name.lower().replace("’", "'").split())
    fn = HOLIDAYS.get(key) or HOLIDAYS.get(key.removeprefix("the "))
    try:
        return fn(year) if fn else None
    except ValueError:
        return None
