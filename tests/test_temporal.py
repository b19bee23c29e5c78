"""The temporal tagger on sentences of our own: exact spans, types and TIMEX3 values."""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from timeline.records import Timex
from timeline.temporal import find_timexes
from timeline.temporal.anchor import clause_tense, resolve_month, resolve_weekday
from timeline.temporal.normalise import duration_value

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

DCT = "2021-06-17"  # a Thursday, in the 24th ISO week, second quarter


def tagged(text: str, dct: str | None = DCT) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in find_timexes(text, dct)]


# (sentence, expected [(text, type, value)] in order); the dct is DCT unless the case says
CASES = {
    # full and partial dates; the year comes from the publication date and the tense
    "full date": ("The treaty was signed on 4 March 1998 in Vienna.", [("4 March 1998", "DATE", "1998-03-04")]),
    "US date": ("The plant closed on October 3, 2019, after a fire.", [("October 3, 2019", "DATE", "2019-10-03")]),
    "weekday and date": ("Voting ends Tuesday, Nov. 2, 2021.", [("Tuesday, Nov. 2, 2021", "DATE", "2021-11-02")]),
    "month day, near": ("The summit opens on July 8.", [("July 8", "DATE", "2021-07-08")]),
    "month day, past": ("Prices peaked on Jan. 29 and fell.", [("Jan. 29", "DATE", "2021-01-29")]),
    "month alone, past": ("Exports slumped in April.", [("April", "DATE", "2021-04")]),
    "month alone, far ahead is last year": ("The mayor was elected in November.", [("November", "DATE", "2020-11")]),
    "month and year": ("Output rose in August 2017.", [("August 2017", "DATE", "2017-08")]),
    "iso date": ("The filing is dated 2020-12-01.", [("2020-12-01", "DATE", "2020-12-01")]),
    "year": ("The bridge opened in 1932.", [("1932", "DATE", "1932")]),
    # weekdays: past clause -> on or before the publication date, future -> on or after
    "weekday past": ("The envoy arrived Tuesday in Lagos.", [("Tuesday", "DATE", "2021-06-15")]),
    "weekday same day": ("The court ruled Thursday that the law stands.", [("Thursday", "DATE", "2021-06-17")]),
    "weekday future": ("The council will vote on Monday.", [("Monday", "DATE", "2021-06-21")]),
    "weekday plans to": ("She plans to travel to Oslo on Saturday.", [("Saturday", "DATE", "2021-06-19")]),
    "last weekday": ("They met last Friday.", [("last Friday", "DATE", "2021-06-11")]),
    "next weekday": ("They meet next Wednesday.", [("next Wednesday", "DATE", "2021-06-23")]),
    # a past clause puts a month just ahead a year back, unless the month is a deadline
    "past month just ahead": ("The factory reopened in July.", [("July", "DATE", "2020-07")]),
    "a deadline just ahead": ("The firm extended its offer to July 20.", [("July 20", "DATE", "2021-07-20")]),
    "a proposed date just ahead": ("Talks could start before the proposed date of July 2.", [("July 2", "DATE", "2021-07-02")]),
    "future month just past": ("The talks will resume on May 20.", [("May 20", "DATE", "2022-05-20")]),
    "fronted month, reporting verb": ("In September, it announced plans to sell the unit.", [("September", "DATE", "2020-09")]),
    # a day's event named by its day: reported, unless it is awaited
    "possessive weekday awaited": ("Ministers will meet ahead of Friday's summit.", [("Friday", "DATE", "2021-06-18")]),
    "possessive weekday reported": ("Friday's vote was marred by violence.", [("Friday", "DATE", "2021-06-11")]),
    "weekday after a copula": ("The deadline is Friday.", [("Friday", "DATE", "2021-06-18")]),
    "clock time on a weekday": ("Polls close at 8 p.m. on Tuesday.", [("8 p.m.", "TIME", "2021-06-22T20:00"), ("Tuesday", "DATE", "2021-06-22")]),
    "wire clock time": ("The quake struck at 0030 GMT.", [("0030 GMT", "TIME", "2021-06-17T00:30")]),
    "the next day after a date": ("On June 5, troops entered the city. The next day, rebels withdrew.", [("June 5", "DATE", "2021-06-05"), ("The next day", "DATE", "2021-06-06")]),
    "the next day from now": ("Talks will resume in the next day or two.", [("the next day", "DATE", "2021-06-18")]),
    "first-half results": ("First-half profit rose 10 percent.", [("First-half", "DATE", "2021-H1")]),
    "newspaper names": ("The Sunday Times and the Mail on Sunday reported it.", []),
    "games named by a season": ("Tickets for the Summer Olympics sold out.", []),
    "a visit is a noun after a determiner": ("He arrived for a state visit on Tuesday.", [("Tuesday", "DATE", "2021-06-15")]),
    "a participle after a preposition is an adjective": ("The council will meet behind closed doors on Tuesday.", [("Tuesday", "DATE", "2021-06-22")]),
    "the day of a vow is past": ("Russia on Tuesday vowed to respond.", [("Tuesday", "DATE", "2021-06-15")]),
    "what is agreed lies ahead": ("Kenya agreed to hold talks on Tuesday.", [("Tuesday", "DATE", "2021-06-22")]),
    "a present-tense schedule after an article": ("The summit opens Saturday in Munich.", [("Saturday", "DATE", "2021-06-19")]),
    "the verb last": ("The truce will last 48 hours.", [("48 hours", "DURATION", "PT48H")]),
    "what is called for lies ahead": ("The union has called for a strike on Tuesday.", [("Tuesday", "DATE", "2021-06-22")]),
    "the call's own day is past": ("The union called Tuesday for a strike.", [("Tuesday", "DATE", "2021-06-15")]),
    "a failed attempt is past": ("An aide could not be reached for comment Tuesday.", [("Tuesday", "DATE", "2021-06-15")]),
    "a failed search is past": ("Neither he nor his wife could be located Tuesday.", [("Tuesday", "DATE", "2021-06-15")]),
    "what could happen is ahead": ("A ruling could be announced Tuesday.", [("Tuesday", "DATE", "2021-06-22")]),
    "what is planned lies ahead": ("The union plans a strike on Monday.", [("Monday", "DATE", "2021-06-21")]),
    "a past plan's object lies ahead": ("Protesters planned a rally on Saturday and were hoping for crowds.",
                                        [("Saturday", "DATE", "2021-06-19")]),
    "a deadline named by its day may lie ahead": ("A deal will not be reached by Tuesday's deadline.",
                                                  [("Tuesday", "DATE", "2021-06-22")]),
    "a ruling named by its day is past": ("They will appeal Tuesday's ruling.", [("Tuesday", "DATE", "2021-06-15")]),
    "'can' looks ahead": ("On Sunday, voters can reject the plan.", [("Sunday", "DATE", "2021-06-20")]),
    "a part of the day told": ("On Tuesday, shelling went on until late afternoon. By evening it was quiet.",
                               [("Tuesday", "DATE", "2021-06-15"), ("late afternoon", "TIME", "2021-06-15TAF"),
                                ("evening", "TIME", "2021-06-15TEV")]),
    "'in the morning' of the day told": ("Dealers placed orders in the morning.", [("the morning", "TIME", "2021-06-17TMO")]),
    "overnight is the night before": ("Air strikes hit two houses overnight.", [("overnight", "TIME", "2021-06-16TNI")]),
    "papers and flights are no times": ("He read the morning paper on an overnight flight.", []),
    "a lapsed plan is past": ("The group had planned a march on Saturday but called it off.",
                              [("Saturday", "DATE", "2021-06-12")]),
    "a modal passive is ahead": ("The vote could be held Tuesday.", [("Tuesday", "DATE", "2021-06-22")]),
    "weekday, reporting verb after": ("Talks will resume on Monday, officials said.", [("Monday", "DATE", "2021-06-21")]),
    "weekday, present tense schedules": ("The two leaders meet separately Saturday in Geneva.", [("Saturday", "DATE", "2021-06-19")]),
    "weekday, present progressive schedules": ("The envoy is leaving for Cairo on Tuesday.", [("Tuesday", "DATE", "2021-06-22")]),
    "weekday, lapsed plan in the pluperfect": ("The licence had been due to run out on Wednesday, but it was renewed.",
                                               [("Wednesday", "DATE", "2021-06-16")]),
    "weekday, as previously planned": ("Troops let the offensive begin as previously planned on Saturday.",
                                       [("Saturday", "DATE", "2021-06-12")]),
    "month, fronted adverbial takes the main clause's tense": (
        "In October, a week after the vote in Smith vs. Jones County, Ala., a fire destroyed the archive.",
        [("October", "DATE", "2020-10"), ("a week", "DURATION", "P1W")]),
    "month, a participle with 'by' is no past": (
        "Exports will almost double between the two largest ports of the region by October in markets untouched by the slump.",
                                                 [("October", "DATE", "2021-10")]),
    "weekday possessive names a reported event": ("Lawyers will try to overturn Monday's verdict.",
                                                  [("Monday", "DATE", "2021-06-14")]),
    "weekday, until with a past clause": ("Until Monday, the ministry had refused to comment.", [("Monday", "DATE", "2021-06-14")]),
    "weekday, reporting verb after a bracket": ("The convoy will set off early (6 a.m. Sunday), a spokesman said.",
                                                [("6 a.m. Sunday", "TIME", "2021-06-20T06:00")]),
    "weekday, next to is a place": ("A car exploded next to the town hall on Tuesday.", [("Tuesday", "DATE", "2021-06-15")]),
    "month, modal far back in the clause": ("The airline will nearly triple the number of its flights between the two capitals by November.",
                                            [("November", "DATE", "2021-11")]),
    "date, effective looks ahead": ("The board approved the merger, effective Jan. 4.", [("Jan. 4", "DATE", "2022-01-04")]),
    "month, five months ahead or seven back leans back": ("Shares rose in January from a low in November.",
                                                          [("January", "DATE", "2021-01"), ("November", "DATE", "2020-11")]),
    "month, participle adjective is no past": ("Dividends would be paid on an unannounced date in March.",
                                               [("March", "DATE", "2022-03")]),
    "weekdays plural are a set": ("The market opens on Sundays.", [("Sundays", "SET", "XXXX-WXX-7")]),
    "weekday nights plural": ("Shows run on Friday nights.", [("Friday nights", "SET", "XXXX-WXX-5TNI")]),
    # the TempEval-3 news values "Friday night" and "Monday morning" as the day alone; an evening,
    # and a repeated night ("Friday nights"), keep the part
    "weekday and part of day": ("The ship docked Monday morning.", [("Monday morning", "DATE", "2021-06-14")]),
    "weekday night is the day": ("Rebels attacked Friday night.", [("Friday night", "DATE", "2021-06-11")]),
    "weekday evening keeps its part": ("The ship docked Monday evening.",
                                       [("Monday evening", "TIME", "2021-06-14TEV")]),
    "the next morning is the day": ("The ship docked on Monday. The next morning, it sailed.",
                                    [("Monday", "DATE", "2021-06-14"), ("The next morning", "DATE", "2021-06-15")]),
    "early weekday keeps the day": ("Shots rang out early Sunday.", [("Sunday", "DATE", "2021-06-13")]),
    # relative to the publication date
    "yesterday": ("Rain fell yesterday.", [("yesterday", "DATE", "2021-06-16")]),
    "tomorrow": ("The ferry sails tomorrow.", [("tomorrow", "DATE", "2021-06-18")]),
    "today possessive": ("Today's vote matters.", [("Today", "DATE", "2021-06-17")]),
    "tonight": ("The vote is tonight.", [("tonight", "TIME", "2021-06-17TNI")]),
    "this morning": ("Markets dipped this morning.", [("this morning", "TIME", "2021-06-17TMO")]),
    "last night": ("Two shops burned last night.", [("last night", "TIME", "2021-06-16TNI")]),
    "two days ago": ("He resigned two days ago.", [("two days ago", "DATE", "2021-06-15")]),
    "three months ago": ("The merger closed three months ago.", [("three months ago", "DATE", "2021-03")]),
    "five years ago": ("The mine shut five years ago.", [("five years ago", "DATE", "2016")]),
    "last year": ("Sales doubled last year.", [("last year", "DATE", "2020")]),
    "this year": ("Turnout fell this year.", [("this year", "DATE", "2021")]),
    "next month": ("The law takes effect next month.", [("next month", "DATE", "2021-07")]),
    "last month": ("Prices rose last month.", [("last month", "DATE", "2021-05")]),
    "earlier this month": ("Fighting resumed earlier this month.", [("earlier this month", "DATE", "2021-06")]),
    "this week": ("The minister spoke this week.", [("this week", "DATE", "2021-W24")]),
    "last week": ("Riots broke out last week.", [("last week", "DATE", "2021-W23")]),
    "next week": ("The panel reports next week.", [("next week", "DATE", "2021-W25")]),
    "the weekend": ("Crowds gathered over the weekend.", [("the weekend", "DATE", "2021-W23-WE")]),
    "a year earlier is anaphoric": ("Profit was $3 million in 2019, up from $2 million a year earlier.",
                                    [("2019", "DATE", "2019"), ("a year earlier", "DATE", "2018")]),
    "the following year": ("The dam was planned in 1990 and built the following year.",
                           [("1990", "DATE", "1990"), ("the following year", "DATE", "1991")]),
    # durations, whole spans
    "six months": ("The strike lasted six months.", [("six months", "DURATION", "P6M")]),
    "the past three years": ("Costs grew over the past three years.", [("the past three years", "DURATION", "P3Y")]),
    "the next decade": ("Costs will rise over the next decade.", [("the next decade", "DURATION", "P10Y")]),
    "later in the day": ("Power returned later in the day.", [("the day", "DATE", "2021-06-17")]),
    "the week of": ("Hearings start the week of July 12.", [("the week of July 12", "DATE", "2021-W28")]),
    "the next two weeks": ("A decision is due in the next two weeks.", [("the next two weeks", "DURATION", "P2W")]),
    "hyphenated duration": ("He signed a two-year contract.", [("two-year", "DURATION", "P2Y")]),
    "fraction of hours": ("The flight took 2 1/2 hours.", [("2 1/2 hours", "DURATION", "PT2H30M")]),
    "a duration after 'as'": ("The appeal could take as long as a month.", [("a month", "DURATION", "P1M")]),
    "more than": ("The siege lasted more than 40 days.", [("more than 40 days", "DURATION", "P40D")]),
    "decades": ("The feud lasted two decades.", [("two decades", "DURATION", "P20Y")]),
    "minutes": ("The speech ran 45 minutes.", [("45 minutes", "DURATION", "PT45M")]),
    "vague duration": ("The talks could take several weeks.", [("several weeks", "DURATION", "PXW")]),
    "for years": ("The road has been closed for years.", [("years", "DURATION", "PXY")]),
    "recent weeks": ("Attacks have grown in recent weeks.", [("recent weeks", "DURATION", "PXW")]),
    # decades, centuries, quarters, seasons, fiscal years
    "decade": ("The town boomed in the 1970s.", [("the 1970s", "DATE", "197")]),
    "decade with mod": ("Growth slowed in the early 2000s.", [("the early 2000s", "DATE", "200")]),
    "century": ("The church dates from the 12th century.", [("the 12th century", "DATE", "11")]),
    "quarter": ("Revenue fell in the first quarter.", [("the first quarter", "DATE", "2021-Q1")]),
    "quarter of year": ("Profit rose in the third quarter of 2018.", [("the third quarter of 2018", "DATE", "2018-Q3")]),
    "quarter adjective": ("It posted a fourth-quarter loss.", [("fourth-quarter", "DATE", "2020-Q4")]),
    "year-ago period compares with the reported quarter, not an aside": (
        "Acme posted first-quarter profit of $9 million. After a weak fourth quarter, margins recovered; "
        "in the year-ago period, it lost $2 million.",
        [("first-quarter", "DATE", "2021-Q1"), ("fourth quarter", "DATE", "2020-Q4"),
         ("the year-ago period", "DATE", "2020-Q1")]),
    "a forecast quarter is no topic": (
        "Acme posted a first-quarter profit and sees losses through the third quarter of 2022, "
        "against a profit a year ago.",
        [("first-quarter", "DATE", "2021-Q1"), ("the third quarter of 2022", "DATE", "2022-Q3"),
         ("a year ago", "DATE", "2020-Q1")]),
    "year to date makes a year earlier a year": (
        "For the first nine months, Acme earned $40 million, up from $31 million a year earlier.",
        [("the first nine months", "DURATION", "P9M"), ("a year earlier", "DATE", "2020")]),
    "the year-earlier period of months to date is those months": (
        "For the nine months, Acme had net of $81 million. In the year-earlier period, it had $77 million. "
        "Net for the year-earlier six months included a gain.",
        [("the nine months", "DURATION", "P9M"), ("the year-earlier period", "DURATION", "P9M"),
         ("the year-earlier six months", "DURATION", "P6M")]),
    "some units long": (
        "It ended a decades-long feud and the weeks-long strike, after a several-year tenure and a multiyear deal.",
        [("decades-long", "DURATION", "PXY"), ("weeks-long", "DURATION", "PXW"),
         ("several-year", "DURATION", "PXY"), ("multiyear", "DURATION", "PXY")]),
    "the age of a thing, not of a person": (
        "The 12-year-old boy said the 8-month-old truce and a 30-year-old trade embargo had ended a years-old slump.",
        [("8-month-old", "DURATION", "P8M"), ("30-year-old", "DURATION", "P30Y"),
         ("years-old", "DURATION", "PXY")]),
    "that day of a month just told": (
        "Police spoke on Tuesday. He was killed last October, and his name was crossed out that same day.",
        [("Tuesday", "DATE", "2021-06-15"), ("last October", "DATE", "2020-10"),
         ("that same day", "DATE", "2020-10-XX")]),
    "the last half of a year": ("Earnings will dip in the last half of 2022.", [("the last half of 2022", "DATE", "2022-H2")]),
    "the last quarter of a year": ("Sales slumped in the last quarter of 2019.", [("the last quarter of 2019", "DATE", "2019-Q4")]),
    "the quarter ended a date stays the topic": (
        "Acme earned $5 million in the fiscal first quarter ended May 31, up from $4 million a year earlier.",
        [("the fiscal first quarter", "DATE", "2021-Q1"), ("May 31", "DATE", "2021-05-31"),
         ("a year earlier", "DATE", "2020-Q1")]),
    "season last": ("The river flooded last summer.", [("last summer", "DATE", "2020-SU")]),
    "season of year": ("They wed in the spring of 2005.", [("the spring of 2005", "DATE", "2005-SP")]),
    "month and spoken year": ("In March nineteen ninety-one the ceasefire held.", [("March nineteen ninety-one", "DATE", "1991-03")]),
    "season of spoken year": ("Floods came in the spring of two thousand and two.",
                              [("the spring of two thousand and two", "DATE", "2002-SP")]),
    "fiscal year": ("The budget for fiscal 2022 is larger.", [("fiscal 2022", "DATE", "2022")]),
    # times of day
    "clock time": ("The blast came at 10:40 a.m.", [("10:40 a.m.", "TIME", "2021-06-17T10:40")]),
    "time and weekday": ("Polls closed at 8 p.m. EDT Tuesday.", [("8 p.m. EDT Tuesday", "TIME", "2021-06-15T20:00")]),
    "noon": ("The deadline is noon.", [("noon", "TIME", "2021-06-17T12:00")]),
    # sets
    "every week": ("The council meets every week.", [("every week", "SET", "P1W")]),
    "each Monday": ("Trains run each Monday.", [("each Monday", "SET", "XXXX-WXX-1")]),
    "daily": ("The paper is printed daily.", [("daily", "SET", "P1D")]),
    "twice a year": ("Inspectors visit twice a year.", [("twice a year", "SET", "P1Y")]),  # TimeML 1.2.1
    "times a week": ("Patients are treated three times a week.", [("three times a week", "SET", "P1W")]),
    # PRESENT_REF / PAST_REF / FUTURE_REF
    "now": ("The port is now open.", [("now", "DATE", "PRESENT_REF")]),
    "recently": ("The rules were recently changed.", [("recently", "DATE", "PAST_REF")]),
    "the future": ("Nobody knows the future.", [("the future", "DATE", "FUTURE_REF")]),
    "currently": ("She is currently abroad.", [("currently", "DATE", "PRESENT_REF")]),
    "now that": ("Now that the war is over, trade resumes.", [("Now", "DATE", "PRESENT_REF")]),
    "the weeks ahead": ("Prices may fall in the weeks ahead.", [("the weeks ahead", "DURATION", "PXW")]),
    "the years that followed": ("In the years that followed, the town grew.", [("the years", "DURATION", "PXY")]),
    "current as an adjective": ("Under current rules the port stays shut.", [("current", "DATE", "PRESENT_REF")]),
    "then current": ("Holders may buy shares at the then current price.", [("then current", "DATE", "PAST_REF")]),
    "a quarter by its months": ("Revenue in the January-March quarter rose.", [("the January-March quarter", "DATE", "2021-Q1")]),
    "months that are no quarter": ("Rain fell in the January-February period.",
                                   [("January", "DATE", "2021-01"), ("February", "DATE", "2021-02")]),
    "a company's first half": ("Profit in the first half rose 10 percent.", [("the first half", "DATE", "2021-H1")]),
    "a match's first half": ("He scored twice in the first half.", []),
    "takes effect": ("A new law takes effect Jan. 1.", [("Jan. 1", "DATE", "2022-01-01")]),
    "took effect": ("The law took effect Jan. 1.", [("Jan. 1", "DATE", "2021-01-01")]),
    "a run of summers": ("Marches have led to riots for the past three summers.",
                         [("the past three summers", "SET", "XXXX-SU")]),
    "current as a noun or account": ("The current account deficit grew as a current of capital left.", []),
    "soon as a connective": ("Soon after the vote, as soon as he landed, the envoy spoke.", []),
    "soon ahead": ("Prosecutors may soon seek an indictment.", [("soon", "DATE", "FUTURE_REF")]),
    "soon after a past event": ("He was soon released, and the trickle soon became a flood.", []),
    "now as a discourse marker": ("Now, he says, the deal is dead. Now the talks resume.",
                                  [("Now", "DATE", "PRESENT_REF")]),
    "one day ahead": ("Islam will one day be the second religion.", [("one day", "DATE", "FUTURE_REF")]),
    "one day hoped for": ("He voiced the hope he one day follows her.", [("one day", "DATE", "FUTURE_REF")]),
    "one day in the past": ("One day, the guard vanished.", [("One day", "DATE", "PAST_REF")]),
    "one day as a duration": ("He spent one day in jail.", [("one day", "DURATION", "P1D")]),
    # ranges: each end is an expression
    "year range": ("He ruled from 2001 to 2009.", [("2001", "DATE", "2001"), ("2009", "DATE", "2009")]),
    "day range": ("The fair runs Aug. 3-5.", [("Aug. 3", "DATE", "2021-08-03"), ("5", "DATE", "2021-08-05")]),
    # modifiers stay in the span
    "early year": ("Construction began in early 2010.", [("early 2010", "DATE", "2010")]),
    "mid month": ("Shipments resume in mid-July.", [("mid-July", "DATE", "2021-07")]),
    "late month": ("Snow fell in late January.", [("late January", "DATE", "2021-01")]),
    # holidays
    "holiday": ("Shops close on Christmas Day.", [("Christmas Day", "DATE", "2021-12-25")]),
    "holiday week": ("Pilgrims arrived as Christmas week began.", [("Christmas week", "DATE", "2020-W52")]),
    # not dates at all
    "modal may": ("Prices may rise again.", []),
    "march as a verb": ("Thousands march through the capital.", []),
    "counts": ("Some 25,000 people and 2,400 troops fled.", []),
    "money and decimals": ("The bill is $2020 and 2.5 million more.", []),
    "ordinals": ("The second round of the first stage was cancelled.", []),
    "compound numbers": ("A 12-nation force and a 30-member panel met.", []),
    "names": ("April Ryan interviewed June Carter.", []),
    "age": ("A 44-year-old man was arrested.", []),
    "a fraction": ("A quarter of the votes were spoiled.", []),
    "a rate": ("The plant makes 700 cars a week.", []),
    "a spoken number, no year": ("They kept the secret for more than two thousand years.",
                                 [("more than two thousand years", "DURATION", "P2000Y")]),
    "hundreds spelt out": ("The empire ruled for three hundred years.", [("three hundred years", "DURATION", "P300Y")]),
    "we and zero": ("We saw 0 comments.", []),

    "a title": ("She appeared on 60 Minutes and This Week.", []),
    "dates that start names": ("The March 23 Movement and the Good Friday Agreement were cited.", []),
    "a date before a common noun": ("The September 11 attacks shook the world.",
                                    [("September 11", "DATE", "2020-09-11")]),
    "the end of the century": ("Seas could rise a metre by 2100.", [("2100", "DATE", "2100")]),
    "today's world": ("Paternity is easy to prove in today's world.", [("today", "DATE", "PRESENT_REF")]),
    "the people of tomorrow": ("He chose the people of tomorrow.", [("tomorrow", "DATE", "FUTURE_REF")]),
    "a title with Today": ("This is VOA Today, and USA Today reported it today.", [("today", "DATE", "2021-06-17")]),
    "a year in a name": ("He set up a venture called Orion 1980 and runs Windows 2000.", []),
    "a year named by its kind": ("Sales rose in fiscal 1988 and in FY 2019.",
                                 [("fiscal 1988", "DATE", "1988"), ("FY 2019", "DATE", "2019")]),
    # a wire dateline is annotated like any date (TimeML)
    "wire dateline": ("LAGOS, June 16 (Reuters) - Talks resumed.", [("June 16", "DATE", "2021-06-16")]),
}


