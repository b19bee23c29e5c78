"""graph.html and timeline.html in real Chromium (Debian's /usr/bin/chromium, via Playwright).

Every page is opened from file:// and must: fetch nothing beyond file:/data:/blob:/about:, log
no console error, show article text holding <script> and <img onerror> as text (no dialog), and
react to its search, filters, time window and roll-up.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from graphs.page import write_graph_page
from test_pages import ACTORS, XSS_IMG, XSS_SCRIPT, corpus
from timeline.page import write_timeline_page
from timeline.records import PLOVER_TYPES

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
LOCAL_SCHEMES = ("file:", "data:", "blob:", "about:")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync"]


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is missing")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


class Opened:
    """A page with everything it requested, logged and alerted recorded."""

    def __init__(self, browser, path: Path, width: int = 1280, height: int = 800) -> None:
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page = browser.new_page(viewport={"width": width, "height": height})
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.goto(path.as_uri())
        # A function, not a string: the pages' CSP forbids eval, which string predicates use.
        self.page.wait_for_function("() => window.__ready === true", timeout=15000)

    def js(self, script: str):
        return self.page.evaluate(script)

    def check_clean(self) -> None:
        remote = [u for u in self.requests if not u.startswith(LOCAL_SCHEMES)]
        assert remote == [], f"requests left the machine: {remote}"
        assert self.errors == []
        assert self.dialogs == []

    def close(self) -> None:
        self.page.close()


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    out = tmp_path_factory.mktemp("pages")
    builder = corpus()
    write_graph_page(builder.graph(), out / "graph.html", events=builder.events(),
                     documents=builder.documents())
    write_timeline_page(builder.events(), builder.actors(), builder.documents(),
                        out / "timeline.html")
    return out


@pytest.fixture()
def graph(browser, pages):
    opened = Opened(browser, pages / "graph.html")
    yield opened
    opened.check_clean()
    opened.close()


@pytest.fixture()
def timeline(browser, pages):
    opened = Opened(browser, pages / "timeline.html")
    yield opened
    opened.check_clean()
    opened.close()


def visible_edges(g: Opened) -> set[str]:
    return set(g.js("() => window.__graph.visibleEdges()"))


def visible_nodes(g: Opened) -> set[str]:
    return set(g.js("() => window.__graph.visibleNodes()"))


def edge_id(g: Opened, source: str, target: str) -> str:
    return g.js(f"() => window.__graph.edge({source!r}, {target!r}).id")


# --- graph.html ----------------------------------------------------------------------------


def test_graph_search_narrows_to_an_actor_and_its_neighbours(graph):
    everyone = visible_nodes(graph)
    graph.page.fill("#search", "lavrov")
    graph.page.wait_for_function("() => window.__graph.state.query === 'lavrov'")
    assert visible_nodes(graph) == {"person:sergei-lavrov", "person:john-kerry", "RUS"}
    graph.page.click("#matches button")
    assert "Sergei Lavrov" in graph.page.inner_text("#details")
    graph.page.fill("#search", "")
    graph.page.wait_for_function("() => window.__graph.state.query === ''")
    assert visible_nodes(graph) == everyone


def test_graph_filters_by_kind_type_and_quad(graph):
    assault = edge_id(graph, "SYR", "SYR-OPP")
    consult = edge_id(graph, "person:john-kerry", "person:sergei-lavrov")
    assert {assault, consult} <= visible_edges(graph)
    graph.page.get_by_label("4 material conflict").uncheck()
    assert assault not in visible_edges(graph) and consult in visible_edges(graph)
    graph.page.get_by_label("4 material conflict").check()
    graph.page.click("#types-none")
    assert visible_edges(graph) == set()
    graph.page.get_by_label("CONSULT", exact=True).check()
    assert visible_edges(graph) == {consult}
    graph.page.click("#reset")
    graph.page.get_by_label("person", exact=True).uncheck()
    assert "person:john-kerry" not in visible_nodes(graph) and consult not in visible_edges(graph)


def test_graph_time_window_hides_relations_outside_it(graph):
    accuse = edge_id(graph, "USA", "RUS")      # 2016-03-01
    assault = edge_id(graph, "SYR", "SYR-OPP")  # 2016-02-01 and 2016-W06
    undated = edge_id(graph, "UN", "SYR")
    assert {accuse, assault, undated} <= visible_edges(graph)
    # Move "to" to 2016-02-20 (day 16851) with the keyboard-equivalent input event.
    graph.page.eval_on_selector("#to", "el => { el.value = 16851; el.dispatchEvent(new Event('input')); }")
    shown = visible_edges(graph)
    assert accuse not in shown and undated not in shown and assault in shown
    assert graph.page.inner_text("#to-out") == "2016-02-20"
    graph.page.eval_on_selector("#from", "el => { el.value = 16846; el.dispatchEvent(new Event('input')); }")
    assert assault not in visible_edges(graph)  # its last day is 14 February


def test_graph_rollup_toggle_changes_nodes(graph):
    before = visible_nodes(graph)
    graph.page.check("#rollup")
    after = visible_nodes(graph)
    assert "person:john-kerry" in before and "person:john-kerry" not in after
    assert "USA" in after
    # Kerry -> Lavrov joined United States -> Russia.
    assert graph.js("() => window.__graph.edge('USA', 'RUS').w") == 2
    graph.page.uncheck("#rollup")
    assert visible_nodes(graph) == before


def test_graph_shows_article_markup_as_text(graph):
    graph.js("() => window.__graph.selectEdge(window.__graph.edge('SYR', 'SYR-OPP').id)")
    details = graph.page.inner_text("#details")
    assert XSS_SCRIPT in details and XSS_IMG in details
    assert graph.page.locator("#details img, #details script").count() == 0
    # The source link of a javascript: URL stays text.
    assert graph.page.locator("#details a[href^='javascript']").count() == 0


def test_graph_tooltip_lists_events_as_text(graph):
    edge = graph.js("() => window.__graph.edge('SYR', 'SYR-OPP').id")
    network_box = graph.page.locator("#network").bounding_box()
    # Hover the middle of the edge; vis-network reports positions in canvas coordinates.
    point = graph.js(f"""() => {{
        const n = window.__graph.network, e = n.body.edges[{edge!r}];
        return n.canvasToDOM(e.edgeType.getPoint(0.5)); }}""")
    graph.page.mouse.move(network_box["x"] + point["x"] - 20, network_box["y"] + point["y"] - 20)
    graph.page.mouse.move(network_box["x"] + point["x"], network_box["y"] + point["y"], steps=4)
    graph.page.wait_for_selector("#tooltip:not([hidden])", timeout=3000)
    text = graph.page.inner_text("#tooltip")
    assert "Syria → Syrian opposition" in text and XSS_IMG in text


def test_graph_is_usable_by_keyboard(graph):
    graph.page.keyboard.press("Tab")  # the skip link
    graph.page.keyboard.press("Tab")
    assert graph.js("() => document.activeElement.id") == "search"
    graph.page.keyboard.type("kerry")
    graph.page.wait_for_function("() => window.__graph.state.query === 'kerry'")
    graph.page.keyboard.press("Enter")
    assert "John Kerry" in graph.page.inner_text("#details")


def test_graph_at_phone_width(browser, pages):
    phone = Opened(browser, pages / "graph.html", 375, 812)
    try:
        width = phone.js("() => document.documentElement.scrollWidth")
        assert width <= 375
        assert phone.page.locator("#network canvas").bounding_box()["width"] >= 300
        phone.check_clean()
    finally:
        phone.close()


# --- timeline.html ---------------------------------------------------------------------------


def ids_shown(t: Opened) -> list[str]:
    return t.js("() => [...document.querySelectorAll('li.event')].map(li => li.dataset.id)")


def test_timeline_in_order_with_granularity_headers(timeline):
    assert ids_shown(timeline) == ["e2", "e4", "e3", "e1", "e7", "e5", "e6"]
    headers = timeline.js("() => [...document.querySelectorAll('.group h2')].map(h => h.textContent)")
    assert headers[0] == "February 2016month"
    assert headers[-1] == "Undated or unresolved"


def test_timeline_search_and_filters(timeline):
    timeline.page.fill("#q", "shelled")
    timeline.page.wait_for_function("() => window.__timeline.state.q === 'shelled'")
    assert ids_shown(timeline) == ["e3"]
    timeline.page.fill("#q", "")
    timeline.page.wait_for_function("() => window.__timeline.state.q === ''")
    timeline.page.select_option("#type", "ASSAULT")
    assert ids_shown(timeline) == ["e4", "e3"]
    timeline.page.select_option("#type", "")
    timeline.page.get_by_label("verbal cooperation").uncheck()
    assert "e1" not in ids_shown(timeline) and "e7" not in ids_shown(timeline)
    timeline.page.click("#reset")
    timeline.page.eval_on_selector("#to", "el => { el.value = 16840; el.dispatchEvent(new Event('input')); }")
    assert ids_shown(timeline) == ["e2", "e4", "e3"]  # the month and week overlap the window


def test_timeline_actor_click_filters_to_that_actor(timeline):
    timeline.page.locator("li.event[data-id=e1] button.actor", has_text="John Kerry").click()
    assert ids_shown(timeline) == ["e1", "e7"]
    assert timeline.page.input_value("#actor") == "person:john-kerry"
    timeline.page.get_by_role("button", name="Show all actors").click()
    assert len(ids_shown(timeline)) == 7


def test_timeline_overview_jumps(timeline):
    bars = timeline.page.locator("#bars button:not(.empty)")
    assert bars.count() >= 3
    bars.last.click()
    assert ids_shown(timeline)[0] == "e5"  # March; earlier events behind a button
    assert timeline.page.locator("#earlier").is_visible()
    timeline.page.click("#earlier")
    assert ids_shown(timeline)[0] == "e2"


def test_timeline_shows_article_markup_as_text(timeline):
    text = timeline.page.inner_text("li.event[data-id=e3]")
    assert XSS_SCRIPT in text and XSS_IMG in text
    assert timeline.page.locator("#list img, #list script").count() == 0
    assert timeline.page.locator("#list a[href^='javascript']").count() == 0
    assert timeline.page.locator("#list a[href='https://example.org/munich']").count() >= 1


def test_timeline_at_phone_width(browser, pages):
    phone = Opened(browser, pages / "timeline.html", 375, 812)
    try:
        assert phone.js("() => document.documentElement.scrollWidth") <= 375
        phone.page.keyboard.press("Tab")
        phone.page.keyboard.press("Tab")
        assert phone.js("() => document.activeElement.id") == "q"
        phone.check_clean()
    finally:
        phone.close()


def test_timeline_renders_20000_events_in_chunks(browser, tmp_path):
    # Distinct (date, type, pair) each, so no two are merged as reports of one event.
    pairs = [(a.id, b.id) for a in ACTORS for b in ACTORS if a != b]
    start = dt.date(2016, 1, 1)
    events = [(f"x{i}", (start + dt.timedelta(i % 366)).isoformat(), *pairs[i // (366 * 16)],
               PLOVER_TYPES[(i // 366) % 16], 1.0, f"Sentence {i}.") for i in range(20000)]
    builder = corpus(events)
    write_timeline_page(builder.events(), builder.actors(), builder.documents(),
                        tmp_path / "timeline.html")
    big = Opened(browser, tmp_path / "timeline.html")
    try:
        assert big.js("() => window.__timeline.shown()") == 20000
        assert big.js("() => window.__timeline.rendered()") <= 200
        load = big.js("() => performance.getEntriesByName('timeline:ready')[0].startTime")
        assert load < 2000
        big.check_clean()
    finally:
        big.close()


# --- from a real build -------------------------------------------------------------------------


def test_pages_from_a_real_build(browser, tmp_path):
    article = tmp_path / "talks.txt"
    article.write_text(
        "Munich, 12 February 2016\n\nRussia and the United States agreed on Friday to a "
        "cessation of hostilities in Syria. Kerry met Lavrov in Munich on Thursday. "
        f"Rebels said {XSS_SCRIPT} government forces attacked Aleppo in early February {XSS_IMG}.\n",
        encoding="utf-8")
    out = tmp_path / "out"
    done = subprocess.run([sys.executable, "-m", "timeline", "build", str(article), "--out", str(out)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    for name in ("graph.html", "timeline.html"):
        opened = Opened(browser, out / name)
        try:
            opened.check_clean()
        finally:
            opened.close()
