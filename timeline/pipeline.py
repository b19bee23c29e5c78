"""The order of stages, in one place.

read -> publication date -> temporal expressions -> parse -> actor mentions -> events -> outputs

Each stage is a function of the document and what earlier stages made; ``process`` runs them for
one document and ``process_all`` streams a corpus through them without holding it in memory.
"""

from __future__ import annotations

import dataclasses
import logging
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from . import errors
from . import nlp as nlp_module
from .actors import KnowledgeBase, affiliated_actors, find_mentions, load_kb, place_actors
from .documents import (Document, OnError, check_inputs, normalise_date, read_inputs,
                        wire_dateline)
from .events import extract_events
from .errors import TimelineError
from .records import Actor, DocumentResult, Event
from .temporal import find_timexes

log = logging.getLogger("timeline")


@dataclass
class Settings:
    """What a run is configured with; every field has a default a user need not know about."""

    dct: str | None = None
    model: str | None = None
    kb_paths: tuple[Path, ...] = ()
    rollup: bool = False
    batch_size: int = 32


def process_all(documents: Iterable[Document], settings: Settings | None = None,
                *, kb: KnowledgeBase | None = None, on_error: OnError = None
                ) -> Iterator[DocumentResult]:
    """Run every stage over each document, streaming; spaCy parses in batches.

    A document a stage fails on raises; given ``on_error``, the failure (E007) is handed to it
    and the document skipped, so the rest of a corpus is still processed.
    """
    settings = settings or Settings()
    kb = kb or load_kb(settings.kb_paths)
    nlp = nlp_module.load(settings.model)
    prepared = (_with_dct(d, settings) for d in _parsable(documents, nlp.max_length, on_error))
    pairs = ((d.text, d) for d in prepared)
    for sdoc, document in nlp.pipe(pairs, as_tuples=True, batch_size=settings.batch_size):
        if on_error is None:
            yield analyse(document, sdoc, kb=kb)
            continue
        try:
            result = analyse(document, sdoc, kb=kb)
        except Exception as exc:  # noqa: BLE001 - one document's failure must not stop a corpus
            log.debug("stage failure on %s", document.id, exc_info=True)
            on_error(errors.failed_document(document.id, exc))
            continue
        yield result


def _parsable(documents: Iterable[Document], limit: int, on_error: OnError
              ) -> Iterator[Document]:
    """The documents the parser can take; a longer one raises E009, or goes to ``on_error``."""
    for document in documents:
        if len(document.text) <= limit:
            yield document
        elif on_error is None:
            raise errors.too_long(document.id, len(document.text), limit)
        else:
            on_error(errors.too_long(document.id, len(document.text), limit))


def process(document: Document, settings: Settings | None = None,
            *, kb: KnowledgeBase | None = None) -> DocumentResult:
    """Every stage for one document.

    >>> r = process(Document.from_text("Kerry met Lavrov on Thursday.", id="a", dct="2016-02-11"))
    >>> r.doc
    'a'
    """
    return next(process_all([document], settings, kb=kb))


def _with_dct(document: Document, settings: Settings) -> Document:
    if settings.dct:
        return document.with_dct(settings.dct)
    if document.dct is None:
        warn(f"W001: no publication date for {document.id}; relative dates stay unresolved. "
             "Pass --dct 2016-02-11 or give the document a dateline or a date field.")
    return document