@pytest.mark.parametrize("text, expected", CASES.values(), ids=CASES.keys())
def test_tagger(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text) == expected


MODS = [
    ("Construction began in early 2010.", "START"),
    ("Shipments resume in mid-July.", "MID"),
    ("Snow fell in late January.", "END"),
    ("The siege lasted more than 40 days.", "MORE_THAN"),
    ("The port was built in the late 1990s.", "END"),
]


@pytest.mark.parametrize("text, mod", MODS)
def test_modifiers(text: str, mod: str) -> None:
    [timex] = find_timexes(text, DCT)
    assert timex.mod == mod


INFERRED = [
    ("Crowds gathered as Easter week began.", "2000-04-17", "2000-W16", ("year",)),
    ("Talks resume in March.", "2013-01-20", "2013-03", ("year",)),
    ("The strike began on Tuesday.", "2013-01-20", "2013-01-15", ("year", "month", "day")),
    ("The strike began on 15 January 2013.", "2013-01-20", "2013-01-15", ()),
    ("The report came out last week.", "2013-01-20", "2013-W02", ("year", "week")),
    ("The mill closed two months ago.", "2013-01-20", "2012-11", ("year", "month")),
    ("Polls closed at 8 p.m. Friday.", "2013-01-20", "2013-01-18T20:00", ("year", "month", "day")),
    ("Profit rose in the third quarter of 2012.", "2013-01-20", "2012-Q3", ()),
]


