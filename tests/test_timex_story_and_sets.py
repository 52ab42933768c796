"""Temporal tagger on what hand-annotated probes of wire copy, Xinhua reports, web news and
features found wrong: the period a comparison is to, story time, habits, directions.
Our own sentences."""

from __future__ import annotations

import datetime as dt

from core.timex import tag


def values(text: str, dct: dt.date) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, dct)}


def typed(text: str, dct: dt.date) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type.value, t.value) for t in tag(text, dct)}


def test_a_year_earlier_compares_with_the_period_of_its_sentence():
    got = values("Since 1978, farm output has doubled. This year, the state has set aside 38 billion yuan for "
                 "farming, up 12 percent from a year earlier.", dt.date(1998, 6, 7))
    assert got["a year earlier"] == "1997"  # not a year before 1978
    got = values("Sales fell in the third quarter. Industrial output rose 9.1 percent in June from a year earlier.",
                 dt.date(1999, 7, 16))
    assert got["a year earlier"] == "1998-06"  # June's, not the quarter of the sentence before
    got = values("Profit fell in the third quarter. It was $5 million, against $7 million a year earlier.",
                 dt.date(1999, 11, 2))
    assert got["a year earlier"] == "1998-Q3"  # no period in its own sentence: the quarter told of


def test_the_same_period_of_a_year_named():
    got = values("The index fell 1.8 percent in the first half from the same period of last year.", dt.date(1999, 7, 16))
    assert got["the same period of last year"] == "1998-H1"
    got = values("In December alone, exports rose 2.7 percent over the same month of 1997.", dt.date(1999, 1, 4))
    assert got == {"December": "1998-12", "the same month of 1997": "1997-12"}


def test_months_that_make_a_half_or_a_quarter():
    got = values("Output in the January-March quarter was up from the October-December period.", dt.date(2000, 4, 29))
    assert got == {"the January-March quarter": "2000-Q1", "the October-December period": "1999-Q4"}
    assert values("GDP in the January-June period totaled 3.6 trillion yuan.", dt.date(1999, 7, 16)) \
        == {"the January-June period": "1999-H1"}
    got = values("Exports in the January-November period rose.", dt.date(1999, 12, 20))
    assert set(got) == {"January", "November"}  # no calendar period: the months, as a range


def test_midnight_ends_its_day():
    assert values("The clock strikes midnight tonight.", dt.date(1999, 12, 31)) == {"midnight tonight": "1999-12-31T24:00"}
    assert values("The curfew begins at midnight.", dt.date(2024, 5, 2)) == {"midnight": "2024-05-02T24:00"}
    assert values("The fire broke out shortly after midnight.", dt.date(2024, 5, 2))["midnight"] == "2024-05-01T24:00"


def test_the_new_year_and_century():
    dec = dt.date(1999, 12, 31)
    assert values("They will greet the new century with confidence.", dec) == {"the new century": "20XX"}
    assert values("The city counted down to the new year.", dec) == {"the new year": "2000"}
    assert values("Offices reopen on the first business day of the new year.", dec)["the new year"] == "2000"
    assert values("The question for the new year is simple.", dt.date(2023, 12, 29)) == {"the new year": "2024"}
    assert values("He entered the new century a rich man.", dt.date(2005, 3, 1)) == {"the new century": "20XX"}


def test_vague_times_ahead():
    mar = dt.date(1999, 3, 19)
    assert typed("They should consult in the months ahead.", mar) == {"the months ahead": ("DURATION", "PXM")}
    assert typed("In the following months, trade grew.", mar) == {"the following months": ("DURATION", "PXM")}
    assert values("They hope to sign a treaty at an early date.", mar) == {"an early date": "FUTURE_REF"}
    assert values("Prices will stay high for the foreseeable future.", mar) == {"the foreseeable future": "FUTURE_REF"}
    assert values("Not in some distant future, but now.", mar)["some distant future"] == "FUTURE_REF"
    assert values("The date of the meeting is not known.", mar) == {}


