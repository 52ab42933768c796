"""Temporal tagger: extents and filters learnt from newswire, and the intervals drawn."""

from __future__ import annotations

import datetime as dt

from core.models import Granularity, TimexType
from core.timex import tag
from core.timex.granularity import interval_of, narrow

MON = dt.date(1989, 10, 30)  # a Monday


def values(text: str, dct: dt.date | None = MON) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, dct)}


def test_not_temporal():
    assert values("The board declared a quarterly dividend of 10 cents.") == {}
    assert values("The airline adds nearly 700 seats a week on the route.") == {}
    # A verb in -s is no plural noun of a rate when "after" follows
    assert values("The vote comes a week after the crash.") == {"a week": "P1W"}
    assert values("About three-quarters of the votes were counted.") == {}
    assert values("Theresa May said so. He may go.") == {}
    assert values("He was born in a 1,998-bed hospital; flight 1998 landed.") == {}


def test_spelled_and_decade_years():
    assert values("It happened in nineteen ninety-six.")["nineteen ninety-six"] == "1996"
    assert values("in January nineteen ninety-seven")["January nineteen ninety-seven"] == "1997-01"
    got = values("Prices soared in the late 1970s and the '80s.")
    assert got == {"the late 1970s": "197X", "the '80s": "198X"}
    t = tag("Prices soared in the late 1970s.", None)[0]
    assert t.mod == "LATE" and t.granularity == Granularity.DECADE


def test_units_relative_to_the_dct():
    got = values("Shares rose last week and will rise next month; the weekend was calm.")
    assert got["last week"] == "1989-W43"
    assert got["next month"] == "1989-11"
    assert got["the weekend"] == "1989-W43-WE"
    t = tag("Payment is due at the end of the month.", MON)[0]
    assert (t.text, t.value, t.mod) == ("the end of the month", "1989-10", "LATE")
    assert values("The offer was extended to Nov. 20.", dt.date(1989, 11, 2))["Nov. 20"] == "1989-11-20"
    assert values("Nestle's share before Friday's purchases is small.")["Friday"] == "1989-10-27"


def test_reference_time_units():
    got = values("The accord was signed on March 5, 1998. The day after, troops left.", None)
    assert got["The day after"] == "1998-03-06"
    got = values("On Oct. 3, 1989 the bank failed. Two days later it reopened.")
    assert got["Two days later"] == "1989-10-05"


def test_quarters_and_fiscal_years():
    got = values("Third-quarter profit rose; the year-ago quarter was weak. Fiscal 1990 looks better.")
    assert got["Third-quarter"] == "1989-Q3"
    assert got["the year-ago quarter"] == "1988-Q3"
    assert got["Fiscal 1990"] == "1990"
    assert values("Sales rose in the first half of 1989.")["the first half of 1989"] == "1989-H1"


def test_quarters_as_business_writing_abbreviates_them():
    got = values("Sales fell in Q3 2022, rose in 2023 Q1 and in Q4 FY2023, as in Q1 '23 and 3Q22; H1 2023 was flat.",
                 dt.date(2023, 8, 10))
    assert got == {"Q3 2022": "2022-Q3", "2023 Q1": "2023-Q1", "Q4 FY2023": "2023-Q4", "Q1 '23": "2023-Q1",
                   "3Q22": "2022-Q3", "H1 2023": "2023-H1"}
    assert values("Profits grew in Q2.", dt.date(2023, 8, 10)) == {"Q2": "2023-Q2"}
    assert values("The Audi Q3 sold well; an H1 visa; the Q4 model line.", dt.date(2023, 8, 10)) == {}
    got = values("It converts methane to H2; demand for H2 grew; for H1 influenza; he drove to Q3 Arena; "
                 "analysts in Q2 Holdings Inc. agreed.", dt.date(2023, 8, 10))
    assert got == {}
    assert values("Growth may slow in H1 and by Q4.", dt.date(2023, 8, 10)) == {"Q4": "2023-Q4"}  # H1 may be hydrogen
    got = values("Sales rose from Q1 to Q3, and from the fourth quarter to the first quarter.", dt.date(2023, 8, 10))
    assert got == {"Q1": "2023-Q1", "Q3": "2023-Q3", "the fourth quarter": "2022-Q4", "the first quarter": "2023-Q1"}
    got = values("Sales in March and the first quarter were weak; the second quarter and the first quarter saw losses; "
                 "profit fell in Q3 and in February.", dt.date(2023, 8, 10))
    assert got == {"March": "2023-03", "the first quarter": "2023-Q1", "the second quarter": "2023-Q2",
                   "Q3": "2023-Q3", "February": "2023-02"}  # lists, not ranges: no year further on


