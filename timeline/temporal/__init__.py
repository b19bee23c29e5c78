"""Temporal expressions: found in plain text, normalised to TIMEX3 against the publication date.

Independent of spaCy: ``timeline dates`` must stay fast.

>>> [t.value for t in find_timexes("Kerry met Lavrov on Thursday.", "2016-02-11")]  # doctest: +SKIP
['2016-02-11']
"""

from __future__ import annotations

from ..records import Timex

__all__ = ["find_timexes"]


def find_timexes(text: str, dct: str | None) -> list[Timex]:
    """Every temporal expression in ``text``, in order, resolved against ``dct`` (YYYY-MM-DD).

    With no ``dct``, relative expressions keep unknown parts (``XXXX-XX-XX``) instead of
    being resolved against today.
    """
    return []  # STUB: replaced by the temporal tagger
