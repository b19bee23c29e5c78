"""Normalisation: a match of one of the finder's patterns becomes TIMEX3 type, value and mod.

Every function here takes the regex match and a :class:`Context` (the text, the publication date,
the last date mentioned) and returns one or more :class:`Part` records. Relative expressions are
anchored to the publication date; "a year earlier", "that year", "the following day" to the last
date mentioned before them (the reference time), as TimeML annotators do.

>>> import datetime as dt
>>> duration_value(3, "Y"), duration_value(1.5, "Y"), duration_value(5.5, "H")
('P3Y', 'P1Y6M', 'PT5H30M')
>>> shift_value("1989-Q3", -1, "Y")
'1988-Q3'
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .anchor import (TENSE_REACH, add_months, clause_tense, easter, iso_week, next_to_past_verb, quarter_of,
                     resolve_month, resolve_weekday, scheduled_context)
from .lexicon import LEXICON as L

__all__ = ["Context", "NORMALISERS", "Part", "duration_value", "shift_value"]

MODS = {"early": "START", "beginning": "START", "start": "START", "first half": "START",
        "early part": "START", "first part": "START", "late": "END", "end": "END", "close": "END",
        "turn": "END", "second half": "END", "latter part": "END", "last half": "END",
        "mid": "MID", "middle": "MID", "around": "APPROX", "about": "APPROX",
        "approximately": "APPROX", "roughly": "APPROX", "some": "APPROX",
        "more than": "MORE_THAN", "over": "MORE_THAN", "less than": "LESS_THAN",
        "fewer than": "LESS_THAN", "under": "LESS_THAN", "nearly": "LESS_THAN", "almost": "LESS_THAN",
        "barely": "LESS_THAN", "at least": "EQUAL_OR_MORE", "at most": "EQUAL_OR_LESS",
        "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS", "not more than": "EQUAL_OR_LESS",
        "no less than": "EQUAL_OR_MORE", "within": "EQUAL_OR_LESS", "or later": "ON_OR_AFTER",
        "and beyond": "ON_OR_AFTER", "or earlier": "ON_OR_BEFORE", "post": "AFTER", "pre": "BEFORE"}
#: Duration unit code -> (TIMEX3 letter, is a time unit, the next smaller unit and its factor)
UNITS: dict[str, tuple[str, bool, tuple[str, int] | None]] = {
    "S": ("S", True, None), "MIN": ("M", True, ("S", 60)), "H": ("H", True, ("MIN", 60)),
    "D": ("D", False, ("H", 24)), "W": ("W", False, ("D", 7)), "M": ("M", False, ("D", 30)),
    "Y": ("Y", False, ("M", 12)), "Q": ("Q", False, ("M", 3)),
}
MULTIPLES = {"FN": ("W", 2), "DE": ("Y", 10), "CE": ("Y", 100), "ML": ("Y", 1000)}
VAGUE_UNITS = {"S": "PTXS", "MIN": "PTXM", "H": "PTXH", "D": "PXD", "W": "PXW", "FN": "PXW",
               "M": "PXM", "Q": "PXQ", "Y": "PXY", "DE": "PXY", "CE": "PXY", "ML": "PXY"}
# (decades and centuries are counted in years, vague or not: "two decades" P20Y, "decades" PXY)
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
PARTS = L.day_parts


@dataclass(frozen=True)
class Part:
    """One normalised expression (a match may yield two, e.g. "Feb. 1-3")."""

    start: int
    end: int
    type: str
    value: str
    mod: str | None = None
    inferred: tuple[str, ...] = ()
    reference: bool = True  # may later expressions be anchored to this one?
    point: str | None = None  # the time a duration reaches from its anchor ("three days later")


_REFERENCE = re.compile(r"^\d{4}(?:-(?:\d\d(?:-\d\d)?|Q[1-4]|H[12]))?$")
_DAY_PART = re.compile(r"^\d{4}-\d\d-\d\dT(?:MO|AF|EV|NI|MI|DT)$")
_DAY = re.compile(r"^\d{4}-\d\d-\d\d(?:T|$)")


_SINCE = re.compile(r"\b[Ss]ince\s+$")
_MONTH_VALUE = re.compile(r"^\d{4}-\d\d$")
#: a month a figure is compared with, not the month it is of
_YARDSTICK = re.compile(r"(?i)\b(?:unchanged|up|down|higher|lower|rose|fell|climbed|dropped|declined|increased|"
                        r"decreased|grew|jumped|slipped|compared)\s+(?:[^.;]{0,25}?\s)?(?:from|with)\s+"
                        r"(?:[$€£#]?[\d.,]+\s*(?:percent|%|points?|cents|(?:million|billion|trillion)(?:\s+\w+)?)?"
                        r"\s+(?:in\s+)?)?$")
_CLOSED_BY = re.compile(r",?\s+(?:that\s+|which\s+)?(?:ended|ending)\s+(?:on\s+)?(" + L.month_pattern + r")\s+\d{1,2}\b")
#: the end of a reported period: "the quarter ended Sept. 30", "the three months ending June 25"
_QUARTER_CLOSED = re.compile(r"\b(three\s+months|13\s+weeks|year)\s+(?:that\s+)?(?:ended|ending|ends)"
                         r"\s+(?:on\s+)?$", re.I)
_SENTENCE_STOP = re.compile(r"[.!?](?:[\s'\"’”]|$)|\n\s*\n")
#: how far into a story its lede runs (characters): the day it names there is the story's day
LEDE = 400
_REPORTED = re.compile(r"\b(?:said|says|reported|reports|announced|showed|released|published)\s+(?:on\s+)?$")
_PERIOD = re.compile(r"^\d{4}-(?:\d\d|Q[1-4])$")


@dataclass
class Context:
    """What normalisation may look at: the text, the publication date, the reference time."""

    text: str
    dct: dt.date | None
    ref: str | None = None  # last DATE value mentioned (reference time for anaphora)
    ref_end: int = 0  # where that mention ends
    ref_day: str | None = None  # last day mentioned ("the next day" counts from it)
    ref_weekday: bool = False  # was the last date mentioned a weekday ("Wednesday and Thursday")?
    ref_reported: bool = False  # was it the day of a report ("the ministry said Tuesday")?
    ref_period: str | None = None  # the last month or quarter mentioned (what a statistic is of)
    last_half: str | None = None  # the half year last reported on, and where it was named
    last_half_end: int = -1
    ref_day_end: int = 0  # where the last day was named
    ref_day_deictic: bool = False  # was it named as "today", "tonight", "tomorrow"?
    lede_day: str | None = None  # the first day the story names, in its opening lines
    lede_mixed: bool = False  # do the opening lines name more than one day ("Monday night and early Tuesday")?
    quarter_end: int = -1  # where the quarter last reported on was named
    last_quarter: str | None = None
    first_quarter: str | None = None  # the first quarter reported on: the report's own
    year_to_date: str = ""  # "P9M" when the text last spoke of "the first nine months", not a quarter
    fiscal_quarter: str | None = None  # the fiscal quarter a report named ("the fiscal fourth quarter")
    yardstick_year: str | None = None  # a year told only as a yardstick ("not since 1876"), and where
    yardstick_end: int = -1
    tense_cache: dict[tuple[int, int], str | None] = field(default_factory=dict)

    def mention_quarter(self, value: str, *, indefinite: bool = False, past: bool = False,
                        fiscal: bool = False) -> bool:
        """Note a quarter named in the text; True if it may be the quarter being reported on.

        A report compares with the last quarter it reported, not with an aside about another one
        ("after a flat second quarter") or a forecast ("losses through the third quarter of 1990"):
        so only a definite quarter before the publication date's becomes the topic (or its own
        quarter, when reported in the past tense: a fiscal quarter can end early; or any fiscal
        quarter reported in the past tense, numbered in the company's year).
        """
        current = _latest_quarter(self, 0)
        if indefinite or (not (fiscal and past) and value[:4].isdigit() and current[:4].isdigit()
                          and (value > current or (value == current and not past))):
            return False
        self.last_quarter = value
        self.first_quarter = self.first_quarter or value
        self.year_to_date = ""
        return True

    def reported_quarter(self) -> str | None:
        """The quarter an earnings report is about: "the year-ago period" compares with it."""
        return self.last_quarter

    def quarter_is_topic(self) -> bool:
        """Is the reference time a quarter (a report on quarterly results)?"""
        return self.ref is not None and self.ref == self.last_quarter and not self.year_to_date

    def remember(self, part: Part, rule: str) -> None:
        """Note what later expressions may count from: the last date ("a year earlier"), the last
        day ("the next day"), whether it was a weekday, where the reported quarter was named. A date
        after "since" is a yardstick, not the time the story tells ("the lowest since May 2007")."""
        if _SINCE.search(self.text, max(0, part.start - 7), part.start):
            if part.type == "DATE" and re.match(r"^\d{4}$", part.value):
                self.yardstick_year, self.yardstick_end = part.value, part.end
            return
        if _MONTH_VALUE.match(part.value) and _YARDSTICK.search(self.text, max(0, part.start - 60), part.start):
            return  # "unchanged from April", "down from 2.7 percent in April": what a figure is compared with
        ended = _QUARTER_CLOSED.search(self.text, max(0, part.start - 40), part.start)
        if ended and part.type == "DATE" and _DAY.match(part.value):
            # "the three months ended Dec. 31": the day closes the quarter that is reported on
            if ended.group(1).lower() != "year":
                quarter = self.fiscal_quarter or f"{part.value[:4]}-Q{max(1, int(part.value[5:7]) // 3)}"
                # (a report that named its fiscal quarter: "the three months ended May 31" are that one)
                if self.mention_quarter(quarter, past=True):
                    self.ref, self.ref_end, self.ref_weekday = quarter, part.end, False
                    self.quarter_end = part.end
            return
        if part.reference and part.type == "DATE" and _REFERENCE.match(part.value):
            self.ref, self.ref_end, self.ref_weekday = part.value, part.end, rule == "weekday"
            self.ref_reported = bool(_REPORTED.search(self.text, max(0, part.start - 16), part.start))
            if _PERIOD.match(part.value):
                self.ref_period = part.value
        elif part.reference and part.type == "TIME" and rule == "weekday" and _DAY_PART.match(part.value):
            # "Friday night" tells a day as "Friday" would
            self.ref, self.ref_end, self.ref_weekday = part.value[:10], part.end, True
        if part.type == "DATE" and part.value == self.last_quarter:
            self.quarter_end = part.end
        if part.reference and part.type in ("DATE", "TIME") and _DAY.match(part.value):
            self.ref_day, self.ref_day_end, self.ref_day_deictic = part.value[:10], part.end, rule == "deictic"
            if part.start < LEDE:
                if self.lede_day is None:
                    self.lede_day = self.ref_day
                elif self.lede_day != self.ref_day:
                    self.lede_mixed = True

    def tense(self, start: int, end: int) -> str | None:
        key = (start, end)
        if key not in self.tense_cache:
            self.tense_cache[key] = clause_tense(self.text, start, end)
        return self.tense_cache[key]


Normaliser = Callable[[re.Match[str], Context], list[Part]]

# --- value helpers ----------------------------------------------------------------------------


def duration_value(n: float, unit: str) -> str:
    """TIMEX3 duration for ``n`` units (codes of the lexicon: S MIN H D W FN M Q Y DE CE ML)."""
    if unit in MULTIPLES:
        unit, factor = MULTIPLES[unit]
        n = n * factor
    letter, is_time, smaller = UNITS[unit]
    whole = int(n)
    rest = n - whole
    if rest and unit == "S":  # a race's "46.21 seconds": seconds keep their fraction
        return f"PT{round(n, 3):g}S"
    if rest and smaller:
        small_unit, factor = smaller
        extra = round(rest * factor)
        small_letter, small_time, _ = UNITS[small_unit]
        if whole == 0:
            return duration_value(extra, small_unit)
        if is_time == small_time:
            prefix = "PT" if is_time else "P"
            return f"{prefix}{whole}{letter}{extra}{small_letter}"
        return f"P{whole}{letter}T{extra}{small_letter}"
    count = whole if whole else round(n) or 1
    return ("PT" if is_time else "P") + f"{count}{letter}"


def _mod(word: str | None) -> str | None:
    if not word:
        return None
    key = re.sub(r"\s+", " ", word.lower().strip(" -"))
    key = re.sub(r"^the |^very |(?<=the )very | of$", "", key)
    key = re.sub(r"^the ", "", key).removesuffix(" of").strip()
    return MODS.get(key)


def _ymd(day: dt.date) -> str:
    return day.isoformat()


def _num(text: str | None) -> float | None:
    return L.number(text) if text else None


_VALUE = re.compile(r"^(\d{4})(?:-(Q[1-4]|H[12]|W\d\d|\d\d)(?:-(\d\d))?)?$")


def shift_value(value: str, n: int, unit: str) -> str | None:
    """``value`` (a year, month, day, quarter or week) moved by ``n`` units, same granularity;
    None outside the years 1 to 9999 that a TIMEX3 value can write."""
    shifted = _shift_value(value, n, unit)
    return shifted if shifted is None or re.match(r"^\d{4}", shifted) else None


def _shift_value(value: str, n: int, unit: str) -> str | None:
    m = _VALUE.match(value)
    if not m:
        return None
    year, mid, day = int(m.group(1)), m.group(2), m.group(3)
    if unit in ("DE", "CE"):
        n, unit = n * (10 if unit == "DE" else 100), "Y"
    if mid is None:
        return str(year + n) if unit == "Y" else None
    if mid.startswith(("Q", "H")):
        if unit == "Y":
            return f"{year + n}-{mid}"
        if unit == "Q" and mid[0] == "Q":
            index = year * 4 + int(mid[1]) - 1 + n
            return f"{index // 4}-Q{index % 4 + 1}"
        return None
    if mid.startswith("W"):
        base = dt.date.fromisocalendar(year, int(mid[1:]), 1)
        days = {"W": 7 * n, "D": n, "Y": 364 * n}.get(unit)
        return iso_week(base + dt.timedelta(days=days)) if days is not None else None
    base = dt.date(year, int(mid), int(day or 1))
    if unit in ("D", "W"):
        if day is None:
            return None
        return _ymd(base + dt.timedelta(days=n * (7 if unit == "W" else 1)))
    months = {"M": n, "Q": 3 * n, "Y": 12 * n}.get(unit)
    if months is None:
        return None
    moved = add_months(base, months)
    return _ymd(moved) if day else f"{moved.year}-{moved.month:02d}"


def _at_unit(day: dt.date, unit: str) -> str:
    """``day`` at the granularity of ``unit``."""
    if unit in ("D", "H", "MIN", "S"):
        return _ymd(day)
    if unit in ("W", "FN"):
        return iso_week(day)
    if unit == "M":
        return f"{day.year}-{day.month:02d}"
    if unit == "Q":
        return f"{day.year}-Q{quarter_of(day)}"
    if unit == "CE":
        return f"{day.year // 100:02d}"
    return f"{day.year:04d}"


def _move(day: dt.date, n: int, unit: str) -> dt.date:
    if unit in ("D",):
        return day + dt.timedelta(days=n)
    if unit in ("W", "FN"):
        return day + dt.timedelta(days=7 * n * (2 if unit == "FN" else 1))
    if unit == "M":
        return add_months(day, n)
    if unit == "Q":
        return add_months(day, 3 * n)
    if unit == "Y":
        return add_months(day, 12 * n)
    if unit == "DE":
        return add_months(day, 120 * n)
    if unit == "CE":
        return add_months(day, 1200 * n)
    return day


def _one(m: re.Match[str], type_: str, value: str, mod: str | None = None,
         inferred: tuple[str, ...] = (), *, start: int | None = None, reference: bool = True) -> list[Part]:
    return [Part(m.start() if start is None else start, m.end(), type_, value, mod, inferred, reference)]


# --- calendar dates ---------------------------------------------------------------------------


def _day_number(text: str) -> int:
    digits = re.sub(r"\D", "", text)
    return int(digits) if digits else int(L.ordinal(text) or 1)


#: Words before a date that put the event it names ahead of the telling.
_AHEAD_OF_DATE = frozenset(["ahead", "await", "awaits", "awaiting", "upcoming", "preparations", "preparing",
                            "prepare", "prepares", "run-up", "bracing", "braced", "eve"])
#: What is departing or starting on a date is to come: "tickets for trains departing on Jan. 21 went on sale".
_STARTING = frozenset(["departing", "leaving", "arriving", "starting", "beginning", "opening", "returning",
                       "resuming", "expiring", "ending", "closing"])
#: Words of a plan before "for" and a day: what is planned for a day lies ahead of the plan.
_PLANNED = frozenset(["planned", "scheduled", "set", "slated", "schedule", "schedules", "plan", "plans",
                      "planning", "scheduling", "rescheduled", "postponed", "moved", "pushed", "canceled",
                      "cancelled"])  # "classes were canceled for Thursday"
#: Words that set the end of a span ahead: "extended the advisory through Sunday".
_EXTENDED = frozenset(["extended", "extends", "extending", "extend", "postponed", "delayed", "adjourned",
                       "suspended", "runs", "lasts", "continues"])
#: Words of a forecast, a few words before "for" and a day: "forecast more heavy rain for Tuesday".
_FORECAST = frozenset(["forecast", "forecasts", "predicted", "predicts", "forecasting"])
#: what people expect, said in the present, lies ahead
_EXPECT_NOW = frozenset(["expect", "expects", "predict", "predicts", "anticipate", "anticipates"])
# (not "forecast": "cut its profit forecast ... on Friday" is a noun)

_IS_DATE = re.compile(r"(?i)\b(?:is|are)\s+(?:on\s+|due\s+|set\s+for\s+)?$")
_WILL = re.compile(r"(?i)(?:\bwill|'ll|\bshall)\s+(?:\w+\s+){0,3}$")


def _clause_before(text: str, start: int, word: str = r"[a-z']+") -> list[str]:
    """The lower-case words of the sentence up to ``start`` (at most 60 characters back)."""
    return re.findall(word, re.split(r"[.;!?]\s", text[max(0, start - 60):start])[-1].lower())


def _sentence_ref(ctx: Context, start: int, shape: str) -> bool:
    """Is the time last told (``ctx.ref``) of the ``shape`` given (a regex) and told in the
    sentence that reaches ``start``?"""
    return bool(ctx.ref and re.fullmatch(shape, ctx.ref)) and not _SENTENCE_STOP.search(ctx.text, ctx.ref_end, start)


def _valid_day(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


#: the month a futures contract delivers in: "for February delivery", "the March contract"
_CONTRACT_MONTH = re.compile(r"\s+(?:delivery|contracts?|futures)\b")
#: a month a report is for: "the jobs report for July", "sales figures for March"
_REPORT_FOR = re.compile(r"(?i)\b(?:report|figures|data|numbers|sales|results|statistics|index|survey|estimates?)"
                         r"\s+for\s+$")
#: a year something is for is not when it happens: "its catch recommendation for 2014 at the end of September"
_FOR_YEAR = re.compile(r"(?i)\bfor\s+(?:fiscal\s+(?:year\s+)?)?\d{4}$")  # "a budget for fiscal 2002 by June 30"


def _held_until(clause: list[str]) -> bool:
    """Does the clause before the date hold a state until it, so that the date lies ahead? "extended
    its programs through Dec. 31", "students have been excluded from classes until at least April 28"."""
    until = clause[-1:] in (["through"], ["until"], ["till"]) or clause[-3:] in (
        ["until", "at", "least"], ["till", "at", "least"], ["through", "at", "least"])
    if not until:
        return False
    clause = clause[-12:]
    perfect = any(clause[k:k + 2] in (["has", "been"], ["have", "been"]) for k in range(len(clause) - 1))
    return bool(set(clause) & _EXTENDED) or perfect