@pytest.mark.parametrize("text, dct, value, inferred", INFERRED)
def test_inferred_parts_and_anchor(text: str, dct: str, value: str, inferred: tuple[str, ...]) -> None:
    [timex] = find_timexes(text, dct)
    assert (timex.value, timex.inferred) == (value, inferred)
    assert timex.anchor == (dct if inferred else None)


@pytest.mark.parametrize("text, dct, value", [
    ("Temperatures soared last summer.", "2019-10-24", "2019-SU"),  # this year's, now over
    ("Temperatures soared last summer.", "2016-06-05", "2015-SU"),  # this year's has begun
    ("It was bitterly cold last winter.", "2016-02-11", "2014-WI"),  # this winter is not over
    ("It was bitterly cold last winter.", "2016-12-20", "2015-WI"),
    ("The pool opens next summer.", "2016-02-11", "2016-SU"),
    ("The pool opens next summer.", "2016-06-05", "2017-SU"),
])
def test_last_and_next_season(text: str, dct: str, value: str) -> None:
    assert [t.value for t in find_timexes(text, dct)] == [value]


def test_three_days_later_keeps_the_day_it_reaches() -> None:
    text = "The rebels took the junction on Nov. 2, and three days later they shelled a market."
    later = find_timexes(text, "2023-11-14")[1]
    assert (later.text, later.point, later.contract_dict()["point"]) == ("three days", "2023-11-05", "2023-11-05")


def test_the_next_year_of_a_past_story() -> None:
    text = "The firm was sold in March 2014. The next year, it cut 2,000 jobs. The next year will be hard."
    assert [t.value for t in find_timexes(text, "2016-02-11")] == ["2014-03", "2015", "2017"]