def test_a_year_later_counts_forward():
    got = values("He served from 2009 to 2017 and returned to politics a year later.", dt.date(2022, 12, 21))
    assert got["a year later"] == "2018"
    assert values("Sales a year ago were weak.")["a year ago"] == "1988"


def test_clock_times_with_days_and_zones():
    got = values("Statements came at 2pm, at 2.30pm and at 12.45pm.", dt.date(2023, 3, 8))
    assert got == {"2pm": "2023-03-08T14:00", "2.30pm": "2023-03-08T14:30", "12.45pm": "2023-03-08T12:45"}
    assert values("Shares rose 2.30 points.", dt.date(2023, 3, 8)) == {}
    dct = dt.date(2023, 1, 5)
    got = values("The vote is at 8 p.m. on Tuesday, March 14, and doors open at 7 p.m. on Saturday, Feb. 4, 2023.", dct)
    assert got == {"8 p.m. on Tuesday, March 14": "2023-03-14T20:00", "7 p.m. on Saturday, Feb. 4, 2023": "2023-02-04T19:00"}
    got = values("The raid began at 2am on Sunday morning; the match kicks off at 11am on Sunday 8 January.", dct)
    assert got == {"2am on Sunday morning": "2023-01-01T02:00", "11am on Sunday 8 January": "2023-01-08T11:00"}
    assert values("It cost £2.30 pm per unit; PM2.5 read 12.45 PM2.5.", dct) == {}
    got = values("The deadline passed at 5 p.m. On Thursday, lawmakers met again. Talks resume at 9 a.m. tomorrow morning.", dct)
    assert got == {"5 p.m.": "2023-01-05T17:00", "Thursday": "2023-01-05", "9 a.m. tomorrow morning": "2023-01-06T09:00"}
    got = values("The strike ended at 4:30 p.m. on Friday.", dt.date(2023, 2, 16))
    assert got == {"4:30 p.m. on Friday": "2023-02-10T16:30"}
    got_year = values("The vote is at 10:30 a.m. ET on Dec. 7, 2021.", dt.date(2022, 12, 21))
    assert got_year == {"10:30 a.m. ET on Dec. 7, 2021": "2021-12-07T10:30"}
    got = values("The offer expires at 5 p.m. EST, Nov. 6, and trading resumes at 9:30 a.m. Tuesday.")
    assert got["5 p.m. EST, Nov. 6"] == "1989-11-06T17:00"
    assert got["9:30 a.m. Tuesday"] == "1989-10-31T09:30"
    assert values("Talks ran until midnight.")["midnight"] == "1989-10-29T24:00"  # the one that began the day
    assert values("He left in mid-afternoon.") == {"mid-afternoon": "1989-10-30TAF"}  # no "noon" inside "afternoon"


def test_sets():
    got = values("Flights leave each Thursday and every July, twice a year, and on Tuesday nights.")
    assert got["each Thursday"] == "XXXX-WXX-4"
    assert got["every July"] == "XXXX-07"
    assert got["twice a year"] == "P1Y"
    assert got["Tuesday nights"] == "XXXX-WXX-2TNI"
    assert all(t.type == TimexType.SET for t in tag("each Thursday, every July", MON))


