"""graph.html: the interactive relationship graph, one file that loads nothing from the network.

vis-network draws it, inlined from pyvis' installed copy; the page around it is the project's
own template (``graphs/data/graph.html``), because pyvis' template links Bootstrap from a CDN and
puts node titles into ``innerHTML`` (pyvis 0.3.2). Data travels as JSON in a
``<script type="application/json">`` and the page builds its text with ``textContent`` only.

Where an edge gets its colour: ``edge_colour`` (conflict red, neutral grey, cooperation green).

>>> edge_colour(0.0), edge_colour(10.0), edge_colour(-10.0)
('#9a9a9a', '#1a9850', '#d73027')
"""

from __future__ import annotations

import html
import math
from collections.abc import Iterable, Mapping
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx

from timeline.page import day_number, embed_json, render_template
from timeline.records import PLOVER_TYPES, Event

from .build import rolled_up
from .export import QUAD_CLASSES, QUAD_NAMES, quad_class, timex_span

__all__ = ["BIG_GRAPH", "KIND_COLOURS", "cluster_layout", "edge_colour", "graph_data", "graph_page",
           "write_graph_page"]

#: Node colour by kind; anything not an actor (a location) is grey.
KIND_COLOURS = {"country": "#4e79a7", "person": "#f28e2b", "organization": "#b07aa1",
                "group": "#9c755f", "other": "#bab0ac"}
AFFILIATION_COLOUR = "#b8b8b8"
#: Above this many nodes the browser runs no physics at all: nodes come placed, clustered by
#: country (``cluster_layout``), vis-network's "improved layout" (quadratic) is off, and edges
#: are straight lines. A force layout of 2,000 nodes and 20,000 edges alone takes the browser
#: longer than the page's 3 s budget (benchmarks/pages.py).
BIG_GRAPH = 500
_GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))

_NEUTRAL, _COOPERATION, _CONFLICT = (0x9A, 0x9A, 0x9A), (0x1A, 0x98, 0x50), (0xD7, 0x30, 0x27)
#: A Goldstein-like score at which the colour is fully green or red; most verbal cooperation
#: (CONSULT, about +1 to +4) would otherwise stay indistinguishable from grey.
_FULL_COLOUR_AT = 7.0


def edge_colour(cooperation: float) -> str:
    """The colour of a relation with this mean cooperation score (-10 .. +10)."""
    t = max(-1.0, min(1.0, cooperation / _FULL_COLOUR_AT))
    end = _COOPERATION if t >= 0 else _CONFLICT
    rgb = (round(a + (b - a) * abs(t)) for a, b in zip(_NEUTRAL, end))
    return "#" + "".join(f"{c:02x}" for c in rgb)


def _node_size(mentions: int) -> float:
    return round(min(45.0, 10 + 5 * math.sqrt(max(0, mentions))), 1)


def _edge_width(weight: int) -> float:
    return round(min(10.0, 1.5 + 1.5 * math.log2(max(1, weight))), 2)


def cluster_layout(nodes: list[dict[str, Any]], spacing: float = 28.0) -> dict[str, tuple[float, float]]:
    """Positions without physics, in linear time: one sunflower of nodes per country (or per
    kind, for actors without one), the clusters themselves on a larger sunflower, biggest first.

    >>> sorted(cluster_layout([{"id": "a", "country": "RUS"}, {"id": "b", "country": "RUS"}]))
    ['a', 'b']
    """
    clusters: dict[str, list[str]] = {}
    for node in nodes:
        clusters.setdefault(node.get("country") or f"kind:{node.get('kind')}", []).append(node["id"])
    ordered = sorted(clusters.values(), key=len, reverse=True)
    if not ordered:
        return {}
    step = 2.2 * spacing * math.sqrt(len(ordered[0]))
    positions = {}
    for j, members in enumerate(ordered):
        cx = step * math.sqrt(j) * math.cos(j * _GOLDEN_ANGLE)
        cy = step * math.sqrt(j) * math.sin(j * _GOLDEN_ANGLE)
        for i, node_id in enumerate(members):
            r = spacing * math.sqrt(i)
            positions[node_id] = (round(cx + r * math.cos(i * _GOLDEN_ANGLE), 1),
                                  round(cy + r * math.sin(i * _GOLDEN_ANGLE), 1))
    return positions


def graph_data(graph: nx.MultiDiGraph, *, events: Iterable[Event] = (),
               documents: Mapping[str, Mapping] | None = None) -> dict[str, Any]:
    """Everything graph.html shows, as plain JSON-able data (the caller's graph is unchanged)."""
    table = _EventTable({e.id: e for e in events}, documents or {})
    full = _view(graph, table, "e")
    rollup = _view(rolled_up(graph), table, "r")
    big = graph.number_of_nodes() > BIG_GRAPH
    if big:
        positions = cluster_layout(full["nodes"])
        for view in (full, rollup):
            for node in view["nodes"]:
                node["x"], node["y"] = positions.get(node["id"], (0.0, 0.0))
    days = [d for e in table.rows for d in (e["s"], e["e"]) if d is not None]
    days += [d for view in (full, rollup) for edge in view["edges"]
             for f in edge["f"] for d in f[:2] if d is not None]
    return {
        "full": full, "rollup": rollup, "events": table.rows, "docs": table.docs,
        "types": list(PLOVER_TYPES), "quads": QUAD_CLASSES,
        "quadNames": {str(k): v for k, v in QUAD_NAMES.items()},
        "kinds": KIND_COLOURS, "minDay": min(days, default=None), "maxDay": max(days, default=None),
        "big": big,
        "colours": {"neutral": edge_colour(0), "cooperation": edge_colour(10),
                    "conflict": edge_colour(-10), "affiliation": AFFILIATION_COLOUR},
    }


