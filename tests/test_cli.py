"""End-to-end: the `timeline` command as a user runs it (CliRunner and a real subprocess)."""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
from click.testing import CliRunner

from timeline.cli import cli

ARTICLE = """Envoys agree to new round of Sudan talks

Khartoum, 14 March 2019

Ethiopian Prime Minister Abiy Ahmed met Sudanese President Omar al-Bashir on Wednesday in \
Khartoum. The African Union said it would host the next round of talks on March 28.

Rebel fighters attacked an army base in Darfur on Tuesday, the Sudanese army said.
"""
GML = "{http://graphml.graphdrawing.org/xmlns}"


@pytest.fixture()
def article(tmp_path):
    path = tmp_path / "sudan.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_every_command_has_help_with_an_example():
    for name, command in cli.commands.items():
        result = run(name, "--help")
        assert result.exit_code == 0, name
        assert "Example:" in result.output, f"{name} --help has no example"


def test_dates_single_article_offsets_slice_the_text(article):
    result = run("dates", "--dct", "2019-03-14", str(article))
    assert result.exit_code == 0
    lines = [json.loads(line) for line in result.output.splitlines()]
    text = article.read_text(encoding="utf-8")
    assert lines, "no temporal expression found"
    for t in lines:
        assert set(t) >= {"text", "start", "end", "type", "value"}
        assert text[t["start"]:t["end"]] == t["text"]
    values = {t["text"]: t["value"] for t in lines}
    assert values.get("Wednesday") == "2019-03-13"
    assert values.get("March 28") == "2019-03-28"


def test_dates_finds_the_dateline_without_dct(article):
    result = CliRunner().invoke(cli, ["dates", str(article)])
    assert result.exit_code == 0
    values = {json.loads(line)["text"]: json.loads(line)["value"] for line in result.stdout.splitlines()}
    assert values.get("Tuesday") == "2019-03-12"


def test_dates_jsonl_batch(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in [
        {"doc": "a", "dct": "2001-09-12", "text": "Officials met yesterday."},
        {"doc": "b", "dct": "2010-01-01", "text": "No dates in here at all."},
    ]) + "\n", encoding="utf-8")
    result = run("dates", "--jsonl", str(path))
    assert result.exit_code == 0
    out = [json.loads(line) for line in result.output.splitlines()]
    assert [o["doc"] for o in out] == ["a", "b"]
    assert [t["value"] for t in out[0]["timexes"]] == ["2001-09-11"]
    assert out[1]["timexes"] == []


def test_dates_errors(tmp_path):
    result = CliRunner().invoke(cli, ["dates", str(tmp_path / "missing.txt")])
    assert result.exit_code == 1
    assert "Error: E001: no such file or folder" in result.output
    result = CliRunner().invoke(cli, ["dates", "--dct", "11/02/16x", str(tmp_path)])
    assert result.exit_code != 0