def analyse(document: Document, sdoc, *, kb: KnowledgeBase) -> DocumentResult:
    """The stages after parsing, for one document and its spaCy Doc."""
    timexes = find_timexes(document.text, document.dct)
    mentions = find_mentions(sdoc, doc_id=document.id, date=_day(document.dct), kb=kb)
    # a wire dateline ("KHARTOUM, May 4 (AFP) -") says where and by whom the story was filed:
    # its agency is no actor and its date no event's
    dateline = wire_dateline(document.text)
    if dateline is not None:
        mentions = [m for m in mentions if not dateline[0] <= m.start < dateline[1]]
    events = extract_events(sdoc, doc_id=document.id, dct=document.dct, mentions=mentions,
                            timexes=[t for t in timexes if dateline is None
                                     or not dateline[0] <= t.start < dateline[1]],
                            places=place_actors(sdoc, kb=kb))
    if dateline is not None:  # the evidence is the story's sentence, not its dateline
        events = [_after(e, dateline[1], document.text) for e in events]
    actors = _actors_of(mentions) + affiliated_actors(mentions, document.text, kb)
    return DocumentResult(doc=document.id, dct=document.dct, title=document.title,
                          url=document.url, text=document.text, timexes=tuple(timexes),
                          mentions=tuple(mentions), events=tuple(events), actors=tuple(actors))


def _writable(out: Path) -> Path:
    """``out``, made if need be; E010 if no file can be written there."""
    try:
        out.mkdir(parents=True, exist_ok=True)
        probe = out / ".timeline-write-test"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise errors.cannot_write(str(out), exc.strerror or str(exc)) from exc
    return out


def _after(event: Event, start: int, text: str) -> Event:
    """``event`` with its sentence cut to begin at ``start`` if it begins before."""
    if not event.start < start < event.end:
        return event
    return dataclasses.replace(event, start=start, sentence=text[start:event.end])


def _day(dct: str | None) -> str | None:
    return dct[:10] if dct else None


def _actors_of(mentions) -> list[Actor]:
    """The actors a document's outputs need: every resolved mention's actor, once each."""
    seen: dict[str, Actor] = {}
    for mention in mentions:
        seen.setdefault(mention.actor.id, mention.actor)
    return list(seen.values())


def warn(message: str) -> None:
    print(f"Warning: {message}", file=sys.stderr)


@dataclass
class BuildSummary:
    """What ``build`` wrote, for the CLI to report."""

    out: Path
    documents: int = 0
    events: int = 0
    actors: int = 0
    files: list[Path] = field(default_factory=list)
    #: what could not be read or processed, each skipped with a warning
    skipped: list[TimelineError] = field(default_factory=list)


def build(paths: Iterable[str | Path], out: str | Path, settings: Settings | None = None
          ) -> BuildSummary:
    """Read the inputs, run every stage, and write the pages and exports into ``out``.

    A document that cannot be read or processed is skipped with a warning and listed in the
    summary's ``skipped``; everything else is still written.
    """
    from graphs.build import GraphBuilder
    from graphs.export import EventWriter, write_graphml
    from graphs.page import write_graph_page

    from .page import write_timeline_page

    settings = settings or Settings()
    # everything that can fail for the whole run fails before the last run's outputs are touched
    if settings.dct:
        normalise_date(settings.dct)
    paths = check_inputs(paths)
    kb = load_kb(settings.kb_paths)
    nlp_module.load(settings.model)
    out = _writable(Path(out))
    summary = BuildSummary(out)
    builder = GraphBuilder()

    def skip(error: TimelineError) -> None:
        summary.skipped.append(error)
        warn(f"{error} (skipped)")

    # Events are written as each document is done, so nothing processed is lost to a later error.
    with EventWriter(out / "events.jsonl") as events_out:
        documents = read_inputs(paths, on_error=skip, exclude=out)
        for result in process_all(documents, settings, kb=kb, on_error=skip):
            builder.add(result)
            events_out.write_all(result.events)
            summary.documents += 1
            summary.events += len(result.events)
    graph = builder.graph(rollup=settings.rollup)
    summary.actors = sum(1 for _, kind in graph.nodes(data="kind") if kind in
                         ("country", "person", "organization", "group"))
    write_graphml(graph, out / "graph.graphml")
    write_graph_page(graph, out / "graph.html", events=builder.events(),
                     documents=builder.documents())
    write_timeline_page(builder.events(), builder.actors(), builder.documents(),
                        out / "timeline.html")
    summary.files = [out / n for n in ("graph.html", "timeline.html", "graph.graphml",
                                       "events.jsonl")]
    return summary
