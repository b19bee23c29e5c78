"""Exports: GraphML, GEXF, node-link JSON, CSV and TimelineJS round-trip with the right types."""

from __future__ import annotations

import csv
import datetime as dt
import json
import xml.etree.ElementTree as ET

import networkx as nx
import pytest
from click.testing import CliRunner

from graphs.export import (CSV_COLUMNS, read_graphml, timex_span, write_events_csv,
                           write_events_jsonl, write_gexf, write_graphml, write_json,
                           write_timelinejs)
from test_pages import XSS_SCRIPT, corpus, snapshot
from timeline.cli import cli

GEXF = "{http://gexf.net/1.3}"
D = dt.date


@pytest.fixture()
def builder():
    return corpus()


@pytest.mark.parametrize("value,span", [
    ("2016-02-11", (D(2016, 2, 11), D(2016, 2, 11), "day")),
    ("2016-02-11T14:00", (D(2016, 2, 11), D(2016, 2, 11), "day")),
    ("2016-02", (D(2016, 2, 1), D(2016, 2, 29), "month")),
    ("2016-W06", (D(2016, 2, 8), D(2016, 2, 14), "week")),
    ("2016-W06-WE", (D(2016, 2, 13), D(2016, 2, 14), "weekend")),
    ("2016-Q1", (D(2016, 1, 1), D(2016, 3, 31), "quarter")),
    ("2016-WI", (D(2016, 12, 1), D(2017, 2, 28), "season")),
    ("2016", (D(2016, 1, 1), D(2016, 12, 31), "year")),
    ("201", (D(2010, 1, 1), D(2019, 12, 31), "decade")),
    ("PRESENT_REF", None), ("XXXX-02-11", None), ("P3D", None), ("", None), (None, None),
    ("2016-02-30", None),
])
def test_timex_span(value, span):
    assert timex_span(value) == span


def test_graphml_round_trips_with_types(builder, tmp_path):
    graph = builder.graph()
    before = snapshot(graph)
    write_graphml(graph, tmp_path / "g.graphml")
    assert snapshot(graph) == before
    root = ET.parse(tmp_path / "g.graphml").getroot()
    declared = {(k.get("for"), k.get("attr.name")): k.get("attr.type")
                for k in root.iter("{http://graphml.graphdrawing.org/xmlns}key")}
    assert declared[("edge", "weight")] == "int" and declared[("node", "mentions")] == "int"
    assert declared[("edge", "cooperation")] == "double" and declared[("node", "label")] == "string"
    back = read_graphml(tmp_path / "g.graphml")
    assert back.nodes["person:john-kerry"]["country"] == "USA"
    edge = back.edges["SYR", "SYR-OPP", "relation"]
    assert edge["weight"] == 2 and isinstance(edge["weight"], int)
    assert edge["cooperation"] == -10.0 and isinstance(edge["cooperation"], float)
    assert back.edges["person:john-kerry", "USA", "affiliation"]["kind"] == "affiliation"
    # Empty strings stay strings (the contract: country is a string, possibly empty).
    assert back.nodes["UN"]["country"] == ""


@pytest.mark.parametrize("writer", [write_graphml, write_json, write_gexf])
def test_unsupported_value_type_fails_loudly(writer, tmp_path):
    graph = nx.MultiDiGraph()
    graph.add_node("a", label="A", extra={"nested": 1})
    with pytest.raises(TypeError, match="does not support type dict"):
        writer(graph, tmp_path / "out")


def test_lists_are_joined_not_written_as_lists(tmp_path):
    graph = nx.MultiDiGraph()
    graph.add_edge("a", "b", key="relation", event_types=["AGREE", "CONSULT"], weight=1)
    write_graphml(graph, tmp_path / "g.graphml")
    assert read_graphml(tmp_path / "g.graphml").edges["a", "b", "relation"]["event_types"] == \
        "AGREE|CONSULT"
    assert graph.edges["a", "b", "relation"]["event_types"] == ["AGREE", "CONSULT"]


def test_gexf_is_dynamic_with_spells(builder, tmp_path):
    graph = builder.graph()
    before = snapshot(graph)
    write_gexf(graph, tmp_path / "g.gexf", events=builder.events())
    assert snapshot(graph) == before
    root = ET.parse(tmp_path / "g.gexf").getroot()
    assert root.tag == f"{GEXF}gexf" and root.get("version") == "1.3"
    body = root.find(f"{GEXF}graph")
    assert body.get("mode") == "dynamic" and body.get("timeformat") == "date"
    types = {a.get("title"): a.get("type") for a in body.iter(f"{GEXF}attribute")}
    assert types["cooperation"] == "double" and types["mentions"] == "integer"
    edges = {(e.get("source"), e.get("target"), e.get("label")): e for e in body.iter(f"{GEXF}edge")}
    # Two events: 2016-02-01 and 2016-W06, as two spells (they do not overlap).
    spells = [(s.get("start"), s.get("end"))
              for s in edges["SYR", "SYR-OPP", "relation"].iter(f"{GEXF}spell")]
    assert spells == [("2016-02-01", "2016-02-01"), ("2016-02-08", "2016-02-14")]
    assert edges["SYR", "SYR-OPP", "relation"].get("weight") == "2"
    assert not list(edges["UN", "SYR", "relation"].iter(f"{GEXF}spell"))  # undated: always there
    assert not list(edges["person:john-kerry", "USA", "affiliation"].iter(f"{GEXF}spell"))