def test_build_writes_the_four_files(article, tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", str(article), "--out", str(out)])
    assert result.exit_code == 0, result.output
    for name in ("graph.html", "timeline.html", "graph.graphml", "events.jsonl"):
        assert (out / name).is_file(), name
    root = ET.parse(out / "graph.graphml").getroot()
    keys = {(k.get("for"), k.get("attr.name")): k.get("attr.type") for k in root.iter(GML + "key")}
    assert keys[("node", "label")] == "string" and keys[("node", "kind")] == "string"
    assert keys[("edge", "weight")] == "int" and keys[("edge", "cooperation")] == "double"
    events = [json.loads(line) for line in (out / "events.jsonl").read_text().splitlines()]
    assert events, "no events from the article"
    nodes = {n.get("id") for n in root.iter(GML + "node")}
    for ev in events:
        assert ev["doc"] == "sudan.txt"
        assert ev["source"] in nodes and (ev["target"] is None or ev["target"] in nodes)
        assert ev["sentence"] in ARTICLE
        assert ev["date"] and not ev["date"].startswith("2018")


def test_build_jsonl_ids_become_event_docs(tmp_path):
    path = tmp_path / "docs.jsonl"
    path.write_text(json.dumps({"id": "wire-7", "date": "2015-05-05",
                                "text": "Iran and Iraq signed a trade agreement on Monday."}) + "\n")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", str(path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    events = [json.loads(line) for line in (out / "events.jsonl").read_text().splitlines()]
    assert events and {e["doc"] for e in events} == {"wire-7"}
    assert any(e["type"] == "AGREE" and e["date"] == "2015-05-04" for e in events)


def test_build_errors_say_what_to_do(tmp_path):
    result = CliRunner().invoke(cli, ["build", str(tmp_path / "none"), "--out", str(tmp_path / "o")])
    assert result.exit_code == 1 and "Error: E001: no such file or folder" in result.output
    result = CliRunner().invoke(cli, ["build", str(tmp_path), "--dct", "soon", "--out",
                                      str(tmp_path / "o")])
    assert result.exit_code == 1 and "Error: E003: not a date: 'soon'" in result.output


def test_build_checks_before_it_overwrites(article, tmp_path):
    out = tmp_path / "o"
    assert CliRunner().invoke(cli, ["build", str(article), "--out", str(out)]).exit_code == 0
    before = (out / "events.jsonl").read_text()
    result = CliRunner().invoke(cli, ["build", str(article), str(tmp_path / "typo.txt"),
                                      "--out", str(out)])
    assert result.exit_code == 1 and "E001" in result.output
    assert (out / "events.jsonl").read_text() == before  # the last run's events are kept
    (tmp_path / "file").write_text("x")
    result = CliRunner().invoke(cli, ["build", str(article), "--out",
                                      str(tmp_path / "file" / "sub")])
    assert result.exit_code == 1 and "Error: E010: cannot write" in result.output


def test_build_skips_a_document_too_long_to_parse(tmp_path):
    (tmp_path / "a.txt").write_text("Kenya and Uganda signed a border agreement on Friday.")
    (tmp_path / "b.txt").write_text("word " * 200_001)  # over spaCy's 1,000,000 characters
    result = CliRunner().invoke(cli, ["build", str(tmp_path), "--dct", "2016-02-11", "--out",
                                      str(tmp_path / "o")])
    assert result.exit_code == 1
    assert "E009: b.txt is 1,000,005 characters" in result.stderr
    events = [json.loads(line) for line in (tmp_path / "o" / "events.jsonl").read_text().splitlines()]
    assert {e["doc"] for e in events} == {"a.txt"}


def test_batch_commands_skip_bad_lines(tmp_path):
    feed = tmp_path / "in.jsonl"
    feed.write_text('{"doc": "a", "dct": "2016-02-11", "text": "Talks on Thursday."}\n'
                    'not json\n{"doc": "b", "dct": "yesterday", "text": "Friday."}\n'
                    '{"doc": "c", "text": 5}\n{"doc": "d", "dct": "2016-02-11", "text": "Friday."}\n')
    result = CliRunner().invoke(cli, ["dates", "--jsonl", str(feed)])
    assert result.exit_code == 1
    assert [json.loads(line)["doc"] for line in result.stdout.splitlines()] == ["a", "d"]
    assert "line 2 is not a JSON document" in result.stderr and "line 3: not a date" in result.stderr
    assert "Error: E011: 3 line(s)" in result.output
    phrases = tmp_path / "p.jsonl"
    phrases.write_text('{"text": "Lavrov", "date": "2016-02-11"}\n{"text": 7}\n')
    result = CliRunner().invoke(cli, ["actors", "--jsonl", str(phrases)])
    assert result.exit_code == 1 and json.loads(result.stdout.splitlines()[0])["label"] == "Sergei Lavrov"


def test_build_skips_bad_documents_and_keeps_the_rest(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(
        b'{"id": "good-1", "text": "Kenya and Uganda signed a border agreement.", "date": "2015-05-04"}\n'
        b'not json\n'
        b'{"id": "bad-date", "text": "Chad met Niger.", "date": "someday"}\n'
        b'{"id": "latin", "text": "Caf\xe9"}\n'
        b'{"id": "good-2", "text": "Ghana and Togo signed a trade agreement.", "date": "2015-05-05"}\n')
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 talks".encode("latin-1"))
    out = tmp_path / "o"
    result = CliRunner().invoke(cli, ["build", str(tmp_path), "--out", str(out)])
    assert result.exit_code == 1
    assert "Error: E008: 4 document(s) could not be read or processed" in result.output
    for warning in ("E002: " + str(feed) + " line 2", "E003: " + str(feed) + " line 3",
                    "E004: cannot read " + str(feed) + " line 4", "E004: cannot read "
                    + str(tmp_path / "latin1.txt")):
        assert warning in result.stderr
    events = [json.loads(line) for line in (out / "events.jsonl").read_text().splitlines()]
    assert {e["doc"] for e in events} == {"good-1", "good-2"}
    assert all((out / name).stat().st_size > 0 for name in ("graph.html", "timeline.html",
                                                            "graph.graphml"))


def test_build_warns_without_publication_date(tmp_path):
    path = tmp_path / "undated.txt"
    path.write_text("Kenya and Uganda signed a border agreement on Friday.\n")
    result = CliRunner().invoke(cli, ["build", str(path), "--out", str(tmp_path / "o")])
    assert result.exit_code == 0
    assert "W001: no publication date for undated.txt" in result.stderr
    events = [json.loads(line) for line in (tmp_path / "o" / "events.jsonl").read_text().splitlines()]
    assert all(not (e["date"] or "").startswith("20") for e in events)


def test_actors_command():
    result = run("actors", "--date", "2014-06-01", "Russian Foreign Minister Sergei Lavrov")
    assert result.exit_code == 0
    answer = json.loads(result.output)
    assert answer["label"] == "Sergei Lavrov" and answer["kind"] == "person"
    assert answer["country"] == "RUS" and answer["sector"] == "GOV"
    assert json.loads(run("actors", "Vienna").output)["kind"] is None


def test_actors_jsonl(tmp_path):
    path = tmp_path / "phrases.jsonl"
    path.write_text(json.dumps({"text": "Beijing", "date": "2012-01-01"}) + "\n"
                    + json.dumps({"text": "the Pentagon"}) + "\n")
    out = [json.loads(line) for line in run("actors", "--jsonl", str(path)).output.splitlines()]
    assert out[0]["country"] == "CHN" and len(out) == 2


def test_python_dash_m_works(article, tmp_path):
    proc = subprocess.run([sys.executable, "-m", "timeline", "dates", "--dct", "2019-03-14",
                           str(article)], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert '"value": "2019-03-13"' in proc.stdout


def test_build_a_folder_of_html_and_text_with_rollup(tmp_path):
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.html").write_text(
        '<html><head><meta property="article:published_time" content="2012-05-03T09:00:00Z">'
        "<title>Talks</title></head><body><article><p>Chinese Foreign Minister Yang Jiechi met "
        "Japanese officials in Beijing on Tuesday.</p></article></body></html>", encoding="utf-8")
    (news / "b.txt").write_text("Oslo, 4 May 2012\n\nNorway accused Sweden of spying on Friday.\n",
                                encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", str(news), "--out", str(out), "--rollup"])
    assert result.exit_code == 0, result.output
    events = [json.loads(line) for line in (out / "events.jsonl").read_text().splitlines()]
    assert {e["doc"] for e in events} == {"a.html", "b.txt"}
    assert any(e["type"] == "CONSULT" and e["date"] == "2012-05-01" for e in events)
    assert any(e["type"] == "ACCUSE" and (e["source"], e["target"]) == ("NOR", "SWE")
               and e["date"] == "2012-05-04" for e in events)
    root = ET.parse(out / "graph.graphml").getroot()
    kinds = {d.text for d in root.iter(GML + "data") if d.text in ("person", "country")}
    assert kinds == {"country"}, "with --rollup, people are merged into what they act for"
