"""graph.html and timeline.html as files: one file each, nothing linked, data escaped and ordered."""

from __future__ import annotations

import json
import re

import networkx as nx
import pytest

from graphs.build import GraphBuilder
from graphs.page import BIG_GRAPH, edge_colour, graph_data, graph_page
from timeline.page import embed_json, timeline_data, timeline_page
from timeline.records import Actor, DocumentResult, Event

XSS_SCRIPT = "<script>alert(1)</script>"
XSS_IMG = "<img src=x onerror=alert(1)>"

RUS = Actor("RUS", "Russia", "country", "RUS")
USA = Actor("USA", "United States", "country", "USA")
SYR = Actor("SYR", "Syria", "country", "SYR")
KERRY = Actor("person:john-kerry", "John Kerry", "person", "USA", "GOV", "Secretary of State", "USA")
LAVROV = Actor("person:sergei-lavrov", "Sergei Lavrov", "person", "RUS", "GOV",
               "Minister of Foreign Affairs", "RUS")
OPP = Actor("SYR-OPP", "Syrian opposition", "group", "SYR", "OPP")
UN = Actor("UN", "United Nations", "organization", None, "IGO")
ACTORS = (RUS, USA, SYR, KERRY, LAVROV, OPP, UN)

#: (id, date, source, target, type, cooperation, sentence)
EVENTS = [
    ("e1", "2016-02-11", "person:john-kerry", "person:sergei-lavrov", "CONSULT", 1.0,
     "Kerry met Lavrov in Munich on Thursday."),
    ("e2", "2016-02", "RUS", "SYR", "AID", 7.0, "Russia backed Syrian government forces this month."),
    ("e3", "2016-W06", "SYR", "SYR-OPP", "ASSAULT", -10.0,
     f"Government forces shelled the opposition near Aleppo {XSS_SCRIPT} {XSS_IMG}."),
    ("e4", "2016-02-01", "SYR", "SYR-OPP", "ASSAULT", -10.0, "The offensive began on February 1."),
    ("e5", "2016-03-01", "USA", "RUS", "ACCUSE", -2.0, "Washington accused Moscow of bombing civilians."),
    ("e6", None, "UN", "SYR", "REQUEST", -1.0, "The UN called for humanitarian access."),
    ("e7", "2016-02-12", "person:sergei-lavrov", "person:john-kerry", "AGREE", 4.0,
     "Lavrov and Kerry agreed on a cessation of hostilities."),
]


def corpus(events=EVENTS, actors=ACTORS):
    """A GraphBuilder fed with two documents of the events above, and their documents."""
    documents = {
        "a": ("Ceasefire talks in Munich " + XSS_SCRIPT, "https://example.org/munich"),
        "b": ("Aleppo offensive", "javascript:alert(1)"),
    }
    records = [Event(i, "a" if n % 2 else "b", date, "Thursday" if date else None,
                     "timex" if date else None, s, t, ty, sentence, 0, len(sentence),
                     cooperation=coop)
               for n, (i, date, s, t, ty, coop, sentence) in enumerate(events)]
    builder = GraphBuilder()
    for doc, (title, url) in documents.items():
        builder.add(DocumentResult(doc, "2016-02-11", title, url, "", actors=tuple(actors),
                                   events=tuple(e for e in records if e.doc == doc)))
    return builder


@pytest.fixture()
def builder():
    return corpus()


def snapshot(graph: nx.MultiDiGraph):
    return (sorted((n, sorted(d.items())) for n, d in graph.nodes(data=True)),
            sorted((u, v, k, sorted(d.items())) for u, v, k, d in graph.edges(keys=True, data=True)))


def embedded(page: str, element_id: str):
    match = re.search(rf'<script type="application/json" id="{element_id}">(.*?)</script>', page, re.S)
    assert match, f"no {element_id} in the page"
    return json.loads(match.group(1))


LINKED = re.compile(r"""<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""",
                    re.I)


@pytest.mark.parametrize("which", ["graph", "timeline"])
def test_page_is_one_file_that_links_nothing(builder, which):
    page = (graph_page(builder.graph(), events=builder.events(), documents=builder.documents())
            if which == "graph" else
            timeline_page(builder.events(), builder.actors(), builder.documents()))
    assert not LINKED.search(page)
    assert not re.search(r"""\b(?:src|href)\s*=\s*["']?https?:""", page, re.I)
    assert "<link" not in page
    assert "default-src 'none'" in page  # the CSP forbids fetching anything at all


@pytest.mark.parametrize("which", ["graph", "timeline"])
def test_article_text_is_escaped_in_the_data(builder, which):
    page = (graph_page(builder.graph(), events=builder.events(), documents=builder.documents())
            if which == "graph" else
            timeline_page(builder.events(), builder.actors(), builder.documents()))
    assert XSS_SCRIPT not in page and XSS_IMG not in page
    assert "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e" in page
    data = embedded(page, f"{which}-data")
    assert any(XSS_SCRIPT in e["x"] for e in data["events"])  # JSON.parse gives it back intact


