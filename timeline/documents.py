"""Documents and their readers: text files, HTML pages, JSON lines, folders of them.

A document's ``text`` is the text as read; every offset in the project indexes into it.
Its publication date (``dct``, document creation time in TimeML's terms) comes from, in order:
an explicit override, the document's metadata (JSON lines ``date``, HTML meta tags or JSON-LD
``datePublished``), or a dateline near the top of the text.

>>> doc = Document.from_text("Paris, 3 March 2015 - Talks resumed.", id="a")
>>> doc.dct, doc.dct_source
('2015-03-03', 'dateline')
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from . import errors

TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}


@dataclass(frozen=True)
class Document:
    """One article: its id, its text as read, its publication date and where that came from."""

    id: str
    text: str
    dct: str | None = None
    dct_source: str | None = None  # "given", "metadata", "dateline" or None
    title: str | None = None
    url: str | None = None

    @classmethod
    def from_text(cls, text: str, *, id: str, dct: str | None = None, title: str | None = None,
                  url: str | None = None) -> Document:
        """A document from plain text; the dateline is searched when no date is given."""
        if dct:
            return cls(id, text, normalise_date(dct), "metadata", title, url)
        found = find_dateline(text)
        return cls(id, text, found, "dateline" if found else None, title, url)

    def with_dct(self, dct: str) -> Document:
        """The same document with a publication date given by the user (``--dct``)."""
        return replace(self, dct=normalise_date(dct), dct_source="given")


# --- publication dates ------------------------------------------------------------------------

_MONTHS = ("january february march april may june july august september october november "
           "december").split()
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DAY = r"(?:[012]?\d|3[01])(?:st|nd|rd|th)?"
_DATELINE_PATTERNS = [
    # 11th February 2016 / 11 Feb. 2016
    re.compile(rf"\b(?P<d>{_DAY})\s+(?:of\s+)?(?P<m>{_MONTH})\s*,?\s+(?P<y>(?:19|20)\d\d)\b", re.I),
    # February 11, 2016 / Feb. 11th 2016
    re.compile(rf"\b(?P<m>{_MONTH})\s+(?P<d>{_DAY})\s*,?\s+(?P<y>(?:19|20)\d\d)\b", re.I),
    # 2016-02-11 / 2016/02/11
    re.compile(r"\b(?P<y>(?:19|20)\d\d)[-/.](?P<mn>[01]?\d)[-/.](?P<d>[0-3]?\d)\b"),
]
#: How far into a text a dateline may stand.
DATELINE_WINDOW = 400


def find_dateline(text: str, *, window: int = DATELINE_WINDOW) -> str | None:
    """The first full date (year, month, day) near the top of ``text``, as YYYY-MM-DD.

    >>> find_dateline("Headline\\n\\n11th February 2016, Comments 0 comments\\n\\nBody")
    '2016-02-11'
    >>> find_dateline("No date here.") is None
    True
    """
    head = text[:window]
    best: tuple[int, str] | None = None
    for pattern in _DATELINE_PATTERNS:
        for match in pattern.finditer(head):
            value = _ymd(match)
            if value and (best is None or match.start() < best[0]):
                best = (match.start(), value)
                break
    return best[1] if best else None


#: A wire dateline opening a paragraph: "KHARTOUM, May 4, 2023 (AFP) -", "WASHINGTON (AP) _",
#: "MUNICH, Germany, Feb 11 (Reuters) --": a place in capitals, an optional region and date, an
#: optional agency in brackets (at least one of date and agency), then a dash.
_WIRE_DATELINE = re.compile(
    r"(?m)^[ \t]*[A-Z][A-Z.'’ -]{1,40}(?:,[ \t]*[A-Z][A-Za-z.'’ -]{1,30}?)?"
    r"(?:(?:,[ \t]*|[ \t]+)(?P<date>[A-Za-z0-9][A-Za-z0-9., ]{2,25}?))?"
    r"[ \t]*(?P<agency>\([A-Za-z][A-Za-z .&/-]{0,25}\))?[ \t]*(?:--|[-–—_])[ \t]*")


def wire_dateline(text: str, *, window: int = DATELINE_WINDOW) -> tuple[int, int] | None:
    """The character span of a wire dateline near the top of ``text``: where the story is
    filed and by whom, so no actor, event or event date.

    >>> text = "Sudan talks\\n\\nKHARTOUM, May 4, 2023 (AFP) - The army agreed."
    >>> span = wire_dateline(text); text[span[0]:span[1]]
    'KHARTOUM, May 4, 2023 (AFP) - '
    >>> wire_dateline("WASHINGTON (AP) _ The Senate voted.")
    (0, 18)
    >>> wire_dateline("US-RUSSIA - talks resume") is None
    True
    """
    for match in _WIRE_DATELINE.finditer(text[:window]):
        if match.group("agency") or (match.group("date") and any(
                p.search(match.group("date") + " 2000") for p in _DATELINE_PATTERNS[:2])):
            return match.start(), match.end()
    return None


def _ymd(match: re.Match[str]) -> str | None:
    parts = match.groupdict()
    try:
        year = int(parts["y"])
        day = int(re.sub(r"\D", "", parts["d"]))
        if parts.get("mn"):
            month = int(parts["mn"])
        else:
            word = parts["m"].lower().rstrip(".")
            month = next(i for i, m in enumerate(_MONTHS, 1) if m.startswith(word[:3]))
        return dt.date(year, month, day).isoformat()
    except (ValueError, StopIteration):
        return None


def normalise_date(value: str) -> str:
    """A publication date as TIMEX3 (YYYY-MM-DD, or with a time); raise E003 if it is none.

    >>> normalise_date("2016-02-11T14:20:00Z")
    '2016-02-11T14:20'
    """
    if not isinstance(value, str):
        raise errors.bad_date(repr(value))
    value = value.strip()
    m = re.match(r"^(\d{4})-?(\d\d)-?(\d\d)(?:[T ](\d\d):?(\d\d)(?::\d\d(?:\.\d+)?)?)?"
                 r"(?:Z|[+-]\d\d:?\d\d)?$", value, re.ASCII)
    if m:
        y, mo, d, hh, mm = m.groups()
        try:
            dt.datetime(int(y), int(mo), int(d), int(hh or 0), int(mm or 0))
        except ValueError as exc:
            raise errors.bad_date(value) from exc
        return f"{y}-{mo}-{d}" + (f"T{hh}:{mm}" if hh else "")
    # a written date ("11 February 2016", "Feb 11, 2016"); never a relative one ("yesterday"),
    # which would be read against today
    if not re.search(r"\b(?:1[6-9]|20)\d\d\b", value, re.ASCII) or not re.search(
            r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", value):
        raise errors.bad_date(value)
    import dateparser  # slow import, only for unusual formats

    parsed = dateparser.parse(value, languages=["en"], settings={"STRICT_PARSING": True})
    if parsed is None:
        raise errors.bad_date(value)
    return parsed.date().isoformat()


# --- readers ----------------------------------------------------------------------------------


#: Where a reader hands a document it cannot read, to skip it; None raises instead.
OnError = Callable[[errors.TimelineError], None] | None


def check_inputs(paths: Iterable[str | Path]) -> list[str]:
    """The given paths, each once, in order; E001 for one that does not exist."""
    given = list(dict.fromkeys(str(p) for p in paths))
    for raw in given:
        if not Path(raw).exists():
            raise errors.no_input(raw)
    return given


def read_inputs(paths: Iterable[str | Path], *, on_error: OnError = None,
                exclude: str | Path | None = None) -> Iterator[Document]:
    """Every document in the given files and folders, one at a time, in a stable order.

    A document that cannot be read (a broken JSON line, a file that is not UTF-8, a date that
    is none) raises its error; given ``on_error``, the error is handed to it and the document
    skipped, so that one bad document does not stop a corpus. Every path is checked before
    any is read; a path given twice is read once. In folders, hidden files and folders and
    those under ``exclude`` (the output folder) are passed over.
    """
    given = check_inputs(paths)
    skip = Path(exclude).resolve() if exclude is not None else None
    failures: list[errors.TimelineError] = []

    def failed(error: errors.TimelineError) -> None:
        failures.append(error)
        _fail(error, on_error)

    count = 0
    seen: set[Path] = set()
    for raw in given:
        path = Path(raw)
        files = sorted(p for p in path.rglob("*") if _readable(p, path, skip)) \
            if path.is_dir() else [path]
        for file in files:
            if file.resolve() in seen:
                continue  # given twice, or inside a folder also given
            seen.add(file.resolve())
            for document in read_file(file, on_error=failed):
                count += 1
                yield document
    if count == 0 and not failures:
        raise errors.no_documents(given)


def _fail(error: errors.TimelineError, on_error: OnError) -> None:
    if on_error is None:
        raise error
    on_error(error)


def _readable(path: Path, folder: Path, skip: Path | None) -> bool:
    """A document file of a folder: a regular file with a known suffix, not hidden, not in a
    hidden folder, not in the output folder."""
    suffix = path.suffix.lower()
    if suffix not in TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES or not path.is_file():
        return False
    if any(part.startswith(".") for part in path.relative_to(folder).parts):
        return False
    return skip is None or skip not in path.resolve().parents


def read_file(path: Path, *, on_error: OnError = None) -> Iterator[Document]:
    """The documents in one file, by its suffix: JSON lines, HTML, else plain text."""
    suffix = path.suffix.lower()
    if path.exists() and not path.is_file() and not path.is_dir():
        _fail(errors.unreadable(str(path), "not a regular file"), on_error)
        return  # a pipe or a device would block or never end
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl(path, on_error=on_error)
        return
    try:
        raw = path.read_text(encoding="utf-8")
    except (UnicodeDecodeError, OSError) as exc:
        _fail(errors.unreadable(str(path), str(exc)), on_error)
        return
    if suffix in HTML_SUFFIXES or raw.lstrip()[:15].lower().startswith(("<!doctype html", "<html")):
        yield read_html(raw, id=path.name)
    else:
        yield Document.from_text(raw, id=path.name)


def read_jsonl(path: Path, *, on_error: OnError = None) -> Iterator[Document]:
    """One document a line: ``{"id", "text", "date"?, "title"?, "url"?}``."""
    for number, record in jsonl_records(path, on_error=on_error):
        if not isinstance(record.get("text"), str):
            why = 'no "text" field' if "text" not in record else '"text" is not a string'
            _fail(errors.bad_jsonl(str(path), number, why), on_error)
            continue
        if _SURROGATE.search(record["text"]):
            _fail(errors.unreadable(f"{path} line {number}", "its text holds a lone surrogate "
                                    "escape such as \\ud800"), on_error)
            continue
        # an id is a name: no control characters (XML exports cannot hold them)
        doc_id = _CONTROL.sub("", str(record.get("id") or record.get("doc") or "")) or \
            f"{path.name}:{number}"
        date = record.get("date") or record.get("dct") or None
        try:
            yield Document.from_text(record["text"], id=doc_id, dct=date,
                                     title=record.get("title"), url=record.get("url"))
        except errors.TimelineError:
            _fail(errors.bad_date(str(date), where=f"{path} line {number}"), on_error)


_CONTROL = re.compile("[\x00-\x1f\x7f]")
#: Half of a UTF-16 pair on its own ("\ud800" in JSON): no text, and no tokenizer takes it.
_SURROGATE = re.compile("[\ud800-\udfff]")


def jsonl_records(path: Path, *, on_error: OnError = None,
                  example: str | None = None) -> Iterator[tuple[int, dict]]:
    """(line number, object) for every non-blank line; E002 names each line that is none."""
    try:
        handle = path.open("rb")  # decoded a line at a time, so that one bad line is one lost
    except OSError as exc:
        _fail(errors.unreadable(str(path), str(exc)), on_error)
        return
    with handle:
        for number, raw in enumerate(handle, 1):
            try:
                line = raw.decode("utf-8-sig")
            except UnicodeDecodeError as exc:
                _fail(errors.unreadable(f"{path} line {number}", str(exc)), on_error)
                continue
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                _fail(errors.bad_jsonl(str(path), number, exc.msg, *_ex(example)), on_error)
                continue
            except (RecursionError, ValueError) as exc:  # nested too deep, a 5,000-digit number
                _fail(errors.bad_jsonl(str(path), number, str(exc)[:80], *_ex(example)), on_error)
                continue
            if not isinstance(record, dict):
                _fail(errors.bad_jsonl(str(path), number, "not an object", *_ex(example)), on_error)
                continue
            yield number, record


def _ex(example: str | None) -> tuple[str, ...]:
    return (example,) if example else ()


# --- HTML -------------------------------------------------------------------------------------

_META_DATE_NAMES = (
    "article:published_time", "og:article:published_time", "datepublished", "date", "pubdate",
    "publishdate", "publish-date", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date",
    "parsely-pub-date", "article.published", "published_time", "og:published_time",
)
_BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, figcaption"


def read_html(html: str, *, id: str) -> Document:
    """A document from an HTML page: its readable text, title, and publication date.

    >>> d = read_html('<html><head><meta property="article:published_time" '
    ...               'content="2016-02-11T10:00:00Z"><title>T</title></head>'
    ...               '<body><p>Kerry met Lavrov.</p><script>x()</script></body></html>', id="p")
    >>> d.text, d.dct, d.title
    ('Kerry met Lavrov.', '2016-02-11T10:00', 'T')
    """
    from selectolax.lexbor import LexborHTMLParser as HTMLParser

    tree = HTMLParser(html)
    title_node = tree.css_first("title") or tree.css_first("h1")
    title = title_node.text(strip=True) if title_node else None
    dct = _html_date(tree)
    url_node = tree.css_first('link[rel="canonical"]') or tree.css_first('meta[property="og:url"]')
    url = (url_node.attributes.get("href") or url_node.attributes.get("content")) if url_node else None
    for node in tree.css("script, style, noscript, nav, header, footer, aside, form, template"):
        node.decompose()
    root = tree.css_first("article") or tree.body or tree.root
    blocks = [b.text(separator=" ", strip=True) for b in root.css(_BLOCKS)] if root else []
    blocks = [re.sub(r"\s+", " ", b) for b in blocks if b.strip()]
    text = "\n\n".join(_dedupe_nested(blocks)) if blocks else \
        re.sub(r"[ \t]+", " ", root.text(separator="\n") if root else "").strip()
    if dct:
        return Document(id, text, dct, "metadata", title, url)
    return Document.from_text(text, id=id, title=title, url=url)


def _dedupe_nested(blocks: list[str]) -> list[str]:
    """Drop a block whose text is wholly inside the block before it (an <li> holding a <p>)."""
    out: list[str] = []
    for block in blocks:
        if out and block in out[-1]:
            continue
        out.append(block)
    return out


def _html_date(tree) -> str | None:
    for node in tree.css("meta"):
        attrs = node.attributes
        name = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        if name in _META_DATE_NAMES and attrs.get("content"):
            try:
                return normalise_date(attrs["content"])
            except errors.TimelineError:
                continue
    for node in tree.css('script[type="application/ld+json"]'):
        found = _jsonld_date(node.text())
        if found:
            return found
    node = tree.css_first("time[datetime]")
    if node:
        try:
            return normalise_date(node.attributes["datetime"] or "")
        except errors.TimelineError:
            return None
    return None


def _jsonld_date(raw: str) -> str | None:
    try:
        data = json.loads(raw)
    except json.JSONDecodeError:
        return None
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            value = item.get("datePublished") or item.get("dateCreated")
            if isinstance(value, str):
                try:
                    return normalise_date(value)
                except errors.TimelineError:
                    pass
            stack.extend(v for v in item.values() if isinstance(v, (dict, list)))
    return None
