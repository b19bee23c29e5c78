"""An event in the making: who, what, to whom, and how it was said, before ids and dates."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..records import Actor
from .lexicon import Entry
from .syntax import Token


@dataclass
class Candidate:
    """An event before ids and dates: who, what, to whom, and how it was said."""

    trigger: Token
    entry: Entry
    sources: list[Actor]
    targets: list[Actor]
    words: list[Token] = field(default_factory=list)
    type: str = ""
    mode: str = "actual"
    negated: bool = False
    hypothetical: bool = False
    anchors: list[Token] = field(default_factory=list)
    symmetric: bool = False
    #: made by the speech rules, with type, mode and anchors already decided
    speech_act: bool = False

    def __post_init__(self) -> None:
        self.type = self.type or self.entry.type
        self.words = self.words or [self.trigger]


def sides(actors: list[Actor]) -> set[str]:
    """What actors stand for: themselves, and the country or group they act for.

    A group's or organisation's country is where it is, not whom it acts for: the opposition
    is not on its government's side.
    """
    return {x for a in actors
            for x in (a.id, a.affiliation, a.country if a.kind in ("person", "country") else None)
            if x}
