"""Temporal tagger: types, values, anchoring and tense on small sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from core.models import Granularity, TimexType
from core.timex import tag, to_json

THU = dt.date(2021, 12, 30)  # a Thursday
TUE = dt.date(2021, 4, 13)  # a Tuesday


def one(text: str, dct: dt.date | None, expr: str):
    found = [t for t in tag(text, dct) if t.text == expr]
    assert found, f"{expr!r} not found in {[t.text for t in tag(text, dct)]}"
    return found[0]


def value(text: str, dct: dt.date | None, expr: str) -> str:
    return one(text, dct, expr).value


@pytest.mark.parametrize(
    "text, expr, expected",
    [
        ("The treaty was signed on Dec. 7, 2021.", "Dec. 7, 2021", "2021-12-07"),
        ("They met on Tuesday, Dec. 7, 2021.", "Tuesday, Dec. 7, 2021", "2021-12-07"),
        ("The figures for 2018 were worse.", "2018", "2018"),
        ("Sales fell in March 2020.", "March 2020", "2020-03"),
        ("It was a decade of change, the 1990s.", "the 1990s", "199X"),
        ("Revenue rose in the third quarter of 2021.", "the third quarter of 2021", "2021-Q3"),
        ("Stocks rose in summer 2021.", "summer 2021", "2021-SU"),
        ("Forecasts for FY2022 were cut.", "FY2022", "2022"),
        ("The paper was dated 2021-12-07.", "2021-12-07", "2021-12-07"),
    ],
)
def test_explicit_dates(text, expr, expected):
    t = one(text, THU, expr)
    assert t.value == expected
    assert t.type == TimexType.DATE
    assert not t.anchored


def test_explicit_dates_need_no_dct():
    t = one("They met on Tuesday, Dec. 7, 2021.", None, "Tuesday, Dec. 7, 2021")
    assert t.value == "2021-12-07" and t.resolved


def test_weekdays_follow_tense():
    text = "Biden on Thursday spoke with Putin. He spoke on Wednesday with aides."
    assert value(text, THU, "Thursday") == "2021-12-30"  # the DCT's own weekday is the DCT
    assert value(text, THU, "Wednesday") == "2021-12-29"
    text = "The White House plans to hold a call on Sunday."
    assert value(text, THU, "Sunday") == "2022-01-02"
    assert value("The summit will take place on Monday.", THU, "Monday") == "2022-01-03"
    assert value("Talks are scheduled for Friday.", THU, "Friday") == "2021-12-31"
    assert value("He resigned last Friday.", THU, "last Friday") == "2021-12-24"


def test_yearless_dates_follow_tense():
    text = "Officials are set to hold security talks on Jan. 10, with another round on Jan. 12."
    assert value(text, THU, "Jan. 10") == "2022-01-10"
    assert value(text, THU, "Jan. 12") == "2022-01-12"
    assert value("Prices peaked in mid-December.", THU, "mid-December") == "2021-12"
    assert value("Sales fell in January.", TUE, "January") == "2021-01"


def test_relative_units():
    text = "Two weeks ago the troops massed; last month they left. Last year was calm."
    assert value(text, TUE, "Two weeks ago") == "2021-W13"
    assert value(text, TUE, "last month") == "2021-03"
    assert value(text, TUE, "Last year") == "2020"
    t = one("A summit is possible early next year.", dt.date(2021, 12, 7), "early next year")
    assert t.value == "2022" and t.mod == "EARLY" and t.anchored
    assert t.interval_start == dt.datetime(2022, 1, 1)
    assert value("It happened yesterday.", TUE, "yesterday") == "2021-04-12"
    assert value("He arrives tomorrow.", TUE, "tomorrow") == "2021-04-14"
    assert value("Prices rose this week.", TUE, "this week") == "2021-W15"


def test_early_month_mod_and_interval():
    t = one("Talks start in early January.", THU, "early January")
    assert t.value == "2022-01" and t.mod == "EARLY"
    assert t.interval_start == dt.datetime(2022, 1, 1) and t.interval_end < dt.datetime(2022, 1, 12)


def test_times():
    t = one("The call began at 10 a.m. Tuesday.", dt.date(2021, 12, 7), "10 a.m. Tuesday")
    assert t.type == TimexType.TIME and t.value == "2021-12-07T10:00"
    assert t.granularity == Granularity.MINUTE
    t = one("They spoke Tuesday morning.", dt.date(2021, 12, 8), "Tuesday morning")
    assert t.type == TimexType.TIME and t.value == "2021-12-07TMO"
    assert value("Explosions were heard at 2 a.m.", THU, "2 a.m.") == "2021-12-30T02:00"


def test_durations_sets_refs():
    assert value("The call lasted 50 minutes.", THU, "50 minutes") == "PT50M"
    assert value("The talks lasted two weeks.", THU, "two weeks") == "P2W"
    assert value("It took some weeks.", THU, "some weeks") == "PXW"
    assert one("The call lasted 50 minutes.", THU, "50 minutes").type == TimexType.DURATION
    t = one("The ministers meet weekly.", THU, "weekly")
    assert t.type == TimexType.SET and t.value == "P1W"
    assert t.interval_start is None
    assert value("The two met recently.", THU, "recently") == "PAST_REF"
    assert value("The border is quiet now.", THU, "now") == "PRESENT_REF"
    assert value("Sanctions may follow in coming months.", THU, "coming months") == "FUTURE_REF"


def test_ranges_are_two_timexes():
    texts = [t.text for t in tag("Talks are set for Jan. 10-13.", THU)]
    assert texts == ["Jan. 10", "13"]
    got = {t.text: t.value for t in tag("Talks are set for Jan. 10-13.", THU)}
    assert got == {"Jan. 10": "2022-01-10", "13": "2022-01-13"}
    got = [t.value for t in tag("He served from 1997 to 1999.", THU)]
    assert got == ["1997", "1999"]


def test_ages_and_numbers_are_not_dates():
    assert tag("The 44-year-old was paid $1,500 for 52 shares.", THU) == []
    assert tag("He scored 2000 points.", THU) == []


def test_to_json_shape():
    out = to_json(tag("He left on Dec. 7, 2021.", None))
    assert out == [{"start": 11, "end": 23, "text": "Dec. 7, 2021", "type": "DATE", "value": "2021-12-07"}]


def test_spans_are_code_point_offsets():
    text = "🙂🙂 Résumé: on Dec. 7, 2021 they met."
    t = tag(text, None)[0]
    assert text[t.start:t.end] == t.text == "Dec. 7, 2021"


def test_fractional_durations():
    got = {t.text: t.value for t in tag("It took 2 1/2 years, a minute and a half, and 1.5 weeks.", THU)}
    assert got == {"2 1/2 years": "P2Y6M", "a minute and a half": "PT1M30S", "1.5 weeks": "P10D"}


def test_this_month_name_is_the_dct_year():
    assert value("The vote is this September.", dt.date(1998, 2, 5), "this September") == "1998-09"


def test_past_verb_sends_a_whole_month_ahead_back_a_year():
    nov = dt.date(2019, 11, 4)
    assert value("Exports slumped in March, the ministry reported.", nov, "March") == "2019-03"
    assert value("The plant will reopen in March.", nov, "March") == "2020-03"
    # a day a few weeks ahead still stays ahead of a reporting verb
    assert value("The deadline was extended to Dec. 20.", nov, "Dec. 20") == "2019-12-20"


def test_endpoint_month_keeps_the_four_month_allowance():
    nov = dt.date(2019, 11, 4)
    assert value("Lenders extended the credit line through February.", nov, "February") == "2020-02"


def test_weekday_tense_cues():
    wed = dt.date(2000, 1, 12)
    assert value("Voters go to the polls on Sunday.", wed, "Sunday") == "2000-01-16"
    assert value("The council meets Thursday to discuss the budget.", wed, "Thursday") == "2000-01-13"
    assert value("The firm said on Monday it would cut 500 jobs.", wed, "Monday") == "2000-01-10"
    assert value("The index fell 2% on Monday.", wed, "Monday") == "2000-01-10"
    # "cut" is past as well as present: no scheduled reading
    assert value("Rivals cut prices on Monday.", wed, "Monday") == "2000-01-10"


def test_linked_months_share_the_year():
    wed = dt.date(2000, 1, 12)
    got = {t.text: t.value for t in tag("Exports rose from January to November, and in March and April.", wed)}
    assert got["January"][:4] == got["November"][:4]
    assert got["March"][:4] == got["April"][:4]
    got = {t.text: t.value for t in tag("Prices rose between Nov. 20 and Jan. 5.", wed)}
    assert got == {"Nov. 20": "1999-11-20", "Jan. 5": "2000-01-05"}


def test_previous_and_following_weekday_are_seen_from_the_told_date():
    wed = dt.date(2000, 1, 12)
    text = "The talks opened on Jan. 3. Rebels had attacked the previous Friday."
    assert value(text, wed, "the previous Friday") == "1999-12-31"
    text = "The ship left on Dec. 20, 1999 and docked the following Monday."
    assert value(text, wed, "the following Monday") == "1999-12-27"


@pytest.mark.parametrize(
    "text, expr, expected",
    [
        # Monday 1989-10-30
        ("The offer is due to expire Friday.", "Friday", "1989-11-03"),
        ("The offer had been due to expire Friday evening.", "Friday evening", "1989-10-27TEV"),
        ("The bank is to resume trading in Paris Tuesday.", "Tuesday", "1989-10-31"),
        ("The envoy could arrive as early as Tuesday.", "Tuesday", "1989-10-31"),
        ("The court extended its deadline until 9 a.m. Tuesday.", "9 a.m. Tuesday", "1989-10-31T09:00"),
        ("The offer had been scheduled to expire at midnight Friday.", "midnight Friday", "1989-10-27T24:00"),  # TimeBank: the night that ends Friday
        ("Farmers planned a large march on Saturday.", "Saturday", "1989-10-28"),
        ("Officials may decide on Thursday.", "Thursday", "1989-11-02"),
        ("Rebels might have crossed the river on Thursday.", "Thursday", "1989-10-26"),
        ("The minister could not be reached Sunday.", "Sunday", "1989-10-29"),
        ("The airline will double its flights by August.", "August", "1990-08"),
    ],
)
def test_prospects_modals_and_deadlines_set_the_side(text, expr, expected):
    assert value(text, dt.date(1989, 10, 30), expr) == expected


def test_past_stories_keep_their_seasons_and_months_behind():
    nov24, dec31 = dt.date(2021, 11, 24), dt.date(2021, 12, 31)
    text = "Russia moved troops toward Ukraine before announcing a partial pullback in late April."
    assert value(text, nov24, "late April") == "2021-04"  # the -ing clause takes the main verb's time
    text = "It was a year in which relations lurched from the spring troop crisis to a summit."
    assert value(text, dec31, "the spring") == "2021-SP"
    text = "Biden agreed to extend New START, the treaty that was set to expire in February."
    assert value(text, TUE, "February") == "2021-02"


def test_early_mid_late_intervals_start_on_whole_days():
    t = one("Talks are due in late January.", THU, "late January")
    assert (t.interval_start, t.interval_end) == (dt.datetime(2022, 1, 22), dt.datetime(2022, 2, 1))
