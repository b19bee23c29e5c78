"""Properties of the temporal tagger on any text: no crash, exact offsets, well-formed TIMEX3."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.records import TIMEX_TYPES
from timeline.temporal import find_timexes

#: TIMEX3 values as TimeML writes them (ISO 8601 with X for unknown digits).
_Y = r"(?:\d{4}|\d{3}X|\d{2}XX|XXXX)"
_MM = r"(?:0[1-9]|1[0-2]|XX)"
_DD = r"(?:0[1-9]|[12]\d|3[01]|XX)"
_WW = r"(?:0[1-9]|[1-4]\d|5[0-3]|XX)"
_DATE = (rf"{_Y}(?:-{_MM}(?:-{_DD})?|-W{_WW}(?:-(?:[1-7]|WE|X))?|-Q[1-4X]|-H[12X]"
         r"|-(?:SP|SU|FA|WI))?|\d{3}|\d{2}|XXX|XX")
_TIME = (rf"(?:{_Y}-{_MM}-{_DD}|{_Y}-W{_WW}-[1-7])"
         r"T(?:(?:[01]\d|2[0-4])(?::[0-5]\d)?|MO|AF|EV|NI|MI|DT)")
_UNITS = r"(?:\d+(?:\.\d+)?|X)"
_DURATION = (rf"P(?:(?:{_UNITS}(?:Y|M|W|D|Q|DE|CE|ML|L|E|C))+(?:T(?:{_UNITS}[HMS])+)?|T(?:{_UNITS}[HMS])+)")
TIMEX3_VALUE = re.compile(rf"^(?:{_DATE}|{_TIME}|{_DURATION}|PRESENT_REF|PAST_REF|FUTURE_REF)$")

PIECES = ["Monday", "last", "next", "week", "year", "2016", "March", "May", "the", "past", "three",
          "years", "ago", "Feb.", "25", "1-3", "early", "mid-", "quarter", "third", "every", "day",
          "a.m.", "10:30", "p.m.", "now", "recently", "fiscal", "1990s", "summer", "tonight", ",", ".",
          "\n", "-", "'s", "2.5", "million", "51,000", "We", "may", "0", "first", "12th", "century",
          "Christmas", "ago,", "yesterday", "this", "month", "earlier", "EDT", "half", "of", "one",
          "2 1/2", "hours", "daily", "around", "noon", "more than", "Q3", "2020-02-30", "13/45/2020",
          "six", "o'clock", "last night", "tomorrow morning", "beginning", "and", "Thursday", "between",
          "November", "that same", "Mother's Day", "New Year’s Eve", "two and a half", "weeklong",
          "later", "Orion", "Movement", "2100", "then", "current", "twice", "times", "full", "Friday night",
          "(0735 GMT)", "at", "on", "Jan. 3", "July-September", "its", "Mr.", "Corp.", "set for", "will"]
words = st.lists(st.sampled_from(PIECES), max_size=25).map(" ".join)
dcts = st.one_of(st.none(), st.dates(min_value=__import__("datetime").date(1900, 1, 1),
                                     max_value=__import__("datetime").date(2099, 12, 31)).map(str))


def _check(text: str, dct: str | None) -> None:
    previous_end = 0
    for t in find_timexes(text, dct):
        assert text[t.start:t.end] == t.text
        assert t.start < t.end and t.start >= previous_end
        previous_end = t.end
        assert t.type in TIMEX_TYPES
        assert TIMEX3_VALUE.match(t.value), (t.text, t.value)
        assert t.anchor in (None, dct)


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=300), dct=dcts)
def test_any_text(text: str, dct: str | None) -> None:
    _check(text, dct)


@settings(max_examples=200, deadline=None)
@given(text=words, dct=dcts)
def test_temporal_words(text: str, dct: str | None) -> None:
    _check(text, dct)


def test_validator_rejects_malformed() -> None:
    for bad in ("2016-13", "P3", "2016-02-11T", "NOW", "201X-", "P1.Y", "2016-W6"):
        assert not TIMEX3_VALUE.match(bad), bad
    for good in ("2016-02-11", "2016-W06", "2016-W06-WE", "201", "2016-Q1", "2016-SU", "P3Y",
                 "PT2H30M", "P1DT12H", "2016-02-11T14:00", "2016-02-11TNI", "XXXX-WXX-4", "PXY",
                 "PRESENT_REF", "19"):
        assert TIMEX3_VALUE.match(good), good
