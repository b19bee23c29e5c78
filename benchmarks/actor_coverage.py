"""How many of the parser's named entities resolve to an actor, on the TempEval-3 articles.

    python benchmarks/actor_coverage.py [--top 20]

Reads the 256 TimeBank/AQUAINT articles of ../shared/data/tempeval3 (plain text through
../shared/eval/te3_score.py's ``parse_tml``), runs spaCy and ``find_mentions`` with each article's
publication date, and prints, for PERSON, ORG and GPE/NORP/LOC entities, the share that overlaps a
mention of an actor and the share whose actor is in the knowledge base, beside the baseline of the
knowledge base alone (the entity's text looked up as a name, no context). Then the most frequent
names left unresolved. A measurement only: none of these articles' strings belong in the
project's data.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))

GROUPS = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE/NORP/LOC", "NORP": "GPE/NORP/LOC",
          "LOC": "GPE/NORP/LOC"}


@dataclass
class Tally:
    total: Counter = field(default_factory=Counter)
    resolved: Counter = field(default_factory=Counter)
    in_kb: Counter = field(default_factory=Counter)
    baseline: Counter = field(default_factory=Counter)
    unresolved: Counter = field(default_factory=Counter)


def articles() -> list[dict]:
    sys.path.insert(0, str(SHARED / "eval"))
    from te3_score import parse_tml

    return [parse_tml(str(p)) for p in sorted((SHARED / "data" / "tempeval3").glob("*/*.tml"))]


def measure(docs: list[dict], kb) -> Tally:
    from timeline import nlp
    from timeline.actors import find_mentions

    tally = Tally()
    for sdoc, doc in nlp.load().pipe(((d["text"], d) for d in docs), as_tuples=True, batch_size=16):
        date = (doc["dct"] or "")[:10] or None
        mentions = [m for m in find_mentions(sdoc, doc_id=doc["doc"], date=date, kb=kb) if m.actor.is_actor]
        for ent in sdoc.ents:
            group = GROUPS.get(ent.label_)
            if group is None:
                continue
            tally.total[group] += 1
            hits = [m for m in mentions if m.start < ent.end_char and ent.start_char < m.end]
            if hits:
                tally.resolved[group] += 1
                tally.in_kb[group] += any(m.actor.kb for m in hits)
            else:
                tally.unresolved[ent.text.strip()] += 1
            names = kb.names(ent.text)
            tally.baseline[group] += bool(names and names[0].entry.kind != "location")
    return tally


def report(tally: Tally, kb, top: int) -> None:
    print(f"{'entities':14} {'n':>6} {'resolved':>9} {'to a KB actor':>14} {'baseline: KB name lookup':>26}")
    for group in ("PERSON", "ORG", "GPE/NORP/LOC", None):
        def share(counter: Counter) -> float:
            n = tally.total[group] if group else sum(tally.total.values())
            return (counter[group] if group else sum(counter.values())) / (n or 1)

        n = tally.total[group] if group else sum(tally.total.values())
        print(f"{group or 'all':14} {n:6} {share(tally.resolved):9.1%} {share(tally.in_kb):14.1%} "
              f"{share(tally.baseline):26.1%}")
    print("(resolved: overlaps a mention of an actor, people and organisations the knowledge base\n"
          " lacks included; places such as 'in Miami' are rightly no actor, and a capital is one\n"
          " only when it acts, so the name-lookup baseline counts more capitals than we do)")
    print(f"\nmost frequent unresolved names (top {top}):")
    for name, count in tally.unresolved.most_common(top):
        kinds = {h.entry.kind for h in kb.names(name)}
        hint = " (a place)" if "location" in kinds else " (a capital, as a place)" if "seat" in kinds else ""
        print(f"{count:5}  {name}{hint}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--top", type=int, default=20, help="how many unresolved names to list")
    args = parser.parse_args()
    if not (SHARED / "data" / "tempeval3").is_dir():
        print("skipped: ../shared/data/tempeval3 is absent")
        return 0
    from timeline.actors import load_kb

    docs, kb = articles(), load_kb()
    started = time.perf_counter()
    tally = measure(docs, kb)
    print(f"{len(docs)} articles in {time.perf_counter() - started:.1f}s (spaCy and find_mentions)")
    report(tally, kb, args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