def test_page_scripts_use_no_innerhtml():
    from importlib import resources

    for package, name in [("graphs", "data/graph.js"), ("timeline", "data/templates/timeline.js")]:
        script = (resources.files(package) / name).read_text(encoding="utf-8")
        assert "innerHTML" not in script and "insertAdjacentHTML" not in script
        assert "document.write" not in script


@pytest.mark.parametrize("text", ["</script>", "<!--", "a & b", "\u2028", "]]>", '"quoted"'])
def test_embed_json_round_trips(text):
    encoded = embed_json({"t": text})
    assert "<" not in encoded and ">" not in encoded and "&" not in encoded
    assert json.loads(encoded) == {"t": text}


@pytest.mark.parametrize("cooperation,colour", [(0.0, "#9a9a9a"), (10.0, "#1a9850"),
                                                (-10.0, "#d73027"), (100.0, "#1a9850")])
def test_edge_colour(cooperation, colour):
    assert edge_colour(cooperation) == colour


def test_edge_colour_moves_from_grey_towards_red_and_green():
    def channels(c):
        colour = edge_colour(c)
        return [int(colour[i:i + 2], 16) for i in (1, 3, 5)]

    conflict = [channels(c) for c in (0, -2, -4, -7)]
    cooperation = [channels(c) for c in (0, 2, 4, 7)]
    assert [r - g for r, g, _ in conflict] == sorted(r - g for r, g, _ in conflict)
    assert [g - r for r, g, _ in cooperation] == sorted(g - r for r, g, _ in cooperation)


def test_graph_data_does_not_mutate_the_graph(builder):
    graph = builder.graph()
    before = snapshot(graph)
    graph_page(graph, events=builder.events(), documents=builder.documents())
    assert snapshot(graph) == before


def test_graph_data_has_both_views_and_event_facets(builder):
    data = graph_data(builder.graph(), events=builder.events(), documents=builder.documents())
    full_ids = {n["id"] for n in data["full"]["nodes"]}
    rollup_ids = {n["id"] for n in data["rollup"]["nodes"]}
    assert "person:john-kerry" in full_ids and "person:john-kerry" not in rollup_ids
    edge = next(e for e in data["full"]["edges"] if (e["from"], e["to"]) == ("SYR", "SYR-OPP"))
    assert edge["w"] == 2 and edge["color"] == edge_colour(-10.0)
    # 2016-W06 covers 8..14 February; 2016-02-01 is one day (days since 1970-01-01).
    assert sorted(f[:2] for f in edge["f"]) == [[16832, 16832], [16839, 16845]]
    kinds = {e["kind"] for e in data["full"]["edges"]}
    assert kinds == {"relation", "affiliation"}
    assert data["docs"]["b"]["url"] == "javascript:alert(1)"  # kept as data; the page never links it


def test_graph_without_events_falls_back_to_edge_dates(builder):
    data = graph_data(builder.graph())
    edge = next(e for e in data["full"]["edges"] if (e["from"], e["to"]) == ("SYR", "SYR-OPP"))
    assert edge["f"] == [[16832, 16845, "ASSAULT"]]


def test_big_graph_comes_placed(builder):
    graph = nx.MultiDiGraph()
    for i in range(BIG_GRAPH + 1):
        graph.add_node(f"n{i}", label=f"N{i}", kind="country", country=f"C{i % 7}")
    data = graph_data(graph)
    assert data["big"] is True
    positions = {(n["x"], n["y"]) for n in data["full"]["nodes"]}
    assert len(positions) == BIG_GRAPH + 1  # no two nodes on the same spot
    assert graph_data(builder.graph())["big"] is False


def test_timeline_places_events_by_granularity(builder):
    data = timeline_data(builder.events(), builder.actors(), builder.documents())
    order = [e["id"] for e in data["events"]]
    labels = [data["groups"][e["g"]]["label"] for e in data["events"]]
    # The month comes before its first day, the week before its days, undated last.
    assert order == ["e2", "e4", "e3", "e1", "e7", "e5", "e6"]
    assert labels[0] == "February 2016"
    assert labels[2] == "Week 6, 2016 (8 Feb – 14 Feb)"
    assert labels[3] == "Thursday 11 February 2016"
    assert labels[-1] == "Undated or unresolved"
    assert data["actors"]["person:john-kerry"] == {"label": "John Kerry", "kind": "person", "n": 2}


def test_timeline_groups_events_of_one_day():
    events = EVENTS + [("e8", "2016-02-11T14:00", "RUS", "USA", "CONSULT", 1.0, "Later that day.")]
    builder = corpus(events)
    data = timeline_data(builder.events(), builder.actors(), builder.documents())
    day = [e["g"] for e in data["events"] if e["id"] in ("e1", "e8")]
    assert len(set(day)) == 1


def test_notebook_show_embeds_the_page_in_srcdoc(builder):
    from graphs.notebook import show

    out = show(builder.graph(), events=builder.events())
    assert out.data.startswith("<div><iframe srcdoc=\"")
    assert "<script>" not in out.data  # the whole page is attribute-escaped
    assert "&lt;script type=&quot;application/json&quot;" in out.data