class _EventTable:
    """Events referenced by edges, each stored once; edges hold indices into ``rows``."""

    def __init__(self, events: Mapping[str, Event], documents: Mapping[str, Mapping]) -> None:
        self.events, self.documents = events, documents
        self.rows: list[dict[str, Any]] = []
        self.docs: dict[str, dict[str, str]] = {}
        self._index: dict[str, int] = {}

    def index(self, event_id: str) -> int | None:
        if event_id in self._index:
            return self._index[event_id]
        event = self.events.get(event_id)
        if event is None:
            return None
        span = timex_span(event.date)
        self.rows.append({
            "id": event.id, "d": event.date or "", "dt": event.date_text or "",
            "s": day_number(span[0]) if span else None, "e": day_number(span[1]) if span else None,
            "t": event.type, "q": quad_class(event), "x": event.sentence, "doc": event.doc,
            "also": [d for d in event.sources if d != event.doc],
            "m": event.mode if event.mode != "actual" else "", "c": round(float(event.cooperation), 2),
        })
        for doc_id in (event.doc, *event.sources):
            if doc_id not in self.docs:
                doc = self.documents.get(doc_id) or {}
                self.docs[doc_id] = {"title": str(doc.get("title") or ""),
                                     "url": str(doc.get("url") or "")}
        self._index[event_id] = len(self.rows) - 1
        return self._index[event_id]


def _view(graph: nx.MultiDiGraph, table: _EventTable, prefix: str) -> dict[str, list]:
    nodes = []
    for node, data in graph.nodes(data=True):
        kind = str(data.get("kind") or "other")
        nodes.append({
            "id": str(node), "label": str(data.get("label") or node), "kind": kind,
            "country": str(data.get("country") or ""), "role": str(data.get("role") or ""),
            "sector": str(data.get("sector") or ""), "mentions": int(data.get("mentions") or 0),
            "color": KIND_COLOURS.get(kind, KIND_COLOURS["other"]),
            "size": _node_size(int(data.get("mentions") or 0)),
        })
    edges = []
    for number, (u, v, key, data) in enumerate(graph.edges(keys=True, data=True)):
        kind = str(data.get("kind") or key)
        weight = int(data.get("weight") or 1)
        cooperation = float(data.get("cooperation") or 0.0)
        refs = [i for i in (table.index(x) for x in str(data.get("events") or "").split("|") if x)
                if i is not None]
        edges.append({
            "id": f"{prefix}{number}", "from": str(u), "to": str(v), "kind": kind, "w": weight,
            "c": round(cooperation, 2), "first": str(data.get("first_date") or ""),
            "last": str(data.get("last_date") or ""),
            "types": [t for t in str(data.get("event_types") or "").split("|") if t],
            "ev": refs, "f": _facets(data, refs, table) if kind == "relation" else [],
            "color": AFFILIATION_COLOUR if kind == "affiliation" else edge_colour(cooperation),
            "width": 1 if kind == "affiliation" else _edge_width(weight),
        })
    return {"nodes": nodes, "edges": edges}


def _facets(data: Mapping[str, Any], refs: list[int], table: _EventTable) -> list[list]:
    """[first day, last day, type] per event, for the page's time, type and quad filters.

    An edge whose events are unknown (a graph read from elsewhere) falls back to its
    first_date..last_date and each of its event types.
    """
    if refs:
        return [[table.rows[i]["s"], table.rows[i]["e"], table.rows[i]["t"]] for i in refs]
    first, last = timex_span(data.get("first_date")), timex_span(data.get("last_date"))
    start = day_number(first[0]) if first else None
    end = day_number(last[1]) if last else start
    types = [t for t in str(data.get("event_types") or "").split("|") if t] or [""]
    return [[start, end if start is not None else None, t] for t in types]


def graph_page(graph: nx.MultiDiGraph, *, events: Iterable[Event] = (),
               documents: Mapping[str, Mapping] | None = None, title: str = "Actor graph") -> str:
    """graph.html as a string: one file, vis-network and the data inlined."""
    data = graph_data(graph, events=events, documents=documents)
    here = resources.files("graphs") / "data"
    return render_template((here / "graph.html").read_text(encoding="utf-8"), {
        "TITLE": html.escape(title),
        "VIS_CSS": _vis_asset("vis-network.css"),
        "VIS_JS": _vis_asset("vis-network.min.js"),
        "APP_CSS": (here / "graph.css").read_text(encoding="utf-8"),
        "APP_JS": (here / "graph.js").read_text(encoding="utf-8"),
        "DATA": embed_json(data),
    })


def write_graph_page(graph: nx.MultiDiGraph, path: str | Path, *, events: Iterable[Event] = (),
                     documents: Mapping[str, Mapping] | None = None,
                     title: str = "Actor graph") -> None:
    """Write graph.html for ``graph``; ``events`` fill the relations' tooltips and filters."""
    Path(path).write_text(graph_page(graph, events=events, documents=documents, title=title),
                          encoding="utf-8")


def _vis_asset(name: str) -> str:
    """A file of the vis-network build that pyvis ships (pyvis/lib/vis-9.1.2)."""
    text = (resources.files("pyvis") / "lib" / "vis-9.1.2" / name).read_text(encoding="utf-8")
    # Inline <script>/<style> end at the first "</script"/"</style", whatever the context.
    return text.replace("</script", "<\\/script").replace("</style", "<\\/style")
