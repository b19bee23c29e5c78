"""Events to a networkx graph: actors as nodes, relations and affiliations as edges.

The graph is a ``MultiDiGraph`` keyed by edge kind: one ``relation`` edge per ordered actor pair
(source acts on target), aggregated from its events, and one ``affiliation`` edge from a person
to what it acts for.

>>> from timeline.records import Actor, Event, DocumentResult
>>> ru, sy = Actor("RUS", "Russia", "country", "RUS"), Actor("SYR", "Syria", "country", "SYR")
>>> ev = Event("e1", "d", "2016-02-11", "Thursday", "timex", "RUS", "SYR", "SUPPORT", "s", 0, 1,
...            cooperation=3.4)
>>> b = GraphBuilder(); b.add(DocumentResult("d", None, None, None, "", actors=(ru, sy), events=(ev,)))
>>> g = b.graph(); g.edges["RUS", "SYR", "relation"]["weight"]
1
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

import networkx as nx

from timeline.records import ACTOR_KINDS, Actor, DocumentResult, Event

__all__ = ["GraphBuilder", "Relation", "timex_sort_key"]


@dataclass
class Relation:
    """The events behind one ordered actor pair."""

    source: str
    target: str
    events: list[Event] = field(default_factory=list)

    def attributes(self) -> dict:
        dates = sorted((e.date for e in self.events if e.date), key=timex_sort_key)
        types = Counter(e.type for e in self.events)
        weight = sum(e.mentions for e in self.events)
        coop = sum(e.cooperation * e.mentions for e in self.events) / weight if weight else 0.0
        return {
            "kind": "relation",
            "weight": weight,
            "cooperation": round(coop, 3),
            "first_date": dates[0] if dates else "",
            "last_date": dates[-1] if dates else "",
            "event_types": "|".join(t for t, _ in types.most_common()),
            "events": "|".join(e.id for e in self.events),
        }


def timex_sort_key(value: str) -> str:
    """Sort TIMEX3 values in time; a coarser value sorts before the days it holds."""
    return value if value and value[:1].isdigit() else "9999"


class GraphBuilder:
    """Accumulates documents' results; ``graph()`` makes the networkx graph at the end."""

    def __init__(self) -> None:
        self._actors: dict[str, Actor] = {}
        self._mentions: Counter[str] = Counter()
        self._relations: dict[tuple[str, str], Relation] = {}
        self._events: list[Event] = []
        self._documents: dict[str, dict] = {}

    def add(self, result: DocumentResult) -> None:
        for actor in result.actors:
            self._actors.setdefault(actor.id, actor)
        for mention in result.mentions:
            self._mentions[mention.actor.id] += 1
        self._documents[result.doc] = {"id": result.doc, "dct": result.dct, "title": result.title,
                                       "url": result.url}
        for event in result.events:
            self._events.append(event)
            if event.target and event.target != event.source:
                key = (event.source, event.target)
                self._relations.setdefault(key, Relation(*key)).events.append(event)

    def events(self) -> list[Event]:
        return list(self._events)

    def actors(self) -> dict[str, Actor]:
        return dict(self._actors)

    def documents(self) -> dict[str, dict]:
        return dict(self._documents)

    def graph(self, *, rollup: bool = False) -> nx.MultiDiGraph:
        """The graph; with ``rollup``, people are merged into what they act for."""
        graph = nx.MultiDiGraph()
        used = {a for pair in self._relations for a in pair}
        used |= {e.source for e in self._events}
        for actor_id in sorted(used):
            self._add_node(graph, actor_id)
        for actor_id in list(graph.nodes):
            actor = self._actors.get(actor_id)
            if actor and actor.affiliation and actor.affiliation != actor_id:
                self._add_node(graph, actor.affiliation)
                graph.add_edge(actor_id, actor.affiliation, key="affiliation", kind="affiliation",
                               weight=1, cooperation=0.0, first_date="", last_date="",
                               event_types="")
        for (source, target), relation in sorted(self._relations.items()):
            graph.add_edge(source, target, key="relation", **relation.attributes())
        return rolled_up(graph) if rollup else graph

    def _add_node(self, graph: nx.MultiDiGraph, actor_id: str) -> None:
        if actor_id in graph:
            return
        actor = self._actors.get(actor_id) or Actor(actor_id, actor_id, "group")
        graph.add_node(actor_id, label=actor.label, kind=actor.kind, country=actor.country or "",
                       sector=actor.sector or "", role=actor.role or "",
                       mentions=self._mentions.get(actor_id, 0))


def rolled_up(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy with every person merged into what it acts for (the caller's graph is unchanged)."""
    home = {u: v for u, v, k in graph.edges(keys=True) if k == "affiliation"}
    out = nx.MultiDiGraph()
    for node, data in graph.nodes(data=True):
        if node not in home:
            out.add_node(node, **data)
    merged: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for u, v, k, data in graph.edges(keys=True, data=True):
        if k != "relation":
            continue
        su, sv = home.get(u, u), home.get(v, v)
        if su != sv:
            merged[(su, sv)].append(data)
    for (u, v), parts in merged.items():
        weight = sum(p["weight"] for p in parts)
        firsts = sorted((p["first_date"] for p in parts if p["first_date"]), key=timex_sort_key)
        lasts = sorted((p["last_date"] for p in parts if p["last_date"]), key=timex_sort_key)
        types = list(dict.fromkeys(t for p in parts for t in p["event_types"].split("|") if t))
        out.add_edge(u, v, key="relation", kind="relation", weight=weight,
                     cooperation=round(sum(p["cooperation"] * p["weight"] for p in parts) / weight, 3),
                     first_date=firsts[0] if firsts else "", last_date=lasts[-1] if lasts else "",
                     event_types="|".join(types),
                     events="|".join(p.get("events", "") for p in parts if p.get("events")))
    return out


def actor_nodes(graph: nx.MultiDiGraph) -> list[str]:
    return [n for n, kind in graph.nodes(data="kind") if kind in ACTOR_KINDS]
