"""Events to a networkx graph: actors as nodes, relations and affiliations as edges.

The graph is a ``MultiDiGraph`` keyed by edge kind: one ``relation`` edge per ordered actor pair
(source acts on target), aggregated from its events, and one ``affiliation`` edge from a person
to what it acts for. The same event reported by several documents (same date, source, target and
type) counts once, with every document kept (see ``timeline.events.merge_duplicates``).

Relation attributes: ``weight`` (distinct events), ``cooperation`` (their mean score),
``first_date``/``last_date``, ``event_types`` (most frequent first), ``counts``
(``ASSAULT:2|ACCUSE:1``), ``events`` (the evidence: event ids), ``reports`` (documents' reports
of those events) and ``sources`` (the documents).

>>> from timeline.records import Actor, Event, DocumentResult
>>> ru, sy = Actor("RUS", "Russia", "country", "RUS"), Actor("SYR", "Syria", "country", "SYR")
>>> ev = Event("e1", "d", "2016-02-11", "Thursday", "timex", "RUS", "SYR", "SUPPORT", "s", 0, 1,
...            cooperation=3.4)
>>> b = GraphBuilder()
>>> b.add(DocumentResult("d", None, None, None, "", actors=(ru, sy), events=(ev,)))
>>> g = b.graph(); g.edges["RUS", "SYR", "relation"]["weight"]
1
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import networkx as nx

from timeline.events import merge_duplicates
from timeline.records import ACTOR_KINDS, Actor, DocumentResult, Event

__all__ = ["GraphBuilder", "Relation", "actor_nodes", "relations_of", "rolled_up",
           "timex_sort_key"]

#: Finds an actor the documents did not mention (a person's country): id -> Actor or None.
Lookup = Callable[[str], "Actor | None"]


@dataclass
class Relation:
    """The events behind one ordered actor pair."""

    source: str
    target: str
    events: list[Event] = field(default_factory=list)

    def attributes(self) -> dict:
        return _aggregate(self.events)


def _aggregate(events: list[Event]) -> dict:
    dates = sorted((e.date for e in events if e.date), key=timex_sort_key)
    types = Counter(e.type for e in events)
    weight = len(events)
    coop = sum(e.cooperation for e in events) / weight if weight else 0.0
    documents = dict.fromkeys(d for e in events for d in (e.sources or (e.doc,)))
    return {
        "kind": "relation",
        "weight": weight,
        "cooperation": round(coop, 3),
        "first_date": dates[0] if dates else "",
        "last_date": dates[-1] if dates else "",
        "event_types": "|".join(t for t, _ in types.most_common()),
        "counts": _counts(types),
        "events": "|".join(e.id for e in events),
        "reports": sum(e.mentions for e in events),
        "sources": "|".join(documents),
    }


def _counts(types: Counter[str]) -> str:
    return "|".join(f"{t}:{n}" for t, n in types.most_common())


def _parse_counts(text: str) -> Counter[str]:
    out: Counter[str] = Counter()
    for part in filter(None, text.split("|")):
        name, _, n = part.partition(":")
        out[name] += int(n or 1)
    return out


def timex_sort_key(value: str) -> str:
    """Sort TIMEX3 values in time; a coarser value sorts before the days it holds."""
    return value if value and value[:1].isdigit() else "9999"


def relations_of(events: Iterable[Event]) -> dict[tuple[str, str], Relation]:
    """Events grouped by ordered actor pair; events without a target make no relation."""
    relations: dict[tuple[str, str], Relation] = {}
    for event in events:
        if event.target and event.target != event.source:
            key = (event.source, event.target)
            relations.setdefault(key, Relation(*key)).events.append(event)
    return relations


class GraphBuilder:
    """Accumulates documents' results; ``graph()`` makes the networkx graph at the end.

    ``lookup`` finds actors no document mentioned, such as the country a person acts for; by
    default the knowledge base of ``timeline.actors`` is asked, when it can be loaded.
    """

    def __init__(self, *, lookup: Lookup | None = None) -> None:
        self._actors: dict[str, Actor] = {}
        self._mentions: Counter[str] = Counter()
        self._events: list[Event] = []
        self._documents: dict[str, dict] = {}
        self._lookup = lookup

    def add(self, result: DocumentResult) -> None:
        for actor in result.actors:
            self._actors.setdefault(actor.id, actor)
        for mention in result.mentions:
            self._actors.setdefault(mention.actor.id, mention.actor)
            self._mentions[mention.actor.id] += 1
        self._documents[result.doc] = {"id": result.doc, "dct": result.dct, "title": result.title,
                                       "url": result.url}
        self._events.extend(result.events)

    def events(self) -> list[Event]:
        """Every event once: reports of the same event by several documents are merged."""
        return merge_duplicates(self._events)

    def actors(self) -> dict[str, Actor]:
        return dict(self._actors)

    def documents(self) -> dict[str, dict]:
        return dict(self._documents)

    def relations(self) -> dict[tuple[str, str], Relation]:
        return relations_of(self.events())

    def graph(self, *, rollup: bool = False) -> nx.MultiDiGraph:
        """The graph; with ``rollup``, people are merged into what they act for."""
        graph = nx.MultiDiGraph()
        events = self.events()
        relations = relations_of(events)
        used = {a for pair in relations for a in pair} | {e.source for e in events}
        # People, organisations and groups the documents mention are nodes, related or not; a
        # country is one when it takes part in an event or someone acts for it, because a
        # country's name is often only a place ("the quagmires of Afghanistan and Iraq").
        used |= {a for a, actor in self._actors.items()
                 if actor.is_actor and actor.kind != "country"}
        for actor_id in sorted(used):
            self._add_node(graph, actor_id)
        pending = list(graph.nodes)
        while pending:  # affiliations of affiliations: a person's institute and its country
            actor_id = pending.pop()
            actor = self._actors.get(actor_id)
            if actor and actor.affiliation and actor.affiliation != actor_id and \
                    not graph.has_edge(actor_id, actor.affiliation, "affiliation"):
                if actor.affiliation not in graph:
                    self._add_node(graph, actor.affiliation)
                    pending.append(actor.affiliation)
                graph.add_edge(actor_id, actor.affiliation, key="affiliation", kind="affiliation",
                               weight=1, cooperation=0.0, first_date="", last_date="",
                               event_types="")
        for (source, target), relation in sorted(relations.items()):
            graph.add_edge(source, target, key="relation", **relation.attributes())
        return rolled_up(graph) if rollup else graph

    def _add_node(self, graph: nx.MultiDiGraph, actor_id: str) -> None:
        if actor_id in graph:
            return
        actor = self._actors.get(actor_id) or self._find(actor_id) or \
            Actor(actor_id, actor_id, "group")
        graph.add_node(actor_id, label=actor.label, kind=actor.kind, country=actor.country or "",
                       sector=actor.sector or "", role=actor.role or "",
                       mentions=self._mentions.get(actor_id, 0))

    def _find(self, actor_id: str) -> Actor | None:
        if self._lookup is None:
            self._lookup = _default_lookup()
        actor = self._lookup(actor_id)
        if actor is not None:
            self._actors[actor_id] = actor
        return actor


def _default_lookup() -> Lookup:
    try:
        from timeline.actors import load_kb

        kb = load_kb()
        find = getattr(kb, "actor", None)
    except Exception:  # the knowledge base is optional here: a bare node is still a node
        find = None
    return find if callable(find) else (lambda actor_id: None)


def rolled_up(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy with every person merged into what it acts for (the caller's graph is unchanged)."""
    home = {u: v for u, v, k in graph.edges(keys=True)
            if k == "affiliation" and graph.nodes[u].get("kind") == "person"}
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
        out.add_edge(u, v, key="relation", **_merge_parts(parts))
    return out


