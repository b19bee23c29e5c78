"""How long `timeline build` takes on the example article, model load included and excluded.

    .venv/bin/python benchmarks/build.py [ARTICLE] [--repeat 5]

Prints: the spaCy model load time, the per-document processing time (median of the repeats),
and the whole command (a fresh process, as a user runs it) as the baseline it adds up to.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("article", nargs="?", default=str(ROOT / "examples" / "syria_ceasefire_2016-02-11.txt"))
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()

    from timeline import nlp
    from timeline.pipeline import Settings, build

    started = time.perf_counter()
    nlp.load()
    load = time.perf_counter() - started
    build([args.article], tempfile.mkdtemp(), Settings())  # warm: knowledge base, lexicon
    runs = []
    for _ in range(args.repeat):
        started = time.perf_counter()
        build([args.article], tempfile.mkdtemp(), Settings())
        runs.append(time.perf_counter() - started)
    cli = ROOT / ".venv" / "bin" / "timeline"
    command = [str(cli)] if cli.exists() else [sys.executable, "-m", "timeline"]
    started = time.perf_counter()
    subprocess.run(command + ["build", args.article, "--out", tempfile.mkdtemp()], check=True,
                   capture_output=True)
    whole = time.perf_counter() - started
    print(f"model load: {load:.2f} s")
    print(f"build, model loaded (median of {args.repeat}): {statistics.median(runs):.3f} s")
    print(f"baseline: whole `timeline build` command in a fresh process: {whole:.2f} s")


if __name__ == "__main__":
    main()