def test_money_market_overnight_is_no_night():
    assert values("The bank kept its key overnight call rate at zero.", dt.date(2000, 4, 29)) == {}
    assert values("Fighting went on overnight.", dt.date(2000, 4, 29)) == {"overnight": "2000-04-28TNI"}


def test_days_a_week_is_a_habit():
    mar = dt.date(2023, 3, 1)
    assert typed("Staff must return three days a week.", mar) == {"three days a week": ("SET", "P1W")}
    assert typed("Guards watch seven days a week.", mar) == {"seven days a week": ("SET", "P1W")}
    got = typed("He was jailed for three days a week ago.", mar)
    assert got == {"three days": ("DURATION", "P3D"), "a week ago": ("DATE", "2023-W08")}
    assert typed("He practises two hours a day.", mar) == {"two hours": ("DURATION", "PT2H")}
    assert typed("The weeklong trial ended.", mar) == {"weeklong": ("DURATION", "P1W")}


def test_every_day_of_the_year_and_part_of_the_day():
    got = typed("Every April 11, the bells ring. Each July they fish. Every morning she runs, and every Christmas "
                "Eve she bakes.", dt.date(1999, 3, 14))
    assert got == {"Every April 11": ("SET", "XXXX-04-11"), "Each July": ("SET", "XXXX-07"),
                   "Every morning": ("SET", "XXXX-XX-XXTMO"), "every Christmas Eve": ("SET", "XXXX-12-24")}
    got = typed("Every Thanksgiving they eat turkey, and each Easter they gather.", dt.date(1999, 3, 14))
    assert got == {"Every Thanksgiving": ("SET", "XXXX-11"), "each Easter": ("SET", "P1Y")}  # no one day each year


def test_directions_the_parse_tells():
    assert values("The judge told them to return at 9 a.m. Monday.", dt.date(1999, 8, 21)) \
        == {"9 a.m. Monday": "1999-08-23T09:00"}  # the act asked for is ahead
    assert values("Companies have asked technicians to come in Sunday.", dt.date(1999, 12, 31)) == {"Sunday": "2000-01-02"}
    assert values("He was held on bond and was to be arraigned Friday.", dt.date(1998, 3, 12)) == {"Friday": "1998-03-13"}
    got = values("Forecasters warned that more storms were possible Tuesday and Wednesday.", dt.date(2000, 6, 25))
    assert got == {"Tuesday": "2000-06-27", "Wednesday": "2000-06-28"}
    assert values("Fans had lined up as early as 6 a.m. Tuesday.", dt.date(1998, 9, 9)) \
        == {"6 a.m. Tuesday": "1998-09-08T06:00"}
    assert values("The envoy could arrive as early as Tuesday.", dt.date(1998, 9, 9)) == {"Tuesday": "1998-09-15"}
    assert values("On Monday the judge ordered him to pay $5,000.", dt.date(2024, 9, 10)) == {"Monday": "2024-09-09"}


def test_since_and_not_until_look_back():
    assert values("A crew has been following him since March.", dt.date(2023, 7, 9)) == {"March": "2023-03"}
    got = values("Last winter the lake did not freeze over until Jan. 12.", dt.date(1999, 8, 20))
    assert got["Jan. 12"] == "1999-01-12"
    assert values("The court extended the deadline until Jan. 12.", dt.date(1999, 8, 20)) == {"Jan. 12": "2000-01-12"}


def test_story_time_for_clocks_and_apposed_weekdays():
    got = values("The tornado struck late Monday afternoon. It touched down at about 6:30 p.m. near the school.",
                 dt.date(1999, 5, 5))
    assert got["about 6:30 p.m."] == "1999-05-03T18:30"
    got = values("On Aug. 14, 1961, a Monday, he talked his way into a jam session. The next night, he was hired.",
                 dt.date(2023, 7, 9))
    assert got == {"Aug. 14, 1961": "1961-08-14", "Monday": "1961-08-14", "The next night": "1961-08-15TNI"}
    assert values("The vote is on Friday. Polls open at 7 a.m.", dt.date(2023, 7, 5))["7 a.m."] == "2023-07-05T07:00"