@pytest.mark.parametrize("text, dct, expected", [
    ("The ban takes effect on New Year's Day.", "2015-12-28", [("New Year's Day", "DATE", "2016-01-01")]),
    ("The economy shrank 2 percent in 2012, according to EU figures, and officials say it shrank again in the "
     "first quarter.", "2013-05-14", [("2012", "DATE", "2012"), ("the first quarter", "DATE", "2013-Q1")]),
    ("Several said they expected the question to return to the agenda in the autumn.", "2013-05-14",
     [("the autumn", "DATE", "2013-FA")]),
    ("\"Four hundred and thirty days,\" she said. It took two to three weeks. The talks could last several days.",
     "2024-10-07", [("Four hundred and thirty days", "DURATION", "P430D"), ("two to three weeks", "DURATION", "P2W"),
                    ("several days", "DURATION", "PXD")]),
    ("\"I would not be surprised if the March meeting is the last hike.\" The March on Washington drew crowds.",
     "2018-12-19", [("March", "DATE", "2019-03")]),
    ("Classes were canceled for Thursday as well. Now to the Winter Olympics in Italy.", "2023-04-26",
     [("Thursday", "DATE", "2023-04-27")]),
    ("\"This government had months to listen to the farmers,\" he said.", "2015-06-11",
     [("months", "DURATION", "PXM")]),
    ("Inflation hit its highest in a quarter of a century, after a quarter-century of calm. Half a century "
     "later, it fell.", "2022-10-03", [("a quarter of a century", "DURATION", "P25Y"),
                                        ("a quarter-century", "DURATION", "P25Y"), ("Half a century", "DURATION", "P50Y")]),
    ("The service ranked 2019 second. Crude slipped, ending the week down 11 percent. The address is just hours away.",
     "2018-12-21", [("2019", "DATE", "2019"), ("the week", "DATE", "2018-W51"), ("hours", "DURATION", "PTXH")]),
    ("It was the highest monthly total. A bell is rung at 3:40 a.m. every Oct. 4.", "2016-03-09",
     [("3:40 a.m.", "TIME", "2016-03-09T03:40"), ("every Oct. 4", "SET", "XXXX-10-04")]),
    ("Play was delayed for two hours in the afternoon when thunderstorms moved through.", "2018-04-08",
     [("two hours", "DURATION", "PT2H"), ("the afternoon", "TIME", "2018-04-08TAF")]),
    ("The count is up from 71 cases a week ago. Three weeks ago it was 40.", "2025-05-23",
     [("a week ago", "DATE", "2025-05-16"), ("Three weeks ago", "DATE", "2025-W18")]),
    ("Emissions rose 0.6 percent in 2019, after climbing 2.1 percent the year before.", "2020-01-16",
     [("2019", "DATE", "2019"), ("the year before", "DATE", "2018")]),
    ("He was shot on Oct. 23. His car had been seen the day before, and the night before.", "2020-01-16",
     [("Oct. 23", "DATE", "2019-10-23"), ("the day before", "DATE", "2019-10-22"),
      ("the night before", "TIME", "2019-10-22TNI")]),
    ("Net income for the quarter, which ended Sept. 30, fell to $142 million from $173 million a year earlier.",
     "2014-10-23", [("the quarter", "DATE", "2014-Q3"), ("Sept. 30", "DATE", "2014-09-30"),
                    ("a year earlier", "DATE", "2013-Q3")]),
    ("The bank cut its forecast for next year and said growth in the fourth quarter would slow.", "2018-12-19",
     [("next year", "DATE", "2019"), ("the fourth quarter", "DATE", "2018-Q4")]),
    ("Ruiz was a rookie on that '94 team. He said 'no' to the class of '08.", "2025-09-26",
     [("'94", "DATE", "1994"), ("'08", "DATE", "2008")]),
    ("The World Food Programme warned that the coming winter could be the hardest yet.", "2013-11-19",
     [("the coming winter", "DATE", "2013-WI")]),
    ("Last year, officers took 57 reports between Thanksgiving and New Year's Day. They have watched the lots "
     "since Thanksgiving night.", "2023-11-25",
     [("Last year", "DATE", "2022"), ("Thanksgiving", "DATE", "2022-11-24"), ("New Year's Day", "DATE", "2023-01-01"),
      ("Thanksgiving night", "TIME", "2023-11-23TNI")]),
    ("\"We expect demand to stabilize in the first half of next year and to recover in the second half.\"",
     "2014-10-23", [("the first half of next year", "DATE", "2015-H1"), ("the second half", "DATE", "2015-H2")]),
    ("The board expected two or three more rate increases next year, most likely in the first half.", "2018-12-19",
     [("next year", "DATE", "2019"), ("the first half", "DATE", "2019-H1")]),
    ("The home side led 2-0 in the first half.", "2018-12-19", []),
    ("Profit rose in the third quarter. For the first half, sales fell. Sales rose 11 percent from the "
     "year-earlier quarter.", "2014-10-23", [("the third quarter", "DATE", "2014-Q3"), ("the first half", "DATE", "2014-H1"),
                                             ("the year-earlier quarter", "DATE", "2013-Q3")]),
    ("The Fed signaled that more increases were likely at its meetings in June and July.", "2022-05-09",
     [("June", "DATE", "2022-06"), ("July", "DATE", "2022-07")]),
    ("The toys are tied to a film due in theaters in November.", "2025-02-06", [("November", "DATE", "2025-11")]),
    ("Classes, originally set to start Monday, will now begin Thursday.", "2021-08-29",
     [("Monday", "DATE", "2021-08-30"), ("now", "DATE", "PRESENT_REF"), ("Thursday", "DATE", "2021-09-02")]),
    ("He said he'd think about it in the spring.", "2025-09-26", [("the spring", "DATE", "2026-SP")]),
    ("The university postponed move-in from Sunday to Wednesday.", "2021-08-29",
     [("Sunday", "DATE", "2021-08-29"), ("Wednesday", "DATE", "2021-09-01")]),
    ("The heaviest rain is expected between 2 a.m. and 8 a.m. Monday.", "2021-08-29",
     [("2 a.m.", "TIME", "2021-08-30T02:00"), ("8 a.m. Monday", "TIME", "2021-08-30T08:00")]),
    ("Officials urged residents to brace for heavy rain tonight and Monday, two days after storms dumped 7 inches. "
     "Statements were made Friday and Thursday.",
     "2021-08-29", [("tonight", "TIME", "2021-08-29TNI"), ("Monday", "DATE", "2021-08-30"),
                    ("two days", "DURATION", "P2D"), ("Friday", "DATE", "2021-08-27"),
                    ("Thursday", "DATE", "2021-08-26")]),
    ("Revenue for the three months ended Dec. 31 rose to $1.84 billion from $1.69 billion a year earlier.",
     "2025-02-06", [("the three months", "DURATION", "P3M"), ("Dec. 31", "DATE", "2024-12-31"),
                    ("a year earlier", "DATE", "2023-Q4")]),
    ("In the quarter ended July 31, Jayark had an average of 2 million shares.", "1989-10-30",
     [("the quarter", "DATE", "1989-Q2"), ("July 31", "DATE", "1989-07-31")]),
    ("Sakuragawa cut its profit forecast for the current fiscal year on Friday, saying a shortage of parts would "
     "keep hurting production.", "2021-11-06",
     [("the current fiscal year", "DATE", "2021"), ("Friday", "DATE", "2021-11-05")]),
    ("Halvorsen said third-quarter profit rose. Margins were thin in the second quarter. \"This quarter shows "
     "that work is paying off,\" she said.", "2014-10-29",
     [("third-quarter", "DATE", "2014-Q3"), ("the second quarter", "DATE", "2014-Q2"),
      ("This quarter", "DATE", "2014-Q3")]),
    ("Third-quarter sales rose. The company sold a record 2.1 million cars two years ago.", "2021-11-06",
     [("Third-quarter", "DATE", "2021-Q3"), ("two years ago", "DATE", "2019")]),
    ("She worked a shift from 7 a.m. to 3 p.m. on March 9.", "2015-03-17",
     [("7 a.m.", "TIME", "2015-03-09T07:00"), ("3 p.m.", "TIME", "2015-03-09T15:00"), ("March 9", "DATE", "2015-03-09")]),
    ("Kessler finished in 1 minute, 46.21 seconds, beating Brandauer by 0.18 seconds.", "2022-12-18",
     [("1 minute, 46.21 seconds", "DURATION", "PT1M46.21S"), ("0.18 seconds", "DURATION", "PT0.18S")]),
    ("Average hourly earnings rose. Shares rose in afternoon trading.", "2018-02-02",
     [("afternoon", "TIME", "2018-02-02TAF")]),
    ("Their July-September profits fell. The cleanup will take months.", "2021-11-06",
     [("July-September", "DATE", "2021-Q3"), ("months", "DURATION", "PXM")]),
    ("The storm could make landfall late Sunday. He could not attend on Monday.", "2023-05-05",
     [("Sunday", "DATE", "2023-05-07"), ("Monday", "DATE", "2023-05-01")]),
    ("\"My grandmother is turning 90 on Tuesday,\" she said. The firm is continuing to try to sell itself, under "
     "a June agreement.", "2022-12-18", [("Tuesday", "DATE", "2022-12-20"), ("June", "DATE", "2022-06")]),
    ("The rebels seized the capital in September 2014, and the coalition intervened the following March.",
     "2019-08-25", [("September 2014", "DATE", "2014-09"), ("the following March", "DATE", "2015-03")]),
    ("A ceasefire brokered in November 2022 unravelled the following spring.", "2024-02-12",
     [("November 2022", "DATE", "2022-11"), ("the following spring", "DATE", "2023-SP")]),
    ("The governor declared an emergency on Monday. By midafternoon, 300,000 people had reached shelters.",
     "2023-05-05", [("Monday", "DATE", "2023-05-01"), ("midafternoon", "TIME", "2023-05-01TAF")]),
    ("The minister promised a new package of measures before the summer.", "2026-03-04",
     [("the summer", "DATE", "2026-SU")]),
    ("The weather service extended its heat advisory for the metro area through Sunday.", "2019-07-19",
     [("Sunday", "DATE", "2019-07-21")]),
    ("A cold front is expected to move through late Sunday, bringing scattered thunderstorms by Monday.",
     "2019-07-19", [("Sunday", "DATE", "2019-07-21"), ("Monday", "DATE", "2019-07-22")]),
    ("The storm touched down at 3:40 yesterday afternoon. The score was 3:1 last night.", "2013-05-21",
     [("3:40 yesterday afternoon", "TIME", "2013-05-20T15:40"), ("last night", "TIME", "2013-05-20TNI")]),
    ("He was released in 2011.\n\nResidents said they were afraid.", "2014-02-13", [("2011", "DATE", "2011")]),
    ("The 2025 race is scheduled for April 13.", "2024-04-15",
     [("2025", "DATE", "2025"), ("April 13", "DATE", "2025-04-13")]),
    ("Under a program approved in 1987 that set no limit, Nashua had bought shares through Sept. 29.",
     "1989-11-01", [("1987", "DATE", "1987"), ("Sept. 29", "DATE", "1989-09-29")]),
    ("A jury convicted the former treasurer on Monday.\n\nHe siphoned money for years.\n\nJurors deliberated "
     "for nine hours before returning the verdict at 4:15 p.m.", "2020-01-28",
     [("Monday", "DATE", "2020-01-27"), ("years", "DURATION", "PXY"), ("nine hours", "DURATION", "PT9H"),
      ("4:15 p.m.", "TIME", "2020-01-27T16:15")]),
    ("Sleet coated the region Sunday night and early Monday.\n\nCrews said 9 inches had fallen by 7 a.m. Gusts piled "
     "drifts high. Schools closed.\n\n"
     "Police said a driver died when his van slid into a ditch at about 5:10 a.m.", "2021-02-01",
     [("Sunday night", "DATE", "2021-01-31"), ("Monday", "DATE", "2021-02-01"),
      ("7 a.m.", "TIME", "2021-02-01T07:00"), ("5:10 a.m.", "TIME", "2021-02-01T05:10")]),
    ("The airline said Friday that profit doubled.\n\nThe strike, which began May 14, cost $48 million.\n\n"
     "\"The strike is behind us,\" she said.\n\nShares rose 4.6% to $42.50 at 4 p.m. in New York trading.",
     "2014-07-25", [("Friday", "DATE", "2014-07-25"), ("May 14", "DATE", "2014-05-14"),
                    ("4 p.m.", "TIME", "2014-07-25T16:00")]),
    ("Fire doubles in size overnight\n\nThe fire more than doubled in size overnight and had burned 41,000 acres "
     "by Tuesday morning.", "2022-09-06",
     [("overnight", "TIME", "2022-09-05TNI"), ("overnight", "TIME", "2022-09-05TNI"),
      ("Tuesday morning", "DATE", "2022-09-06")]),
    ("Profit rose in the second quarter. For the first half, profit was $598 million, compared with a loss "
     "in the year-ago period. Costs in the quarter fell.", "2014-07-25",
     [("the second quarter", "DATE", "2014-Q2"), ("the first half", "DATE", "2014-H1"),
      ("the year-ago period", "DATE", "2013-H1"), ("the quarter", "DATE", "2014-Q2")]),
    ("They could not afford to wait another month.", "2013-11-07", [("another month", "DURATION", "P1M")]),
    ("Headaches fell by three-quarters. Shares rose in after-hours trading. Profit rose in three quarters "
     "of the past four.", "2016-09-10", []),
    ("Langat won in 2 hours, 8 minutes, 31 seconds.", "2024-04-15",
     [("2 hours, 8 minutes, 31 seconds", "DURATION", "PT2H8M31S")]),
    ("He spent three days, two weeks later he left.", "2024-04-15",
     [("three days", "DURATION", "P3D"), ("two weeks", "DURATION", "P2W")]),
    ("The company expects revenue of $7.1 billion in the June quarter.", "2024-04-24",
     [("the June quarter", "DATE", "2024-Q2")]),
    ("The probe lands in early 2016, shortly before its funding runs out that March.", "2015-03-01",
     [("early 2016", "DATE", "2016"), ("that March", "DATE", "2016-03")]),
    ("Hiring rebounded from a weak March. Stations recorded an unusually warm May.", "2017-06-08",
     [("March", "DATE", "2017-03"), ("May", "DATE", "2017-05")]),
    ("Protesters gathered at the annual March for Life.", "2017-06-08", []),
    ("Weeks of protests followed. Patients may become less active years before they are diagnosed.",
     "2020-10-19", [("Weeks", "DURATION", "PXW"), ("years", "DURATION", "PXY")]),
    ("He probably died within weeks or months of his capture.", "2020-10-19",
     [("weeks or months", "DURATION", "PXW")]),
    ("Loan demand picked up in March. \"We're cautiously optimistic about the second half,\" she said.",
     "2013-04-16", [("March", "DATE", "2013-03"), ("the second half", "DATE", "2013-H2")]),
    ("The economy grew 0.4% in the third quarter, data showed Tuesday. From a year earlier, it expanded 1.7%.",
     "2019-12-05", [("the third quarter", "DATE", "2019-Q3"), ("Tuesday", "DATE", "2019-12-03"),
                    ("a year earlier", "DATE", "2018-Q3")]),
    ("The ceasefire began on March 3. A year earlier, the rebels had seized the town.", "2017-05-08",
     [("March 3", "DATE", "2017-03-03"), ("A year earlier", "DATE", "2016-03-03")]),
    ("The keeper's house sat empty for decades.", "2025-06-29", [("decades", "DURATION", "PXY")]),
    ("Congress adopted the rule in 1918 and repealed it a year later.", "2017-03-13",
     [("1918", "DATE", "1918"), ("a year", "DURATION", "P1Y")]),
    ("Stores will open at 6 a.m. on Black Friday, and discounts run through Cyber Monday.", "2018-11-20",
     [("6 a.m.", "TIME", "2018-11-23T06:00"), ("Black Friday", "DATE", "2018-11-23"),
      ("Cyber Monday", "DATE", "2018-11-26")]),
    ("Investors had assumed the problems were confined to the summer. Prices began to fall.", "2018-11-20",
     [("the summer", "DATE", "2018-SU")]),
    ("Employers added 211,000 jobs last month, the most since May 2007. Wages rose 2.5% from a year earlier.",
     "2017-05-08", [("last month", "DATE", "2017-04"), ("May 2007", "DATE", "2007-05"),
                    ("a year earlier", "DATE", "2016-04")]),
    ("Investors now put the chance of a June increase at 87%, up from about 70% a week ago.", "2017-05-08",
     [("now", "DATE", "PRESENT_REF"), ("June", "DATE", "2017-06"), ("a week ago", "DATE", "2017-05-01")]),
    ("The team plans to publish updated figures for the whole of Europe in October.", "2021-06-19",
     [("October", "DATE", "2021-10")]),
    ("Several roads remained closed until Sunday evening.", "2024-04-15", [("Sunday evening", "TIME", "2024-04-14TEV")]),
    ("Officials postponed until Tuesday morning any action on the case.", "2000-03-30",
     [("Tuesday morning", "DATE", "2000-04-04")]),
    ("High school students did not return full time until April 26.", "2021-08-11", [("April 26", "DATE", "2021-04-26")]),
    ("The judge ordered him to return for a pretrial hearing March 6.", "2014-02-13", [("March 6", "DATE", "2014-03-06")]),
    ("The president, addressing leaders by video link on Monday, urged them to act.", "2022-05-31",
     [("Monday", "DATE", "2022-05-30")]),
    ("Traders currently price a 60% chance of a cut by March.", "2019-12-05",
     [("currently", "DATE", "PRESENT_REF"), ("March", "DATE", "2020-03")]),
    ("The Bank of Canada is poised to raise interest rates on Wednesday.", "2022-02-28",
     [("Wednesday", "DATE", "2022-03-02")]),
    ("The agency is predicting its busiest day ever on Sunday.", "2023-11-22", [("Sunday", "DATE", "2023-11-26")]),
    ("The currency had lost about 40 percent of its value against the dollar since January.", "2014-09-05",
     [("January", "DATE", "2014-01")]),
    ("Officials said last month that the money would run out by June unless donors stepped in.", "2026-03-07",
     [("last month", "DATE", "2026-02"), ("June", "DATE", "2026-06")]),
    ("Florists expect record sales on Valentine’s Day, which falls on Sunday.", "2016-02-11",
     [("Valentine’s Day", "DATE", "2016-02-14"), ("Sunday", "DATE", "2016-02-14")]),
    ("Banks closed on Easter Monday.", "2021-06-17", [("Easter Monday", "DATE", "2021-04-05")]),
    ("Every Sunday morning, the square fills with shoppers.", "2016-02-11",
     [("Every Sunday morning", "SET", "XXXX-WXX-7TMO")]),
    ("Mr. Friday, a spokesman, said shares of Tuesday Morning Corp. rose.", "2016-02-11", []),
    ("The deadline for the bids will be December 31.", "2016-02-11", [("December 31", "DATE", "2016-12-31")]),
    ("The deadline for bids is December 31.", "2016-02-11", [("December 31", "DATE", "2016-12-31")]),
    ("The deadline was December 31.", "2016-02-11", [("December 31", "DATE", "2015-12-31")]),
    ("Lawmakers debated the bill on Tuesday and will vote on Thursday.", "2016-02-10",
     [("Tuesday", "DATE", "2016-02-09"), ("Thursday", "DATE", "2016-02-11")]),
    ("Between January and March, exports fell 9 percent.", "2016-02-11",
     [("January", "DATE", "2015-01"), ("March", "DATE", "2015-03")]),
    ("The girl was last seen at noon on Jan. 3.", "2016-01-10",
     [("noon", "TIME", "2016-01-03T12:00"), ("Jan. 3", "DATE", "2016-01-03")]),
    ("The negotiations took two and a half years.", "2016-02-11", [("two and a half years", "DURATION", "P2Y6M")]),
    ("A week-long festival opened.", "2016-02-11", [("week-long", "DURATION", "P1W")]),
    ("Profit for the full year rose 4 percent.", "2016-02-11", [("the full year", "DATE", "2015")]),
    ("Sales for the full year were up.", "2016-11-02", [("the full year", "DATE", "2016")]),
    ("Margins improved this quarter.", "2016-02-11", [("this quarter", "DATE", "2016-Q1")]),
    ("Lyle, who said he would not seek a term in November, is expected to propose a plan.", "2006-01-03",
     [("November", "DATE", "2006-11")]),
    ("Lawmakers were called back for a special session in August.", "2006-01-03", [("August", "DATE", "2005-08")]),
    ("The fighting has overshadowed preparations for elections on Dec. 20.", "2023-11-14",
     [("Dec. 20", "DATE", "2023-12-20")]),
    ("As expected, sales fell in March.", "2023-02-14", [("March", "DATE", "2022-03")]),
    ("Candidates may begin circulating petitions on June 6. The primary is Sept. 12.", "2006-01-03",
     [("June 6", "DATE", "2006-06-06"), ("Sept. 12", "DATE", "2006-09-12")]),
    ("He may have met them on Tuesday.", "2006-01-05", [("Tuesday", "DATE", "2006-01-03")]),
    ("Florists are getting ready for Mother's Day on Sunday.", "2011-05-06",
     [("Mother's Day", "DATE", "2011-05-08"), ("Sunday", "DATE", "2011-05-08")]),
    ("Lawmakers leave for a weeklong recess after taking a $95,000-a-year pay rise.", "2016-02-11",
     [("weeklong", "DURATION", "P1W")]),
    ("Lyle will speak Wednesday. He won't run in November. The Senate takes up the plan the next day.", "2006-01-03",
     [("Wednesday", "DATE", "2006-01-04"), ("November", "DATE", "2006-11"), ("the next day", "DATE", "2006-01-05")]),
    ("It expects to earn $1.75 a share, down from the $2.10 it forecast in April.", "2019-07-24",
     [("April", "DATE", "2019-04")]),
    ("Analysts forecast a rebound in October.", "2019-07-24", [("October", "DATE", "2019-10")]),
    ("They returned Wednesday after a series of telephone calls between foreign ministers over the weekend.",
     "2013-12-19", [("Wednesday", "DATE", "2013-12-18"), ("the weekend", "DATE", "2013-W50-WE")]),
    ("Talks will go on over the weekend.", "2013-12-19", [("the weekend", "DATE", "2013-W51-WE")]),
    ("The rebels took the junction on Nov. 2, and three days later they shelled a market.", "2023-11-14",
     [("Nov. 2", "DATE", "2023-11-02"), ("three days", "DURATION", "P3D")]),
    ("A year earlier, profit was flat.", "1989-11-02", [("A year earlier", "DATE", "1988")]),
    ("Shares rose to $71.80 in 4 p.m. trading Tuesday.", "2016-07-27",
     [("4 p.m.", "TIME", "2016-07-26T16:00"), ("Tuesday", "DATE", "2016-07-26")]),
    ("The ban takes effect at six o'clock tomorrow morning.", "2003-02-20",
     [("six o'clock tomorrow morning", "TIME", "2003-02-21T06:00")]),
    ("The fire jumped the highway at about three a.m.; it hit the town at eleven last night.", "2020-09-10",
     [("three a.m.", "TIME", "2020-09-10T03:00"), ("eleven last night", "TIME", "2020-09-09T23:00")]),
    ("It began at eight o'clock in the evening.", "2020-09-10", [("eight o'clock in the evening", "TIME", "2020-09-10T20:00")]),
    ("The government declared three days of mourning beginning Tuesday.", "1999-12-27",
     [("three days", "DURATION", "P3D"), ("Tuesday", "DATE", "1999-12-28")]),
    ("Forecasters expect more rain on Wednesday and Thursday.", "1999-12-27",
     [("Wednesday", "DATE", "1999-12-29"), ("Thursday", "DATE", "1999-12-30")]),
    ("Following are statements made Friday and Thursday.", "1998-02-06",
     [("Friday", "DATE", "1998-02-06"), ("Thursday", "DATE", "1998-02-05")]),
    ("The next session is provisionally set for March.", "1997-06-16", [("March", "DATE", "1998-03")]),
    ("Prices rose between March and November 2001.", "2008-11-06",
     [("March", "DATE", "2001-03"), ("November 2001", "DATE", "2001-11")]),
    ("The fair ran from Nov. 3 to Jan. 5, 2002.", "2008-11-06",
     [("Nov. 3", "DATE", "2001-11-03"), ("Jan. 5, 2002", "DATE", "2002-01-05")]),
    ("It was signed on May 3, 2016. That same day, he quit.", "2018-05-13",
     [("May 3, 2016", "DATE", "2016-05-03"), ("That same day", "DATE", "2016-05-03")]),
    ("On Dec. 18, the government postponed the vote, once set for March. The following week, crowds marched.",
     "2018-05-13", [("Dec. 18", "DATE", "2017-12-18"), ("March", "DATE", "2018-03"),
                    ("The following week", "DATE", "2017-W52")]),
    ("Profit rose in the fiscal third quarter. It said Tuesday that net income for the quarter ended June 25 "
     "rose to $248 million from $221 million a year earlier.", "2016-07-27",
     [("the fiscal third quarter", "DATE", "2016-Q3"), ("Tuesday", "DATE", "2016-07-26"),
      ("the quarter", "DATE", "2016-Q3"), ("June 25", "DATE", "2016-06-25"), ("a year earlier", "DATE", "2015-Q3")]),
    ("Rebels attacked on Friday night. The next day, talks resumed.", "2016-02-15",
     [("Friday night", "DATE", "2016-02-12"), ("The next day", "DATE", "2016-02-13")]),
    ("Two helicopters crashed last February; this past February was calm.", "1998-03-01",
     [("last February", "DATE", "1997-02"), ("this past February", "DATE", "1998-02")]),
    ("Two helicopters crashed last October.", "1998-03-01", [("last October", "DATE", "1997-10")]),
    ("The bureau forecast more heavy rain for Tuesday and Wednesday.", "2010-08-09",
     [("Tuesday", "DATE", "2010-08-10"), ("Wednesday", "DATE", "2010-08-11")]),
    ("Cuba predicted Wednesday that the exiles would fail.", "2000-01-07", [("Wednesday", "DATE", "2000-01-05")]),
    ("Schools may stay closed through Thursday.", "1994-01-18", [("Thursday", "DATE", "1994-01-20")]),
    ("He set a deadline of midnight Sunday.", "1990-10-12", [("midnight Sunday", "TIME", "1990-10-14T24:00")]),
    ("The exchange, which closed early on Friday, will open on Tuesday.", "2000-01-02",
     [("Friday", "DATE", "1999-12-31"), ("Tuesday", "DATE", "2000-01-04")]),
    ("The clinic is open six days a week.", "2016-01-01", [("six days a week", "SET", "P1W")]),
    ("Give the vaccine at 12 to 15 months of age.", "2016-01-01", []),
    ("Tickets for trains departing on Jan. 21 went on sale.", "2018-12-24", [("Jan. 21", "DATE", "2019-01-21")]),
    ("Millions travel for the Spring Festival.", "2019-01-01", []),
    ("The floods of 1998 killed more than 4,000 people that summer.", "2016-01-01",
     [("1998", "DATE", "1998"), ("that summer", "DATE", "1998-SU")]),
    ("A funeral for the victims was planned for Saturday.", "2004-10-08", [("Saturday", "DATE", "2004-10-09")]),
    ("He paid for Saturday's party.", "2016-02-11", [("Saturday", "DATE", "2016-02-06")]),
    ("In a radio interview on New Year's Eve, he said his priority would be growth.", "2006-01-03",
     [("New Year's Eve", "DATE", "2005-12-31")]),
    ("Profit for its fourth quarter fell.", "2016-02-11", [("fourth quarter", "DATE", "2015-Q4")]),
    ("The vote is set for Tuesday. The speaker told reporters at 11:30 a.m. in the Capitol.", "2016-02-11",
     [("Tuesday", "DATE", "2016-02-16"), ("11:30 a.m.", "TIME", "2016-02-11T11:30")]),
    ("Turnout on Election Day reached 78 percent. Lines stretched around the block at 7 p.m.", "1992-11-05",
     [("Election Day", "DATE", "1992-11-03"), ("7 p.m.", "TIME", "1992-11-03T19:00")]),
    ("The blast came at about 10:35 a.m. (0735 GMT) Friday.", "1998-08-08",
     [("10:35 a.m.", "TIME", "1998-08-07T10:35"), ("0735 GMT", "TIME", "1998-08-07T07:35"),
      ("Friday", "DATE", "1998-08-07")]),
    ("The company will report results for the fourth quarter next week.", "2016-01-20",
     [("the fourth quarter", "DATE", "2015-Q4"), ("next week", "DATE", "2016-W04")]),
    ("The plant will open in the fourth quarter.", "2016-01-20", [("the fourth quarter", "DATE", "2016-Q4")]),
    # a scheduling verb right after a past one completes it: "threw open" is past, "the talks open" ahead
    ("Since the authorities threw open the border crossings late Thursday, millions have visited. "
     "The talks open Thursday.", "1989-11-14",
     [("Thursday", "DATE", "1989-11-09"), ("Thursday", "DATE", "1989-11-16")]),
    # a clock that names its day keeps it in a span; a span of hours past midnight ends the next day
    ("A warning is in effect from 6 p.m. Tuesday until noon Thursday.", "2017-01-09",
     [("6 p.m. Tuesday", "TIME", "2017-01-10T18:00"), ("noon Thursday", "TIME", "2017-01-12T12:00")]),
    ("The worst is expected between 8 p.m. and 4 a.m.", "2017-01-09",
     [("8 p.m.", "TIME", "2017-01-09T20:00"), ("4 a.m.", "TIME", "2017-01-10T04:00")]),
    # a month or season "of that year": the year just told, in one expression
    ("He resigned in January 1994 and was indicted in March of that year. They met in the summer of "
     "the following year.", "1996-09-07",
     [("January 1994", "DATE", "1994-01"), ("March of that year", "DATE", "1994-03"),
      ("the summer of the following year", "DATE", "1995-SU")]),
    ("He expects the first half of fiscal 1990 to beat the year-earlier period.", "1989-11-14",
     [("the first half of fiscal 1990", "DATE", "1990-H1"), ("the year-earlier period", "DATE", "1989-H1")]),
    # a year before a comma is no amount: "2022, less than a week after" is no rate
    ("Ukraine applied in February 2022, less than a week after the invasion. Sales were $500 million a year.",
     "2023-12-16", [("February 2022", "DATE", "2022-02"), ("less than a week", "DURATION", "P1W")]),
    ("It could take months, maybe years, to rebuild, and the role would shrink within days, not weeks.",
     "2023-12-16", [("months", "DURATION", "PXM"), ("years", "DURATION", "PXY"), ("days", "DURATION", "PXD"),
                    ("weeks", "DURATION", "PXW")]),
    # "overnight" in a forecast is tonight; in a report of the past, the night before
    ("After Sunday's storms, a frost advisory is in effect overnight. A front will slide south overnight.",
     "2020-04-14", [("Sunday", "DATE", "2020-04-12"), ("overnight", "TIME", "2020-04-14TNI"),
                    ("overnight", "TIME", "2020-04-14TNI")]),
    ("Crews worked overnight to clear the streets.", "2020-04-14", [("overnight", "TIME", "2020-04-13TNI")]),
    # what someone is urged or asked to do lies ahead, whoever the object
    ("Officials urged residents to stock up on food, water and medicine before Tuesday evening.", "2017-01-09",
     [("Tuesday evening", "TIME", "2017-01-10TEV")]),
    ("A spokesman told reporters in Tehran on Wednesday that the country will not bargain.", "2013-03-14",
     [("Wednesday", "DATE", "2013-03-13")]),
    # a tense beyond ", and" is another clause's
    ("Engineers detected irregular readings from a pressure sensor in the upper stage during checks "
     "Wednesday night, and replacing it will take days.", "2025-10-23",
     [("Wednesday night", "DATE", "2025-10-22"), ("days", "DURATION", "PXD")]),
    ("People planted their fields in December, hoping to harvest in the spring.", "2026-02-11",
     [("December", "DATE", "2025-12"), ("the spring", "DATE", "2026-SP")]),
    # a weekday that a present-tense clause reaches "by" or "through" lies ahead: a forecast
    ("Cover your plants. We warm up into the 60s by Friday. Then it turns dry through Sunday.", "2020-04-14",
     [("Friday", "DATE", "2020-04-17"), ("Sunday", "DATE", "2020-04-19")]),
    ("The rebels had fled by Friday.", "2020-04-14", [("Friday", "DATE", "2020-04-10")]),
    # what lasts until a date in a clause about the future ends after the telling
    ("Britain will remain in the single market during a transition period that runs until Dec. 31. "
     "Acme will report results for the quarter ended Dec. 31.", "2020-01-29",
     [("Dec. 31", "DATE", "2020-12-31"), ("the quarter", "DATE", "2019-Q4"), ("Dec. 31", "DATE", "2019-12-31")]),
    ("The Hawks have not lost since Feb. 18, and they host Westport Wednesday night. Tickets go on sale "
     "at 10 a.m. Saturday, the team said.", "2025-03-09",
     [("Feb. 18", "DATE", "2025-02-18"), ("Wednesday night", "DATE", "2025-03-12"),
      ("10 a.m. Saturday", "TIME", "2025-03-15T10:00")]),
    ("Baker met Monday with the ambassador and was to brief congressional leaders Wednesday morning.",
     "1989-11-14", [("Monday", "DATE", "1989-11-13"), ("Wednesday morning", "DATE", "1989-11-15")]),
    ("The effects will linger for several more months. Two were sentenced to three years and 18 months; "
     "the case took two years and six months.", "2023-12-16",
     [("several more months", "DURATION", "PXM"), ("three years", "DURATION", "P3Y"),
      ("18 months", "DURATION", "P18M"), ("two years and six months", "DURATION", "P2Y6M")]),
    ("It has warmed since the late 1800s, and faster since the mid-2000s.", "2023-07-05",
     [("the late 1800s", "DATE", "18"), ("the mid-2000s", "DATE", "200")]),
    ("Mr. Haines, who turns 82 in September, said he was not sure he would come back.", "2004-06-06",
     [("September", "DATE", "2004-09")]),
    # a quarter in a clause about the future, two or more quarters back, is next year's
    ("Acme said it would close two plants by the end of the first quarter. It will report third-quarter "
     "results next week.", "2015-10-27",
     [("the end of the first quarter", "DATE", "2016-Q1"), ("third-quarter", "DATE", "2015-Q3"),
      ("next week", "DATE", "2015-W45")]),
    ("The council is due to release its catch recommendation for 2014 at the end of September. "
     "The 2015 race is scheduled for April 13.", "2013-03-14",
     [("2014", "DATE", "2014"), ("the end of September", "DATE", "2013-09"), ("2015", "DATE", "2015"),
      ("April 13", "DATE", "2015-04-13")]),
    # a fiscal quarter is numbered in the company's year: the report's year, and it is the topic
    ("Stridewell said Thursday that its sales jumped 84 percent in the fiscal fourth quarter, from stores "
     "that had been shut a year earlier.", "2021-06-24",
     [("Thursday", "DATE", "2021-06-24"), ("the fiscal fourth quarter", "DATE", "2021-Q4"),
      ("a year earlier", "DATE", "2020-Q4")]),
    # a number holds its place among the words: "from 2005 to 2014, pleaded" is no infinitive
    ("Pruitt, who was treasurer from 2005 to 2014, pleaded guilty in January to wire fraud.", "2016-05-20",
     [("2005", "DATE", "2005"), ("2014", "DATE", "2014"), ("January", "DATE", "2016-01")]),
    ("Officials said classes would resume on Monday as scheduled, though some districts planned to start late.",
     "2018-02-17", [("Monday", "DATE", "2018-02-19")]),
    ("Forecasters predicted clear skies by Wednesday. Economists expect millions more when new figures "
     "come out Thursday morning.", "2020-04-14",
     [("Wednesday", "DATE", "2020-04-15"), ("Thursday morning", "DATE", "2020-04-16")]),
    ("Coming up in the next hour, we talk with the winners; the vote was called at the last minute.",
     "2025-05-18", [("the next hour", "DURATION", "PT1H")]),
    ("The plan would add bus service on weekends.", "2025-03-09", [("weekends", "SET", "XXXX-WXX-WE")]),
    # a month a figure is compared with is no period of the report
    ("Inflation cooled in May, the department said on Friday. The index was unchanged from April and rose "
     "2.6 percent from a year earlier.", "2024-06-28",
     [("May", "DATE", "2024-05"), ("Friday", "DATE", "2024-06-28"), ("April", "DATE", "2024-04"),
      ("a year earlier", "DATE", "2023-05")]),
    ("A weeklong festival that began on Monday will close with a concert.", "2019-11-09",
     [("weeklong", "DURATION", "P1W"), ("Monday", "DATE", "2019-11-04")]),
    ("Delgado leads the league with 31 home runs despite missing six weeks in the spring.", "2018-09-28",
     [("six weeks", "DURATION", "P6W"), ("the spring", "DATE", "2018-SP")]),
    ("Silverton will open the semifinal series on Tuesday against the winner of Saturday's tiebreaker.",
     "2018-09-28", [("Tuesday", "DATE", "2018-10-02"), ("Saturday", "DATE", "2018-09-29")]),
    ("The Labor Department releases its jobs report for July on Friday, and economists expect it to show "
     "gains.", "2010-08-02", [("July", "DATE", "2010-07"), ("Friday", "DATE", "2010-08-06")]),
    ("Meridian said first-quarter net income fell, and warned that second-quarter revenue would be flat.\n\n"
     "It earned $21.4 million in the quarter ended March 30, compared with $34.5 million a year earlier.",
     "2003-04-24", [("first-quarter", "DATE", "2003-Q1"), ("second-quarter", "DATE", "2003-Q2"),
                    ("the quarter", "DATE", "2003-Q1"), ("March 30", "DATE", "2003-03-30"),
                    ("a year earlier", "DATE", "2002-Q1")]),
    ("Residents have been told to move to higher ground by noon Sunday.", "1999-03-27",
     [("noon Sunday", "TIME", "1999-03-28T12:00")]),
    ("Temperatures bounce back into the forties by Monday. He grew up in the forties. It reached 90 degrees "
     "in the 1970s.", "2008-02-23",
     [("Monday", "DATE", "2008-02-25"), ("the forties", "DATE", "194"), ("the 1970s", "DATE", "197")]),
    ("Volume was light, with many traders away between Christmas and New Year's Day.", "2004-12-28",
     [("Christmas", "DATE", "2004-12-25"), ("New Year's Day", "DATE", "2005-01-01")]),
    ("CNN's coverage of the debate begins at nine p.m. Eastern Tuesday, right here.", "2008-02-23",
     [("nine p.m. Eastern Tuesday", "TIME", "2008-02-26T21:00")]),
    ("U.S. crude for February delivery fell 98 cents. Sales rose in February.", "2004-12-28",
     [("February", "DATE", "2005-02"), ("February", "DATE", "2004-02")]),
    ("The economy entered the new year on firmer footing.", "2014-01-31", [("the new year", "DATE", "2014")]),
    ("Talks resume in the new year.", "2013-12-20", [("the new year", "DATE", "2014")]),
    ("Not since 1876 has a contest remained in doubt so long. That year, disputed returns decided it.",
     "2000-11-09", [("1876", "DATE", "1876"), ("That year", "DATE", "1876")]),
    ("The economy grew at a 3.2 percent pace in the fourth quarter, after expanding 4.1 percent in the third "
     "quarter. Growth should pick up in the second quarter.", "2014-01-31",
     [("the fourth quarter", "DATE", "2013-Q4"), ("the third quarter", "DATE", "2013-Q3"),
      ("the second quarter", "DATE", "2014-Q2")]),
    # participles that are adjectives, relative clauses, hopes
    ("Marovic will meet unseeded Claire Dumont in Sunday's final. Officials hoped to finish by Tuesday.",
     "2006-05-13", [("Sunday", "DATE", "2006-05-14"), ("Tuesday", "DATE", "2006-05-16")]),
    ("\"I would expect most of the lost sales to come back in the spring.\" A winter storm that moved in "
     "overnight is dropping snow.", "2005-09-02",
     [("the spring", "DATE", "2006-SP"), ("overnight", "TIME", "2005-09-01TNI")]),
    ("Countries have chartered flights for those wishing to leave Tokyo this weekend.", "2011-03-18",
     [("this weekend", "DATE", "2011-W11-WE")]),
    ("It was a Category 4 storm as recently as Thursday; she lost, most recently in January. It is far too "
     "soon to predict. He recently left.", "2008-02-23",
     [("Thursday", "DATE", "2008-02-21"), ("January", "DATE", "2008-01"), ("recently", "DATE", "PAST_REF")]),
    ("Fed policymakers meet next Tuesday and next Friday. \"It could be weeks, it could be longer.\"",
     "2010-08-02", [("next Tuesday", "DATE", "2010-08-10"), ("next Friday", "DATE", "2010-08-06"),
                    ("weeks", "DURATION", "PXW")]),
    ("Sunday's final is scheduled to begin at 3 p.m., with more rain forecast for the afternoon.", "2006-05-13",
     [("Sunday", "DATE", "2006-05-14"), ("3 p.m.", "TIME", "2006-05-14T15:00"),
      ("the afternoon", "TIME", "2006-05-14TAF")]),
    ("\"The industry has been through two very hard years.\"", "2003-04-24",
     [("two very hard years", "DURATION", "P2Y")]),
    ("The company said it did not expect orders to improve before the fall.", "2003-04-24",
     [("the fall", "DATE", "2003-FA")]),
    ("The shooting began at about 10 p.m. Saturday in hills north of the city and lasted until about 3 a.m.",
     "2001-08-19", [("10 p.m. Saturday", "TIME", "2001-08-18T22:00"), ("3 a.m.", "TIME", "2001-08-19T03:00")]),
    ("If all goes well, it will drop a small lander called Philae onto the comet's surface in November.",
     "2014-01-22", [("November", "DATE", "2014-11")]),
    ("He urged Arab leaders to meet no later than mid-April.", "1998-03-19", [("mid-April", "DATE", "1998-04")]),
    ("On Monday he urged voters", "1998-03-19", [("Monday", "DATE", "1998-03-16")]),  # a request cut short
    ("Stridewell said its sales jumped in the fiscal fourth quarter. For the three months ended May 31, it "
     "earned $2 million, against a loss in the same period last year.", "2021-06-24",
     [("the fiscal fourth quarter", "DATE", "2021-Q4"), ("the three months", "DURATION", "P3M"),
      ("May 31", "DATE", "2021-05-31"), ("the same period last year", "DATE", "2020-Q4")]),
    # a quarter or month a figure is compared with is no period of the report
    ("Fourth-quarter revenue was $412.6 million, down 8 percent from $448.5 million in the fourth quarter of "
     "2021. Net income fell from $88.4 million a year earlier.", "2023-02-01",
     [("Fourth-quarter", "DATE", "2022-Q4"), ("the fourth quarter of 2021", "DATE", "2021-Q4"),
      ("a year earlier", "DATE", "2021-Q4")]),
    ("Retail sales fell in December, down 0.3% compared with November. Sales were 3.6% higher than a year "
     "earlier, and retail added to growth at the end of the year.", "2025-01-17",
     [("December", "DATE", "2024-12"), ("November", "DATE", "2024-11"), ("a year earlier", "DATE", "2023-12"),
      ("the end of the year", "DATE", "2024")]),
    ("At any spot, totality lasted no more than 2 minutes and 42 seconds.", "2017-08-21",
     [("no more than 2 minutes and 42 seconds", "DURATION", "PT2M42S")]),
    # an amount's rate is no set, as "$500 million a year" is none; a habit is
    ("Sales should rise 8.5% annually through 1992, and the plant would make 10,000 units annually. "
     "The rallies are held annually.", "1989-10-20", [("1992", "DATE", "1992"), ("annually", "SET", "P1Y")]),
    # "earlier in the day" is the day just told, not the day of publication
    ("South Africa deplored Friday the blasts that killed scores of people earlier in the day.\n\n"
     "Later in the day, officials met.", "1998-08-08",
     [("Friday", "DATE", "1998-08-07"), ("the day", "DATE", "1998-08-07"), ("the day", "DATE", "1998-08-08")]),
    # a past tense after ", and" is another clause's: the schedule keeps the day of publication
    ("The World Cup kicked off yesterday in Johannesburg.\n\nTonight, the U.S. plays England. Our correspondent "
     "is there.\n\nKickoff is at 8:30 p.m. local time, that is 2:30 in the afternoon in New York, and the fans "
     "have been here for hours.", "2010-06-12",
     [("yesterday", "DATE", "2010-06-11"), ("Tonight", "TIME", "2010-06-12TNI"),
      ("8:30 p.m. local time", "TIME", "2010-06-12T20:30"), ("2:30 in the afternoon", "TIME", "2010-06-12T14:30"),
      ("hours", "DURATION", "PTXH")]),
    ("Chechen officials said two days ago that a column had been spotted. It began two weeks ago, nearly two "
     "weeks ago by some counts, and three weeks ago by others. Two weeks from today the truce ends.", "1995-01-17",
     [("two days ago", "DATE", "1995-01-15"), ("two weeks ago", "DATE", "1995-01-03"),
      ("nearly two weeks ago", "DATE", "1995-W01"), ("three weeks ago", "DATE", "1994-W52"),
      ("Two weeks from today", "DATE", "1995-01-31")]),
    # a gerund of planning after a preposition is a charge, not a plan
    ("Bin Laden has been accused of planning the Sept 11 attacks on New York.", "2001-11-19",
     [("Sept 11", "DATE", "2001-09-11")]),
    # fractions of centuries, and centuries, count back in years, as decades do
    ("That was a quarter of a century ago; the town was founded two centuries ago and stood for centuries.",
     "1994-07-20", [("a quarter of a century ago", "DATE", "1969"), ("two centuries ago", "DATE", "1794"),
                    ("centuries", "DURATION", "PXY")]),
    # a range of clock times on weekdays runs forwards too
    ("The government ordered a curfew from 10 p.m. Saturday until 6 a.m. Monday.", "1997-04-05",
     [("10 p.m. Saturday", "TIME", "1997-04-05T22:00"), ("6 a.m. Monday", "TIME", "1997-04-07T06:00")]),
    ("Polls open at 8 a.m. next Sunday.", "2024-06-23", [("8 a.m. next Sunday", "TIME", "2024-06-30T08:00")]),
    ("At 11:40 a.m. London time on Jan. 21, 1976, two jets took off.", "2026-01-09",
     [("11:40 a.m.", "TIME", "1976-01-21T11:40"), ("Jan. 21, 1976", "DATE", "1976-01-21")]),
    ("The comet won't be back until 2126. Room 2126 is empty.", "2001-08-13", [("2126", "DATE", "2126")]),
    # "about" before a month is a preposition; a participle after "more" an adjective
    ("Astronomers are even more excited about November.", "2001-08-13", [("November", "DATE", "2001-11")]),
    ("We are doing dozens if not hundreds of interviews a day.", "1998-11-21", [("a day", "SET", "P1D")]),
    ("Friday marks 50 years since the release.", "2012-10-04",
     [("Friday", "DATE", "2012-10-05"), ("50 years", "DURATION", "P50Y")]),
    # a relative clause keeps its own tense, however far back its verb
    ("U.S. President Barack Obama, who spoke by telephone with British Prime Minister David Cameron and French "
     "President Nicolas Sarkozy Thursday, will make a statement Friday evening.", "2011-03-18",
     [("Thursday", "DATE", "2011-03-17"), ("Friday evening", "TIME", "2011-03-18TEV")]),
    # "year-end" is the year's last day, the one over after "since"; "the end of the year" a part of it
    ("The bank will cut 600 jobs by year-end. The index has risen 12% since year-end, and will rise by the end "
     "of the year.", "1990-10-22",
     [("year-end", "DATE", "1990-12-31"), ("year-end", "DATE", "1989-12-31"), ("the end of the year", "DATE", "1990")]),
    # a relative clause closed by a comma takes no tense from the main clause after it
    ("The bill, which passed by a vote of 494 to 122 late Wednesday, now goes to the House of Lords.", "2017-02-09",
     [("Wednesday", "DATE", "2017-02-08"), ("now", "DATE", "PRESENT_REF")]),
    ("Traders have closed their books for 1992 and won't take positions until after New Year's Day.", "1992-12-23",
     [("1992", "DATE", "1992"), ("New Year's Day", "DATE", "1993-01-01")]),
    ("The analyst cut his forecast for fiscal 2004, which ends Jan. 29. The Fed extended its lending programs "
     "through Dec. 31.", "2004-08-13",
     [("fiscal 2004", "DATE", "2004"), ("Jan. 29", "DATE", "2005-01-29"), ("Dec. 31", "DATE", "2004-12-31")]),
    # a decision told with its time looks ahead after "to"; a vote's count is no clock time
    ("The City Council voted 7 to 2 last night to hold a special election on April 3. The court agreed Wednesday "
     "to hear arguments on Jan. 21.", "2001-01-19",
     [("last night", "TIME", "2001-01-18TNI"), ("April 3", "DATE", "2001-04-03"), ("Wednesday", "DATE", "2001-01-17"),
      ("Jan. 21", "DATE", "2001-01-21")]),
    ("The council must adopt a spending plan for fiscal 2002 by June 30. Students have been excluded from "
     "classes until at least April 28. Overnight lows may stay in the 70s.", "2001-01-19",
     [("fiscal 2002", "DATE", "2002"), ("June 30", "DATE", "2001-06-30"), ("April 28", "DATE", "2001-04-28")]),
    ("In 1978, the vote was held in the spring.", "2001-01-19", [("1978", "DATE", "1978"), ("the spring", "DATE", "1978-SP")]),
    # a model year names no time; a year before a maker's company name does
    ("Police found Kopp's 1987 Chevrolet Cavalier and a 2004 Toyota Camry. In 1987 Ford grew; the 1999 Ford Motor "
     "Co. results fell.", "2005-03-01", [("1987", "DATE", "1987"), ("1999", "DATE", "1999")]),
    # "the early hours of" a day is no duration: the day after "of" is the timex
    ("Police arrested him in the early hours of Thursday morning. Talks lasted hours.", "2020-01-03",
     [("Thursday morning", "DATE", "2020-01-02"), ("hours", "DURATION", "PTXH")]),
    # a day told by its count: today's in the present, unknown ahead; no day of a month, no "day-long"
    ("Today is the eighth day of the blockade. It's the second day of an offensive. He vowed to act on his "
     "first day in office. Their third day-long meeting ended.", "1990-08-15",
     [("Today", "DATE", "1990-08-15"), ("the eighth day", "DATE", "1990-08-15"), ("the second day", "DATE", "1990-08-15"),
      ("first day", "DATE", "XXXX-XX-XX"), ("day-long", "DURATION", "P1D")]),
    ("Rebels attacked on Monday, the third straight day of fighting.", "2020-03-04",
     [("Monday", "DATE", "2020-03-02"), ("the third straight day", "DATE", "2020-03-02")]),
    # "the latest period" of a report is the quarter it reports on; with none named, the last one over
    ("Ralston reported a 47% decline in fourth-quarter earnings. Sales in the latest period rose.", "1989-11-02",
     [("fourth-quarter", "DATE", "1989-Q4"), ("the latest period", "DATE", "1989-Q4")]),
    ("Sales in the latest period were $1.76 billion.", "1989-11-02", [("the latest period", "DATE", "1989-Q3")]),
    # a past verb far back (ten words) in an unbroken clause still tells its tense
    ("The funeral home and cemetery operator changed from a fiscal year to a calendar year in December.", "1989-10-27",
     [("a calendar year", "DURATION", "P1Y"), ("December", "DATE", "1988-12")]),
])
def test_phenomena_of_fresh_news(text: str, dct: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, dct) == expected


