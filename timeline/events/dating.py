"""Dating events: the temporal expression that governs the event's clause, else the publication
date.

A timex governs a clause when it hangs off the clause's verb (or the event noun) directly: as
a bare noun phrase ("met *Thursday*"), a prepositional object ("on *Wednesday*") or an adverb
("*earlier this month*") — not through another noun ("the proposed date of *February 25*").
Durations and sets do not date an event; a past event governed by a date after the
publication date is read as a misattachment and dated by the publication date instead.

>>> timex_start("2016-W06"), timex_start("2016-02"), timex_start("PRESENT_REF")
('2016-02-08', '2016-02-01', None)
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

from ..records import Timex
from .syntax import Token

__all__ = ["TimexIndex", "timex_start"]

_SEASONS = {"SP": "03", "SU": "06", "FA": "09", "AU": "09", "WI": "12"}


def timex_start(value: str | None) -> str | None:
    """The first day a TIMEX3 date value covers (YYYY-MM-DD), or None if it is no date."""
    if not value or not value[:4].isdigit():
        return None
    year = int(value[:4])
    if m := re.match(r"^(\d{4})-W(\d{2})", value):
        try:
            return dt.date.fromisocalendar(year, int(m.group(2)), 1).isoformat()
        except ValueError:
            return None
    if m := re.match(r"^\d{4}-Q([1-4])", value):
        return f"{year:04d}-{3 * int(m.group(1)) - 2:02d}-01"
    if m := re.match(r"^\d{4}-(SP|SU|FA|AU|WI)", value):
        return f"{year:04d}-{_SEASONS[m.group(1)]}-01"
    if m := re.match(r"^\d{4}-(\d{2})-(\d{2})", value):
        return f"{year:04d}-{m.group(1)}-{m.group(2)}"
    if m := re.match(r"^\d{4}-(\d{2})", value):
        return f"{year:04d}-{m.group(1)}-01"
    return f"{year:04d}-01-01"


def _is_past(verb: Token) -> bool:
    if any(c.lower_ in ("will", "shall", "'ll", "wo") for c in verb.children if c.dep_ == "aux"):
        return False
    return verb.tag_ == "VBD" or any(c.lemma_ == "have" and c.dep_ == "aux"
                                     for c in verb.children)


class TimexIndex:
    """The document's datable timexes, each with the parse token it hangs off."""

    def __init__(self, sdoc: Any, timexes: Sequence[Timex], dct: str | None) -> None:
        self.dct = dct
        self.dct_day = timex_start(dct) if dct else None
        self.timexes = list(timexes)
        self._anchored: dict[int, Timex] = {}
        self._in_phrase: set[int] = set()  # anchors whose timex is a prepositional phrase
        for timex in timexes:
            if timex.point and timex_start(timex.point):  # "three days later": the day it reaches
                timex = dataclasses.replace(timex, type="DATE", value=timex.point)
            if timex.type in ("DURATION", "SET") or timex_start(timex.value) is None:
                continue
            span = sdoc.char_span(timex.start, timex.end, alignment_mode="expand")
            if span is None:
                continue
            anchor = _anchor(span)
            if anchor is not None:
                self._anchored.setdefault(anchor.i, timex)
                if span.root.dep_ == "pobj":
                    self._in_phrase.add(anchor.i)

    def date(self, anchors: Sequence[Token]) -> tuple[str | None, str | None, str | None]:
        """(value, text, source) for an event whose time is that of ``anchors`` (nearest first)."""
        # "rejected the allegations on Tuesday": the parser may hang the date on the object
        objects = [c for c in anchors[0].children
                   if c.dep_ == "dobj" and c.i in self._in_phrase] if anchors else []
        for tok in [*anchors[:1], *objects, *anchors[1:]]:
            timex = self._anchored.get(tok.i)
            if timex is None:
                continue
            start = timex_start(timex.value)
            if self.dct_day and start and start > self.dct_day and _is_past(tok):
                break
            return timex.value, timex.text, "timex"
        if self.dct:
            return self.dct[:10], None, "dct"
        return None, None, None


def _anchor(span: Any) -> Token | None:
    """The verb or noun a timex hangs off, if the path there is temporal only."""
    inside = {t.i for t in span}
    tok = span.root
    if tok.dep_ not in ("npadvmod", "tmod", "obl", "pobj", "advmod", "nmod", "compound", "dobj",
                        "appos", "poss"):  # poss: "Monday's attack"
        return None
    t = tok
    for _ in range(4):
        if t.dep_ == "ROOT":
            return None
        t = t.head
        if t.i in inside:
            continue
        if t.pos_ in ("ADP", "ADV", "SCONJ") or t.dep_ in ("prep", "advmod"):
            continue
        if t.dep_ in ("nsubj", "nsubjpass") and t.i < span.start and span.end <= t.head.i:
            return t.head  # "Zelensky on Sunday thanked": the parser hangs the date on the subject
        if t.pos_ in ("VERB", "AUX", "NOUN", "ADJ"):
            return t
        return None
    return None