def _calendar(ctx: Context, start: int, end: int, month: int, day: int | None,
              year: int | None, weekday: int | None = None) -> tuple[str, tuple[str, ...]]:
    inferred: tuple[str, ...] = ()
    if year is None:
        if ctx.dct is None:
            mm = f"XXXX-{month:02d}"
            return (f"{mm}-{day:02d}" if day else mm), ("year",)
        written = ctx.ref if _sentence_ref(ctx, start, r"\d{4}") and \
            ctx.text[ctx.ref_end - 4:ctx.ref_end] == ctx.ref and not _FOR_YEAR.search(
                ctx.text, max(0, ctx.ref_end - 20), ctx.ref_end) else None
        between = ctx.text[ctx.ref_end:start]
        if written and ("," not in between or re.search(
                r"(?:^|[.!?]\s+|\n)(?:In|By|Since|During)\s+\d{4}$", ctx.text[max(0, ctx.ref_end - 12):ctx.ref_end])):
            # the year its sentence has written: "The 2025 race is scheduled for April 13",
            # "In 2010, protests began on March 3"
            value = f"{written}-{month:02d}" + (f"-{day:02d}" if day else "")
            if not day or _valid_day(int(written), month, day):
                return value, ("year",)
        if day is None and _CONTRACT_MONTH.match(ctx.text, end):
            # "crude for February delivery", "the March contract": a futures month, never behind
            year_of = ctx.dct.year + (month < ctx.dct.month)
            return f"{year_of:04d}-{month:02d}", ("year",)
        tense = ctx.tense(start, end)
        clause = _clause_before(ctx.text, start, r"[a-z'-]+")
        before = clause[-5:]
        if set(before) & _AHEAD_OF_DATE or (before[-1:] == ["for"] and set(before[:-1]) & _PLANNED) \
                or set(before[-2:]) & _STARTING or _held_until(clause):
            # ("extended its lending programs through Dec. 31": the end of a span set ahead)
            # "preparations for national elections on Dec. 20", "ahead of the March 3 vote",
            # "the next session is set for March"
            tense = "future"
        if tense == "future" and _REPORT_FOR.search(ctx.text, max(0, start - 30), start):
            tense = None  # "releases its jobs report for July on Friday": the month reported on
        scheduled = scheduled_context(ctx.text, start, end)
        # a plain future ("the deadline will be December 31") or a date in the present ("the
        # deadline for bids is December 31", "the primary is Sept. 12") overrules the pull to the past
        willed = tense == "future" and (_WILL.search(ctx.text, max(0, start - 25), start) is not None
                                        or before[-1:] in (["until"], ["till"]))  # "a period that runs until Dec. 31"
        if tense is None and _IS_DATE.search(ctx.text, max(0, start - 20), start):
            tense, willed = "future", True
        year = resolve_month(ctx.dct, month, day, tense=tense, scheduled=scheduled and not willed)
        if weekday and day:
            for candidate in (year, year - 1, year + 1):
                try:
                    if dt.date(candidate, month, day).isoweekday() == weekday:
                        year = candidate
                        break
                except ValueError:
                    pass
        inferred = ("year",)
    if day is None or not _valid_day(year, month, day):
        return f"{year:04d}-{month:02d}", inferred
    return _ymd(dt.date(year, month, day)), inferred


