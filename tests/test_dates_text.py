"""Dates written for people: the chronology, tooltips and the article view read these."""

from __future__ import annotations

import datetime as dt

from core.models import Granularity, TimeValue
from core.timevalues import describe


def test_dates_read_at_their_precision():
    def tv(value, g, start, end, mod=None):
        return TimeValue(value=value, granularity=g, start=start, end=end, mod=mod)

    d = dt.datetime
    assert describe(tv("2014", Granularity.YEAR, d(2014, 1, 1), d(2015, 1, 1))) == "2014"
    assert describe(tv("2022-01", Granularity.MONTH, d(2022, 1, 22), d(2022, 2, 1), "LATE")) == "late January 2022"
    assert describe(tv("2021-04-13TMO", Granularity.PART_OF_DAY, d(2021, 4, 13, 6), d(2021, 4, 13, 12))) \
        == "13 Apr 2021, morning"
    assert describe(tv("PAST_REF", Granularity.UNKNOWN, None, None)) == "PAST_REF"


def test_weeks_and_middles_read_naturally():
    d = dt.datetime
    week = TimeValue(value="2021-W13", granularity=Granularity.WEEK, start=d(2021, 3, 29), end=d(2021, 4, 5))
    assert describe(week) == "week of 29 Mar 2021"
    mid = TimeValue(value="2021-12", granularity=Granularity.MONTH, start=d(2021, 12, 11), end=d(2021, 12, 21),
                    mod="MID")
    assert describe(mid) == "mid-December 2021"


def test_seasons_quarters_and_halves_go_by_their_names():
    d = dt.datetime
    spring = TimeValue(value="2021-SP", granularity=Granularity.SEASON, start=d(2021, 3, 1), end=d(2021, 6, 1))
    assert describe(spring) == "spring 2021"
    q3 = TimeValue(value="1989-Q3", granularity=Granularity.QUARTER, start=d(1989, 7, 1), end=d(1989, 10, 1))
    assert describe(q3) == "third quarter of 1989"
    edited = TimeValue(value="2021-03", granularity=Granularity.SEASON, start=d(2021, 3, 1), end=d(2021, 6, 1))
    assert describe(edited) == "Mar 2021 – May 2021"  # no season code: the months it spans


def test_temporal_expressions_are_explained_for_readers():
    from core.timex import tag
    from core.timevalues import describe_timex

    got = {t.text: describe_timex(t) for t in tag(
        "He left on Tuesday, recently, for two weeks, and flies weekly.", dt.date(2021, 12, 30))}
    assert got == {"Tuesday": "28 Dec 2021", "recently": "some time before",
                   "two weeks": "a length of time (P2W)", "weekly": "repeating (P1W)"}
    assert describe_timex(tag("He left on Tuesday.", None)[0]) == "needs the article's publication date (XXXX-WXX-2)"
