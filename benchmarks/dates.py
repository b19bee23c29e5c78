"""Benchmark: our temporal tagger against dateparser's ``search_dates`` on the TempEval-3 dev set.

Runs both on the same articles in one run and prints wall time and the four TempEval-3 F1s
(strict, relaxed, value, type) for each, scored with ../shared/eval/te3_score.py.

    .venv/bin/python benchmarks/dates.py            # all 256 articles (dateparser takes minutes)
    .venv/bin/python benchmarks/dates.py --limit 20

dateparser returns matched strings and datetimes, not offsets: each string is located in the
text after the previous one, typed DATE and valued at day granularity (YYYY-MM-DD), which is
the most that its output says.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))


def ours(doc: dict) -> list[dict]:
    from timeline.temporal import find_timexes

    return [t.contract_dict() for t in find_timexes(doc["text"], doc["dct"])]


def dateparser_baseline(doc: dict) -> list[dict]:
    from dateparser.search import search_dates

    settings = {}
    if doc["dct"]:
        settings["RELATIVE_BASE"] = dt.datetime.fromisoformat(doc["dct"][:10])
    found = search_dates(doc["text"], languages=["en"], settings=settings) or []
    out, cursor = [], 0
    for text, when in found:
        start = doc["text"].find(text, cursor)
        if start < 0:
            continue
        cursor = start + len(text)
        out.append({"text": text, "start": start, "end": cursor, "type": "DATE",
                    "value": when.date().isoformat()})
    return out


def measure(name: str, tagger, gold: list[dict], te3) -> str:
    started = time.perf_counter()
    system = {te3.doc_key(d["doc"]): tagger(d) for d in gold}
    seconds = time.perf_counter() - started
    totals, *_ = te3.score(gold, system)
    m = te3.metrics(totals)
    f1 = "  ".join(f"{k} {100 * m[k]['F1']:6.2f}" for k in ("strict", "relaxed", "value", "type"))
    return f"{name:<22} {len(gold):4d} docs  {seconds:8.2f} s   F1: {f1}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--gold", type=Path, default=SHARED / "data" / "tempeval3")
    args = parser.parse_args(argv)
    if not (SHARED / "eval" / "te3_score.py").exists() or not args.gold.exists():
        print(f"skipped: {SHARED} (TempEval-3 data and scorer) is absent")
        return 0
    sys.path.insert(0, str(SHARED / "eval"))
    import te3_score as te3

    gold = [te3.parse_tml(f) for f in te3.find_tml([str(args.gold)])][: args.limit]
    for doc in gold:
        doc["dct"] = doc["dct"][:10] if doc["dct"] else None
    print(f"TempEval-3 dev ({args.gold}), {sum(len(d['timexes']) for d in gold)} gold timexes")
    print(measure("timeline.temporal", ours, gold, te3))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        print(measure("dateparser.search_dates", dateparser_baseline, gold, te3))
    return 0


if __name__ == "__main__":
    sys.exit(main())