def n_date(m: re.Match[str], ctx: Context) -> list[Part]:
    mon = m.group("mon") or m.group("mon2")
    day = _day_number(m.group("day") or m.group("day2"))
    year = int(m.group("year")) if m.group("year") else None
    weekday = L.weekday(m.group("wd")) if m.group("wd") else None
    value, inferred = _calendar(ctx, m.start(), m.end(), L.month(mon), day, year, weekday)
    # "the quarter ended Sept. 30": the quarter stays the time talked about
    closing = _PERIOD_END.search(ctx.text[max(0, m.start() - 40):m.start()]) is not None
    return _one(m, "DATE", value, _mod(m.group("mod")), inferred, reference=not closing)


_PERIOD_END = re.compile(r"(?i)\b(?:quarter|period|half|year|months|weeks)(?:,?\s+(?:which|that))?\s+(?:ended|ending)"
                         r"\s+(?:on\s+)?$")


def n_day_range(m: re.Match[str], ctx: Context) -> list[Part]:
    month = L.month(m.group("mon"))
    year = int(m.group("year")) if m.group("year") else None
    first, inferred = _calendar(ctx, m.start(), m.end(), month, _day_number(m.group("d1")), year)
    second, _ = _calendar(ctx, m.start(), m.end(), month, _day_number(m.group("d2")), year)
    if first[:4] != second[:4] and year is None:
        second = first[:4] + second[4:]
    return [Part(m.start(), m.end("d1"), "DATE", first, None, inferred),
            Part(m.start("d2"), m.end(), "DATE", second, None, inferred)]


def n_iso(m: re.Match[str], ctx: Context) -> list[Part]:
    y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
    try:
        value = _ymd(dt.date(y, mo, d))
    except ValueError:
        value = f"{y:04d}-{mo:02d}" if 1 <= mo <= 12 else f"{y:04d}"
    if "hh" in m.groupdict() and m.group("hh"):
        return _one(m, "TIME", f"{value}T{m.group('hh')}:{m.group('mi')}")
    return _one(m, "DATE", value)


def n_slash(m: re.Match[str], ctx: Context) -> list[Part]:
    y = int(m.group("y"))
    if y < 100:
        y += 2000 if y < 50 else 1900
    try:
        return _one(m, "DATE", _ymd(dt.date(y, int(m.group("m")), int(m.group("d")))))
    except ValueError:
        return _one(m, "DATE", f"{y:04d}")


#: "March of that year", "the summer of the following year": a year counted from the one just told
_TOLD_YEAR_OFFSETS = {"that": 0, "that same": 0, "the same": 0, "the following": 1, "the next": 1, "the previous": -1}


def _relative_year(ctx: Context, rel: str | None) -> tuple[str, tuple[str, ...]]:
    key = re.sub(r"\s+", " ", (rel or "this").lower())
    if key in _TOLD_YEAR_OFFSETS and ctx.ref and ctx.ref[:4].isdigit():
        return f"{int(ctx.ref[:4]) + _TOLD_YEAR_OFFSETS[key]:04d}", ("year",)
    if ctx.dct is None:
        return "XXXX", ("year",)
    offset = {"last": -1, "next": 1}.get(key, _TOLD_YEAR_OFFSETS.get(key, 0))
    return f"{ctx.dct.year + offset:04d}", ("year",)


def n_month_year(m: re.Match[str], ctx: Context) -> list[Part]:
    month = L.month(m.group("mon"))
    if _year_group(m):
        return _one(m, "DATE", f"{int(_year_group(m) or 0):04d}-{month:02d}", _mod(m.group("mod")))
    year, inferred = _relative_year(ctx, m.group("rel"))
    return _one(m, "DATE", f"{year}-{month:02d}", _mod(m.group("mod")), inferred)


def _year_beside_ref(ref: str, month: int, previous: bool) -> int:
    """The year of the first ``month`` after the time told (``ref``), or the last one before it
    ("the following March", "the previous spring"); a ref without a month is a whole year."""
    base = int(ref[:4])
    told = int(ref[5:7]) if re.match(r"^\d{4}-\d\d", ref) else None
    if previous:
        return base - (told is None or month >= told)
    return base + (told is None or month <= told)


def n_month(m: re.Match[str], ctx: Context) -> list[Part]:
    month = L.month(m.group("mon"))
    rel = re.sub(r"\s+", " ", (m.group("rel") or "").lower())
    mod = _mod(m.group("mod"))
    if ctx.dct is None:
        return _one(m, "DATE", f"XXXX-{month:02d}", mod, ("year",))
    y = ctx.dct.year
    if rel in ("last", "this past"):
        year = y if month < ctx.dct.month else y - 1
        if rel == "last" and month == ctx.dct.month - 1:
            year = y - 1  # the month just over is "last month": "last February", said in March, is a year back
    elif rel in ("next", "this coming"):
        year = y if month > ctx.dct.month else y + 1
    elif rel == "this":
        year = y
    elif rel in ("the following", "the next", "the previous") and ctx.ref and ctx.ref[:4].isdigit():
        year = _year_beside_ref(ctx.ref, month, rel == "the previous")  # "intervened the following March"
    elif rel == "that" and ctx.ref and ctx.ref[:4].isdigit():
        year = int(ctx.ref[:4])  # "early 2016, before the money runs out that March"
    else:
        return _one(m, "DATE", _calendar(ctx, m.start(), m.end(), month, None, None)[0], mod, ("year",))
    return _one(m, "DATE", f"{year:04d}-{month:02d}", mod, ("year",))


def n_year(m: re.Match[str], ctx: Context) -> list[Part]:
    mod = _mod(m.group("mod")) or _mod(m.group("plus")) or _mod((m.group("pre") or "").strip(" -"))
    return _one(m, "DATE", m.group("year"), mod)


def spoken_year(text: str) -> str:
    """The year of a spoken form: "nineteen ninety-four" -> "1994"."""
    words = re.split(r"[\s-]+", text.lower())
    if words[:2] == ["two", "thousand"]:
        rest = [w for w in words[2:] if w != "and"]
        return str(2000 + int(L.number(" ".join(rest)) or 0 if rest else 0))
    century = int(L.number(words[0]) or 19)
    rest = [w for w in words[1:] if w != "oh"]
    tail = L.number("-".join(rest)) if len(rest) == 2 else L.number(rest[0]) if rest else 0
    return f"{century * 100 + int(tail or 0):04d}"


def _year_group(m: re.Match[str]) -> str | None:
    """The written or spoken year of a match, if any."""
    if m.group("year"):
        return m.group("year")
    return spoken_year(m.group("syear")) if m.group("syear") else None


def n_spoken_year(m: re.Match[str], ctx: Context) -> list[Part]:
    return _one(m, "DATE", spoken_year(m.group("w")))


def n_decade(m: re.Match[str], ctx: Context) -> list[Part]:
    if m.group("dec"):
        value = m.group("dec")
        if value[2] == "0" and value[:2] < "20":
            value = value[:2]  # "the late 1800s": the century of 1800-1899, as people say it
    elif m.group("short"):
        digit = m.group("short")
        value = ("20" if ctx.dct and digit in "01" and ctx.dct.year >= 2000 else "19") + digit
    else:
        value = "19" + str(L.decade_words[m.group("word").lower()])
    return _one(m, "DATE", value, _mod(m.group("mod")))


def n_century(m: re.Match[str], ctx: Context) -> list[Part]:
    number = L.ordinal(m.group("ord")) or 1
    return _one(m, "DATE", f"{number - 1:02d}", _mod(m.group("mod")))


# --- quarters, seasons, holidays --------------------------------------------------------------


def _latest_quarter(ctx: Context, offset: int = -1) -> str:
    if ctx.dct is None:
        return "XXXX-QX"
    index = ctx.dct.year * 4 + quarter_of(ctx.dct) - 1 + offset
    return f"{index // 4}-Q{index % 4 + 1}"


def _year_words(ctx: Context, text: str | None) -> int | None:
    if not text:
        return None
    found = re.search(r"\d{4}", text)
    if found:
        return int(found.group())
    words = text.lower()
    if ctx.dct is None:
        return None
    if "last" in words:
        return ctx.dct.year - 1
    if "next" in words:
        return ctx.dct.year + 1
    if "this" in words or "the" in words:
        return ctx.dct.year
    return None


#: words of a company's report: the quarter they speak of in January is the one just over
_FINANCE_TALK = re.compile(r"(?i)\b(?:results|earnings|profits?|loss|losses|revenues?|sales|report|reports|"
                           r"reported|reporting|posted|posts)\b")


_SPACES = re.compile(r"\s*")


def _after_possessive(m: re.Match[str]) -> int | None:
    """TimeML leaves the owner out of the span: "its [fourth quarter]", "its [latest period]"."""
    det = m.group("det") or ""
    if det.lower() not in ("its", "their", "his", "her", "our"):
        return None
    return _SPACES.match(m.string, m.end("det")).end()  # type: ignore[union-attr]