def test_intervals():
    assert interval_of("2021-W13")[1:] == (dt.datetime(2021, 3, 29), dt.datetime(2021, 4, 5))
    assert interval_of("2021-Q3")[1:] == (dt.datetime(2021, 7, 1), dt.datetime(2021, 10, 1))
    assert interval_of("2021-SU")[0] == Granularity.SEASON
    assert interval_of("199X")[1:] == (dt.datetime(1990, 1, 1), dt.datetime(2000, 1, 1))
    assert interval_of("2021-12-07TMO")[1] == dt.datetime(2021, 12, 7, 6)
    assert interval_of("2021-12-07T10:00")[0] == Granularity.MINUTE
    assert interval_of("PAST_REF") == (Granularity.UNKNOWN, None, None)
    assert interval_of("2021-02-30") == (Granularity.UNKNOWN, None, None)
    s, e = narrow(dt.datetime(2021, 1, 1), dt.datetime(2022, 1, 1), "LATE")
    assert s.month == 9 and e == dt.datetime(2022, 1, 1)


def test_durations_have_no_interval_and_refs_are_anchored():
    for t in tag("It lasted 50 minutes and happened recently.", MON):
        assert t.interval_start is None and t.interval_end is None
    ref = tag("It happened recently.", None)[0]
    assert ref.value == "PAST_REF" and ref.anchored and ref.resolved


def test_holidays():
    got = values("He spent Christmas at home; Thanksgiving 1998 was quiet. Sales of Christmas trees rose.",
                 dt.date(2000, 1, 7))
    assert got == {"Christmas": "1999-12-25", "Thanksgiving 1998": "1998-11-26"}
    assert values("They will meet at Easter.", dt.date(2000, 1, 7))["Easter"] == "2000-04-23"
    assert values("They met at Christmas.", None)["Christmas"] == "XXXX-12-25"


def test_shopping_and_moveable_holidays():
    wed = dt.date(2023, 3, 15)
    got = values("Sales over Black Friday and Cyber Monday rose. Shoppers came back on Ash Wednesday.", wed)
    assert got == {"Black Friday": "2022-11-25", "Cyber Monday": "2022-11-28", "Ash Wednesday": "2023-02-22"}
    assert values("Juneteenth falls on a Monday.", wed)["Juneteenth"] == "2023-06-19"


def test_other_calendars_new_year_is_not_january_first():
    got = values("Lunar New Year celebrations began; Chinese New Year sales and Orthodox Christmas followed.",
                 dt.date(2023, 3, 15))
    assert got == {}


def test_a_past_verb_puts_a_holiday_behind_it():
    # Nearest, July 4 would be ahead; "met on" is the verb's own time, so the past one.
    assert values("The committee met on Independence Day.", dt.date(2023, 3, 15))["Independence Day"] == "2022-07-04"
    assert values("The committee will meet on Independence Day.", dt.date(2023, 3, 15))["Independence Day"] == "2023-07-04"

def test_overnight_spelled_decades_and_product_names():
    got = values("Fighting raged overnight. Overnight rates rose. In the nineties; Windows 2000 shipped in 2000.",
                 dt.date(2000, 3, 8))
    assert got == {"overnight": "2000-03-07TNI", "the nineties": "199X", "2000": "2000"}


def test_adjectival_frequency_words_are_not_sets():
    got = values("The ministers meet weekly with aides. Average daily volume rose. They meet daily.")
    assert got == {"weekly": "P1W", "daily": "P1D"}
    assert values("We talk on a weekly basis.") == {"weekly": "P1W"}
    assert values("The paper is a daily. She writes for a weekly in Paris.") == {}


def test_weeks_of_a_month_and_winters_across_two_years():
    dct = dt.date(2023, 2, 22)
    got = values("It will be busy in the first week of January 2024 and the second week of March.", dct)
    assert got == {"the first week of January 2024": "2024-W01", "the second week of March": "2024-W11"}
    assert values("It will be busy in the second week of March.", dct) == {"the second week of March": "2023-W10"}
    assert values("The third week of June was hot.", dct) == {"The third week of June": "2022-W24"}
    assert values("It will be busy in the first week of April.", None) == {"the first week of April": "XXXX-WXX"}
    assert values("The last week of April 2023 was wet.", dct) == {"The last week of April 2023": "2023-W17"}
    assert values("The winter of 2022-23 was mild.", dct) == {"The winter of 2022-23": "2022-WI"}


