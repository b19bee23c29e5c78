"""Relations from events: aggregation per actor pair, one event for several reports, roll-up."""

from __future__ import annotations

import pytest

from graphs.build import GraphBuilder, rolled_up
from graphs.export import read_graphml, write_graphml
from timeline.events import merge_duplicates
from timeline.records import Actor, DocumentResult, Event

RUS = Actor("RUS", "Russia", "country", "RUS")
SYR = Actor("SYR", "Syria", "country", "SYR")
USA = Actor("USA", "United States", "country", "USA")
KERRY = Actor("person:john-kerry", "John Kerry", "person", "USA", affiliation="USA")
LAVROV = Actor("person:sergei-lavrov", "Sergei Lavrov", "person", "RUS", affiliation="RUS")
FABIUS = Actor("person:laurent-fabius", "Laurent Fabius", "person", "FRA", affiliation="FRA")
FRA = Actor("FRA", "France", "country", "FRA")
NATO = Actor("NATO", "NATO", "organization")
PLACE = Actor("AFG", "Afghanistan", "country", "AFG")  # mentioned only as a place


def event(id_, doc, date, source, target, type_, cooperation, **kw) -> Event:
    return Event(id_, doc, date, "Thursday" if date else None, "timex" if date else None,
                 source, target, type_, f"sentence {id_}", 0, 10, cooperation=cooperation, **kw)


def builder_of(*docs: tuple[str, list[Event]], actors=(RUS, SYR, USA, KERRY, LAVROV, NATO,
                                                        PLACE), lookup=None) -> GraphBuilder:
    builder = GraphBuilder(lookup=lookup or (lambda actor_id: None))
    for doc, events in docs:
        builder.add(DocumentResult(doc, "2016-02-11", None, None, "", actors=tuple(actors),
                                   events=tuple(events)))
    return builder


def test_relation_aggregates_its_events():
    g = builder_of(("a", [
        event("e1", "a", "2016-02-11", "RUS", "SYR", "SUPPORT", 3.5),
        event("e2", "a", "2016-02-01", "RUS", "SYR", "ASSAULT", -10.0),
        event("e3", "a", "2016-W06", "RUS", "SYR", "SUPPORT", 3.5),
        event("e4", "a", None, "RUS", None, "THREATEN", -6.0),  # no target: no relation
    ])).graph()
    rel = g.edges["RUS", "SYR", "relation"]
    assert rel["weight"] == 3
    assert rel["cooperation"] == pytest.approx((3.5 - 10 + 3.5) / 3, abs=1e-3)
    assert (rel["first_date"], rel["last_date"]) == ("2016-02-01", "2016-W06")
    assert rel["event_types"] == "SUPPORT|ASSAULT"
    assert rel["counts"] == "SUPPORT:2|ASSAULT:1"
    assert rel["events"] == "e1|e2|e3"
    assert list(g.out_edges("RUS", keys=True)) == [("RUS", "SYR", "relation")]


def test_same_event_from_several_documents_counts_once():
    same = dict(date="2016-02-11", source="RUS", target="SYR", type_="SUPPORT", cooperation=3.5)
    builder = builder_of(("a", [event("e1", "a", **same)]), ("b", [event("e2", "b", **same)]),
                         ("c", [event("e3", "c", "2016-02-12", "RUS", "SYR", "SUPPORT", 3.5)]))
    merged = [e for e in builder.events() if e.date == "2016-02-11"]
    assert [(e.id, e.mentions, e.sources) for e in merged] == [("e1", 2, ("a", "b"))]
    rel = builder.graph().edges["RUS", "SYR", "relation"]
    assert (rel["weight"], rel["reports"], rel["sources"]) == (2, 3, "a|b|c")


@pytest.mark.parametrize("other", [
    {"date": "2016-02-12"}, {"source": "USA"}, {"target": "USA"}, {"type_": "AID"}])