def n_quarter(m: re.Match[str], ctx: Context) -> list[Part]:
    adj = (m.group("adj") or "").lower()
    fiscal = "fiscal" in adj  # a fiscal quarter is numbered in the company's year
    ordinal = L.ordinal(m.group("ord")) if m.group("ord") else None
    half = m.group("q").lower() == "half"
    period = m.group("q").lower() == "period"
    letter = "H" if half else "Q"
    if ordinal == -1:  # "the last quarter of 1990"
        ordinal = 2 if half else 4
    if period:
        ordinal = None
    year = _year_words(ctx, m.group("ofyear")) or _year_words(ctx, m.group("poss"))
    adj_year = re.search(r"\d{4}", adj)
    if year is None and adj_year:
        year = int(adj_year.group())
    backward = any(w in adj for w in ("year-earlier", "year-ago", "comparable", "corresponding")) \
        or bool(m.group("ago"))
    if m.group("pl") and ordinal and year is None:
        return _one(m, "SET", f"XXXX-{letter}{ordinal}")
    if ordinal is None:
        if backward or year is not None:
            base = ctx.reported_quarter() or _latest_quarter(ctx)
            if backward and period and ctx.last_half and ctx.last_half_end > ctx.quarter_end:
                base = ctx.last_half  # "For the first half, profit was ... in the year-ago period"
            if ctx.year_to_date and backward and period:
                # "For the nine months, ... In the year-earlier period": those months, a year back
                return _one(m, "DURATION", ctx.year_to_date, None, (), reference=False)
            if ctx.year_to_date and base[:4].isdigit():
                # "the first nine months ... compared with the year-earlier quarter": a year
                value = str(year if year is not None and not backward else int(base[:4]) - 1)
                return _one(m, "DATE", value, None, ("year",), reference=False)
            if year is not None and not backward:
                value = f"{year}-{base[5:]}" if base[:4].isdigit() else f"{year}-QX"
            else:
                value = shift_value(base, -1, "Y") or "XXXX-QX"
            return _one(m, "DATE", value, None, ("year", "quarter"), reference=False)
        if "latest" in adj:  # the one being reported on: "fourth-quarter earnings ... in the latest period"
            value = ctx.last_quarter or _latest_quarter(ctx, -1)
        elif (m.group("det") or "").lower() == "this" and (ctx.first_quarter or ctx.last_quarter):
            value = ctx.first_quarter or ctx.last_quarter  # in a report, the quarter it leads with
        elif any(w in adj for w in ("current",)) or (m.group("det") or "").lower() == "this":
            value = _latest_quarter(ctx, 0)
        elif any(w in adj for w in ("next", "coming")):
            value = _latest_quarter(ctx, 1)
        elif any(w in adj for w in ("previous", "last", "past")):
            value = _latest_quarter(ctx, -1)
        elif (closed := _CLOSED_BY.match(ctx.text, m.end())) and m.group("q").lower() == "quarter" \
                and ctx.last_quarter is None:
            # "the quarter ended Sept. 30": the quarter that day closes (unless the report has named
            # its fiscal quarter: "its fiscal first quarter ... the quarter ended Sept. 30")
            month = L.month(closed.group(1))
            year_of = _calendar(ctx, closed.start(1), closed.end(), month, None, None)[0][:4]
            value = f"{year_of}-Q{max(1, month // 3)}"
        elif _CLOSED_BY.match(ctx.text, m.end()) and m.group("q").lower() == "quarter" and ctx.first_quarter:
            # "first-quarter net income fell ... second-quarter revenue would be flat ... earned $21
            # million in the quarter ended March 30": the quarter the report leads with
            value = ctx.first_quarter
        else:  # "the quarter", "the latest quarter": the one being reported on
            value = ctx.last_quarter or _latest_quarter(ctx)
        topic = ctx.mention_quarter(value, indefinite=(m.group("det") or "").lower() == "a")
        start = _after_possessive(m)
        return _one(m, "DATE", value, _mod(m.group("qmod")) if start is None else None, ("year", "quarter"),
                    reference=topic, start=start)
    inferred: tuple[str, ...] = ()
    if year is None and _sentence_ref(ctx, m.start(), r"\d{4}(?:-[QH].*)?") and ctx.dct is not None \
            and ctx.ref[:4] > str(ctx.dct.year) \
            and (ordinal < (quarter_of(ctx.dct) if not half else (1 if ctx.dct.month <= 6 else 2))
                 or ctx.ref[5:6] == letter):  # "in the first half of next year and ... in the second half"
        # "two or three more increases next year, most likely in the first half"
        year, inferred = int(ctx.ref[:4]), ("year",)
    if year is None:
        inferred = ("year",)
        if ctx.dct is None:
            return _one(m, "DATE", f"XXXX-{letter}{ordinal}", None, inferred)
        year = ctx.dct.year
        current = quarter_of(ctx.dct) if not half else (1 if ctx.dct.month <= 6 else 2)
        if ordinal > current and ctx.tense(m.start(), m.end()) == "past" and not fiscal:
            year -= 1  # (but "the fiscal fourth quarter", reported in June, is this year's)
        elif not half and ordinal <= current - 2 and ctx.tense(m.start(), m.end()) == "future":
            year += 1  # "would close two plants by the end of the first quarter", said in October
            # (the quarter just over may still be reported on: "will report third-quarter results")
        elif not half and current == 1 and ordinal == 4 and _FINANCE_TALK.search(
                ctx.text[max(0, m.start() - 80):m.end() + 40]):
            year -= 1  # in January "results for the fourth quarter" are last year's
        elif not half and ordinal > current and ctx.last_quarter and ctx.last_quarter[:4] == str(year - 1) \
                and ctx.tense(m.start(), m.end()) != "future":
            year -= 1  # "grew 3.2 percent in the fourth quarter, after expanding 4.1 percent in the third"
        if backward:
            year -= 1
    elif backward:
        year -= 1
    value = f"{year:04d}-{letter}{ordinal}"
    # "a flat second quarter" is an aside; "a third-quarter loss" reports one
    indefinite = "-" not in (m.group("hy") or "") and (
        (m.group("det") or "").lower() == "a"
        or re.search(r"\b[Aa]n?\s+[a-z]+\s+$", ctx.text[max(0, m.start() - 20):m.start()]) is not None) \
        or _YARDSTICK.search(ctx.text, max(0, m.start() - 60), m.start()) is not None
    # ("down 8 percent from $448.5 million in the fourth quarter of 2021": a yardstick, not the report's)
    if half and not backward and not indefinite:
        ctx.last_half, ctx.last_half_end = value, m.end()
    topic = not half and not backward and ctx.mention_quarter(
        value, indefinite=indefinite, past=ctx.tense(m.start(), m.end()) == "past", fiscal=fiscal)
    if topic and fiscal:
        ctx.fiscal_quarter = value
    start = m.start("ord") if m.group("hy") and "-" in m.group("hy") else _after_possessive(m)
    # "the end of the first quarter" whole, with its modifier (not "the start of [its fiscal third quarter]")
    return _one(m, "DATE", value, _mod(m.group("qmod")) if start is None else None, inferred, start=start,
                reference=topic if not half else not backward)


def n_month_quarter(m: re.Match[str], ctx: Context) -> list[Part]:
    q = max(1, L.month(m.group("m2") or m.group("m3") or m.group("m5")) // 3)
    if m.group("year"):
        return _one(m, "DATE", f"{m.group('year')}-Q{q}")
    if ctx.dct is None:
        return _one(m, "DATE", f"XXXX-Q{q}", None, ("year",))
    year = ctx.dct.year - (q > quarter_of(ctx.dct) and ctx.tense(m.start(), m.end()) == "past")
    value = f"{year}-Q{q}"
    ctx.mention_quarter(value, past=ctx.tense(m.start(), m.end()) == "past")
    return _one(m, "DATE", value, None, ("year",))


def n_qcode(m: re.Match[str], ctx: Context) -> list[Part]:
    q = int(m.group("q")[1])
    if m.group("year"):
        return _one(m, "DATE", f"{m.group('year')}-Q{q}")
    if ctx.dct is None:
        return _one(m, "DATE", f"XXXX-Q{q}", None, ("year",))
    year = ctx.dct.year - (q > quarter_of(ctx.dct) and ctx.tense(m.start(), m.end()) == "past")
    return _one(m, "DATE", f"{year}-Q{q}", None, ("year",))


def n_season(m: re.Match[str], ctx: Context) -> list[Part]:
    code = L.seasons[m.group("season").lower()]
    rel = re.sub(r"\s+", " ", (m.group("rel") or "").lower())
    mod = _mod(rel.replace("the ", "")) if rel in ("early", "late", "mid", "the early", "the late") else None
    if _year_group(m):
        return _one(m, "DATE", f"{_year_group(m)}-{code}", mod)
    if m.group("yrel"):  # "the summer of that year", "the spring of last year"
        year_of, inferred = _relative_year(ctx, m.group("yrel"))
        return _one(m, "DATE", f"{year_of}-{code}", mod, inferred)
    if ctx.dct is None:
        return _one(m, "DATE", f"XXXX-{code}", mod, ("year",))
    y, month, start = ctx.dct.year, ctx.dct.month, SEASON_START[code]
    if rel.endswith("year's"):
        year = y + {"last": -1, "next": 1}.get(rel.split()[0], 0)
    elif rel == "last":  # the latest one that is over: "last summer", said in October, is this year's
        year = y if add_months(dt.date(y, start, 1), 3) <= ctx.dct else y - 1
        if start == 12 and month <= 2:
            year = y - 2  # in February, the winter that began in December is not over
    elif rel == "next":  # the first one not yet begun: "next summer", said in February
        year = y if dt.date(y, start, 1) > ctx.dct else y + 1
    elif rel == "this past":
        year = y if start <= month else y - 1
    elif rel in ("this coming", "the coming", "the upcoming", "coming", "upcoming"):
        year = y if start >= month else y + 1  # "the coming winter", said in November, is this year's
    elif rel == "this":
        year = y
    elif rel in ("that", "that same") and ctx.ref and ctx.ref[:4].isdigit():
        year = int(ctx.ref[:4])  # "killed 4,000 people that summer": the summer of the year just told
    elif rel in ("the following", "the next", "the previous") and ctx.ref and ctx.ref[:4].isdigit():
        # "a truce brokered in November 2022 unravelled the following spring"
        year = _year_beside_ref(ctx.ref, start, rel == "the previous")
    elif rel in ("", "the", "in the") and _sentence_ref(ctx, m.start(), r"\d{4}") and int(ctx.ref) < y:
        year = int(ctx.ref)  # "In 1978, too, the vote was held in the spring": the season of the year just told
    else:
        tense = ctx.tense(m.start(), m.end())
        if tense == "past":
            year = y if start <= month else y - 1
        elif tense == "future":
            year = y if start + 2 >= month else y + 1
        else:
            year = y
    return _one(m, "DATE", f"{year}-{code}", mod, ("year",))


def _holiday(key: str, year: int) -> dt.date:
    rule = L.holidays[key]
    if rule.startswith("EASTER"):
        return easter(year) + dt.timedelta(days=int(rule[6:] or 0))
    shift = re.search(r"(?<=[A-Z])[+-]\d+$", rule)  # "11-4THU+1": the day after Thanksgiving
    if shift:
        return _holiday_rule(rule[:shift.start()], year) + dt.timedelta(days=int(shift.group()))
    return _holiday_rule(rule, year)


def _holiday_rule(rule: str, year: int) -> dt.date:
    month, spec = int(rule[:2]), rule[3:]
    if spec.isdigit():
        return dt.date(year, month, int(spec))
    first = dt.date(year, month, 1)
    if spec == "ELECTION":  # the Tuesday after the first Monday
        monday = first + dt.timedelta(days=(0 - first.weekday()) % 7)
        return monday + dt.timedelta(days=1)
    weekday = ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"].index(spec[1:])
    if spec[0] == "L":
        last = add_months(first, 1) - dt.timedelta(days=1)
        return last - dt.timedelta(days=(last.weekday() - weekday) % 7)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (int(spec[0]) - 1))


def _holiday_value(day: dt.date, week: str | None) -> str:
    """The day, or its week for "Easter week", "the Christmas weekend"."""
    if not week:
        return _ymd(day)
    return iso_week(day) + ("-WE" if week.lower() == "weekend" else "")


def n_holiday(m: re.Match[str], ctx: Context) -> list[Part]:
    key = re.sub(r"\s+", " ", m.group("h").lower()).replace("’", "'")
    week = m.group("week")
    if m.group("year"):
        return _holiday_part(m, _holiday(key, int(m.group("year"))), week)
    if ctx.dct is None:
        rule = L.holidays[key]
        value = f"XXXX-{rule}" if rule[3:].isdigit() else "XXXX-XX-XX"
        return _one(m, "DATE", "XXXX-WXX" if week else value, None, ("year",))
    rel = (m.group("rel") or "").lower()
    y = ctx.dct.year
    this = _holiday(key, y)
    if not rel and _sentence_ref(ctx, m.start(), r"\d{4}") and not (
            _holiday(key, int(ctx.ref)) < ctx.dct and ctx.tense(m.start(), m.end()) == "future"):
        # "Last year, officers took 57 reports between Thanksgiving and New Year's Day" (but "closed
        # their books for 1992 and won't trade until after New Year's Day" looks ahead)
        return _holiday_part(m, _holiday(key, int(ctx.ref)), week)
    if rel in ("last", "this past"):
        day = this if this < ctx.dct else _holiday(key, y - 1)
    elif rel == "next":
        day = this if this > ctx.dct else _holiday(key, y + 1)
    elif rel == "this":
        day = this
    else:
        tense = ctx.tense(m.start(), m.end())
        # the tense moves a holiday to another year only when this year's is not close by
        near = abs((this - ctx.dct).days) <= 31 * TENSE_REACH
        if tense == "past" and this > ctx.dct and not near:
            day = _holiday(key, y - 1)
        elif tense == "future" and this < ctx.dct and not near:
            day = _holiday(key, y + 1)
        elif tense is None and not near:
            # no tense: the nearest one ("in a radio interview on New Year's Eve", said Jan. 3)
            day = min((_holiday(key, y + k) for k in (-1, 0, 1)), key=lambda d: abs((d - ctx.dct).days))
        else:
            day = this
    return _holiday_part(m, day, week)