def test_later_counted_from_a_coarser_reference_keeps_its_precision():
    dct = dt.date(2023, 2, 22)
    got = values("In March 2019 she left; two days later she spoke.", dct)
    assert got == {"March 2019": "2019-03", "two days later": "2019-03"}  # not two days after the DCT
    got = values("Last fall, floods hit the region. Two weeks later, the party split.", dct)
    assert got["Two weeks later"] == "2022"
    got = values("On Oct. 3, 1989 the bank failed. Two days later it reopened.", dct)
    assert got["Two days later"] == "1989-10-05"
    got = values("In 2019 he resigned. Eleven months later he returned.", dct)
    assert got["Eleven months later"] == "2020"  # from the middle of 2019
    got = values("Acme, founded in 1998, said yesterday it would cut jobs. Two days later, the union struck.", dct)
    assert got["Two days later"] == "2023-02-24"  # not 1998: "yesterday" came between
    got = values("In 2017 he resigned.\n\nTwo days later, the union struck.", None)
    assert got["Two days later"] == "XXXX-XX-XX"  # a new paragraph: no guess


def test_datelines_as_news_sites_print_them():
    dct = dt.date(2023, 3, 15)
    got = values("Updated 3:45 PM EST, Tue March 14, 2023", dct)
    assert got == {"3:45 PM EST, Tue March 14, 2023": "2023-03-14T15:45"}
    got = values("Last modified on Tue 14 Mar 2023 10.05 GMT", dct)
    assert got == {"Tue 14 Mar 2023": "2023-03-14", "10.05 GMT": "2023-03-14T10:05"}
    got = values("Published: 14/03/2023. The talks, held on 14.03.2023, ended.", dct)
    assert got == {"14/03/2023": "2023-03-14", "14.03.2023": "2023-03-14"}
    assert values("Sun readers; The Sun March 14 edition.", dct) == {"March 14": "2023-03-14"}
    assert values("Version 1.2.2023.4 shipped; 3.14.2023 is no date; updated to v1.2.2023.", dct) == {}
    assert values("It ended 14.03.2023.", dct) == {"14.03.2023": "2023-03-14"}
    assert values("Published 12/25/2021 10:05", dct) == {"12/25/2021 10:05": "2021-12-25T10:05"}
    assert values("On 14/03/2023 and 03/04/2023 it rained.", dct) == {"14/03/2023": "2023-03-14",
                                                                      "03/04/2023": "2023-04-03"}
    assert values("He told the Toronto Sun March 3 that he would run.", dt.date(2023, 3, 20)) == {
        "March 3": "2023-03-03"}  # a paper, not a Sunday that would pick another year


def test_a_scheduled_verb_the_parse_took_for_a_noun():
    dct = dt.date(2023, 2, 22)  # a Wednesday
    assert values("The Senate votes Thursday on the bill.", dct) == {"Thursday": "2023-02-23"}
    assert values("Talks Thursday were tense.", dct) == {"Thursday": "2023-02-16"}


def test_a_weekday_joined_to_another_follows_it():
    dct = dt.date(2023, 2, 22)  # a Wednesday
    assert values("He was questioned on Sunday or Saturday.", dct) == {"Sunday": "2023-02-19", "Saturday": "2023-02-18"}
    got = values("He said Monday - Friday's results were weak.", dct)
    assert got == {"Monday": "2023-02-20", "Friday": "2023-02-17"}
    got = values("The storm is expected to make landfall late Tuesday or early Wednesday.", dct)
    assert got == {"late Tuesday": "2023-02-28", "early Wednesday": "2023-03-01"}
    got = values("Offices were open Monday through Friday.", dct)
    assert got == {"Monday": "2023-02-20", "Friday": "2023-02-24"}
    got = values("Following are statements made Friday and Thursday by the lawyer.", dct)
    assert got == {"Friday": "2023-02-17", "Thursday": "2023-02-16"}  # a list, in any order