NO_DCT = [
    ("The envoy arrived Tuesday.", "XXXX-WXX-2"),
    ("Exports slumped in April.", "XXXX-04"),
    ("Sales doubled last year.", "XXXX"),
    ("The strike lasted six months.", "P6M"),
    ("The bridge opened in 1932.", "1932"),
]


@pytest.mark.parametrize("text, value", NO_DCT)
def test_unknown_parts_without_dct(text: str, value: str) -> None:
    [timex] = find_timexes(text, None)
    assert timex.value == value


def test_offsets_slice_the_text() -> None:
    text = "On Monday, 3 May 2021, the board met; it meets again next Monday.\n"
    for t in find_timexes(text, DCT):
        assert isinstance(t, Timex)
        assert text[t.start:t.end] == t.text


@pytest.mark.parametrize("weekday, tense, expected", [
    (4, "past", dt.date(2021, 6, 17)), (4, "future", dt.date(2021, 6, 17)),
    (5, "past", dt.date(2021, 6, 11)), (5, "future", dt.date(2021, 6, 18)),
    (1, None, dt.date(2021, 6, 14)),
])
def test_resolve_weekday(weekday: int, tense: str | None, expected: dt.date) -> None:
    assert resolve_weekday(dt.date(2021, 6, 17), weekday, tense=tense) == expected