def test_events_differing_in_date_actors_or_type_stay_apart(other):
    base = dict(date="2016-02-11", source="RUS", target="SYR", type_="SUPPORT", cooperation=3.5)
    first = event("e1", "a", **base)
    second = event("e2", "b", **(base | other))
    assert len(merge_duplicates([first, second])) == 2


def test_a_part_of_the_day_does_not_split_an_event():
    first = event("e1", "a", "2016-02-12TNI", "RUS", "SYR", "ASSAULT", -9.0)
    second = event("e2", "b", "2016-02-12", "RUS", "SYR", "ASSAULT", -9.0)
    assert [(e.id, e.date, e.mentions) for e in merge_duplicates([first, second])] == [("e1", "2016-02-12TNI", 2)]


def test_roll_up_merges_people_into_what_they_act_for():
    builder = builder_of(("a", [
        event("e1", "a", "2016-02-11", "person:john-kerry", "person:sergei-lavrov", "CONSULT", 1.9),
        event("e2", "a", "2016-02-12", "USA", "RUS", "ACCUSE", -2.0),
        event("e3", "a", "2016-02-10", "person:john-kerry", "USA", "SUPPORT", 3.5),  # own side
    ]))
    graph = builder.graph()
    up = builder.graph(rollup=True)
    assert up.edges["USA", "RUS", "relation"]["weight"] == 2
    assert set(up.edges["USA", "RUS", "relation"]["counts"].split("|")) == {"CONSULT:1",
                                                                            "ACCUSE:1"}
    assert up.edges["USA", "RUS", "relation"]["cooperation"] == pytest.approx(-0.05)
    assert up.edges["USA", "RUS", "relation"]["first_date"] == "2016-02-11"
    assert "person:john-kerry" not in up and not up.has_edge("USA", "USA")
    assert graph.has_edge("person:john-kerry", "USA", "affiliation")  # the caller's graph
    assert rolled_up(graph).edges["USA", "RUS", "relation"]["weight"] == 2


def test_nodes_are_participants_mentioned_actors_and_affiliations():
    builder = builder_of(("a", [event("e1", "a", "2016-02-10", "person:laurent-fabius", "USA",
                                      "ACCUSE", -2.0)]),
                         actors=(FABIUS, USA, NATO, PLACE),
                         lookup=lambda actor_id: FRA if actor_id == "FRA" else None)
    graph = builder.graph()
    assert graph.nodes["FRA"]["kind"] == "country" and graph.nodes["FRA"]["label"] == "France"
    assert "NATO" in graph        # mentioned, takes part in nothing: still an actor
    assert "AFG" not in graph     # a country named only as a place is no node


def test_affiliations_are_followed_to_the_end():
    institute = Actor("org:institute", "Institute", "organization", affiliation="FRA")
    scholar = Actor("person:scholar", "A Scholar", "person", affiliation="org:institute")
    builder = builder_of(("a", [event("e1", "a", None, "person:scholar", "USA", "ACCUSE", -2.0)]),
                         actors=(scholar, institute, USA),
                         lookup=lambda actor_id: FRA if actor_id == "FRA" else None)
    graph = builder.graph()
    assert graph.has_edge("person:scholar", "org:institute", "affiliation")
    assert graph.has_edge("org:institute", "FRA", "affiliation")
    up = builder.graph(rollup=True)  # the person into the institute; the institute stays
    assert up.edges["org:institute", "USA", "relation"]["weight"] == 1
    assert up.nodes["org:institute"]["kind"] == "organization"


def test_graphml_keeps_the_contract(tmp_path):
    builder = builder_of(("a", [event("e1", "a", "2016-02-11", "RUS", "SYR", "SUPPORT", 3.5)]))
    write_graphml(builder.graph(), tmp_path / "g.graphml")
    back = read_graphml(tmp_path / "g.graphml")
    rel = back.edges["RUS", "SYR", "relation"]
    assert rel["weight"] == 1 and isinstance(rel["weight"], int)
    assert rel["cooperation"] == 3.5 and rel["event_types"] == "SUPPORT"
