"""Temporal expressions: found in plain text, normalised to TIMEX3 against the publication date.

Independent of spaCy: ``timeline dates`` must stay fast. The pipeline is
:mod:`.finder` (patterns of :mod:`.patterns` built from the vocabulary in ``data/lexicon.json``,
with guards against false friends) -> :mod:`.normalise` (TIMEX3 type, value, mod) using
:mod:`.anchor` (calendar arithmetic and the tense of the clause).

>>> [(t.text, t.value) for t in find_timexes("Kerry met Lavrov on Thursday.", "2016-02-11")]
[('Thursday', '2016-02-11')]
>>> [(t.text, t.value, t.inferred) for t in find_timexes("Talks resume in March.", "2013-01-20")]
[('March', '2013-03', ('year',))]
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..records import Timex
import datetime as dt

from .anchor import parse_dct
from .lexicon import LEXICON
from .finder import find_candidates
from .normalise import NORMALISERS, Context

__all__ = ["find_timexes"]



def find_timexes(text: str, dct: str | None) -> list[Timex]:
    """Every temporal expression in ``text``, in order, resolved against ``dct`` (YYYY-MM-DD).

    With no ``dct``, relative expressions keep unknown parts (``XXXX-XX-XX``) instead of
    being resolved against today.

    >>> [(t.text, t.type, t.value) for t in find_timexes("It lasted six months.", None)]
    [('six months', 'DURATION', 'P6M')]
    >>> [t.value for t in find_timexes("It opened on Friday.", None)]
    ['XXXX-WXX-5']
    """
    anchor = parse_dct(dct)
    ctx = Context(text, anchor)
    anchor_str = anchor.isoformat() if anchor else None
    out: list[Timex] = []
    for cand in find_candidates(text):
        for part in NORMALISERS[cand.rule](cand.match, ctx):
            if part.end <= part.start:
                continue
            out.append(Timex(text[part.start:part.end], part.start, part.end, part.type, part.value,
                             part.mod, part.inferred, anchor_str if part.inferred else None, part.point))
            ctx.remember(part, cand.rule)
    return join_durations(text, time_on_day(text, order_ranges(text, out)))


#: what joins the two ends of a range: "between January and March", "from May to July", "Feb.-April"
_RANGE_JOIN = re.compile(r"\s*(?:and|to|through|until|till|-|–)\s*")
_RANGE_OPEN = re.compile(r"(?i)\b(?:between|from)\s+$")
_CALENDAR = re.compile(r"^(\d{4})(-\d\d(?:-\d\d)?)$")
_WRITTEN_MONTH = re.compile(LEXICON.month_pattern)


def order_ranges(text: str, timexes: list[Timex]) -> list[Timex]:
    """A range runs forwards: when the end of "between January and March" (said in February of a
    past event) resolved to last March, its start, whose year was only inferred, is last January.

    >>> [t.value for t in find_timexes("Between January and March, exports fell.", "2016-02-11")]
    ['2015-01', '2015-03']
    """
    out = list(timexes)
    for i in range(len(out) - 1):
        first, last = out[i], out[i + 1]
        joined = _RANGE_JOIN.fullmatch(text, first.end, last.start)
        opened = _RANGE_OPEN.search(text, max(0, first.start - 10), first.start)
        if not (joined and (opened or "-" in text[first.end:last.start] or "–" in text[first.end:last.start])):
            continue
        if "day" in first.inferred and "day" in last.inferred and _DAY_OF.match(first.value) \
                and _DAY_OF.match(last.value) and last.value < first.value \
                and (_FULL_DAY.match(last.value) or _WEEKDAY_NAMED.search(last.text)):
            # weekdays: "postponed move-in from Sunday to Wednesday" runs to the Wednesday after;
            # so does "a curfew from 10 p.m. Saturday until 6 a.m. Monday"
            later = dt.date.fromisoformat(last.value[:10])
            while later.isoformat() + last.value[10:] < first.value:
                later += dt.timedelta(days=7)
            out[i + 1] = replace(last, value=later.isoformat() + last.value[10:])
            continue
        a, b = _CALENDAR.match(first.value), _CALENDAR.match(last.value)
        if not (a and b):
            continue
        fixed = LEXICON.holidays.get(re.sub(r"\s+", " ", last.text.lower()), "")
        if re.fullmatch(r"\d\d-\d\d", fixed) and "year" in last.inferred and _FULL_DAY.match(last.value) \
                and last.value < first.value:
            # "between Christmas and New Year's Day", said on Dec. 28: the New Year's Day after it
            out[i + 1] = replace(last, value=f"{int(last.value[:4]) + 1:04d}{last.value[4:]}")
            continue
        if "year" not in first.inferred or not _WRITTEN_MONTH.search(first.text):
            continue  # only a written month's year was guessed ("Thanksgiving" moves with its year)
        if "year" not in last.inferred:  # "between March and November 2001": the end's year
            for year in (int(b.group(1)), int(b.group(1)) - 1):  # "from Nov. 3 to Jan. 5, 2002"
                same = f"{year:04d}{a.group(2)}"
                if same <= last.value and same[4:] != "-02-29":
                    out[i] = replace(first, value=same)
                    break
            continue
        if first.value <= last.value:
            continue
        earlier = f"{int(a.group(1)) - 1:04d}{a.group(2)}"
        if earlier <= last.value and earlier[4:] != "-02-29":
            out[i] = replace(first, value=earlier)
    return out


_ON_DAY = re.compile(r",?\s+(?:on\s+)?")
_WEEKDAY_AFTER = re.compile(r"\s(?:" + LEXICON.weekday_pattern + r")$")
_CLOCK_SPAN = re.compile(r"\s*(?:-|–|to|and|until|till|through)\s*")
_CLOCK = re.compile(r"^(?:\d{4}-\d\d-\d\d|XXXX-XX-XX)(T\d\d:\d\d)$")
_FULL_DAY = re.compile(r"^\d{4}-\d\d-\d\d$")
_WEEKDAY_NAMED = re.compile(r"(?i)\b(?:" + LEXICON.weekday_pattern + r")\b")
_DAY_OF = re.compile(r"^\d{4}-\d\d-\d\d(?:T[\dA-Z:]+)?$")  # a day, or a time on it
_FULL_CLOCK = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d$")
#: a clock time that names its own day: "6 p.m. Tuesday", "5 p.m. EST, Nov. 6", "midnight tonight"
_NAMES_DAY = re.compile(r"(?i)\b(?:" + LEXICON.weekday_pattern + "|" + LEXICON.month_pattern
                        + r"|today|tonight|tomorrow|yesterday)\b")


def time_on_day(text: str, timexes: list[Timex]) -> list[Timex]:
    """A clock time is on the day named right after it ("at 6 a.m. on Black Friday", "from 7 a.m.
    to 3 p.m. on March 9"), and the first hour of a span on the day of its last ("between 2 a.m.
    and 8 a.m. Monday").

    >>> [t.value for t in find_timexes("Stores open at 6 a.m. on Black Friday.", "2018-11-20")]
    ['2018-11-23T06:00', '2018-11-23']
    """
    out = list(timexes)
    for i in range(len(out) - 1):
        clock, after = out[i], out[i + 1]
        if clock.type != "TIME" or not _CLOCK.match(clock.value):
            continue
        own_day = _NAMES_DAY.search(clock.text)  # "from 6 p.m. Tuesday until noon Thursday": it keeps its day
        if own_day is None and after.type == "TIME" and _CLOCK.match(after.value) and _WEEKDAY_AFTER.search(after.text) \
                and _CLOCK_SPAN.fullmatch(text, clock.end, after.start):
            out[i] = _on(clock, after.value[:10], after)
        elif own_day is None and after.type == "DATE" and _FULL_DAY.match(after.value) \
                and _ON_DAY.fullmatch(text, clock.end, after.start):
            out[i] = _on(clock, after.value, after)
            j = i - 1  # and the hours before it in a span: "from 7 a.m. to 3 p.m. on March 9"
            while j >= 0 and out[j].type == "TIME" and _CLOCK.match(out[j].value) \
                    and not _NAMES_DAY.search(out[j].text) and _CLOCK_SPAN.fullmatch(text, out[j].end, out[j + 1].start):
                out[j] = _on(out[j], after.value, after)
                j -= 1
        elif after.type == "TIME" and _FULL_CLOCK.match(clock.value) and _FULL_CLOCK.match(after.value) \
                and after.value[:10] == clock.value[:10] and after.value[11:] < clock.value[11:] \
                and not _NAMES_DAY.search(after.text) and (_CLOCK_SPAN.fullmatch(text, clock.end, after.start)
                                                           or _UNTIL_LATER.fullmatch(text, clock.end, after.start)):
            # a span that runs past midnight ends on the next day: "between 8 p.m. and 4 a.m.", "began at
            # about 10 p.m. Saturday ... and lasted until about 3 a.m."
            next_day = dt.date.fromisoformat(after.value[:10]) + dt.timedelta(days=1)
            out[i + 1] = replace(after, value=next_day.isoformat() + after.value[10:])
    return out


#: the end of a span told later in the sentence: "... and lasted until about [3 a.m.]"
_UNTIL_LATER = re.compile(r"[^.;!?]{0,80}\b(?:until|till)\s+(?:about\s+|around\s+|roughly\s+)?")


def _on(clock: Timex, day: str, source: Timex) -> Timex:
    """``clock`` moved to ``day``, which ``source`` named (its inferred parts and anchor too)."""
    return replace(clock, value=day + clock.value[10:], inferred=source.inferred, anchor=source.anchor)


_DURATION_PART = re.compile(r"^P(T?)(\d+(?:\.\d+)?)([YMWDHS])$")
_DURATION_HEAD = re.compile(r"^P(T?)(?:\d+[YMWDHS])+$")
_DURATION_JOIN = re.compile(r",?\s+(?:and\s+)?|,\s*")
#: units from large to small, as "2 hours, 8 minutes, 31 seconds" names them
_DATE_UNITS, _TIME_UNITS = "YMWD", "HMS"
#: how many of the smaller unit make one of the larger: a part told after must be fewer
_PER_UNIT = {("Y", "M"): 12, ("Y", "W"): 53, ("Y", "D"): 366, ("M", "W"): 5, ("M", "D"): 31, ("W", "D"): 7,
             ("H", "M"): 60, ("H", "S"): 3600, ("M", "S"): 60}


def join_durations(text: str, timexes: list[Timex]) -> list[Timex]:
    """A duration told in several units is one: "2 hours, 8 minutes, 31 seconds" is PT2H8M31S.

    >>> [(t.text, t.value) for t in find_timexes("He won in 2 hours, 8 minutes, 31 seconds.", "2024-04-15")]
    [('2 hours, 8 minutes, 31 seconds', 'PT2H8M31S')]
    """
    out: list[Timex] = []
    for timex in timexes:
        last = out[-1] if out else None
        # the first part may carry the modifier of the whole: "no more than 2 minutes and 42 seconds"
        a = _DURATION_HEAD.match(last.value) if last and last.type == "DURATION" else None
        b = _DURATION_PART.match(timex.value) if timex.type == "DURATION" and not timex.mod else None
        if last and a and b and a.group(1) == b.group(1) and _DURATION_JOIN.fullmatch(text, last.end, timex.start):
            units = _TIME_UNITS if b.group(1) else _DATE_UNITS
            head = re.findall(r"[\d.]+([YMWDHS])", last.value)
            if head and b.group(3) in units and units.index(b.group(3)) > units.index(head[-1]) \
                    and float(b.group(2)) < _PER_UNIT.get((head[-1], b.group(3)), 60):
                # (but "sentenced to three years and 18 months" are two terms: 18 months fill a year)
                out[-1] = replace(last, text=text[last.start:timex.end], end=timex.end,
                                  value=last.value + b.group(2) + b.group(3))
                continue
        out.append(timex)
    return out