def _holiday_part(m: re.Match[str], day: dt.date, week: str | None) -> list[Part]:
    """The holiday's day or week, or a part of it: "Thanksgiving night" is TIME ...TNI."""
    part = PARTS.get((m.group("part") or "").lower())
    if part:
        return _one(m, "TIME", f"{_ymd(day)}T{part}", None, ("year",))
    return _one(m, "DATE", _holiday_value(day, week), None, ("year",))


# --- relative to the publication date ---------------------------------------------------------

#: Parts of a named weekday that the TempEval-3 news annotation values as the day alone: "Friday
#: night" is 2016-02-12 there 10 times in 19 (5 of them tagging "Friday" alone; TNI 6, TEV 3, and
#: typed DATE 17 times), "Monday morning" 5 times in 8, while "Friday evening" keeps its part
#: (TEV) every time, as "last night" and "this morning" do.
_PARTS_TOLD_AS_THE_DAY = frozenset({"NI", "MO"})


_OFFSETS = {
    "this": 0, "current": 0, "the current": 0, "earlier this": 0, "later this": 0,
    "early this": 0, "late this": 0, "the full": 0, "earlier in the": 0, "later in the": 0,
    "the latest": -1, "last": -1, "past": -1, "previous": -1,
    "the previous": -1, "the past": -1, "the last": -1, "this past": -1, "earlier last": -1,
    "early last": -1, "late last": -1, "next": 1, "coming": 1, "following": 1,
    "the following": 1, "the next": 1, "the coming": 1, "this coming": 1, "early next": 1,
    "late next": 1, "later next": 1,
}
_ANAPHORIC = {"that": 0, "the same": 0, "that same": 0, "earlier that same": 0, "later that same": 0,
              "earlier that": 0, "later that": 0, "the previous": -1,
              "the following": 1, "following": 1}


def _day_just_told(ctx: Context, start: int) -> dt.date | None:
    """The day named in this sentence or the one before, if any: "the blasts on Friday ... earlier
    in the day" is that Friday, not the day of publication."""
    if not ctx.ref_day or ctx.ref_day_end > start:
        return None
    stops = sum(1 for _ in itertools.islice(_SENTENCE_STOP.finditer(ctx.text, ctx.ref_day_end, start), 2))
    if stops > 1 or "\n\n" in ctx.text[ctx.ref_day_end:start]:
        return None
    return dt.date.fromisoformat(ctx.ref_day)


def _ref_date(ctx: Context) -> dt.date | None:
    if ctx.ref and re.match(r"^\d{4}-\d\d-\d\d$", ctx.ref):
        return dt.date.fromisoformat(ctx.ref)
    return None


def n_relative(m: re.Match[str], ctx: Context) -> list[Part]:
    rel = re.sub(r"\s+", " ", m.group("rel").lower())
    unit = re.sub(r"\s+", " ", m.group("unit").lower()).replace("fiscal ", "").replace("calendar ", "")
    mod = _mod(m.group("mod")) or {"early": "START", "late": "END"}.get(rel.split()[0]) \
        if " " in rel else _mod(m.group("mod"))
    after = ctx.text[m.end():m.end() + 12].lower()
    if rel == "the new" and ctx.dct is not None:
        # "the economy entered the new year on firmer footing": the year just begun, or, late in
        # a year, the one about to begin
        return _one(m, "DATE", f"{ctx.dct.year + (ctx.dct.month >= 7):04d}", mod, ("year",))
    if rel == "the" and unit == "year" and re.match(r"\s+(?:end(?:ed|ing)|to\s+date)", after):
        return _one(m, "DURATION", "P1Y")
    if rel == "the" and unit == "year" and mod == "END" and ctx.dct is not None and ctx.dct.month <= 2 \
            and re.search(r"\bat\s+$", ctx.text[max(0, m.start() - 4):m.start()]) \
            and ctx.tense(m.start(), m.end()) == "past":  # (not "no change before the end of the year")
        # "retail made a small contribution to growth at the end of the year", said in January
        return _one(m, "DATE", str(ctx.dct.year - 1), mod, ("year",))
    if rel == "the full" and unit == "year" and ctx.dct is not None:
        named = re.match(r"\s+((?:19|20)\d\d)\b", ctx.text[m.end():m.end() + 6])
        if named:  # "the full year 2015"
            return _one(m, "DATE", named.group(1), mod)
        # a full year told in the past, in the first quarter, is the one just over: "profit for the
        # full year rose", said in February (later in the year it is a fiscal year ending this year)
        past = ctx.tense(m.start(), m.end()) == "past" and ctx.dct.month <= 3
        return _one(m, "DATE", str(ctx.dct.year - past), mod, ("year",))
    base = ctx.dct
    offset = _OFFSETS.get(rel, 0)
    start = None
    if rel.startswith("later this") or (rel == "earlier this" and unit == "week"):
        start = m.start("rel") + m.group("rel").lower().index("this")
    if rel in ("past", "the past", "next", "the next", "coming", "the coming") and unit in ("decade", "century"):
        return _one(m, "DURATION", duration_value(1, "DE" if unit == "decade" else "CE"))
    if rel in _ANAPHORIC or (rel == "the next" and (
            unit in PARTS | {"day": ""} or (unit in ("week", "month", "year") and ctx.ref is not None
                                            and ctx.tense(m.start(), m.end()) == "past"))
            and not re.search(r"\b(?:in|within|over|during|for)\s+$",
                              ctx.text[max(0, m.start() - 8):m.start()].lower())):
        # "the next day" is the day after the one just told; so, in a story of the past, is
        # "the next year" ("sold in March 2014. The next year, it cut 2,000 jobs")
        offset = _ANAPHORIC.get(rel, 1)
        if unit == "year" and offset == 0 and ctx.yardstick_year and ctx.yardstick_end > ctx.ref_end:
            # "Not since 1876 has a contest remained in doubt so long. That year, ...": the year told
            # last, if only as a yardstick
            return _one(m, "DATE", ctx.yardstick_year, mod, ("year",))
        if unit in ("year",) and ctx.ref and ctx.ref[:4].isdigit():
            return _one(m, "DATE", f"{int(ctx.ref[:4]) + offset:04d}", mod, ("year",))
        if unit == "month" and ctx.ref and re.match(r"^\d{4}-\d\d", ctx.ref):
            moved = add_months(dt.date(int(ctx.ref[:4]), int(ctx.ref[5:7]), 1), offset)
            return _one(m, "DATE", f"{moved.year}-{moved.month:02d}", mod, ("year", "month"))
        if unit == "day" and offset == 0 and ctx.ref and _MONTH_VALUE.match(ctx.ref) \
                and ctx.ref_end > ctx.ref_day_end:
            # "killed last October ... crossed out that same day": a day of the month just told
            return _one(m, "DATE", f"{ctx.ref}-XX", mod, ("year", "month"))
        # "the next day" after the last day told, even if a month was named since
        base = _ref_date(ctx) or (dt.date.fromisoformat(ctx.ref_day) if unit in ("day", "week") + tuple(PARTS)
                                  and ctx.ref_day else None) or ctx.dct
    if unit == "day":
        if rel in ("earlier in the", "later in the"):  # TimeML tags "the day" of "later in the day"
            start = m.start("rel") + m.group("rel").lower().rindex("the")
            day = _day_just_told(ctx, m.start()) or ctx.dct
            return _one(m, "DATE", _ymd(day) if day else "XXXX-XX-XX", None,
                        ("year", "month", "day"), start=start)
        if base is None:
            return _one(m, "DATE", "XXXX-XX-XX", mod, ("year", "month", "day"))
        return _one(m, "DATE", _ymd(base + dt.timedelta(days=offset)), mod, ("year", "month", "day"))
    if unit in ("morning", "afternoon", "evening", "night"):
        part = PARTS[unit]
        if base is None:
            return _one(m, "TIME", f"XXXX-XX-XXT{part}", mod, ("year", "month", "day"))
        if rel in ("last", "this past") and unit in ("night", "evening"):
            offset = -1
        elif rel in ("last", "this past", "this"):
            offset = 0
        day = base + dt.timedelta(days=offset)
        if part in _PARTS_TOLD_AS_THE_DAY and (rel in _ANAPHORIC or rel == "the next"):
            # a day told by its relation to the story's day, as one told by its name: "the next
            # morning" is the day, as "Friday morning" is ("last night", "this morning" keep the part)
            return _one(m, "DATE", _ymd(day), mod, ("year", "month", "day"))
        return _one(m, "TIME", f"{_ymd(day)}T{part}", mod, ("year", "month", "day"))
    if base is None:
        unknown = {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX", "year": "XXXX",
                   "decade": "XXX", "century": "XX"}[unit]
        return _one(m, "DATE", unknown, mod, ("year",))
    if unit == "week":
        return _one(m, "DATE", iso_week(base + dt.timedelta(days=7 * offset)), mod, ("year", "week"),
                    start=start)
    if unit == "weekend":
        if rel in ("the", "this") or rel in _ANAPHORIC:
            tense = ctx.tense(m.start(), m.end())
            if tense is None and rel == "the" and re.search(r"(?i)\bover\s+$",
                                                             ctx.text[max(0, m.start() - 6):m.start()]):
                tense = "past"  # news tells what happened "over the weekend"
            if base.isoweekday() < 6:
                offset = -1 if tense == "past" else 0
        return _one(m, "DATE", iso_week(base + dt.timedelta(days=7 * offset)) + "-WE", mod,
                    ("year", "week"))
    if unit == "month":
        day = add_months(base, offset)
        return _one(m, "DATE", f"{day.year}-{day.month:02d}", mod, ("year", "month"), start=start)
    if unit == "year":
        return _one(m, "DATE", f"{base.year + offset:04d}", mod, ("year",))
    if unit == "decade":
        return _one(m, "DATE", f"{base.year // 10 + offset:03d}", mod, ("year",))
    return _one(m, "DATE", f"{base.year // 100 + offset:02d}", mod, ("year",))


#: nouns after "today's" that make it the present of an era, not the day: "today's youth"
_GENERIC_TODAY = re.compile(r"['’]s\s+(?:\w+\s+)?(?:world|youth|society|generation|children|kids|young|"
                            r"economy|families|consumers|technology|computers|politics|culture|media|"
                            r"standards|market|markets|climate|global)\b", re.I)


