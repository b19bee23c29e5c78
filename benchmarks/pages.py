"""How fast graph.html and timeline.html become interactive in headless Chromium, beside baselines.

    .venv/bin/python benchmarks/pages.py [--actors 2000] [--relations 20000] [--events 20000]

Interactive means the page's ``window.__ready`` flag: for graph.html it is set once vis-network
has drawn the graph with physics stopped (small graphs: after the bounded stabilisation; big
graphs: placed by ``cluster_layout`` and drawn with no physics), for timeline.html once the first
chunk of events is in the DOM. Times are milliseconds since navigation start, read from the
page's own performance marks, with the first contentful paint beside them.

Baselines, measured in the same run on the same data:
- graph: pyvis' default page (``Network.from_nx``, ``cdn_resources="in_line"``, default physics),
  interactive once its stabilisation is done; its CDN links are blocked, and the wait is capped.
- timeline: the whole list rendered as static HTML at once (the page this one replaced).

Goals: graph <= 3 s for 2,000 actors and 20,000 relations; timeline <= 2 s for 20,000 events.
"""

from __future__ import annotations

import argparse
import html
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync"]
LOCAL = ("file:", "data:", "blob:", "about:")
BASELINE_CAP_S = 60


def synthetic(actors: int, relations: int, events: int, seed: int = 11):
    """A GraphBuilder over a corpus with a skewed degree distribution, like news: a few actors in
    most events. Every relation has at least one event; the rest are spread over the pairs."""
    from graphs.build import GraphBuilder
    from timeline.records import PLOVER_TYPES, Actor, DocumentResult, Event

    rnd = random.Random(seed)
    kinds = ("country", "person", "organization", "group")
    people = [Actor(f"A{i}", f"Actor {i}", kinds[i % 4], f"C{i % 120:03d}",
                    affiliation=f"A{i - 1}" if i % 4 == 1 else None) for i in range(actors)]
    weights = [1 / (rank + 1) ** 0.8 for rank in range(actors)]
    # Everyone acts at least once; then the skew.
    pairs = {(i, (i + 1 + rnd.randrange(actors - 1)) % actors) for i in range(min(actors, relations))}
    while len(pairs) < relations:
        a, b = rnd.choices(range(actors), weights, k=2)
        if a != b:
            pairs.add((a, b))
    ordered = sorted(pairs)
    made = []
    for k in range(max(events, relations)):
        a, b = ordered[k] if k < len(ordered) else rnd.choice(ordered)
        kind = rnd.choice(PLOVER_TYPES)
        day = f"2016-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
        date = rnd.choice([day, day, day, day[:7], None])
        sentence = f"Actor {a} and Actor {b}: a {kind.lower()} event, number {k}, reported here."
        made.append(Event(f"e{k}", f"doc{k % 400}", date, date, "timex" if date else None,
                          f"A{a}", f"A{b}", kind, sentence, 0, len(sentence),
                          cooperation=rnd.uniform(-10, 10)))
    builder = GraphBuilder()
    builder.add(DocumentResult("corpus", "2016-12-31", "Synthetic corpus", None, "",
                               actors=tuple(people), events=tuple(made)))
    return builder


def pyvis_default(graph, path: Path) -> None:
    from pyvis.network import Network

    net = Network(directed=True, cdn_resources="in_line")
    simple = graph.__class__()
    for node, data in graph.nodes(data=True):
        simple.add_node(node, label=data.get("label", node))
    for u, v, data in graph.edges(data=True):
        simple.add_edge(u, v, weight=data.get("weight", 1))
    net.from_nx(simple)
    path.write_text(net.generate_html(), encoding="utf-8")


def static_list(events, path: Path) -> None:
    rows = "".join(f"<li>{html.escape(e.date or '')} {html.escape(e.sentence)}</li>"
                   for e in sorted(events, key=lambda e: e.date or "9999"))
    path.write_text("<!doctype html><meta charset=utf-8><title>Timeline</title><ul>" + rows +
                    "</ul><script>requestAnimationFrame(() => { performance.mark('static:ready');"
                    " window.__ready = true; });</script>", encoding="utf-8")


# Installed before pyvis' page runs: note when its network finishes stabilising.
PYVIS_HOOK = """
Object.defineProperty(window, "network", {configurable: true,
  get() { return this.__network; },
  set(n) { this.__network = n;
    n.once("stabilizationIterationsDone", () => requestAnimationFrame(() => {
      performance.mark("pyvis:ready"); window.__ready = true; })); }});
"""


