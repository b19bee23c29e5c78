"""Exports with shared verbs: ``write_graphml``, ``write_events_jsonl``; never mutating the graph.

GraphML attribute types come from an explicit table, so ``weight`` is always an int and
``cooperation`` a double, whatever Python type a value happens to have.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType

import networkx as nx

from timeline.records import Event

__all__ = ["EventWriter", "write_events_jsonl", "write_graphml", "NODE_TYPES", "EDGE_TYPES"]

#: GraphML attribute name -> Python type; anything else is written as a string.
NODE_TYPES: dict[str, type] = {"label": str, "kind": str, "country": str, "sector": str,
                               "role": str, "mentions": int}
EDGE_TYPES: dict[str, type] = {"kind": str, "weight": int, "cooperation": float,
                               "first_date": str, "last_date": str, "event_types": str,
                               "events": str}


def _typed(data: dict, table: dict[str, type]) -> dict:
    out = {}
    for key, value in data.items():
        kind = table.get(key, str)
        if value is None:
            value = kind()
        elif isinstance(value, (list, tuple, set)):
            value = "|".join(map(str, value))
        out[key] = kind(value)
    return out


def write_graphml(graph: nx.MultiDiGraph, path: str | Path) -> None:
    """Write ``graph`` as GraphML with typed attributes, on a copy of the graph."""
    copy = nx.MultiDiGraph()
    for node, data in graph.nodes(data=True):
        copy.add_node(node, **_typed(data, NODE_TYPES))
    for u, v, key, data in graph.edges(keys=True, data=True):
        copy.add_edge(u, v, key=key, **_typed(data, EDGE_TYPES))
    nx.write_graphml(copy, str(path), named_key_ids=False, edge_id_from_attribute=None)


def event_dict(event: Event) -> dict:
    """An event as one line of events.jsonl: the contract's fields first, then the rest."""
    data = event.to_dict()
    head = {k: data.pop(k) for k in ("id", "date", "date_text", "source", "target", "type",
                                     "sentence", "doc")}
    return head | data


def write_events_jsonl(events: Iterable[Event], path: str | Path) -> None:
    with EventWriter(path) as out:
        out.write_all(events)


class EventWriter:
    """Appends events as JSON lines as they come, flushing after each document."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._handle = None

    def __enter__(self) -> EventWriter:
        self._handle = self.path.open("w", encoding="utf-8")
        return self

    def write_all(self, events: Iterable[Event]) -> None:
        assert self._handle is not None, "use EventWriter as a context manager"
        for event in events:
            self._handle.write(json.dumps(event_dict(event), ensure_ascii=False) + "\n")
        self._handle.flush()

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._handle:
            self._handle.close()