def n_deictic(m: re.Match[str], ctx: Context) -> list[Part]:
    word = re.sub(r"\s+", " ", m.group("w").lower())
    if word in ("today", "tomorrow") and not m.group("part"):
        if word == "today" and _GENERIC_TODAY.match(ctx.text, m.end()):
            return _one(m, "DATE", "PRESENT_REF")  # "in today's world"
        if word == "tomorrow" and re.search(r"(?i)\bof\s+$", ctx.text[max(0, m.start() - 4):m.start()]):
            return _one(m, "DATE", "FUTURE_REF")  # "the people of tomorrow"
    offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
              "the day before yesterday": -2, "the day after tomorrow": 2}[word]
    mod = {"early": "START", "late": "END"}.get((m.group("mod") or "").lower())
    part = PARTS.get((m.group("part") or "").lower()) or ("NI" if word == "tonight" else None)
    if ctx.dct is None:
        value = "PRESENT_REF" if word == "today" and not part else "XXXX-XX-XX"
        return _one(m, "TIME" if part else "DATE", value + (f"T{part}" if part and "X" in value else ""),
                    mod, ("year", "month", "day"))
    value = _ymd(ctx.dct + dt.timedelta(days=offset))
    if part:
        return _one(m, "TIME", f"{value}T{part}", mod, ("year", "month", "day"))
    return _one(m, "DATE", value, mod, ("year", "month", "day"))


def _weekday_date(ctx: Context, weekday: int, rel: str, start: int, end: int) -> dt.date | None:
    if ctx.dct is None:
        return None
    if rel in ("last", "this past", "the previous"):
        if rel == "the previous" and _ref_date(ctx):
            base = _ref_date(ctx)
            return base - dt.timedelta(days=(base.isoweekday() - weekday - 1) % 7 + 1)
        return ctx.dct - dt.timedelta(days=(ctx.dct.isoweekday() - weekday - 1) % 7 + 1)
    if rel in ("next", "this coming", "the following", "the next"):
        ahead = (weekday - ctx.dct.isoweekday() - 1) % 7 + 1
        if rel == "next" and ahead == 1:
            ahead += 7  # "next Tuesday", said on a Monday, is not tomorrow but the Tuesday of next week
        return ctx.dct + dt.timedelta(days=ahead)
    ref = _ref_date(ctx)
    between = ctx.text[ctx.ref_end:start]
    if ref and ref.isoweekday() == weekday and re.fullmatch(r",?\s+(?:on\s+)?|\s*\(", between):
        return ref  # "Mother's Day on Sunday", "Jan. 6 (Thursday)": the day just named
    if ref and ctx.dct and ref > ctx.dct and ctx.ref_weekday \
            and re.fullmatch(r",?\s+(?:and|or|to|through)\s+(?:on\s+)?|,\s+", between):
        return ref + dt.timedelta(days=(weekday - ref.isoweekday()) % 7)  # "on Wednesday and Thursday"
    told = dt.date.fromisoformat(ctx.ref_day) if ctx.ref_day else None
    if told and ctx.dct and (told > ctx.dct or (told == ctx.dct and ctx.ref_day_deictic)) and re.fullmatch(r",?\s+(?:and|or|to|through|into)\s+(?:on\s+)?",
                                                             ctx.text[ctx.ref_day_end:start]):
        # "heavy rain tonight and Monday", "today or Tuesday": the day after the one just told
        return told + dt.timedelta(days=(weekday - told.isoweekday() - 1) % 7 + 1)
    tense = ctx.tense(start, end)
    clause = _clause_before(ctx.text, start)
    before = clause[-4:]
    if tense is None and (rel == "this" or before[-1:] in (["is"], ["are"]) or
                          before[-2:-1] in (["set"], ["scheduled"], ["slated"])):
        tense = "future"  # "the deadline is Friday", "the strike is set for Monday"
    if not rel and (before[-1:] in (["beginning"], ["starting"]) or before[-2:] in (["beginning", "on"],
                                                                                    ["starting", "on"])):
        tense = "future"  # "three days of mourning beginning Tuesday": what begins follows the telling
    elif not rel and before[-1:] in (["through"], ["until"], ["till"]) and set(clause[-10:]) & _EXTENDED:
        tense = "future"  # "extended its heat advisory through Sunday": the end of a span set ahead
    elif not rel and before[-1:] in (["by"], ["through"], ["into"]) and (
            tense is None or set(clause[-8:]) & _FORECAST):
        # a forecast in the present: "we dry out by Wednesday", "cooler through Friday"; what was
        # forecast: "they predicted clear skies by Wednesday"
        tense = "future"
    elif not rel and tense is None and set(clause[-10:]) & _EXPECT_NOW:
        tense = "future"  # "economists expect millions more when new figures come out Thursday morning"
    elif not rel and before[-1:] == ["for"] and (set(before[:-1]) & _PLANNED or set(clause[-7:-1]) & _FORECAST):
        tense = "future"  # "a funeral was planned for Saturday", "to schedule final passage for Thursday"
    elif not rel and set(before) & _AHEAD:
        tense = "future"  # "ahead of Friday's summit", "investors await Wednesday's decision"
    elif not rel and re.match(r"['’]s\b", ctx.text[end:end + 3]) and not (
            tense == "future" and _next_word(ctx.text, end + 2) in _SCHEDULED_EVENTS):
        # "Wednesday's ruling": news names an event it has reported; but a deadline or a vote
        # may lie ahead ("a deal will not be reached by Tuesday's deadline")
        tense = "past"
    return resolve_weekday(ctx.dct, weekday, tense=tense)


#: Events named by their day ("Tuesday's deadline") that may lie ahead of the telling.
_SCHEDULED_EVENTS = frozenset(L.scheduled_events)


def _next_word(text: str, at: int) -> str:
    m = re.match(r"\s*([A-Za-z-]+)", text[at:at + 40])
    return m.group(1).lower() if m else ""


#: Words before an event named by its day that put it ahead: "ahead of Friday's vote".
_AHEAD = frozenset(["ahead", "await", "awaits", "awaiting", "bracing", "braced", "expect",
                    "expects", "expected", "upcoming", "preparing", "prepare", "prepares", "eve",
                    "deadline"])


def n_weekday(m: re.Match[str], ctx: Context) -> list[Part]:
    weekday = L.weekday(m.group("wd"))
    rel = re.sub(r"\s+", " ", (m.group("rel") or "").lower())
    part = PARTS.get((m.group("part") or "").lower())
    suffix = f"T{part}" if part else ""
    if m.group("pl") or m.group("plp"):  # "Tuesdays", "Tuesday nights"
        return _one(m, "SET", f"XXXX-WXX-{weekday}{suffix}")
    mod = {"early": "START", "late": "END"}.get(rel.split()[0]) if rel else None
    start = None
    if rel.split()[:1] in (["early"], ["late"], ["earlier"], ["later"]):
        # TimeML practice: "early Friday", "later Thursday" tag the day alone
        rel = " ".join(rel.split()[1:])
        start = m.start("wd") if not rel else None
    day = _weekday_date(ctx, weekday, rel, m.start(), m.end())
    if day is None:
        return _one(m, "DATE", f"XXXX-WXX-{weekday}{suffix}", mod, ("year", "week"), start=start)
    if part and part not in _PARTS_TOLD_AS_THE_DAY:  # "Friday evening": TIME 2016-02-12TEV
        return _one(m, "TIME", f"{_ymd(day)}{suffix}", mod, ("year", "month", "day"), start=start)
    return _one(m, "DATE", _ymd(day), mod, ("year", "month", "day"), start=start)


def n_time(m: re.Match[str], ctx: Context) -> list[Part]:
    if m.group("named"):
        named = m.group("named").lower()
        hour, minute = (24, 0) if named == "midnight" else (12, 0)
    else:
        written = m.group("h") or m.group("h2") or m.group("h3") or m.group("h4")
        hour = int(written) if written.isdigit() else int(L.number(written) or 0)
        minute = int(m.group("mi") or m.group("mi2") or m.group("mi3") or 0)
        ampm = (m.group("ampm") or "").lower()
        said = (m.group("deixis") or "").lower()  # "eleven last night", "two o'clock this afternoon"
        if ampm.startswith("p") or any(w in ampm or w in said for w in ("afternoon", "evening", "night")):
            if hour < 12 and not ("night" in said and hour < 5):
                hour += 12
        elif (ampm.startswith("a") or "morning" in ampm) and hour == 12:
            hour = 0
    inferred: tuple[str, ...] = ("year", "month", "day")
    if m.group("wd"):
        day = _weekday_date(ctx, L.weekday(m.group("wd")), (m.group("wdrel") or "").lower(), m.start(), m.end())
    elif m.group("deixis"):
        said = re.sub(r"\s+", " ", m.group("deixis").lower())
        offset = {"today": 0, "tonight": 0, "this": 0, "yesterday": -1, "last": -1, "tomorrow": 1}[said.split()[0]]
        day = ctx.dct + dt.timedelta(days=offset) if ctx.dct else None
    elif m.group("mon"):
        value, inferred = _calendar(ctx, m.start(), m.end(), L.month(m.group("mon")),
                                    _day_number(m.group("day")), None)
        return _one(m, "TIME", f"{value}T{hour:02d}:{minute:02d}", _mod(m.group("mod")), inferred)
    elif (on := _ON_WEEKDAY.match(ctx.text, m.end())) is not None:
        # "at 8 p.m. on Tuesday": the day named after the time
        day = _weekday_date(ctx, L.weekday(on.group(1)), "", on.start(1), on.end(1))
    elif (on := _ON_DATE.match(ctx.text, m.end())) is not None:
        # "last seen at noon on Jan. 3": the date named after the time
        value, inferred = _calendar(ctx, on.start("mon"), on.end(), L.month(on.group("mon")),
                                    _day_number(on.group("day")), int(on.group("year")) if on.group("year") else None)
        if re.match(r"^\d{4}-\d\d-\d\d$", value):
            return _one(m, "TIME", f"{value}T{hour:02d}:{minute:02d}", _mod(m.group("mod")), inferred)
        day = _ref_date(ctx) or ctx.dct
    else:
        day = _story_day(ctx, m.start(), m.end())
    date = _ymd(day) if day else "XXXX-XX-XX"
    return _one(m, "TIME", f"{date}T{hour:02d}:{minute:02d}", _mod(m.group("mod")), inferred)


#: A weekday right after a clock time: "at 8 p.m. (local time) on Tuesday", "10:35 a.m. (0735 GMT)
#: Friday", "at 4 in the morning (4 a.m. EDT Thursday)", "in 4 p.m. trading Tuesday".
_ON_WEEKDAY = re.compile(r"(?:(?:\s+\([^)]{0,25}\))?(?:\s+(?:local|[A-Z][a-z]+)\s+time)?,?\s+on\s+|\s+\([^)]{0,25}\)\s+|\)\s+"
                         r"|\s+(?!(?:and|or|but|to|until|till|through|from)\b)[a-z]+\s+(?:on\s+)?"
                         r"|\s+\((?:[^)]{0,25}\s)?(?=(?:" + L.weekday_pattern + r")\)))("
                         + L.weekday_pattern + r")\b")


#: A date right after a clock time: "at noon on Jan. 3", "at 4 p.m. on March 12, 2015".
_ON_DATE = re.compile(r"(?:\s+\([^)]{0,25}\))?(?:\s+(?:local|[A-Z][a-z]+)\s+time)?,?\s+on\s+(?P<mon>" + L.month_pattern
                      + r")\s+(?P<day>(?:[12]\d|3[01]|0?[1-9]))(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?")