def _merge_parts(parts: list[dict]) -> dict:
    weight = sum(p["weight"] for p in parts)
    firsts = sorted((p["first_date"] for p in parts if p["first_date"]), key=timex_sort_key)
    lasts = sorted((p["last_date"] for p in parts if p["last_date"]), key=timex_sort_key)
    counts: Counter[str] = Counter()
    for p in parts:
        counts += _parse_counts(p.get("counts", "")) or Counter(
            t for t in p["event_types"].split("|") if t)
    cooperation = sum(p["cooperation"] * p["weight"] for p in parts) / weight if weight else 0.0
    return {
        "kind": "relation", "weight": weight, "cooperation": round(cooperation, 3),
        "first_date": firsts[0] if firsts else "", "last_date": lasts[-1] if lasts else "",
        "event_types": "|".join(t for t, _ in counts.most_common()),
        "counts": _counts(counts),
        "events": "|".join(p.get("events", "") for p in parts if p.get("events")),
        "reports": sum(int(p.get("reports", p["weight"])) for p in parts),
        "sources": "|".join(dict.fromkeys(s for p in parts
                                          for s in str(p.get("sources", "")).split("|") if s)),
    }


def actor_nodes(graph: nx.MultiDiGraph) -> list[str]:
    return [n for n, kind in graph.nodes(data="kind") if kind in ACTOR_KINDS]
