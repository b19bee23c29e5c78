"""The public API stays honest: __all__ lists what exists, sorted; records round-trip."""

from __future__ import annotations

import doctest

import pytest

import graphs
import timeline
from timeline import records
from timeline.records import Actor, Event, Mention, Timex


@pytest.mark.parametrize("module", [timeline, graphs])
def test_all_is_sorted_and_importable(module):
    assert module.__all__ == sorted(module.__all__)
    for name in module.__all__:
        assert hasattr(module, name), name


@pytest.mark.parametrize("record", [
    Timex("March", 3, 8, "DATE", "2013-03", inferred=("year",), anchor="2013-05-01"),
    Actor("person:ada", "Ada", "person", "GBR", "GOV", "Minister", "GBR"),
    Mention("d", 0, 3, "Ada", Actor("person:ada", "Ada", "person"), sector="GOV"),
    Event("e", "d", "2016-02", "earlier this month", "timex", "RUS", None, "REJECT", "S.", 0, 2,
          sources=("d", "d2")),
])
def test_records_round_trip(record):
    assert type(record).from_dict(record.to_dict()) == record


def test_records_doctests():
    assert doctest.testmod(records).failed == 0