def _story_day(ctx: Context, start: int, end: int) -> dt.date | None:
    """The day of a clock time or part of day that names none: the day the story has just
    named, if its sentence names it, or its paragraph does and the tense agrees ("on Election
    Day ... lines stretched at 7 p.m."); in the past tense, the day the story's lede named ("The
    jury convicted him Monday. ... It returned the verdict at 4:15 p.m."); else the publication
    date ("He will vote Tuesday. He told reporters at 11:30 a.m.")."""
    if ctx.ref_day is None or ctx.dct is None:
        return ctx.dct
    ref = dt.date.fromisoformat(ctx.ref_day)
    stops = sum(1 for _ in itertools.islice(_SENTENCE_STOP.finditer(ctx.text, ctx.ref_day_end, start), 2))
    if not stops:
        return ref
    tense = ctx.tense(start, end)
    if (stops == 1 or "\n\n" not in ctx.text[ctx.ref_day_end:start]) and (
            (tense == "past" and ref <= ctx.dct) or (tense == "future" and ref >= ctx.dct)):
        return ref
    if tense == "past" and ctx.lede_day and not ctx.lede_mixed and ctx.lede_day < ctx.dct.isoformat():
        return dt.date.fromisoformat(ctx.lede_day)
    return ctx.dct


def n_day_part(m: re.Match[str], ctx: Context) -> list[Part]:
    """"mid-afternoon", "late afternoon", "by evening", "in the morning", "overnight": a part of
    the day the story tells (the night before it, for "overnight")."""
    written = m.group("part") or m.group("part2") or m.group("part3") or m.group("part4") or m.group("part5") \
        or m.group("part6")
    word = re.sub(r"\s+", " ", written.lower())
    part = PARTS.get(word.replace(" ", "-")) or PARTS.get(word.split()[-1]) or "AF"
    deixis = (m.group("deixis") or "").lower()
    offset = {"today": 0, "yesterday": -1, "tomorrow": 1}.get(deixis, 0)
    base = ctx.dct if deixis else _story_day(ctx, m.start(), m.end())
    if word == "overnight" and ctx.tense(m.start(), m.end()) == "past":
        offset -= 1  # "crews worked overnight": the night before; "clouds move in overnight": tonight
    elif word == "overnight" and base and ctx.dct and base < ctx.dct:
        base = ctx.dct  # "after Sunday's storms, a frost advisory is in effect overnight": tonight
    date = _ymd(base + dt.timedelta(days=offset)) if base else "XXXX-XX-XX"
    return _one(m, "TIME", f"{date}T{part}", _mod(m.group("mod") or m.group("mod4")), ("year", "month", "day"),
                reference=word != "overnight")  # the night before tells no day of the story


def n_week_of(m: re.Match[str], ctx: Context) -> list[Part]:
    value, inferred = _calendar(ctx, m.start(), m.end(), L.month(m.group("mon")),
                                _day_number(m.group("day")), int(m.group("year")) if m.group("year") else None)
    if re.match(r"^\d{4}-\d\d-\d\d$", value):
        return _one(m, "DATE", iso_week(dt.date.fromisoformat(value)), None, inferred)
    return _one(m, "DATE", value, None, inferred)


def n_ago(m: re.Match[str], ctx: Context) -> list[Part]:
    unit = L.unit(m.group("unit"))
    direction = re.sub(r"\s+", " ", m.group("dir").lower())
    sign = -1 if direction in ("ago", "earlier", "before") else 1
    mod = _mod(m.group("nmod"))
    if m.group("vague") or _num(m.group("num")) is None:
        return _one(m, "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", mod)
    amount = _num(m.group("num")) or 1
    n = int(round(amount)) or 1
    # "a year earlier" is anchored to the time last talked about; so is "a year ago" in a
    # report about a quarter ("profit rose from $3 million a year ago")
    anaphoric = direction in ("earlier", "later", "before", "after") or (
        unit == "Y" and n == 1 and ctx.quarter_is_topic())  # but "two years ago, before the pandemic"
    vague = "PAST_REF" if sign < 0 else "FUTURE_REF"
    try:
        if anaphoric and ctx.ref:
            # "net income for the quarter ended June 25 rose, said Tuesday, from $221 million a year
            # earlier": the quarter told since the last date is what a year-ago figure compares with
            later_quarter = unit == "Y" and ctx.last_quarter and ctx.quarter_end > ctx.ref_end \
                and not ctx.year_to_date
            base = ctx.reported_quarter() if ctx.quarter_is_topic() or later_quarter else ctx.ref
            if unit == "Y" and direction == "earlier" and base == ctx.ref and ctx.ref_reported \
                    and ctx.ref_period and _DAY.match(ctx.ref):
                # "jobs rose in April, the ministry said Friday, up 2% from a year earlier": the
                # month the figure is of, not the day it was told
                base = ctx.ref_period
            shifted = shift_value(base or ctx.ref, sign * n, unit)
            if shifted:
                return _told_from(m, shifted, mod, unit, amount, direction) or \
                    _one(m, "DATE", shifted, mod, _parts(shifted), reference=False)
        if ctx.dct is None:
            return _one(m, "DATE", vague, mod)
        if unit in _YEARS_IN:
            # "a quarter of a century ago", "a century ago": the year so far back, as for "a decade ago"
            years = int(round(amount * _YEARS_IN[unit]))
            if direction not in ("later", "earlier") and years:
                value = f"{ctx.dct.year + sign * years:04d}"
                return _one(m, "DATE", value, mod, _parts(value), reference=False)
        moved = _move(ctx.dct, sign * n, unit)
    except (ValueError, OverflowError):  # beyond the calendar: "51,000 years ago"
        return _one(m, "DATE", vague, mod, reference=False)
    # "a week ago" and "two weeks ago" are the day so far back (as annotators give it); "three weeks
    # ago" the week; "two weeks from today" counts from the day, so reaches one
    # (not "nearly two weeks ago": an approximation names no day)
    day = (unit == "W" and n <= 2 and direction == "ago" and not (n == 2 and mod)) \
        or (unit in ("D", "W") and direction == "from today")
    value = _ymd(moved) if day else _at_unit(moved, unit)
    return _told_from(m, value, mod, unit, amount, direction) or _one(m, "DATE", value, mod, _parts(value), reference=False)


#: years in a unit that "ago" counts back in years
_YEARS_IN = {"DE": 10, "CE": 100, "ML": 1000}


def _told_from(m: re.Match[str], point: str, mod: str | None, unit: str, n: float,
               direction: str) -> list[Part] | None:
    """"Three days later", "a day earlier": TimeML annotates the duration ("three days", P3D) and
    leaves "later" a signal; the day it reaches is kept as the point. "A year earlier" stays a
    date: it is the year-ago period of a report."""
    if direction not in ("later", "earlier") or unit not in ("S", "MIN", "H", "D", "W", "M") and not (
            direction == "later" and unit in ("Y", "DE", "CE")):
        return None
    end = m.start("dir")
    while end > m.start() and m.string[end - 1].isspace():
        end -= 1
    return [Part(m.start(), end, "DURATION", duration_value(n, unit), mod, (), False, point)]


def _parts(value: str) -> tuple[str, ...]:
    """The calendar parts a value names: every one of them was computed, none written."""
    found = _VALUE.match(value)
    if not found:
        return ()
    mid = found.group(2) or ""
    parts = ["year"]
    if mid[:1] == "Q":
        parts.append("quarter")
    elif mid[:1] == "W":
        parts.append("week")
    elif mid[:1].isdigit():
        parts.append("month")
    if found.group(3):
        parts.append("day")
    return tuple(parts)


def n_year_ago(m: re.Match[str], ctx: Context) -> list[Part]:
    noun = re.match(r"\s+(?:quarter|period)\b", ctx.text[m.end():m.end() + 12])
    base = ctx.reported_quarter() if ctx.quarter_is_topic() or (noun and not ctx.year_to_date) else None
    if base:
        value = shift_value(base, -1, "Y") or "XXXX"
        return _one(m, "DATE", value, None, _parts(value), reference=False)
    if ctx.dct is None:
        return _one(m, "DATE", "XXXX", None, ("year",))
    return _one(m, "DATE", f"{ctx.dct.year - 1:04d}", None, ("year",), reference=False)


# --- durations, sets, references --------------------------------------------------------------


#: Words before "one day" that make it the indefinite "some day": a modal, a subject pronoun, a hope.
_SOME_DAY_BEFORE = frozenset(["will", "would", "could", "may", "might", "can", "shall", "should", "must",
                              "'ll", "he", "she", "we", "they", "i", "you", "hope", "hopes", "hoped",
                              "dream", "dreams", "dreamed", "wish", "wished", "perhaps", "maybe"])


_SOME_DAY_AHEAD = frozenset(["will", "would", "could", "may", "might", "can", "shall", "should", "'ll",
                             "hope", "hopes", "hoped", "dream", "dreams", "dreamed", "wish", "wished"])


def _some_day(m: re.Match[str], ctx: Context) -> str | None:
    """FUTURE_REF or PAST_REF for an adverbial "one day" ("Islam will one day be ...",
    "One day, he vanished"); None for the duration ("for one day", "one day later")."""
    if m.group(0).lower() != "one day":
        return None
    words = re.findall(r"[a-z']+", ctx.text[max(0, m.start() - 30):m.start()].lower())[-4:]
    before = words[-1:]
    after = ctx.text[m.end():m.end() + 12]
    if re.match(r"\s*(?:-|after|before|later|earlier|ago|of|and|or|to|in\s+\d)", after):
        return None
    opening = re.search(r"(?:^|[.!?\n]\s*)$", ctx.text[max(0, m.start() - 3):m.start()]) is not None
    if not (set(before) & _SOME_DAY_BEFORE or (opening and after.startswith(","))):
        return None
    if set(words) & _SOME_DAY_AHEAD:
        return "FUTURE_REF"  # "they hoped he would one day return"
    return "PAST_REF" if ctx.tense(m.start(), m.end()) == "past" else "FUTURE_REF"


def n_duration(m: re.Match[str], ctx: Context) -> list[Part]:
    if (some_day := _some_day(m, ctx)) is not None:
        return _one(m, "DATE", some_day)
    unit = L.unit(m.group("unit"))
    n = _num(m.group("num")) or 1
    rest = _num(m.group("num2")) if m.group("num2") else None
    if rest and n >= 100 and n % 100 == 0 and rest < 100 and \
            re.fullmatch(r"\s+(?i:and)\s+", ctx.text[m.end("num"):m.start("num2")]):
        n += rest  # "four hundred and thirty days": one number, not a range
    if (m.group("tail") and "half" in m.group("tail").lower()) or m.group("half"):
        n += 0.5  # "two years and a half", "two and a half years"
    nmod = (m.group("nmod") or "").strip().lower()
    start = m.start("num") if ("-" in m.group("sep") and nmod in _DETERMINERS) \
        or nmod in ("its", "their", "his", "her") else None  # "his [five years] in office"
    if m.group("num").lower() in ("a", "an") and (m.group("tail") or "").lower() in ("-long", "-old"):
        start = m.start("unit")  # "a week-long festival": the article belongs to the festival
        if m.group("pl"):  # "a decades-long feud", "a years-old slump": of some decades, years
            return [Part(start, m.end(), "DURATION", VAGUE_UNITS[unit])]
    if nmod == "last" and _LAST_AS_VERB.search(ctx.text, max(0, m.start() - 12), m.start()):
        nmod, start = "", m.start("num")  # "the truce will last 48 hours": the verb "last"
    if unit == "M" and n in (6, 9) and re.search(r"(?i)\b(?:the|first|latest)\s+(?:\w+\s+)?$",
                                                  ctx.text[max(0, m.start("num") - 20):m.start("num")]):
        # "the first nine months": the year to date, so "a year earlier" now means a year
        year = (ctx.reported_quarter() or "")[:4] or (str(ctx.dct.year) if ctx.dct else "")
        if year.isdigit():
            ctx.ref, ctx.year_to_date = year, duration_value(n, unit)
    if m.group("num").lower() in ("a", "an") and not nmod and _MANY_PER.search(ctx.text, max(0, m.start() - 50),
                                                                             m.start()):
        # "hundreds of interviews a day", "thousands of meteors an hour": how often, a set
        return _one(m, "SET", duration_value(1, unit))
    return _one(m, "DURATION", duration_value(n, unit), _mod(nmod), start=start)