def test_more_habits_and_counts_from_a_day():
    mar = dt.date(2022, 3, 7)
    assert typed("Staff will start with one day a week.", mar) == {"one day a week": ("SET", "P1W")}
    assert typed("They meet one night a month.", mar) == {"one night a month": ("SET", "P1M")}
    got = typed("The ferry makes six trips a day in summer and three in winter.", dt.date(2023, 10, 5))
    assert got == {"summer": ("SET", "XXXX-SU"), "winter": ("SET", "XXXX-WI")}  # the present tells a habit
    assert values("Sales rose in summer.", dt.date(2023, 10, 5)) == {"summer": "2023-SU"}
    assert values("He retires on Oct. 27, three weeks from tomorrow.", dt.date(2023, 10, 5)) \
        == {"Oct. 27": "2023-10-27", "three weeks from tomorrow": "2023-10-27"}


def test_a_year_named_and_a_starting_point():
    assert values("He came in 1979 and bought the store a decade later.", dt.date(1999, 8, 21))["a decade later"] \
        == "1989"  # counted from a year, a year
    assert values("A decade ago, prices were lower.", dt.date(1999, 8, 21)) == {"A decade ago": "198X"}
    got = values("The bank cut rates on June 10, the seventh cut since May 1996. Economists forecast growth of "
                 "7 percent for the whole year.", dt.date(1999, 7, 16))
    assert got["the whole year"] == "1999"  # "since" names a start, not the year under discussion


def test_years_that_straddle_two():
    feb = dt.date(2000, 2, 29)
    assert values("Growth was 6.8 percent in 1998-99.", feb) == {"1998-99": "1998"}
    assert values("The budget for the 2000-2001 fiscal year was presented.", feb) \
        == {"the 2000-2001 fiscal year": "2000"}
    assert values("He lived there between 1997-1999.", feb) == {"1997": "1997", "1999": "1999"}


def test_after_review_of_these_rules():
    oct20 = dt.date(1999, 10, 20)
    assert values("He was elected in 1994 and resigned a year ago.", oct20)["a year ago"] == "1998"  # the DCT's
    got = values("Third-quarter sales, the best since 1995, rose 8 percent from a year earlier.", oct20)
    assert got["a year earlier"] == "1998-Q3"  # "since 1995" is no period reported on
    got = values("In the third quarter, profit at the unit, which it bought in 1997, rose from a year earlier.", oct20)
    assert got["a year earlier"] == "1998-Q3"
    got = values("Profit rose in the third quarter. The firm, which went public in 1996, posted a profit compared "
                 "with a loss in the year-ago quarter.", oct20)
    assert got["the year-ago quarter"] == "1998-Q3"
    got = values("Sales rose in June, after a gain in May, and were up 6 percent from a year ago.", dt.date(1999, 7, 16))
    assert got["a year ago"] == "1998-06"  # the period the sentence reports on first
    wed = dt.date(2024, 3, 20)
    assert values("A judge ordered the company to pay $2 million in damages Friday.", wed) == {"Friday": "2024-03-15"}
    assert values("Officials ordered residents to evacuate Friday as the fire spread.", wed) == {"Friday": "2024-03-15"}
    assert values("The report was due Friday, but the agency missed the deadline.", wed) == {"Friday": "2024-03-15"}
    got = values("The strike began on March 1. Talks resumed today and broke off at 5 p.m.", wed)
    assert got["5 p.m."] == "2024-03-20T17:00"  # another expression came between
    got = values("Smith was born on March 3, 1931, in Dayton. He died at 4:15 a.m.", wed)
    assert got["4:15 a.m."] == "2024-03-20T04:15"  # a birth date is no day for the story's clock
    assert typed("Take the pill twice a day before meals.", wed) == {"twice a day": ("SET", "P1D")}
    assert typed("Flights operate three times a week from Heathrow.", wed) == {"three times a week": ("SET", "P1W")}
    jul = dt.date(1999, 7, 16)
    assert values("It rose from 3 percent in the January-June period last year.", jul) \
        == {"the January-June period last year": "1998-H1"}
    assert values("Exports in the April-June quarter of 1998 rose.", jul) == {"the April-June quarter of 1998": "1998-Q2"}
    got = values("Prices fell 2 percent in the first half from the same period in 1998.", jul)
    assert got["the same period"] == "1998-H1" and got["1998"] == "1998"  # "in" 1998: two expressions
    assert values("The company is preparing for the new century.", dt.date(1989, 6, 10)) == {"the new century": "20XX"}
    got = values("Prices rose early in the new year.", dt.date(2024, 1, 20))
    assert got == {"the new year": "2024"}  # in January it has come
    assert values("Some future president may reverse it at some future date.", wed) == {"some future date": "FUTURE_REF"}
    assert values("It happened on the following days: Monday and Tuesday.", wed) == {"Monday": "2024-03-18",
                                                                                     "Tuesday": "2024-03-19"}


