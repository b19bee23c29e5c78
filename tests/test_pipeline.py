"""The stage order and the streaming pipeline."""

from __future__ import annotations

import subprocess
import sys

import pytest

from timeline import Document, process, process_all
from timeline.records import DocumentResult


def test_process_returns_a_serialisable_result():
    result = process(Document.from_text("Nothing happened here.", id="a", dct="2012-01-02"))
    assert isinstance(result, DocumentResult)
    assert result.doc == "a" and result.dct == "2012-01-02"
    assert DocumentResult.from_dict(result.to_dict()).doc == "a"


def test_process_all_streams_in_order():
    docs = (Document.from_text(f"Text {i}.", id=str(i), dct="2012-01-02") for i in range(40))
    stream = process_all(docs)
    first = next(stream)
    assert first.doc == "0"
    assert [r.doc for r in stream] == [str(i) for i in range(1, 40)]


def test_dates_command_does_not_load_spacy(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Talks resumed on Monday.")
    code = ("import sys; from timeline.cli import main; sys.argv=['timeline','dates','--dct',"
            f"'2012-01-02',{str(path)!r}]\ntry:\n    main()\nexcept SystemExit:\n    pass\n"
            "print('SPACY' if 'spacy' in sys.modules else 'NOSPACY', file=sys.stderr)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert "NOSPACY" in proc.stderr, proc.stderr


def test_a_blank_line_ends_a_sentence(nlp):
    doc = nlp("Leaders meet in Oslo amid row\n\n4th May 2018, 3 comments\n\nThe talks opened on Monday.")
    starts = {s.start_char for s in doc.sents}
    assert {0, doc.text.index("4th"), doc.text.index("The talks")} <= starts
    assert not any(s.text.startswith("Leaders") and "4th" in s.text for s in doc.sents)


@pytest.mark.parametrize("text, expected", [
    # an intent to talk is an event of its own, dated when voiced
    ("Norway said on Monday it was ready to discuss a truce in Sudan.",
     {("NOR", "AGREE", None, "intent", "2016-02-08")}),
    # a topic discussed is no partner; the pair still consults
    ("Kenya and Uganda discussed the border dispute on Friday.",
     {("KEN", "CONSULT", "UGA", "actual", "2016-02-05"),
      ("UGA", "CONSULT", "KEN", "actual", "2016-02-05")}),
    # a thing met is no meeting
    ("The two sides met the deadline.", set()),
    # a visit to a known place is a visit to its country; a visit to nobody is no event
    ("Kerry arrived in Moscow for a state visit on Monday.",
     {("person:john-kerry", "CONSULT", "RUS", "actual", "2016-02-08")}),
    ("Lavrov will travel to Beijing next month.",
     {("person:sergei-lavrov", "CONSULT", "CHN", "planned", "2016-03")}),
    ("Erdogan visited a hospital on Monday.", set()),
    # an intent is dated when voiced
    ("Russia on Monday vowed to attack Ukraine.", {("RUS", "THREATEN", "UKR", "intent", "2016-02-08")}),
    # a rejection answers the accusation or demand made before it; its date may hang on
    # the object
    ("Kenya accused Uganda on Monday of arming rebels. Uganda rejected the allegations on "
     "Tuesday.", {("KEN", "ACCUSE", "UGA", "actual", "2016-02-08"),
                  ("UGA", "REJECT", "KEN", "actual", "2016-02-09")}),
    # a third party's rejection answers no accusation made of another
    ("Kenya accused Uganda of arming rebels. Sudan rejected the allegations.",
     {("KEN", "ACCUSE", "UGA", "actual", "2016-02-11"), ("SDN", "REJECT", None, "actual", "2016-02-11")}),
    ("The EU demanded that Russia withdraw its troops. Moscow rejected the demand.",
     {("EU", "REQUEST", "RUS", "actual", "2016-02-11"),
      ("RUS", "REJECT", "EU", "actual", "2016-02-11")}),
])
def test_stages_together(text, expected):
    result = process(Document.from_text(text, id="a", dct="2016-02-11"))
    assert {(e.source, e.type, e.target, e.mode, e.date) for e in result.events} == expected


def test_a_stage_failure_skips_that_document_only(monkeypatch):
    from timeline import pipeline
    from timeline.errors import TimelineError

    real = pipeline.find_timexes

    def fails_on_poison(text, dct):
        if "poison" in text:
            raise ValueError("broken stage")
        return real(text, dct)

    monkeypatch.setattr(pipeline, "find_timexes", fails_on_poison)
    docs = [Document.from_text(t, id=i, dct="2012-01-02")
            for i, t in (("a", "Chad met Niger."), ("b", "A poison pill."), ("c", "Mali met Chad."))]
    failures: list[TimelineError] = []
    assert [r.doc for r in process_all(docs, on_error=failures.append)] == ["a", "c"]
    assert [str(f) for f in failures] == [
        "E007: could not process b (ValueError: broken stage); please report it with the document;"
        " the other documents were processed"]
    with pytest.raises(ValueError):  # without on_error a failure is the caller's to see
        list(process_all(docs))


def test_a_wire_dateline_gives_no_actor_and_no_event_date():
    text = ("Talks agreed\n\nNAIROBI, May 4, 2023 (AFP) - Kenya and Uganda agreed on Wednesday "
            "to hold border talks.")
    result = process(Document.from_text(text, id="a"))
    assert result.dct == "2023-05-04"
    assert "AFP" not in {m.text for m in result.mentions}
    assert {e.sentence for e in result.events} == {
        "Kenya and Uganda agreed on Wednesday to hold border talks."}
    assert all(text[e.start:e.end] == e.sentence for e in result.events)
    assert {(e.source, e.type, e.target, e.date, e.date_text) for e in result.events} == {
        ("KEN", "AGREE", "UGA", "2023-05-03", "Wednesday"),
        ("UGA", "AGREE", "KEN", "2023-05-03", "Wednesday")}