@pytest.mark.parametrize("month, day, tense, year", [
    (7, 8, None, 2021), (12, None, None, 2020), (12, 5, "future", 2021), (9, None, "past", 2020),
    (3, None, "future", 2022), (1, 10, None, 2021), (11, None, None, 2020),
])
def test_resolve_month(month: int, day: int | None, tense: str | None, year: int) -> None:
    assert resolve_month(dt.date(2021, 6, 17), month, day, tense=tense) == year


@pytest.mark.parametrize("sentence, word, tense", [
    ("The delegation will arrive Friday in Rome.", "Friday", "future"),
    ("The delegation arrived Friday in Rome.", "Friday", "past"),
    ("The vote is to be held Friday.", "Friday", "future"),
    ("He said Friday that he would stay.", "Friday", "past"),
    ("Friday is a holiday.", "Friday", None),
])
def test_clause_tense(sentence: str, word: str, tense: str | None) -> None:
    start = sentence.index(word)
    assert clause_tense(sentence, start, start + len(word)) == tense


@pytest.mark.parametrize("n, unit, value", [
    (3, "Y", "P3Y"), (0.5, "Y", "P6M"), (1.5, "D", "P1DT12H"), (2, "DE", "P20Y"), (90, "MIN", "PT90M"),
    (2, "Q", "P2Q"), (1, "FN", "P2W"),
])
def test_duration_value(n: float, unit: str, value: str) -> None:
    assert duration_value(n, unit) == value