def test_days_joined_with_their_clock_or_part():
    aug = dt.date(2025, 8, 6)
    assert typed("Schools will hold open houses on the evening of Aug. 18.", aug) \
        == {"the evening of Aug. 18": ("TIME", "2025-08-18TEV")}
    assert values("The board will take it up at 6:30 p.m. next Tuesday.", aug) \
        == {"6:30 p.m. next Tuesday": "2025-08-12T18:30"}
    assert values("He will stay at the courthouse overnight Tuesday.", dt.date(2024, 11, 4)) \
        == {"overnight Tuesday": "2024-11-05TNI"}
    assert values("The court will be closed the week of Thanksgiving.", dt.date(2024, 9, 12)) \
        == {"the week of Thanksgiving": "2024-W48"}
    got = values("He returned home on the night of Friday, Oct. 23.", dt.date(1998, 11, 21))
    assert got == {"Friday, Oct. 23": "1998-10-23"}  # TimeBank and AQUAINT leave "the night of" out
    assert values("The weekend Feb. 5 was calm.", dt.date(2022, 1, 20)) == {"The weekend": "2022-W02-WE",
                                                                         "Feb. 5": "2022-02-05"}


def test_quarters_that_are_fractions_and_last_months():
    jan = dt.date(2025, 1, 3)
    assert values("Minors were about a quarter of new accounts, and up to a quarter inch of ice fell.", jan) == {}
    assert typed("It turned a profit after several quarters of losses.", jan) == {"several quarters": ("DURATION", "PXQ")}
    assert values("A quarter of a century passed.", jan) == {"A quarter of a century": "P25Y"}
    got = typed("After one quarter of negative growth and two quarters of losses, it rebounded.", jan)
    assert got == {"one quarter": ("DURATION", "P3M"), "two quarters": ("DURATION", "P6M")}
    assert values("A quarter of losses came from the Asia unit.", jan) == {}  # a share
    assert values("Last January, the district canceled classes.", dt.date(2026, 1, 4)) == {"Last January": "2025-01"}
    assert values("Last March prices rose.", dt.date(2026, 6, 30)) == {"Last March": "2026-03"}


def test_weekends_and_march():
    assert values("St. John's won the tournament last weekend.", dt.date(2000, 3, 19)) == {"last weekend": "2000-W10-WE"}
    assert values("St. John's won the tournament last weekend.", dt.date(2000, 3, 22)) == {"last weekend": "2000-W11-WE"}
    assert values("Bankers spent the New Year weekend working.", dt.date(1999, 1, 4)) \
        == {"the New Year weekend": "1998-W53-WE"}
    assert values("Crews will keep at it through the holiday weekend.", dt.date(1998, 12, 30)) \
        == {"the holiday weekend": "1998-W53-WE"}
    assert values("He pleaded guilty in March to murder. Thousands march on the capital.", dt.date(2024, 6, 18)) \
        == {"March": "2024-03"}


