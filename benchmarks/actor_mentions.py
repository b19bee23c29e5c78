"""Print every actor mention found in an article, with the actor it resolves to.

    python benchmarks/actor_mentions.py examples/syria_ceasefire_2016-02-11.txt 2016-02-11
"""

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from timeline import nlp  # noqa: E402
from timeline.actors import find_mentions, load_kb  # noqa: E402


def main(path: str, date: str) -> None:
    text = Path(path).read_text(encoding="utf-8")
    sdoc = nlp.load()(text)
    started = time.perf_counter()
    mentions = find_mentions(sdoc, doc_id=Path(path).name, date=date, kb=load_kb())
    took = time.perf_counter() - started
    for m in mentions:
        assert text[m.start:m.end] == m.text
        a = m.actor
        print(f"{m.start:5} {m.text!r:55} head={text[m.head_start:m.head_end]!r:16} -> {a.id} "
              f"[{a.kind}] {a.label!r} country={a.country} aff={a.affiliation} role={a.role} "
              f"sector={m.sector or a.sector}")
    print(f"{len(mentions)} mentions, {len({m.actor.id for m in mentions})} actors in {took:.2f}s")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "2016-02-11")
