"""How many of the parser's named entities resolve to an actor, on the TempEval-3 articles.

    python benchmarks/actor_coverage.py [--top 20]

Reads the 256 TimeBank/AQUAINT articles of ../shared/data/tempeval3 (plain text through
../shared/eval/te3_score.py's ``parse_tml``), runs spaCy and ``find_mentions`` with each article's
publication date, and prints, for PERSON, ORG and GPE/NORP/LOC entities, the share that overlaps a
mention of an actor, beside the baseline of the knowledge base alone (the entity's text looked up
as a name, no context). Then the most frequent names left unresolved. A measurement only: none of
these articles' strings belong in the project's data.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))

GROUPS = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE/NORP/LOC", "NORP": "GPE/NORP/LOC",
          "LOC": "GPE/NORP/LOC"}


def articles() -> list[dict]:
    sys.path.insert(0, str(SHARED / "eval"))
    from te3_score import parse_tml  # noqa: PLC0415

    paths = sorted((SHARED / "data" / "tempeval3").glob("*/*.tml"))
    return [parse_tml(str(p)) for p in paths]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--top", type=int, default=20, help="how many unresolved names to list")
    args = parser.parse_args()
    if not (SHARED / "data" / "tempeval3").is_dir():
        print("skipped: ../shared/data/tempeval3 is absent")
        return 0

    from timeline import nlp
    from timeline.actors import find_mentions, load_kb

    docs = articles()
    kb = load_kb()
    model = nlp.load()
    total: Counter[str] = Counter()
    resolved: Counter[str] = Counter()
    in_kb: Counter[str] = Counter()
    baseline: Counter[str] = Counter()
    unresolved: Counter[str] = Counter()
    started = time.perf_counter()
    texts = ((d["text"], d) for d in docs)
    for sdoc, doc in model.pipe(texts, as_tuples=True, batch_size=16):
        date = (doc["dct"] or "")[:10] or None
        mentions = [m for m in find_mentions(sdoc, doc_id=doc["doc"], date=date, kb=kb)
                    if m.actor.is_actor]
        for ent in sdoc.ents:
            group = GROUPS.get(ent.label_)
            if group is None:
                continue
            start, end = ent.start_char, ent.end_char
            total[group] += 1
            hits = [m for m in mentions if m.start < end and start < m.end]
            if hits:
                resolved[group] += 1
                in_kb[group] += any(m.actor.kb for m in hits)
            else:
                unresolved[ent.text.strip()] += 1
            names = kb.names(ent.text)
            if names and names[0].entry.kind not in ("location",):
                baseline[group] += 1
    took = time.perf_counter() - started
    print(f"{len(docs)} articles in {took:.1f}s (spaCy and find_mentions)")
    print(f"{'entities':14} {'n':>6} {'resolved':>9} {'to a KB actor':>14} "
          f"{'baseline: KB name lookup':>26}")
    for group in ("PERSON", "ORG", "GPE/NORP/LOC"):
        n = total[group] or 1
        print(f"{group:14} {total[group]:6} {resolved[group] / n:9.1%} {in_kb[group] / n:14.1%} "
              f"{baseline[group] / n:26.1%}")
    n = sum(total.values()) or 1
    print(f"{'all':14} {sum(total.values()):6} {sum(resolved.values()) / n:9.1%} "
          f"{sum(in_kb.values()) / n:14.1%} {sum(baseline.values()) / n:26.1%}")
    print("(resolved: overlaps a mention of an actor, people and organisations the knowledge base\n"
          " lacks included; places such as 'in Miami' are rightly no actor)")
    print(f"\nmost frequent unresolved names (top {args.top}):")
    for name, count in unresolved.most_common(args.top):
        kinds = {h.entry.kind for h in kb.names(name)}
        hint = " (a place)" if "location" in kinds else " (a capital, as a place)" if "seat" in kinds else ""
        print(f"{count:5}  {name}{hint}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