def test_that_weekday_of_the_story():
    jun = dt.date(2024, 6, 18)
    got = values('He died on Friday, June 3, 2022. "That Sunday the phone did not ring," she said.', jun)
    assert got["That Sunday"] == "2022-06-05"  # the story's week, not the article's
    assert values("He said that Monday was a holiday.", jun) == {"Monday": "2024-06-17"}  # "that" of the saying
    assert values("That Monday, he left.", jun) == {"That Monday": "2024-06-17"}  # no day told of: a bare weekday


def test_after_second_review():
    assert values("Inflation slowed to 2.4% in November, down from 10.1% a year ago.", dt.date(2023, 12, 1))[
        "a year ago"] == "2022-11"
    assert values("Retail sales, which fell in April, rose 0.5% in May from a year earlier.", dt.date(2024, 6, 14))[
        "a year earlier"] == "2023-05"  # not the relative clause's month
    got = values("After a sharp drop in January, home sales rose 4% in February from a year earlier.", dt.date(2024, 3, 20))
    assert got["a year earlier"] == "2023-02"  # nor the fronted clause's
    assert values("Profit rose 10% in the second quarter from the same period.", dt.date(2024, 8, 1))[
        "the same period"] == "2023-Q2"
    feb = dt.date(2024, 2, 10)
    assert values("Sales since Christmas are down 5%.", feb) == {"Christmas": "2023-12-25"}
    assert values("Her first appearance since August will be at the gala.", feb) == {"August": "2023-08"}
    assert values("The company said it hoped to close the deal in the new year.", dt.date(2024, 12, 18)) \
        == {"the new year": "2025"}
    assert values("Smith, who was ordered to appear in court Monday, pleaded not guilty.", dt.date(2024, 3, 19)) \
        == {"Monday": "2024-03-18"}
    assert values("A judge ordered the company to return $5 million to investors Friday.", dt.date(2024, 3, 18)) \
        == {"Friday": "2024-03-15"}  # returning money is no turning up
    assert values("Thunderstorms were likely Tuesday afternoon, the weather service said.", dt.date(2024, 3, 18)) \
        == {"Tuesday afternoon": "2024-03-19TAF"}
    got = values("The storm hit on Feb. 10.\nThe river crested at 11 p.m.", dt.date(2024, 3, 19))
    assert got["11 p.m."] == "2024-02-10T23:00"  # one sentence a paragraph, as AP writes
    got = values("Smith was born in Dayton, Ohio, on June 4, 1950. He died at 4 a.m. at his home.", dt.date(2024, 3, 19))
    assert got["4 a.m."] == "2024-03-19T04:00"
    assert typed("On the morning of Sept. 11, 2001, he was at his desk.", dt.date(2024, 3, 19)) \
        == {"the morning of Sept. 11, 2001": ("TIME", "2001-09-11TMO")}
    assert values("Some future Congress could undo it.", dt.date(2024, 3, 19)) == {}
    assert values("Exports rose from the January-June period of last year.", dt.date(2024, 3, 19)) \
        == {"the January-June period of last year": "2023-H1"}


def test_forward_looking_forms():
    got = values("A winter storm watch is in effect from Sunday evening through Tuesday morning.", dt.date(2026, 2, 14))
    assert got == {"Sunday evening": "2026-02-15TEV", "Tuesday morning": "2026-02-17TMO"}
    assert values("Please use them, and be patient with us Wednesday.", dt.date(2024, 11, 4)) \
        == {"Wednesday": "2024-11-06"}  # an imperative asks for what is to come
    got = values("The league will set the kickoff times after Sunday night's final game.", dt.date(2025, 12, 29))
    assert got == {"Sunday night": "2026-01-04TNI"}
    assert values("Friday's purchases lifted the index.", dt.date(2026, 1, 4)) == {"Friday": "2026-01-02"}
    assert values("After a revision Friday to December's figures, the economy looks weaker.", dt.date(1998, 2, 6))[
        "December"] == "1997-12"


