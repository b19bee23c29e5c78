"""Readers and publication dates."""

from __future__ import annotations

import json

import pytest

from timeline import documents
from timeline.documents import (Document, find_dateline, normalise_date, read_html, read_inputs,
                                wire_dateline)
from timeline.errors import TimelineError


@pytest.mark.parametrize("text, expected", [
    ("Storm hits coast\n\n3rd March 2015, Comments 4 comments\n\nBody.", "2015-03-03"),
    ("LONDON, Oct. 7, 2019 (Reuters) - Prices fell.", "2019-10-07"),
    ("Posted 2021-12-24 by staff\nText", "2021-12-24"),
    ("Published: 1 September 2008\nNews", "2008-09-01"),
    ("Officials met on March 4 to discuss trade.", None),           # no year: no dateline
    ("A 2,000-word essay.", None),
    ("31 February 2016 is not a day", None),
])
def test_dateline(text, expected):
    assert find_dateline(text) == expected


def test_dateline_only_near_the_top():
    text = "Headline\n\n" + "Body sentence. " * 60 + "Archived 2 May 2010."
    assert find_dateline(text) is None


@pytest.mark.parametrize("value, expected", [
    ("2016-02-11", "2016-02-11"),
    ("2016-02-11T14:20:00Z", "2016-02-11T14:20"),
    ("20160211", "2016-02-11"),
    ("February 11, 2016", "2016-02-11"),
])
def test_normalise_date(value, expected):
    assert normalise_date(value) == expected


@pytest.mark.parametrize("value", ["yesterday-ish nonsense", "2016-13-45"])
def test_normalise_date_rejects(value):
    with pytest.raises(TimelineError, match="E003"):
        normalise_date(value)


def test_html_meta_date_title_and_text_without_scripts():
    page = """<!doctype html><html><head><title>Talks resume</title>
    <meta name="pubdate" content="2019-06-02"></head><body><nav>Menu</nav>
    <article><h1>Talks resume</h1><p>Envoys met in Vienna &amp; agreed.</p>
    <script>alert(1)</script><p>More text.</p></article></body></html>"""
    doc = read_html(page, id="p.html")
    assert doc.dct == "2019-06-02" and doc.dct_source == "metadata"
    assert doc.title == "Talks resume"
    assert "Envoys met in Vienna & agreed." in doc.text
    assert "alert" not in doc.text and "Menu" not in doc.text


def test_html_json_ld_date():
    page = """<html><head><script type="application/ld+json">
    {"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle",
     "datePublished": "2020-01-05T08:00:00+00:00"}]}</script></head>
    <body><p>Text.</p></body></html>"""
    assert read_html(page, id="x").dct == "2020-01-05T08:00"


def test_html_without_date_falls_back_to_dateline():
    page = "<html><body><p>Berlin, 12 April 2017</p><p>Ministers met.</p></body></html>"
    doc = read_html(page, id="x")
    assert (doc.dct, doc.dct_source) == ("2017-04-12", "dateline")