def measure(browser, path: Path, mark: str, timeout_s: float, hook: str | None = None):
    """(ms to interactive or None on timeout, ms to first contentful paint, requests blocked)."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    blocked: list[str] = []

    def route(r):
        if r.request.url.startswith(LOCAL):
            r.continue_()
        else:
            blocked.append(r.request.url)
            r.abort()

    context.route("**/*", route)
    page = context.new_page()
    if hook:
        page.add_init_script(hook)
    try:
        page.goto(path.as_uri(), wait_until="commit")
        try:
            page.wait_for_function("() => window.__ready === true", timeout=timeout_s * 1000,
                                   polling=50)
            ready = page.evaluate(f"() => performance.getEntriesByName({mark!r})[0].startTime")
        except Exception:  # playwright's TimeoutError: report it, do not fail the run
            ready = None
        paint = page.evaluate("() => (performance.getEntriesByName('first-contentful-paint')[0]"
                              " || {startTime: null}).startTime")
        return ready, paint, blocked
    finally:
        context.close()


def fmt(ms: float | None, cap: float | None = None) -> str:
    if ms is None:
        return f"timed out after {cap:.0f} s" if cap else "n/a"
    return f"{ms / 1000:6.2f} s"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actors", type=int, default=2000)
    parser.add_argument("--relations", type=int, default=20000)
    parser.add_argument("--events", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=3, help="runs of our pages (median shown)")
    parser.add_argument("--baseline-cap", type=float, default=BASELINE_CAP_S)
    args = parser.parse_args()
    if not Path(CHROMIUM).exists():
        print(f"{CHROMIUM} is missing; install Debian's chromium", file=sys.stderr)
        return 1
    from playwright.sync_api import sync_playwright

    from graphs.page import write_graph_page
    from timeline.page import write_timeline_page

    started = time.perf_counter()
    builder = synthetic(args.actors, args.relations, args.events)
    graph = builder.graph()
    relations = sum(1 for *_, k in graph.edges(keys=True) if k == "relation")
    events = builder.events()
    out = Path(tempfile.mkdtemp(prefix="pages-bench-"))
    t = time.perf_counter()
    write_graph_page(graph, out / "graph.html", events=events, documents=builder.documents())
    graph_write = time.perf_counter() - t
    t = time.perf_counter()
    write_timeline_page(events, builder.actors(), builder.documents(), out / "timeline.html")
    timeline_write = time.perf_counter() - t
    pyvis_default(graph, out / "pyvis.html")
    static_list(events, out / "static.html")
    print(f"corpus: {graph.number_of_nodes():,} actors, {relations:,} relations, "
          f"{len(events):,} events (made in {time.perf_counter() - started:.1f} s); pages in {out}")

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        ours_graph = [measure(browser, out / "graph.html", "graph:ready", 30) for _ in range(args.runs)]
        base_graph = measure(browser, out / "pyvis.html", "pyvis:ready", args.baseline_cap,
                             hook=PYVIS_HOOK)
        ours_tl = [measure(browser, out / "timeline.html", "timeline:ready", 30)
                   for _ in range(args.runs)]
        base_tl = measure(browser, out / "static.html", "static:ready", args.baseline_cap)
        browser.close()

    def median(runs, i):
        values = [r[i] for r in runs if r[i] is not None]
        return statistics.median(values) if len(values) == len(runs) else None

    size = lambda name: (out / name).stat().st_size / 1e6  # noqa: E731
    g_ready, g_paint = median(ours_graph, 0), median(ours_graph, 1)
    t_ready, t_paint = median(ours_tl, 0), median(ours_tl, 1)
    print(f"graph.html     interactive {fmt(g_ready, 30)}  first paint {fmt(g_paint)}  "
          f"{size('graph.html'):5.1f} MB  written in {graph_write:.1f} s   goal <= 3 s: "
          f"{'met' if g_ready is not None and g_ready <= 3000 else 'MISSED'}")
    print(f"  baseline pyvis default (from_nx, in_line, default physics): interactive "
          f"{fmt(base_graph[0], args.baseline_cap)}  first paint {fmt(base_graph[1])}  "
          f"{size('pyvis.html'):5.1f} MB  ({len(base_graph[2])} CDN requests blocked)")
    print(f"timeline.html  interactive {fmt(t_ready, 30)}  first paint {fmt(t_paint)}  "
          f"{size('timeline.html'):5.1f} MB  written in {timeline_write:.1f} s   goal <= 2 s: "
          f"{'met' if t_ready is not None and t_ready <= 2000 else 'MISSED'}")
    print(f"  baseline static list of every event: interactive {fmt(base_tl[0], args.baseline_cap)}"
          f"  first paint {fmt(base_tl[1])}  {size('static.html'):5.1f} MB")
    for name, runs in (("graph.html", ours_graph), ("timeline.html", ours_tl)):
        if any(r[2] for r in runs):
            print(f"WARNING: {name} tried to fetch {runs[0][2][:3]}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