def test_habitual_months_are_any_years():
    feb = dt.date(2025, 2, 12)
    assert values("The wet season typically runs from November to April.", feb) == {"November": "XXXX-11",
                                                                                      "April": "XXXX-04"}
    assert values("The council normally meets in March.", feb) == {"March": "XXXX-03"}
    assert values("The council will normally meet in March.", feb) == {"March": "2025-03"}
    assert values("Sales usually peaked in December.", feb) == {"December": "2024-12"}  # a past: one December


def test_financial_years_month_ends_and_today_and_tomorrow():
    feb = dt.date(2025, 2, 1)
    got = values("Growth in the current financial year will be 6.5%, and in the coming financial year 7%.", feb)
    assert got == {"the current financial year": "2025", "the coming financial year": "2026"}
    assert {t.text: (t.value, t.mod) for t in tag("The deal closes by end-June.", feb)} == {"end-June": ("2025-06", "LATE")}  # as "the end of June"
    assert values("The front-end developers met.", feb) == {}
    assert values("Schools close on Thursday and Friday.", dt.date(2024, 10, 24)) \
        == {"Thursday": "2024-10-24", "Friday": "2024-10-25"}  # told on the Thursday: today and tomorrow
    assert values("He spoke on Monday and Tuesday.", dt.date(2025, 3, 29)) == {"Monday": "2025-03-24",
                                                                            "Tuesday": "2025-03-25"}


def test_a_week_after_a_day_and_earlier_in_the_day():
    got = values("The film opens on Dec. 10, and the sequel follows a week later.", dt.date(1999, 11, 20))
    assert got["a week later"] == "1999-12-17"  # counted from a day, a day
    assert values("Two weeks ago, they won.", dt.date(2021, 4, 13)) == {"Two weeks ago": "2021-W13"}
    got = values("Agassi lost on Monday. Seles advanced earlier in the day.", dt.date(1999, 1, 26))
    assert got["earlier in the day"] == "1999-01-25"


def test_a_coming_dates_sequel_and_a_new_date():
    got = values("The tour opens March 12 in Seattle and wraps up June 27 in Miami.", dt.date(2025, 11, 3))
    assert got == {"March 12": "2026-03-12", "June 27": "2026-06-27"}
    got = values("The tour opened March 12 in Seattle and wrapped up June 27 in Miami.", dt.date(2025, 11, 3))
    assert got == {"March 12": "2025-03-12", "June 27": "2025-06-27"}
    assert values("Rain forced a delay, and the matches were pushed to Tuesday.", dt.date(1999, 1, 25)) \
        == {"Tuesday": "1999-01-26"}


def test_after_third_review():
    wed = dt.date(2024, 3, 20)
    assert values("The committee will review Monday's decision.", wed) == {"Monday": "2024-03-18"}
    assert values("A judge ordered him to appear Monday for sentencing.", wed) == {"Monday": "2024-03-25"}
    got = values("Smith, who was ordered to appear in court Monday, pleaded not guilty.", dt.date(2024, 3, 19))
    assert got == {"Monday": "2024-03-18"}  # told in passing of a past story: the nearer
    got = values("The S&P 500 rose 10% in the first quarter. Over the same period, the Nasdaq gained 9%.",
                 dt.date(2024, 4, 25))
    assert got["the same period"] == "2024-Q1"
    got = values("He was arrested on Feb. 7 and charged the following week.", wed)
    assert got["the following week"] == "2024-W07"
    assert values("Mortgage rates are unchanged from Friday.", wed) == {"Friday": "2024-03-15"}
    assert values("The data is accurate through Friday.", wed) == {"Friday": "2024-03-15"}
    apr = dt.date(2024, 4, 25)
    assert values("While exports rose 5% in March from a year earlier, imports fell 2%.", apr)["a year earlier"] \
        == "2023-03"  # told in passing, but in the comparison's own clause
    got = values("Output fell in March, after it moved its plant from Pune to Chennai a year ago.", apr)
    assert got["a year ago"] == "2023"
    assert values("See our coverage from Monday.", wed) == {"Monday": "2024-03-18"}
    got = values("Analysts say the Fed typically moves cautiously and is likely to cut rates in September.", apr)
    assert got == {"September": "2024-09"}
    assert values("Sales slowed after the new year and rebounded.", dt.date(2024, 11, 12)) == {"the new year": "2024"}
    assert values("The council approved a budget for the new year.", dt.date(2024, 12, 10)) == {"the new year": "2025"}
    got = values("The storm hit on Thursday, June 1. By that Saturday, the river had crested.", dt.date(2024, 5, 20))
    assert got["that Saturday"] == "2023-06-03"
    assert values("Thousands took part in March for Our Lives rallies.", wed) == {}
    assert values("Police arrested two men on Thursday and Friday.", dt.date(2024, 3, 21))["Friday"] == "2024-03-15"
    got = values("The company, established in the 1950s, was sold on April 10. The deal closed at 4 p.m.",
                 dt.date(2024, 5, 20))
    assert got["4 p.m."] == "2024-04-10T16:00"


