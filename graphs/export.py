"""Exports with shared verbs, never mutating the caller's graph.

Graph formats (``write_graphml``, ``write_gexf``, ``write_json``) take the graph that
``graphs.build`` makes; event formats (``write_events_csv``, ``write_timelinejs``,
``write_events_jsonl``) take the events. Attribute types come from an explicit table, so
``weight`` is always an int and ``cooperation`` a double whatever Python type a value happens to
have, and a value of a type no format can hold (a dict, an object) fails loudly.

>>> import io, networkx as nx
>>> g = nx.MultiDiGraph(); _ = g.add_edge("RUS", "SYR", key="relation", weight=2.0)
>>> buf = io.BytesIO(); write_graphml(g, buf)
>>> list(nx.read_graphml(io.BytesIO(buf.getvalue())).edges(data=True))
[('RUS', 'SYR', {'weight': 2, 'id': 'relation'})]
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping
from pathlib import Path
from types import TracebackType
from typing import IO, Any

import networkx as nx

from timeline.errors import TimelineError
from timeline.records import Actor, Event

__all__ = sorted([
    "EDGE_TYPES", "EXPORT_FORMATS", "EventWriter", "NODE_TYPES", "QUAD_CLASSES", "export",
    "quad_class", "read_events_jsonl", "read_graphml", "timex_span", "write_events_csv",
    "write_events_jsonl", "write_gexf", "write_graphml", "write_json", "write_timelinejs",
])

#: Attribute name -> Python type; attributes not listed are strings.
NODE_TYPES: dict[str, type] = {"label": str, "kind": str, "country": str, "sector": str,
                               "role": str, "mentions": int}
EDGE_TYPES: dict[str, type] = {"kind": str, "weight": int, "cooperation": float,
                               "first_date": str, "last_date": str, "event_types": str,
                               "counts": str, "events": str, "reports": int, "sources": str}

#: Values a format can hold as they are; lists and tuples are joined with "|" (GraphML and GEXF
#: have no list type, and the contract forbids list-valued attributes).
_SCALARS = (str, int, float, bool)

#: PLOVER type -> quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
#: 4 material conflict (GDELT's QuadClass).
QUAD_CLASSES: dict[str, int] = {
    **dict.fromkeys(("AGREE", "CONSULT", "SUPPORT", "CONCEDE"), 1),
    **dict.fromkeys(("COOPERATE", "AID", "RETREAT"), 2),
    **dict.fromkeys(("REQUEST", "ACCUSE", "REJECT", "THREATEN"), 3),
    **dict.fromkeys(("PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"), 4),
}
QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
              4: "material conflict"}


def quad_class(event: Event) -> int | None:
    """The event's quad class: its own if a stage set one, else from its type.

    >>> quad_class(Event("e", "d", None, None, None, "RUS", None, "ACCUSE", "", 0, 0))
    3
    """
    return event.quad or QUAD_CLASSES.get(event.type)


# --- TIMEX3 values to day ranges -----------------------------------------------------------

_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "AU": (9, 11), "WI": (12, 14)}


def timex_span(value: str | None) -> tuple[dt.date, dt.date, str] | None:
    """The first and last day a TIMEX3 value covers, and its granularity; None if it has no
    place on a calendar (``PRESENT_REF``, ``P3D``, ``XXXX-02-11``).

    >>> timex_span("2016-W06")
    (datetime.date(2016, 2, 8), datetime.date(2016, 2, 14), 'week')
    >>> timex_span("2016-02")[1]
    datetime.date(2016, 2, 29)
    """
    if not value:
        return None
    try:
        return _span(value)
    except ValueError:  # 2016-02-30, week 54: not on a calendar either
        return None


def _span(value: str) -> tuple[dt.date, dt.date, str] | None:
    if m := re.match(r"(\d{4})-(\d\d)-(\d\d)", value):
        day = dt.date(*map(int, m.groups()))
        return day, day, "day"
    if m := re.match(r"(\d{4})-W(\d\d)(?:-(\d|WE))?$", value):
        year, week, part = int(m[1]), int(m[2]), m[3]
        monday = dt.date.fromisocalendar(year, week, 1)
        if part == "WE":
            return monday + dt.timedelta(5), monday + dt.timedelta(6), "weekend"
        if part:
            day = monday + dt.timedelta(int(part) - 1)
            return day, day, "day"
        return monday, monday + dt.timedelta(6), "week"
    if m := re.match(r"(\d{4})-(\d\d)$", value):
        return _months(int(m[1]), int(m[2]), int(m[2]), "month")
    if m := re.match(r"(\d{4})-Q([1-4])$", value):
        q = int(m[2])
        return _months(int(m[1]), 3 * q - 2, 3 * q, "quarter")
    if m := re.match(r"(\d{4})-H([12])$", value):
        h = int(m[2])
        return _months(int(m[1]), 6 * h - 5, 6 * h, "half")
    if m := re.match(r"(\d{4})-(SP|SU|FA|AU|WI)$", value):
        first, last = _SEASONS[m[2]]
        return _months(int(m[1]), first, last, "season")
    if m := re.match(r"(\d{4})$", value):
        return _months(int(m[1]), 1, 12, "year")
    if m := re.match(r"(\d{3})$", value):
        return dt.date(int(m[1]) * 10, 1, 1), dt.date(int(m[1]) * 10 + 9, 12, 31), "decade"
    if m := re.match(r"(\d\d)$", value):
        return dt.date(int(m[1]) * 100, 1, 1), dt.date(int(m[1]) * 100 + 99, 12, 31), "century"
    return None


def _months(year: int, first: int, last: int, granularity: str) -> tuple[dt.date, dt.date, str]:
    # ``last`` may run into the next year (winter is December to February).
    end_year, end_month = year + (last - 1) // 12, (last - 1) % 12 + 1
    following = dt.date(end_year + end_month // 12, end_month % 12 + 1, 1)
    return dt.date(year, first, 1), following - dt.timedelta(1), granularity


# --- typed attributes ----------------------------------------------------------------------


def _typed(data: Mapping[str, Any], table: Mapping[str, type], fmt: str) -> dict[str, Any]:
    out = {}
    for key, value in data.items():
        kind = table.get(key, str)
        if value is None:
            value = kind()
        elif isinstance(value, (list, tuple)):
            value = "|".join(map(str, value))
        elif not isinstance(value, _SCALARS):
            raise TypeError(f"{fmt} does not support type {type(value).__name__} as data values "
                            f"({key}={value!r}); convert it to str, int, float or a list first")
        value = kind(value)
        out[key] = xml_safe(value) if isinstance(value, str) else value
    return out


#: Characters XML 1.0 forbids (control characters but tab and line breaks, non-characters).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_safe(text: str) -> str:
    """``text`` without the characters XML cannot hold (GraphML and GEXF are XML).

    >>> xml_safe("a\x01b")
    'ab'
    """
    return _NOT_XML.sub("", text)


def _typed_copy(graph: nx.MultiDiGraph, fmt: str) -> nx.MultiDiGraph:
    copy = nx.MultiDiGraph()
    for node, data in graph.nodes(data=True):
        copy.add_node(xml_safe(node), **_typed(data, NODE_TYPES, fmt))
    for u, v, key, data in graph.edges(keys=True, data=True):
        copy.add_edge(xml_safe(u), xml_safe(v), key=key, **_typed(data, EDGE_TYPES, fmt))
    return copy


# --- graph formats -------------------------------------------------------------------------


def write_graphml(graph: nx.MultiDiGraph, path: str | Path | IO[bytes]) -> None:
    """Write ``graph`` as GraphML with typed attributes, on a copy of the graph."""
    from networkx.readwrite.graphml import GraphMLWriter

    writer = GraphMLWriter(encoding="utf-8", prettyprint=True)
    writer.add_graph_element(_typed_copy(graph, "GraphML"))
    # networkx declares every Python int as "long"; the contract (and Gephi, yEd) read "int".
    for key in writer.xml.iter("key"):
        if key.get("attr.type") == "long":
            key.set("attr.type", "int")
    if isinstance(path, (str, Path)):
        with open(path, "wb") as handle:
            writer.dump(handle)
    else:
        writer.dump(path)


def read_graphml(path: str | Path) -> nx.MultiDiGraph:
    """A graph written by ``write_graphml``, with edge keys ``relation``/``affiliation`` again."""
    raw = nx.read_graphml(str(path), force_multigraph=True)
    graph = nx.MultiDiGraph()
    graph.add_nodes_from(raw.nodes(data=True))
    for u, v, key, data in raw.edges(keys=True, data=True):
        graph.add_edge(u, v, key=data.get("kind") or key, **data)
    return graph


def write_json(graph: nx.MultiDiGraph, path: str | Path | IO[str]) -> None:
    """Write node-link JSON that ``networkx.node_link_graph(data, edges="links")`` reads back.

    >>> import io; g = nx.MultiDiGraph(); g.add_node("RUS", label="Russia")
    >>> buf = io.StringIO(); write_json(g, buf); json.loads(buf.getvalue())["nodes"]
    [{'label': 'Russia', 'id': 'RUS'}]
    """
    data = nx.node_link_data(_typed_copy(graph, "JSON"), edges="links")
    with _open(path, "w") as handle:
        json.dump(data, handle, ensure_ascii=False, indent=1)
        handle.write("\n")


_GEXF_NS = "http://gexf.net/1.3"
_GEXF_TYPES = {str: "string", int: "integer", float: "double", bool: "boolean"}


def write_gexf(graph: nx.MultiDiGraph, path: str | Path | IO[bytes], *,
               events: Iterable[Event] = ()) -> None:
    """Write GEXF 1.3 with dynamic edges, so Gephi's timeline can play the relations.

    Each relation edge gets one ``<spell>`` per event (from ``events``, matched through the
    edge's ``events`` ids) spanning the days its TIMEX3 date covers; without events, one spell
    from ``first_date`` to ``last_date``. Undated relations and affiliations have no spells,
    which Gephi reads as always present.
    """
    copy = _typed_copy(graph, "GEXF")
    by_id = {e.id: e for e in events}
    root = ET.Element("gexf", {"xmlns": _GEXF_NS, "version": "1.3"})
    meta = ET.SubElement(root, "meta")
    ET.SubElement(meta, "creator").text = "timeline-graph"
    body = ET.SubElement(root, "graph", {"mode": "dynamic", "defaultedgetype": "directed",
                                         "timeformat": "date", "timerepresentation": "interval"})
    node_ids = _declare(body, "node", copy.nodes(data=True), NODE_TYPES, skip={"label"})
    edge_ids = _declare(body, "edge", (d for *_, d in copy.edges(data=True)), EDGE_TYPES,
                        skip={"weight"})
    nodes = ET.SubElement(body, "nodes")
    for node, data in copy.nodes(data=True):
        element = ET.SubElement(nodes, "node", {"id": str(node), "label": str(data.get("label", node))})
        _attvalues(element, data, node_ids)
    edges = ET.SubElement(body, "edges")
    for number, (u, v, key, data) in enumerate(copy.edges(keys=True, data=True)):
        element = ET.SubElement(edges, "edge", {
            "id": str(number), "source": str(u), "target": str(v), "label": str(key),
            "weight": str(data.get("weight", 1))})
        _attvalues(element, data, edge_ids)
        spells = _spells(data, by_id)
        if spells:
            parent = ET.SubElement(element, "spells")
            for start, end in spells:
                ET.SubElement(parent, "spell", {"start": start.isoformat(), "end": end.isoformat()})
    ET.indent(root)
    tree = ET.ElementTree(root)
    if isinstance(path, (str, Path)):
        tree.write(str(path), encoding="utf-8", xml_declaration=True)
    else:
        tree.write(path, encoding="utf-8", xml_declaration=True)


def _declare(body: ET.Element, cls: str, items: Iterable, table: Mapping[str, type],
             skip: set[str]) -> dict[str, str]:
    names: dict[str, type] = {}
    for item in items:
        data = item[1] if isinstance(item, tuple) else item
        for key, value in data.items():
            if key not in skip:
                names.setdefault(key, type(value))
    attributes = ET.SubElement(body, "attributes", {"class": cls, "mode": "static"})
    ids = {}
    for number, (name, kind) in enumerate(names.items()):
        ids[name] = str(number)
        ET.SubElement(attributes, "attribute", {"id": str(number), "title": name,
                                                "type": _GEXF_TYPES[table.get(name, kind)]})
    return ids


def _attvalues(element: ET.Element, data: Mapping[str, Any], ids: Mapping[str, str]) -> None:
    values = [(ids[k], v) for k, v in data.items() if k in ids]
    if values:
        parent = ET.SubElement(element, "attvalues")
        for ident, value in values:
            text = str(value).lower() if isinstance(value, bool) else str(value)
            ET.SubElement(parent, "attvalue", {"for": ident, "value": text})


def _spells(data: Mapping[str, Any], events: Mapping[str, Event]) -> list[tuple[dt.date, dt.date]]:
    spans = []
    for event_id in filter(None, str(data.get("events", "")).split("|")):
        event = events.get(event_id)
        span = timex_span(event.date) if event else None
        if span:
            spans.append(span[:2])
    if not spans:
        first, last = timex_span(data.get("first_date")), timex_span(data.get("last_date"))
        if first and last:
            spans.append((first[0], last[1]))
    # GEXF forbids overlapping spells on one element: merge them.
    merged: list[tuple[dt.date, dt.date]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1] + dt.timedelta(1):
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


# --- event formats -------------------------------------------------------------------------

#: Columns of ``write_events_csv``: GDELT 2.0 event names where GDELT has one.
CSV_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "DateValue", "DateText", "Actor1Code", "Actor1Name",
    "Actor1CountryCode", "Actor1Type1Code", "Actor2Code", "Actor2Name", "Actor2CountryCode",
    "Actor2Type1Code", "EventType", "EventCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "Mode", "SOURCEURL", "DocId", "DocTitle", "Sources", "Sentence",
)


def write_events_csv(events: Iterable[Event], path: str | Path | IO[str], *,
                     actors: Mapping[str, Actor] | None = None,
                     documents: Mapping[str, Mapping] | None = None) -> None:
    """Write one event a row with GDELT-like columns (``CSV_COLUMNS``).

    ``SQLDATE`` is the first day the event's date covers (YYYYMMDD), ``DateValue`` the TIMEX3
    value itself so a month-level date is not mistaken for its first day.
    """
    actors, documents = actors or {}, documents or {}
    with _open(path, "w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(CSV_COLUMNS)
        for event in events:
            span = timex_span(event.date)
            doc = documents.get(event.doc) or {}
            cameo = event.cameo or ""
            writer.writerow([
                event.id, span[0].strftime("%Y%m%d") if span else "", event.date or "",
                event.date_text or "",
                *_actor_columns(event.source, actors), *_actor_columns(event.target, actors),
                event.type, cameo, cameo[:2], quad_class(event) or "",
                round(float(event.cooperation), 3), event.mentions, event.mode,
                doc.get("url") or "", event.doc, doc.get("title") or "",
                "|".join(event.sources or (event.doc,)), event.sentence,
            ])


def _actor_columns(actor_id: str | None, actors: Mapping[str, Actor]) -> list[str]:
    if not actor_id:
        return ["", "", "", ""]
    actor = actors.get(actor_id)
    if actor is None:
        return [actor_id, actor_id, "", ""]
    return [actor.id, actor.label, actor.country or "", actor.sector or ""]


def write_timelinejs(events: Iterable[Event], path: str | Path | IO[str], *,
                     actors: Mapping[str, Actor] | None = None,
                     documents: Mapping[str, Mapping] | None = None,
                     title: str = "Timeline") -> None:
    """Write TimelineJS 3 JSON: one slide per dated event; undated events are left out.

    TimelineJS renders ``text`` fields as HTML, so every value from an article is escaped here.
    """
    actors, documents = actors or {}, documents or {}
    slides = []
    for event in events:
        span = timex_span(event.date)
        if not span:
            continue
        start, end, granularity = span
        names = [_label(event.source, actors)] + ([_label(event.target, actors)]
                                                 if event.target else [])
        doc = documents.get(event.doc) or {}
        credit = doc.get("title") or doc.get("url") or event.doc
        slide = {
            "unique_id": _slug(event.id),
            "start_date": _tl_date(start, granularity),
            "text": {"headline": html.escape(f"{event.type}: {' → '.join(names)}"),
                     "text": "<p>" + html.escape(event.sentence) + "</p>"},
            "group": event.type,
            "display_date": html.escape(event.date_text or event.date or ""),
            "media": {"url": "", "credit": html.escape(str(credit))},
        }
        if end != start:
            slide["end_date"] = _tl_date(end, granularity)
        slides.append(slide)
    data = {"title": {"text": {"headline": html.escape(title), "text": ""}}, "events": slides}
    with _open(path, "w") as handle:
        json.dump(data, handle, ensure_ascii=False, indent=1)
        handle.write("\n")


def _tl_date(day: dt.date, granularity: str) -> dict[str, str]:
    out = {"year": str(day.year)}
    if granularity not in ("year", "decade", "century"):
        out["month"] = str(day.month)
        if granularity not in ("month", "quarter", "half", "season"):
            out["day"] = str(day.day)
    return out


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]+", "-", text).strip("-") or "event"


def _label(actor_id: str | None, actors: Mapping[str, Actor]) -> str:
    actor = actors.get(actor_id or "")
    return actor.label if actor else (actor_id or "")


# --- events.jsonl --------------------------------------------------------------------------


def event_dict(event: Event) -> dict:
    """An event as one line of events.jsonl: the contract's fields first, then the rest."""
    data = event.to_dict()
    head = {k: data.pop(k) for k in ("id", "date", "date_text", "source", "target", "type",
                                     "sentence", "doc")}
    return head | data


def write_events_jsonl(events: Iterable[Event], path: str | Path) -> None:
    with EventWriter(path) as out:
        out.write_all(events)


def read_events_jsonl(path: str | Path) -> list[Event]:
    """Events from an ``events.jsonl`` written by ``timeline build``."""
    from timeline.errors import bad_jsonl

    events = []
    with Path(path).open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                events.append(Event.from_dict(json.loads(line)))
            except (json.JSONDecodeError, TypeError, AttributeError) as exc:
                raise bad_jsonl(str(path), number, str(exc)) from exc
    return events


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


# --- one call for the CLI ------------------------------------------------------------------

EXPORT_FORMATS = ("graphml", "gexf", "json", "csv", "timelinejs")


def export(source: str | Path, out: str | Path, fmt: str) -> int:
    """Convert a build's output to ``fmt``; returns how many nodes or events were written.

    ``source`` is a ``timeline build`` output folder, or an ``events.jsonl`` file (the graph is
    then read from a ``graph.graphml`` beside it, or rebuilt from the events alone).
    """
    if fmt not in EXPORT_FORMATS:
        raise TimelineError("E020", f"unknown export format {fmt!r}",
                            f"use one of {', '.join(EXPORT_FORMATS)}")
    source = Path(source)
    folder, events_path = (source, source / "events.jsonl") if source.is_dir() else \
        (source.parent, source)
    if not events_path.is_file():
        raise TimelineError("E021", f"no events.jsonl in {source}",
                            "pass the folder `timeline build --out` wrote, or its events.jsonl")
    events = read_events_jsonl(events_path)
    graph = _graph_for(folder, events)
    if fmt in ("csv", "timelinejs"):
        actors = {str(n): Actor(str(n), str(d.get("label") or n), str(d.get("kind") or ""),
                                d.get("country") or None, d.get("sector") or None)
                  for n, d in graph.nodes(data=True)}
        if fmt == "csv":
            write_events_csv(events, out, actors=actors)
        else:
            write_timelinejs(events, out, actors=actors, title=folder.name or "Timeline")
        return len(events)
    if fmt == "graphml":
        write_graphml(graph, out)
    elif fmt == "gexf":
        write_gexf(graph, out, events=events)
    else:
        write_json(graph, out)
    return graph.number_of_nodes()


def _graph_for(folder: Path, events: list[Event]) -> nx.MultiDiGraph:
    graphml = folder / "graph.graphml"
    if graphml.is_file():
        return read_graphml(graphml)
    from timeline.records import DocumentResult

    from .build import GraphBuilder

    builder = GraphBuilder()
    for event in events:
        builder.add(DocumentResult(event.doc, None, None, None, "", events=(event,)))
    return builder.graph()


class _open:
    """A path is opened (and closed); an open file is used as it is."""

    def __init__(self, target: str | Path | IO, mode: str, **kwargs: Any) -> None:
        self.target, self.mode, self.kwargs, self._owned = target, mode, kwargs, None

    def __enter__(self) -> IO:
        if isinstance(self.target, (str, Path)):
            self._owned = Path(self.target).open(self.mode, encoding="utf-8", **self.kwargs)
            return self._owned
        return self.target

    def __exit__(self, *exc: object) -> None:
        if self._owned:
            self._owned.close()
