"""The same event reported by several documents becomes one event.

Events are the same when they share date, source, target and type; the merged event keeps the
first one's id and sentence, counts ``mentions`` and lists every document in ``sources``.

>>> from timeline.records import Event
>>> a = Event("a", "d1", "2016-02-11", None, "dct", "USA", "RUS", "CONSULT", "s", 0, 1)
>>> b = Event("b", "d2", "2016-02-11", None, "dct", "USA", "RUS", "CONSULT", "t", 0, 1)
>>> [(e.id, e.mentions, e.sources) for e in merge_duplicates([a, b])]
[('a', 2, ('d1', 'd2'))]
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

from ..records import Event

__all__ = ["merge_duplicates"]


def merge_duplicates(events: Iterable[Event]) -> list[Event]:
    """One event per (date, source, target, type), in first-seen order."""
    merged: dict[tuple, Event] = {}
    for event in events:
        # "Friday night" and "Friday" name one day: the part of the day does not split an event
        day = event.date[:10] if event.date and re.match(r"^\d{4}-\d\d-\d\dT", event.date) else event.date
        key = (day, event.source, event.target, event.type)
        docs = event.sources or (event.doc,)
        if key not in merged:
            merged[key] = dataclasses.replace(event, sources=tuple(dict.fromkeys(docs)))
            continue
        first = merged[key]
        merged[key] = dataclasses.replace(
            first, mentions=first.mentions + event.mentions,
            sources=tuple(dict.fromkeys(first.sources + tuple(docs))))
    return list(merged.values())