def test_titles_sets_and_games():
    nov = dt.date(1999, 11, 22)
    assert values('It topped the opening of "Tomorrow Never Dies" in December 1997.', nov) == {"December 1997": "1997-12"}
    assert values('"Tomorrow we fly," he said.', nov) == {"Tomorrow": "1999-11-23"}
    assert typed("An experimental once-weekly obesity drug and twice-daily doses.", dt.date(2023, 6, 14)) \
        == {"once-weekly": ("SET", "P1W"), "twice-daily": ("SET", "P1D")}
    got = values("City has won the title in each of the past three seasons, and in the past it lost.", dt.date(2024, 1, 2))
    assert got == {"the past": "PAST_REF"}  # the second; the first is a count of seasons, not the past
    assert values("Salah converted a penalty early in the second half.", dt.date(2024, 1, 2)) == {}


def test_since_a_day_and_the_year_end_gone():
    mar = dt.date(2025, 3, 29)
    assert values("The index has risen almost 28pc since July 1, the start of FY25.", mar)["July 1"] == "2024-07-01"
    assert values("Prices have risen since March 3.", mar) == {"March 3": "2025-03-03"}
    got = values("Sales were lifted by spending during the year-end school holidays.", dt.date(2026, 1, 2))
    assert got == {"the year-end": "2025"}  # told on Jan. 2: the end just gone
    assert values("The firm will report at year-end.", dt.date(2026, 1, 2)) == {"year-end": "2026"}


def test_small_hours_after_a_night():
    got = values("Federer beat Rios on Monday night in a match that ended shortly after 12:30 a.m.", dt.date(1999, 1, 26))
    assert got["12:30 a.m."] == "1999-01-26T00:30"  # past midnight: the next day
    got = values("The fire started on Monday. Crews arrived at 3 a.m.", dt.date(1999, 1, 28))
    assert got["3 a.m."] == "1999-01-25T03:00"  # a day, not a night: its own small hours


def test_clocks_on_named_days_and_rates_in_millions():
    got = values("Officials cannot begin before 7 a.m. on Election Day, Nov. 5.", dt.date(2024, 3, 7))
    assert got == {"7 a.m. on Election Day": "2024-11-05T07:00", "Nov. 5": "2024-11-05"}
    assert values("Polls close by 8 p.m. that night.", dt.date(2024, 11, 6)) == {"8 p.m. that night": "2024-11-06T20:00"}
    got = typed("The scheme will cost about £3bn a year, or £250m a month.", dt.date(2024, 3, 20))
    assert got == {"a year": ("SET", "P1Y"), "a month": ("SET", "P1M")}
    assert values("Rooms cost $55 a night.", dt.date(2024, 3, 20)) == {}  # a rate, as TimeBank leaves it
    got = values("Investors await the payrolls report for May and a survey for March on Friday.", dt.date(2025, 3, 12))
    assert got == {"May": "2025-05", "March": "2025-03", "Friday": "2025-03-14"}