def test_gexf_without_events_spans_first_to_last_date(builder, tmp_path):
    write_gexf(builder.graph(), tmp_path / "g.gexf")
    body = ET.parse(tmp_path / "g.gexf").getroot()
    edge = next(e for e in body.iter(f"{GEXF}edge")
                if (e.get("source"), e.get("target")) == ("SYR", "SYR-OPP"))
    assert [(s.get("start"), s.get("end")) for s in edge.iter(f"{GEXF}spell")] == \
        [("2016-02-01", "2016-02-14")]


def test_json_is_node_link_networkx_reads(builder, tmp_path):
    write_json(builder.graph(), tmp_path / "g.json")
    data = json.loads((tmp_path / "g.json").read_text(encoding="utf-8"))
    back = nx.node_link_graph(data, edges="links")
    assert back.is_directed() and back.is_multigraph()
    assert back.edges["SYR", "SYR-OPP", "relation"]["weight"] == 2
    assert back.nodes["RUS"]["label"] == "Russia"


def test_events_csv_has_gdelt_like_columns(builder, tmp_path):
    write_events_csv(builder.events(), tmp_path / "e.csv", actors=builder.actors(),
                     documents=builder.documents())
    with (tmp_path / "e.csv").open(encoding="utf-8", newline="") as handle:
        rows = {r["GLOBALEVENTID"]: r for r in csv.DictReader(handle)}
        handle.seek(0)
        header = next(csv.reader(handle))
    assert tuple(header) == CSV_COLUMNS
    month = rows["e2"]
    assert (month["SQLDATE"], month["DateValue"]) == ("20160201", "2016-02")
    assert (month["Actor1Code"], month["Actor1Name"], month["Actor1CountryCode"]) == \
        ("RUS", "Russia", "RUS")
    assert (month["EventType"], month["QuadClass"], month["GoldsteinScale"]) == ("AID", "2", "7.0")
    assert rows["e2"]["SOURCEURL"] == "https://example.org/munich"
    assert XSS_SCRIPT in rows["e3"]["Sentence"]
    assert rows["e6"]["SQLDATE"] == ""


def test_timelinejs_escapes_and_dates_by_granularity(builder, tmp_path):
    write_timelinejs(builder.events(), tmp_path / "t.json", actors=builder.actors())
    data = json.loads((tmp_path / "t.json").read_text(encoding="utf-8"))
    slides = {s["unique_id"]: s for s in data["events"]}
    assert "e6" not in slides  # undated
    assert slides["e2"]["start_date"] == {"year": "2016", "month": "2"}
    assert slides["e2"]["end_date"] == {"year": "2016", "month": "2"}
    assert slides["e1"]["start_date"] == {"year": "2016", "month": "2", "day": "11"}
    assert "end_date" not in slides["e1"]
    assert XSS_SCRIPT not in json.dumps(data)  # TimelineJS renders text as HTML
    assert "&lt;script&gt;" in slides["e3"]["text"]["text"]
    assert slides["e1"]["text"]["headline"] == "CONSULT: John Kerry → Sergei Lavrov"


@pytest.fixture()
def build_dir(builder, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    write_events_jsonl(builder.events(), out / "events.jsonl")
    write_graphml(builder.graph(), out / "graph.graphml")
    return out


@pytest.mark.parametrize("fmt,check", [
    ("graphml", lambda p: read_graphml(p).number_of_nodes() == 7),
    ("gexf", lambda p: len(list(ET.parse(p).getroot().iter(f"{GEXF}spell"))) >= 5),
    ("json", lambda p: len(json.loads(p.read_text())["links"]) == 8),
    ("csv", lambda p: len(p.read_text(encoding="utf-8").splitlines()) == 8),
    ("timelinejs", lambda p: len(json.loads(p.read_text())["events"]) == 6),
])
def test_cli_export(build_dir, tmp_path, fmt, check):
    target = tmp_path / f"export.{fmt}"
    result = CliRunner().invoke(cli, ["export", str(build_dir), "--format", fmt, "--out", str(target)])
    assert result.exit_code == 0, result.output
    assert check(target)


def test_cli_export_reads_events_jsonl_without_a_graph(build_dir, tmp_path):
    (build_dir / "graph.graphml").unlink()
    target = tmp_path / "g.graphml"
    result = CliRunner().invoke(cli, ["export", str(build_dir / "events.jsonl"), "--format",
                                      "graphml", "--out", str(target)])
    assert result.exit_code == 0, result.output
    assert read_graphml(target).edges["SYR", "SYR-OPP", "relation"]["weight"] == 2


def test_cli_export_without_events_says_what_to_pass(tmp_path):
    result = CliRunner().invoke(cli, ["export", str(tmp_path), "--format", "csv", "--out",
                                      str(tmp_path / "x.csv")])
    assert result.exit_code == 1
    assert result.output.strip().splitlines()[-1] == (
        f"Error: E021: no events.jsonl in {tmp_path}; pass the folder `timeline build --out` "
        "wrote, or its events.jsonl")


def test_graphml_holds_no_character_xml_cannot(tmp_path):
    import networkx as nx

    from graphs.export import write_graphml

    graph = nx.MultiDiGraph()
    graph.add_node("org:a\x01b", label="A\x0bB", kind="organization", country="")
    graph.add_edge("org:a\x01b", "RUS", key="relation", kind="relation", weight=1,
                   cooperation=1.0, first_date="2016", last_date="2016", event_types="AGREE")
    graph.add_node("RUS", label="Russia", kind="country", country="RUS")
    write_graphml(graph, tmp_path / "g.graphml")
    back = nx.read_graphml(tmp_path / "g.graphml")
    assert set(back.nodes) == {"org:ab", "RUS"} and back.nodes["org:ab"]["label"] == "AB"