def test_lexicon_is_data() -> None:
    from timeline.temporal.lexicon import load_lexicon

    path = ROOT / "timeline" / "temporal" / "data" / "lexicon.json"
    assert load_lexicon(path).months["sept"] == 9
    assert "january" in json.loads(path.read_text(encoding="utf-8"))["months"]


def test_example_article() -> None:
    """The example article's expressions, as the acceptance check expects them."""
    text = (ROOT / "examples" / "syria_ceasefire_2016-02-11.txt").read_text(encoding="utf-8")
    found = {(t.text, t.value) for t in find_timexes(text, "2016-02-11")}
    assert {("11th February 2016", "2016-02-11"), ("Thursday", "2016-02-11"),
            ("February 25", "2016-02-25"), ("earlier this month", "2016-02"),
            ("February 1", "2016-02-01"), ("this week", "2016-W06"),
            ("Wednesday", "2016-02-10")} <= found
    spans = [(t.start, t.end) for t in find_timexes(text, "2016-02-11")]
    for bad in (r"\bWe\b", r"\b51,000\b", r"\b2\.5 million", r"\b17-nation", r"\bfirst\b", r"\b0 [Cc]omments"):
        for m in re.finditer(bad, text):
            assert not any(s < m.end() and m.start() < e for s, e in spans), m.group()