def test_read_inputs_folder_and_jsonl(tmp_path):
    (tmp_path / "a.txt").write_text("Paris, 1 May 2012\nText one.", encoding="utf-8")
    (tmp_path / "b.html").write_text("<html><body><p>Text two.</p></body></html>", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(
        json.dumps({"id": "n1", "text": "Text three.", "date": "2013-07-08", "title": "T"}) + "\n\n"
        + json.dumps({"id": "n2", "text": "Text four."}) + "\n", encoding="utf-8")
    (tmp_path / "ignored.png").write_bytes(b"\x89PNG")
    docs = list(read_inputs([tmp_path]))
    assert [d.id for d in docs] == ["a.txt", "b.html", "n1", "n2"]
    assert docs[0].dct == "2012-05-01" and docs[2].dct == "2013-07-08" and docs[3].dct is None
    assert docs[2].title == "T"


def test_text_is_kept_as_read(tmp_path):
    text = "Caf\u00e9 talks \u2014 \u201cquoted\u201d\n\n  indented\n"
    (tmp_path / "u.txt").write_text(text, encoding="utf-8")
    assert next(read_inputs([tmp_path / "u.txt"])).text == text


@pytest.mark.parametrize("content, message", [
    ("{not json}\n", "E002: .*line 1 is not a JSON document"),
    ('{"id": "x"}\n', 'E002: .*no "text" field'),
])
def test_bad_jsonl(tmp_path, content, message):
    path = tmp_path / "bad.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(TimelineError, match=message):
        list(read_inputs([path]))


def test_missing_input_and_empty_folder(tmp_path):
    with pytest.raises(TimelineError, match="E001"):
        list(read_inputs([tmp_path / "nope.txt"]))
    with pytest.raises(TimelineError, match="E006"):
        list(read_inputs([tmp_path]))


def test_undecodable_file(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Ca\xe9".encode("latin-1"))
    with pytest.raises(TimelineError, match="E004"):
        list(read_inputs([path]))


def test_unreadable_documents_go_to_on_error_and_the_rest_are_read(tmp_path):
    (tmp_path / "a.txt").write_text("Talks resumed.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\xff\xfe binary")
    (tmp_path / "c.jsonl").write_bytes(b'{"id": "c1", "text": "One."}\n[1, 2]\n'
                                       b'\xef\xbb\xbf{"id": "c3", "text": "Three."}\n')
    errors: list[TimelineError] = []
    docs = list(read_inputs([tmp_path], on_error=errors.append))
    assert [d.id for d in docs] == ["a.txt", "c1", "c3"]  # a byte-order mark is no error
    assert [e.code for e in errors] == ["E004", "E002"]
    assert "line 2" in str(errors[1])


def test_only_unreadable_documents_are_no_empty_folder(tmp_path):
    (tmp_path / "b.txt").write_bytes(b"\xff\xfe binary")
    errors: list[TimelineError] = []
    assert list(read_inputs([tmp_path], on_error=errors.append)) == []
    assert [e.code for e in errors] == ["E004"]


def test_every_path_is_checked_before_any_is_read(tmp_path):
    (tmp_path / "a.txt").write_text("Talks resumed.", encoding="utf-8")
    stream = read_inputs([tmp_path / "a.txt", tmp_path / "missing.txt"])
    with pytest.raises(TimelineError, match="E001"):
        next(stream)


@pytest.mark.parametrize("text, dateline", [
    ("KHARTOUM, May 4, 2023 (AFP) - The army agreed.", "KHARTOUM, May 4, 2023 (AFP) - "),
    ("Headline\n\nWASHINGTON (AP) _ The Senate voted.", "WASHINGTON (AP) _ "),
    ("MUNICH, Germany, Feb. 11 (Reuters) -- Talks.", "MUNICH, Germany, Feb. 11 (Reuters) -- "),
    ("NEW YORK, Oct 3 - Stocks fell.", "NEW YORK, Oct 3 - "),
    ("US-RUSSIA - talks resume.", None),          # a headline, not a dateline
    ("BEIRUT, Lebanon _ Syrian troops.", None),   # no date and no agency
    ("The talks (in Geneva) - resumed.", None),
])
def test_wire_dateline(text, dateline):
    span = wire_dateline(text)
    assert (text[span[0]:span[1]] if span else None) == dateline


@pytest.mark.parametrize("value", ["yesterday", "next week", "2016-02-11T25:99", "11/02/2016",
                                   "2016-02-11; rm -rf /", "\u0662\u0660\u0661\u0666-\u0660\u0662-\u0661\u0661",
                                   ["2016-02-11"], 20160211])
def test_publication_dates_must_be_absolute_and_written_out(value):
    with pytest.raises(TimelineError, match="E003"):
        normalise_date(value)


@pytest.mark.parametrize("value, day", [("2016-02-11T14:20:00+02:00", "2016-02-11T14:20"),
                                        ("Thu, 11 Feb 2016 10:00:00 GMT", "2016-02-11"),
                                        ("11 February 2016", "2016-02-11")])
def test_publication_dates_written_out(value, day):
    assert normalise_date(value) == day


def test_broken_jsonl_lines_are_skipped_with_their_reasons(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text('{"id": "a", "text": "One."}\n'
                    + '{"id": "deep", "text": "x", "n": ' + "[" * 100000 + "]" * 100000 + '}\n'
                    + '{"id": "big", "text": "x", "date": ' + "9" * 5000 + '}\n'
                    + '{"id": "sur", "text": "Kerry \\ud800 met Lavrov."}\n'
                    + '{"id": "b\\u0001c", "text": "Two."}\n', encoding="utf-8")
    errors: list[TimelineError] = []
    docs = list(read_inputs([path], on_error=errors.append))
    assert [d.id for d in docs] == ["a", "bc"]  # control characters leave ids
    assert [e.code for e in errors] == ["E002", "E002", "E004"]


def test_inputs_given_twice_are_read_once_and_hidden_or_output_folders_not_at_all(tmp_path):
    (tmp_path / "a.txt").write_text("One.", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "notes.txt").write_text("Hidden.", encoding="utf-8")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "timeline.html").write_text("<html>made</html>", encoding="utf-8")
    docs = list(read_inputs([tmp_path, tmp_path / "a.txt", tmp_path], exclude=tmp_path / "out"))
    assert [d.id for d in docs] == ["a.txt"]


def test_a_pipe_is_not_read(tmp_path):
    import os

    fifo = tmp_path / "feed.txt"
    os.mkfifo(fifo)
    with pytest.raises(TimelineError, match="E004: .*not a regular file"):
        list(read_inputs([fifo]))


def test_with_dct_overrides():
    doc = Document.from_text("Rome, 2 June 2001\nText", id="d").with_dct("2001-06-03")
    assert (doc.dct, doc.dct_source) == ("2001-06-03", "given")


def test_doctests():
    import doctest

    assert doctest.testmod(documents).failed == 0