def test_bounds_and_comparisons_keep_the_story_time():
    got = values("OPEC meets on June 11 and the IEA publishes its outlook, covering demand through 2030, the following day.",
                 dt.date(2024, 6, 2))
    assert got["the following day"] == "2024-06-12"  # "through 2030" is a bound, not the story's time
    got = values("Traders raised the odds of a September cut to 60%, up from 40% a day earlier.", dt.date(2025, 8, 1))
    assert got["a day earlier"] == "2025-07-31"


def test_after_fourth_review():
    assert values("It was a humiliating defeat for May, who lost by 230 votes.", dt.date(2019, 1, 16)) == {}
    assert values("Voters will cast ballots for May's successor.", dt.date(2019, 1, 16)) == {}
    got = values("He served in parliament until 2015. Two years later, he was named ambassador.", dt.date(2024, 3, 5))
    assert got["Two years later"] == "2017"  # a bound gone by is still the story's time
    assert values("In March 2020, the index fell to 30 from 45 a week earlier.", dt.date(2024, 3, 5))[
        "a week earlier"] == "2020-03"
    assert values("The company faced a penalty of $5 million and expects growth in the second half.",
                  dt.date(2024, 3, 5)) == {"the second half": "2024-H2"}
    got = values("The results were announced on Thursday night. Counting had begun at 5 a.m.", dt.date(2024, 3, 8))
    assert got["5 a.m."] == "2024-03-07T05:00"
    assert values("Stocks Slide Today As Fed Signals More Hikes", dt.date(2024, 3, 5)) == {"Today": "2024-03-05"}
    assert values("Today Show host Hoda Kotb left.", dt.date(2024, 3, 5)) == {}
    assert values("The firm lost $40m a year after its listing.", dt.date(2024, 3, 5)) == {}


def test_the_week_ahead():
    assert values("The week ahead is already a busy one.", dt.date(2026, 1, 4)) == {"The week ahead": "2026-W02"}
    assert values("In the week ahead, investors will watch the Fed.", dt.date(2024, 6, 4)) \
        == {"the week ahead": "2024-W23"}  # told on a Tuesday: this week
    assert values("The year ahead looks hard.", dt.date(2024, 6, 4)) == {"The year": "2024"}


def test_bare_plural_units_near_an_event():
    got = typed("He sued in July, weeks after the ruling, and came back days after that.", dt.date(2024, 3, 20))
    assert got["weeks"] == ("DURATION", "PXW") and got["days"] == ("DURATION", "PXD")
    assert typed("The deal came after weeks of talks.", dt.date(2024, 3, 20)) == {"weeks": ("DURATION", "PXW")}
    assert typed("She waited years for this.", dt.date(2024, 3, 20)) == {"years": ("DURATION", "PXY")}
    assert values("In the days before the vote, crowds grew.", dt.date(2024, 3, 20)) == {}


def test_after_fifth_review():
    wed = dt.date(2024, 3, 20)
    assert values("The election is scheduled for May.", wed) == {"May": "2024-05"}
    assert values("There was little sympathy for May in Brussels.", dt.date(2019, 1, 16)) == {}
    assert values("Shares rose 4% after hours, and office hours before the exam are busy.", wed) == {}
    assert typed("Talks resumed after hours of delay.", wed) == {"hours": ("DURATION", "PTXH")}
    assert typed("Hours before the vote, the polls closed.", wed) == {"Hours": ("DURATION", "PTXH")}
    got = values("January sales slipped, compared with a 2% gain a day earlier.", wed)
    assert got["a day earlier"] == "2024-03-19"  # a month just gone is no story's time
    got = values("On Friday night he had left at 11pm and was home by 1am.", dt.date(2024, 3, 18))
    assert got["1am"] == "2024-03-16T01:00"  # the "had" is another clause's
    assert values("The Eagles were flagged for a penalty in the fourth quarter.", dt.date(2024, 3, 18)) == {}
    assert values("Turnout rose in the week ahead of the election.", wed) == {}
    assert typed("He earns Rs 50 lakh a year after tax.", wed) == {"a year": ("SET", "P1Y")}
    assert values("He read it in USA Today.", wed) == {}