def test_cli_dates_prints_contract_lines(tmp_path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Ministers met on Thursday and will meet again next month.", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "timeline", "dates", "--dct", DCT, str(article)],
                         capture_output=True, text=True, check=True).stdout
    lines = [json.loads(line) for line in out.splitlines()]
    assert [(d["text"], d["value"]) for d in lines] == [("Thursday", "2021-06-17"), ("next month", "2021-07")]
    assert set(lines[0]) >= {"text", "start", "end", "type", "value"}


@pytest.mark.shared
def test_dev_set_scores_stay_up(shared) -> None:
    """Guards against regressions on the TempEval-3 development data (measured, not copied)."""
    sys.path.insert(0, str(SHARED / "eval"))
    import te3_score

    gold = [te3_score.parse_tml(f) for f in te3_score.find_tml([str(shared / "data" / "tempeval3")])]
    system = {te3_score.doc_key(g["doc"]): [t.contract_dict() for t in find_timexes(g["text"], g["dct"])]
              for g in gold}
    totals, *_ = te3_score.score(gold, system)
    metrics = te3_score.metrics(totals)
    assert metrics["strict"]["F1"] > 0.90  # measured 90.7
    assert metrics["relaxed"]["F1"] > 0.945  # measured 95.1
    assert metrics["value"]["F1"] > 0.835  # measured 84.0


@pytest.mark.parametrize("module", ["timeline.temporal", "timeline.temporal.anchor",
                                    "timeline.temporal.finder", "timeline.temporal.lexicon",
                                    "timeline.temporal.normalise", "timeline.temporal.patterns"])
def test_docstring_examples(module: str) -> None:
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(module))
    assert result.attempted > 0 and result.failed == 0