def test_parts_of_the_day_the_story_is_on():
    got = values("On March 3, 2022, the minister met the envoy. The next morning he left, and that evening "
                 "he spoke. Officials said the previous night was calm.", dt.date(2023, 3, 8))
    assert got["The next morning"] == "2022-03-04TMO"
    assert got["that evening"] == "2022-03-03TEV"
    assert got["the previous night"] == "2022-03-02TNI"
    assert values("He works this morning.", dt.date(2023, 3, 8)) == {"this morning": "2023-03-08TMO"}


def test_halves_in_durations():
    got = values("It lasted three-and-a-half years; others waited half an hour or 1 1/2 hours.")
    assert got == {"three-and-a-half years": "P3Y6M", "half an hour": "PT30M", "1 1/2 hours": "PT1H30M"}
    dct = dt.date(2023, 8, 10)
    got = values("They met half an hour ago; it began two-and-a-half years ago.", dct)
    assert got == {"half an hour ago": "PT30M", "two-and-a-half years ago": "2021-02"}


def test_durations_with_an_adjective_before_the_unit():
    got = values("Output grew for 12 consecutive months; the firm needs an additional year and two more weeks.")
    assert got == {"12 consecutive months": "P12M", "an additional year": "P1Y", "two more weeks": "P2W"}
    assert values("Shares fell for five straight days.") == {"five straight days": "P5D"}


def test_four_digit_year_ranges():
    assert values("The 1996-2000 plan was completed.") == {"1996": "1996", "2000": "2000"}


def test_listed_years():
    assert values("Floods struck in 1993, 1995 and 1998.") == {"1993": "1993", "1995": "1995", "1998": "1998"}
    assert values("The scores were 52, 1990 and 7.") == {}


def test_adjectives_signals_and_titles_that_are_not_times():
    text = ("They build on the long-term partnership. Over the long term, prices rise. He left shortly after "
            "the vote. The deal will close shortly. He said so on CBS's \"60 Minutes.\"")
    assert values(text) == {"the long term": "FUTURE_REF", "shortly": "FUTURE_REF"}
    shows = "Baker spoke on ABC News' \"This Week,\" and on ABC's This Week program. \"Days later,\" he said."
    assert values(shows) == {"Days later": "PXD"}
    not_shows = "Putin's New Year address. Time named him Person of the Year."  # a holiday; an award
    assert values(not_shows) == {"New Year": "1990-01-01"}
    more = "He told CBS's \"This Morning\", NBC's 'Saturday Night Live' and 'Friday Night Lights' about it."
    assert values(more) == {}
    possessed = "Putin's Friday Morning call with Macron. It's Sunday Morning in Kyiv."
    assert set(values(possessed)) == {"Friday Morning", "Sunday Morning"}  # dates, not programmes


def test_unit_long_adjectives_are_durations():
    assert values("After a day-long meeting and a two-week-long strike.") == {
        "day-long": "P1D", "two-week-long": "P2W"}


def test_a_date_with_last_or_next_and_its_weekday():
    dct = dt.date(1999, 4, 19)
    assert values("He was shot last Oct. 23 at home.", dct) == {"last Oct. 23": "1998-10-23"}
    assert values("It ended last Oct. 23, 1998.", dct) == {"Oct. 23, 1998": "1998-10-23"}
    # a weekday beside a year-less date picks the year where the two agree
    assert values("The archive opened on Friday, April 23.", dct) == {"Friday, April 23": "1999-04-23"}
    assert values("The archive opened on Thursday, April 23.", dct) == {"Thursday, April 23": "1998-04-23"}