#: an uncounted many before "a day": "hundreds of interviews [a day]"
_MANY_PER = re.compile(r"(?i)\b(?:hundreds|thousands|millions|dozens|scores|tens)\s+of\s+[a-z]+s\s+$")
_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her"}
#: words before "last" that make it the verb: "the truce will last 48 hours"
_LAST_AS_VERB = re.compile(r"(?i)\b(?:will|would|could|can|may|might|should|must|to|'ll|not|n't|which|that|it|"
                           r"they)\s+$")


def n_unit_adj(m: re.Match[str], ctx: Context) -> list[Part]:
    """"weeklong", "a year-long war", "wait another month": one unit's duration; "decades-long",
    "a several-year tenure", "a multiyear deal": some."""
    unit = L.unit(m.group("unit") or m.group("unit2") or m.group("unit3") or m.group("unit4"))
    some = m.group("pl") or m.group("unit3")
    return _one(m, "DURATION", VAGUE_UNITS[unit] if some else duration_value(1, unit))


def n_vague(m: re.Match[str], ctx: Context) -> list[Part]:
    unit = L.unit(m.group("unit"))
    rel = (m.group("rel") or "").lower()
    if rel == "last" and not m.group("det") and _LAST_AS_VERB.search(ctx.text, max(0, m.start() - 12), m.start()):
        # "the talks could last several days": the verb "last"
        start = m.start("vague") if m.group("vague") else m.start("unit")
        return [Part(start, m.end(), "DURATION", VAGUE_UNITS[unit])]
    # "recent weeks", "the coming months": TimeBank annotates a vague span (PXW), not a point;
    # "in recent years" is the vague past
    if rel in ("recent", "past") and unit == "Y" and not m.group("vague"):
        return _one(m, "DATE", "PAST_REF")
    if rel == "early" and unit == "H" and re.match(r"\s+of\b", ctx.text[m.end():m.end() + 4]):
        return []  # "in the early hours of Thursday morning": a part of the day that follows, no duration
    ahead = re.match(r"\s+ahead\b", ctx.text[m.end():m.end() + 8])  # "the weeks ahead"
    if ahead:
        return [Part(m.start(), m.end() + ahead.end(), "DURATION", VAGUE_UNITS[unit])]
    return _one(m, "DURATION", VAGUE_UNITS[unit])


def _set_value(what: str, n: int) -> str:
    """The TIMEX3 value of a set of ``what`` (a unit, weekday, month, season or part of day)."""
    low = what.lower()
    if low in L.weekdays:
        return f"XXXX-WXX-{L.weekday(what)}"
    if low.rstrip(".") in L.months and what[:1].isupper():
        return f"XXXX-{L.month(what):02d}"
    if low in L.seasons:
        return f"XXXX-{L.seasons[low]}"
    if low in PARTS:
        return f"XXXX-XX-XXT{PARTS[low]}"
    if low == "weekend":
        return "XXXX-WXX-WE"
    return duration_value(n, L.unit(what))


def n_set(m: re.Match[str], ctx: Context) -> list[Part]:
    n = int(_num(m.group("num")) or 1) * (2 if m.group("other") else 1)
    value = _set_value(m.group("what"), n)
    if m.group("sday") and re.fullmatch(r"XXXX-\d\d", value):  # "every Oct. 4"
        value += f"-{_day_number(m.group('sday')):02d}"
    if m.group("part") and value.startswith("XXXX-WXX-"):  # "every Sunday morning"
        value += f"T{PARTS[m.group('part').lower()]}"
    return _one(m, "SET", value)


def n_recurring(m: re.Match[str], ctx: Context) -> list[Part]:
    """"the past three summers": TimeML annotates the run as the set of summers."""
    return _one(m, "SET", _set_value(m.group("what"), 1))


def n_set_adverb(m: re.Match[str], ctx: Context) -> list[Part]:
    return _one(m, "SET", L.set_adverbs[m.group("w").lower()])


_FREQUENCY = re.compile(r"(?i)\b(?:once|twice|thrice|(?:\d+|[a-z]+)\s+times)\s+$")


def n_per(m: re.Match[str], ctx: Context) -> list[Part]:
    # TimeML spans the frequency with the period: "twice a week", "three times a year"
    freq = _FREQUENCY.search(ctx.text, max(0, m.start() - 20), m.start())
    return _one(m, "SET", duration_value(1, L.unit(m.group("unit"))), start=freq.start() if freq else None)


_THEN = re.compile(r"\bthen[\s-]$")  # lower case: "Then current prices rose" is "after that"


def _then_current(m: re.Match[str], ctx: Context) -> list[Part]:
    """"the then current price", "the then-current chairman": current at a past time."""
    then = _THEN.search(ctx.text, max(0, m.start() - 6), m.start())
    return [Part(then.start() if then else m.start(), m.end(), "DATE", "PAST_REF")] if then else []


def n_ref(m: re.Match[str], ctx: Context) -> list[Part]:
    word = re.sub(r"\s+", " ", m.group("w").lower())
    if word == "current" and (then := _then_current(m, ctx)):
        return then
    if word == "soon" and next_to_past_verb(ctx.text, m.start(), m.end()):
        return []  # "he was soon released": soon after a past event, not the future
    return _one(m, "DATE", L.refs[word])


def n_ref_adj(m: re.Match[str], ctx: Context) -> list[Part]:
    word = m.group("w").lower().replace("the ", "")
    if word == "current" and (then := _then_current(m, ctx)):
        return then
    value = {"current": "PRESENT_REF", "recent": "PAST_REF"}.get(word, "FUTURE_REF")
    return _one(m, "DATE", value)


def n_day_count(m: re.Match[str], ctx: Context) -> list[Part]:
    """"today is the eighth day of Desert Shield": in the present, the day of publication; in the
    past, the day the story tells; ahead ("on his first day in office"), a day not known."""
    tense = ctx.tense(m.start(), m.end())
    if tense == "future":
        day = None
    elif tense == "past":
        day = _day_just_told(ctx, m.start()) or _story_day(ctx, m.start(), m.end())
    else:
        day = ctx.dct
    if day is None:
        return _one(m, "DATE", "XXXX-XX-XX")
    return _one(m, "DATE", _ymd(day), None, ("year", "month", "day"))


def n_unit_next(m: re.Match[str], ctx: Context) -> list[Part]:
    """"after climbing 2.1 percent the year before", "he had arrived the day before": a unit
    before or after the time just told (the publication date if none was)."""
    unit = m.group("unit").lower()
    sign = -1 if m.group("dir").lower() == "before" else 1
    if unit in ("day", "night"):
        base = _ref_date(ctx) or (dt.date.fromisoformat(ctx.ref_day) if ctx.ref_day else None) or ctx.dct
        if base is None:
            return _one(m, "TIME" if unit == "night" else "DATE", "XXXX-XX-XX" + ("TNI" if unit == "night" else ""))
        day = _ymd(base + dt.timedelta(days=sign))
        return _one(m, "TIME", day + "TNI", None, ("year", "month", "day"), reference=False) if unit == "night" \
            else _one(m, "DATE", day, None, ("year", "month", "day"), reference=False)
    code = {"week": "W", "month": "M", "year": "Y"}[unit]
    base = ctx.ref if ctx.ref and re.match(r"^\d{4}", ctx.ref) else (ctx.dct.isoformat() if ctx.dct else None)
    if base is None:
        return _one(m, "DATE", {"W": "XXXX-WXX", "M": "XXXX-XX", "Y": "XXXX"}[code])
    if code == "W" and not re.match(r"^\d{4}-W", base):
        base = iso_week(dt.date.fromisoformat(base[:10])) if _DAY.match(base) else base
    if code == "M" and re.match(r"^\d{4}-\d\d-\d\d", base):
        base = base[:7]
    if code == "Y":
        base = base[:4]
    value = shift_value(base, sign, code) or "XXXX"
    return _one(m, "DATE", value, None, _parts(value), reference=False)


def n_short_year(m: re.Match[str], ctx: Context) -> list[Part]:
    """"that '94 team": the year of this century or the last, whichever is not ahead."""
    yy = int(m.group("yy"))
    now = ctx.dct.year if ctx.dct else 2000
    year = 2000 + yy if 2000 + yy <= now + 1 else 1900 + yy
    return _one(m, "DATE", f"{year:04d}", None, ("century",))


def n_year_end(m: re.Match[str], ctx: Context) -> list[Part]:
    words = m.group("w").lower()
    if ctx.dct is None:
        return _one(m, "DATE", "XXXX", "END", ("year",))
    if "month" in words:
        return _one(m, "DATE", f"{ctx.dct.year}-{ctx.dct.month:02d}", "END", ("year", "month"))
    if "week" in words:
        return _one(m, "DATE", iso_week(ctx.dct), "END", ("year", "week"))
    if re.fullmatch(r"year[-\s]end", words) and not m.group("rel"):
        # "complete the deal by year-end": the year's last day; "the change is since year-end":
        # the last one over
        year = ctx.dct.year - 1 if _SINCE.search(ctx.text, max(0, m.start() - 7), m.start()) else ctx.dct.year
        return _one(m, "DATE", f"{year:04d}-12-31", None, ("year",))
    return _one(m, "DATE", str(ctx.dct.year), "END", ("year",))


NORMALISERS: dict[str, Normaliser] = {
    "date": n_date, "day_range": n_day_range, "iso": n_iso, "slash": n_slash,
    "month_year": n_month_year, "month": n_month, "year": n_year, "decade": n_decade,
    "century": n_century, "quarter": n_quarter, "month_quarter": n_month_quarter, "qcode": n_qcode, "season": n_season,
    "relative": n_relative, "deictic": n_deictic, "weekday": n_weekday, "time": n_time,
    "short_year": n_short_year, "unit_next": n_unit_next, "day_count": n_day_count, "day_part": n_day_part, "ago": n_ago, "duration": n_duration, "unit_adj": n_unit_adj,
    "vague": n_vague, "set": n_set, "recurring": n_recurring, "set_adverb": n_set_adverb, "per": n_per, "ref": n_ref,
    "ref_adj": n_ref_adj, "holiday": n_holiday, "year_end": n_year_end,
    "spoken_year": n_spoken_year, "year_ago": n_year_ago, "week_of": n_week_of,
}
