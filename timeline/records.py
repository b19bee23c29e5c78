"""The records that flow between stages: frozen dataclasses with character offsets.

Every record converts to a plain dict with ``to_dict()`` only at the edges (JSON lines, SQLite,
GraphML), and back with ``from_dict()``, so a corpus can be streamed one document at a time.

>>> Timex("Thursday", 10, 18, "DATE", "2016-02-11").to_dict()["value"]
'2016-02-11'
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Self

#: TIMEX3 types
TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")

#: Actor kinds as written to graph.graphml; any other kind (``location``) is not an actor.
ACTOR_KINDS = ("country", "person", "organization", "group")

#: The 16 PLOVER event types, in the manual's order.
PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)


class _Record:
    """Shared conversions; dataclass fields only, tuples become lists in JSON."""

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)  # type: ignore[call-overload]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        names = {f.name: f for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
        kwargs = {}
        for key, value in data.items():
            if key in names:
                kwargs[key] = tuple(value) if isinstance(value, list) else value
        return cls(**kwargs)


@dataclass(frozen=True)
class Timex(_Record):
    """A temporal expression: ``text == document_text[start:end]``, value in TIMEX3.

    ``inferred`` names the parts of ``value`` that were not written but inferred from the
    publication date or tense ("year", "month", "day", "week"), so nobody stores a guess as a fact.
    ``anchor`` is the date the value was resolved against (the publication date), if any.
    ``point`` is, for a duration told from a known time ("three days later"), the time it reaches,
    so an event it dates still finds its day.
    """

    text: str
    start: int
    end: int
    type: str
    value: str
    mod: str | None = None
    inferred: tuple[str, ...] = ()
    anchor: str | None = None
    point: str | None = None

    def contract_dict(self) -> dict[str, Any]:
        """The fields `timeline dates` prints (see CONTRACT.md), then the extras."""
        out = {"text": self.text, "start": self.start, "end": self.end, "type": self.type,
               "value": self.value}
        if self.mod:
            out["mod"] = self.mod
        if self.inferred:
            out["inferred"] = list(self.inferred)
        if self.point:
            out["point"] = self.point
        return out


@dataclass(frozen=True)
class Actor(_Record):
    """One node of the actor graph.

    ``id`` is stable across documents: the knowledge-base id where there is one (``RUS``,
    ``UN``, ``person:john-kerry``), else a normalised name plus affiliation.
    ``affiliation`` is the id of the actor this one acts for (a person's country or group).
    """

    id: str
    label: str
    kind: str
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    affiliation: str | None = None
    kb: bool = False

    @property
    def is_actor(self) -> bool:
        return self.kind in ACTOR_KINDS


@dataclass(frozen=True)
class Mention(_Record):
    """A stretch of a document's text that refers to an actor."""

    doc: str
    start: int
    end: int
    text: str
    actor: Actor
    #: CAMEO-style sector of this reference when it differs from the actor's own
    #: ("government forces" -> the country's actor with sector MIL).
    sector: str | None = None
    #: Character offsets of the phrase's head noun, for matching against the parse.
    head_start: int | None = None
    head_end: int | None = None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        data = dict(data)
        data["actor"] = Actor.from_dict(data["actor"])
        return cls(**data)


@dataclass(frozen=True)
class Event(_Record):
    """Who did what to whom, when, with the sentence it was read from.

    ``date_source`` is ``"timex"`` when a temporal expression governs the clause (``date_text``
    is then that expression), ``"dct"`` when the publication date stands in, None if neither.
    ``mode`` is ``"actual"``, ``"intent"``, ``"planned"`` or ``"negated"``.
    ``start``/``end`` are the sentence's offsets in the document text.
    """

    id: str
    doc: str
    date: str | None
    date_text: str | None
    date_source: str | None
    source: str
    target: str | None
    type: str
    sentence: str
    start: int
    end: int
    trigger: str = ""
    mode: str = "actual"
    cameo: str | None = None
    cooperation: float = 0.0
    quad: int | None = None
    negated: bool = False
    hypothetical: bool = False
    mentions: int = 1
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class DocumentResult(_Record):
    """What the pipeline made of one document: everything the outputs need, nothing more."""

    doc: str
    dct: str | None
    title: str | None
    url: str | None
    text: str
    timexes: tuple[Timex, ...] = ()
    mentions: tuple[Mention, ...] = ()
    events: tuple[Event, ...] = ()
    actors: tuple[Actor, ...] = field(default=())