def test_frequencies_halves_of_the_year_and_unstated_counts():
    dct = dt.date(2013, 3, 22)
    assert values("They meet twice a week and three times a year.", dct) == {
        "twice a week": "P1W", "three times a year": "P1Y"}
    assert values("Profit fell in the first half of the year.", dct) == {"the first half of the year": "2013-H1"}
    assert values("Days later he fled; months ago it began.", dct) == {"Days later": "PXD", "months ago": "PXM"}


def test_a_past_verb_sends_a_coming_quarter_back_a_year():
    dct = dt.date(2013, 3, 22)
    assert values("Profit fell in the third quarter.", dct) == {"the third quarter": "2012-Q3"}
    assert values("Profit will rise in the third quarter.", dct) == {"the third quarter": "2013-Q3"}
    assert values("Profit rose in the first quarter.", dct) == {"the first quarter": "2013-Q1"}


def test_a_past_verb_with_the_date_as_its_own_adverbial_means_a_past_date():
    dct = dt.date(2022, 12, 1)
    assert values("The ceasefire, agreed on the night of March 3, collapsed.", dct)["March 3"] == "2022-03-03"
    got = values("Between January and March, exports fell 4%.", dct)
    assert got == {"January": "2022-01", "March": "2022-03"}
    got = values("The minister was in Kyiv on the weekend of Feb. 5.", dct)
    assert got == {"the weekend of Feb. 5": "2022-W05-WE"}
    assert values("He was arrested Nov. 28, 2021, and charged Jan. 4.", dct)["Jan. 4"] == "2022-01-04"
    got = values("In the fiscal year ended Jan. 31, the company reported sales of $59.5 million.",
                 dt.date(1989, 10, 31))
    assert got["Jan. 31"] == "1989-01-31"
    # through a noun, or a plan told in the past, the date may still be ahead
    assert values("The board declared a dividend payable Dec. 15.", dt.date(1989, 10, 31))["Dec. 15"] == "1989-12-15"
    assert values("The offer had been set to expire Nov. 6.", dt.date(1989, 11, 2))["Nov. 6"] == "1989-11-06"
    assert values("Officials announced talks scheduled for March 3.", dct)["March 3"] == "2023-03-03"
    assert values("The summit, planned for Jan. 20, was confirmed.", dct)["Jan. 20"] == "2023-01-20"
    assert values("The premier called a snap election for Jan. 9.", dct)["Jan. 9"] == "2023-01-09"
    assert values("The president announced on March 3 that troops would leave.", dct)["March 3"] == "2022-03-03"
    # a date the verb chose or aimed at, or one just ahead
    assert values("The launch was slated for Jan. 9.", dct)["Jan. 9"] == "2023-01-09"
    assert values("Organizers picked Jan. 20 for the rally.", dct)["Jan. 20"] == "2023-01-20"
    assert values("The airline cut flights for January.", dct)["January"] == "2023-01"
    assert values("The union announced a strike on Dec. 14.", dct)["Dec. 14"] == "2022-12-14"
    assert values("Russian missiles targeted Kyiv on Dec. 30.", dct)["Dec. 30"] == "2021-12-30"
    assert values("He was named chief executive on Dec. 30.", dct)["Dec. 30"] == "2021-12-30"


def test_last_years_quarter_by_its_financial_names():
    got = values("In the year-earlier third quarter, it earned less; the comparable second quarter was weak.",
                 dt.date(1989, 10, 27))
    assert got == {"the year-earlier third quarter": "1988-Q3", "the comparable second quarter": "1988-Q2"}
    got = values("Profit fell 5 percent from the year-earlier fourth quarter.", dt.date(2023, 2, 2))
    assert got == {"the year-earlier fourth quarter": "2021-Q4"}  # the one compared with is 2022's
    got = values("Fourth-quarter profit rose 8% from the year-earlier fourth quarter.", dt.date(2023, 2, 1))
    assert got == {"Fourth-quarter": "2022-Q4", "the year-earlier fourth quarter": "2021-Q4"}
    assert values("There was no comparable first quarter.", dt.date(2023, 2, 1)) == {"first quarter": "2023-Q1"}


