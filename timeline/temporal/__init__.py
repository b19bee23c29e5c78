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

from ..records import Timex
from .anchor import parse_dct
from .finder import find_candidates
from .normalise import NORMALISERS, Context

__all__ = ["find_timexes"]

_REFERENCE = re.compile(r"^\d{4}(?:-(?:\d\d(?:-\d\d)?|Q[1-4]))?$")


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
                             part.mod, part.inferred, anchor_str if part.inferred else None))
            if part.reference and part.type == "DATE" and _REFERENCE.match(part.value):
                ctx.ref = part.value
    return out