def test_fuzzy_later_in_a_story_and_to_this_day():
    dct = dt.date(2021, 4, 13)
    assert values("Moscow replied several hours later.", dct) == {"several hours later": "PTXH"}
    assert values("A few days later he left.", dct) == {"A few days later": "PXD"}
    assert values("Several years ago it began.", dct) == {"Several years ago": "PAST_REF"}
    assert values("To this day, they have given no answer. This day is special.", dct) == {
        "this day": "PRESENT_REF", "This day": "2021-04-13"}


def test_composite_durations_and_the_week_of_a_date():
    dct = dt.date(2021, 12, 7)
    assert values("The call lasted two hours and 10 minutes.", dct) == {"two hours and 10 minutes": "PT2H10M"}
    assert values("It took three years, two months and five days.", dct) == {
        "three years, two months and five days": "P3Y2M5D"}
    got = values("He served two days and two days, then two weeks and three days.", dct)
    assert list(got.values()) == ["P2D", "P2W", "P3D"]  # repeated and week units stay apart
    assert values("Talks are set for the week of Jan. 10.", dct) == {"the week of Jan. 10": "2022-W02"}


def test_hundreds_coming_quarters_asap_and_part_of_day_before_yesterday():
    dct = dt.date(1998, 1, 15)
    assert values("It lasted almost a hundred years.", dct) == {"almost a hundred years": "P100Y"}
    assert values("Profits will rise in coming quarters.", dct) == {"coming quarters": "FUTURE_REF"}
    assert values("They want a deal as soon as possible.", dct) == {"as soon as possible": "FUTURE_REF"}
    assert values("The fire started mid-afternoon yesterday.", dct) == {"mid-afternoon yesterday": "1998-01-14TAF"}


def test_names_fractions_rates_and_signals_are_not_times():
    text = ("Justices Sandra Day O'Connor agreed. Rooms cost $55 a night. Junk is more than a quarter of the "
            "market. He was killed soon after his capture. The business daily Kommersant said so. "
            "Marchers joined the March for Life.")
    assert values(text) == {}
    assert values("It will end soon, after several quarters of losses.") == {
        "soon": "FUTURE_REF", "several quarters": "PXQ"}


def test_spelled_years_before_names_and_past_years():
    dct = dt.date(1998, 1, 15)
    assert values("In nineteen ninety-one Charles Keating was convicted.", dct) == {"nineteen ninety-one": "1991"}
    assert values("He paid nineteen fifty dollars.", dct) == {}
    assert values("There were sell programs in past years, too.", dct) == {"past years": "PAST_REF"}
    assert values("Over the past decades it grew. In the past, it was calm.", dct) == {
        "the past decades": "PXE", "the past": "PAST_REF"}


def test_a_holiday_week_is_that_week():
    assert values("Protesters prayed as Easter week began.", dt.date(2000, 4, 17)) == {"Easter week": "2000-W16"}


def test_the_future_as_prospects_is_not_a_time():
    text = "That matters to the future of our peoples. The future looks bleak. They will buy more in the future."
    assert values(text) == {"the future": "FUTURE_REF"}


def test_article_before_a_hyphenated_month_modifier_belongs_to_the_noun():
    got = values("They met after the late-November meeting, and again in the late November.")
    assert got == {"late-November": "1989-11", "the late November": "1989-11"}


def test_the_year_or_week_under_discussion():
    got = tag("For the year ended Sept. 30, it earned $1 billion. For the year, volume was flat. "
              "For the week, the index fell. Sales in the year 2000 and the year before.", MON)
    assert [(t.text, t.value) for t in got] == [  # the week of the last date told: "Sept. 30"
        ("the year", "P1Y"), ("Sept. 30", "1989-09-30"), ("the year", "1989"), ("the week", "1989-W39"),
        ("the year 2000", "2000"), ("the year before", "1999")]
