/* graph.html's behaviour. Every piece of text from the data is set with textContent or drawn
   on vis-network's canvas; nothing from the data ever becomes markup (no inner-HTML assignment). */
(function () {
  "use strict";
  var mark = function (name) { if (window.performance && performance.mark) performance.mark(name); };
  mark("graph:start");
  var DATA = JSON.parse(document.getElementById("graph-data").textContent);
  mark("graph:parsed");
  var MAX_TOOLTIP_EVENTS = 5;
  var MAX_MATCHES = 50;
  var $ = function (id) { return document.getElementById(id); };

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function isoDay(day) {
    return new Date(day * 86400000).toISOString().slice(0, 10);
  }

  function safeUrl(url) {
    // Only web links become links: a "javascript:" URL from an article must stay text.
    return /^https?:\/\//i.test(url || "") ? url : null;
  }

  // --- state -------------------------------------------------------------------------------
  var hasDays = DATA.minDay !== null && DATA.maxDay !== null;
  var state = {
    kinds: new Set(Object.keys(DATA.kinds)),
    types: new Set(DATA.types.concat([""])),
    quads: new Set(["1", "2", "3", "4"]),
    from: DATA.minDay, to: DATA.maxDay,
    rollup: false, affiliations: true, query: ""
  };
  var view = DATA.full;
  var nodeById = {}, edgeById = {};
  var nodes = new vis.DataSet();
  var edges = new vis.DataSet();
  var shown = {nodes: {}, edges: {}};

  function index() {
    nodeById = {}; edgeById = {};
    view.nodes.forEach(function (n) { nodeById[n.id] = n; });
    view.edges.forEach(function (e) { edgeById[e.id] = e; });
  }

  function visNode(n, positions) {
    var item = {
      id: n.id, label: n.label, size: n.size,
      color: {background: n.color, border: "#3d3d3d",
              highlight: {background: n.color, border: "#000"},
              hover: {background: n.color, border: "#000"}}
    };
    if (positions && positions[n.id]) { item.x = positions[n.id].x; item.y = positions[n.id].y; }
    else if (n.x !== undefined) { item.x = n.x; item.y = n.y; }
    return item;
  }

  function visEdge(e) {
    // A colour string, not an object: vis-network parses per-edge option objects one by one,
    // which is most of the set-up time of 20,000 edges.
    var item = {id: e.id, from: e.from, to: e.to, width: e.width, color: e.color};
    if (e.kind === "affiliation") { item.dashes = [4, 4]; item.arrows = {to: {enabled: true, scaleFactor: 0.35}}; }
    return item;
  }

  function load(positions) {
    index();
    shown = {nodes: {}, edges: {}};
    nodes.clear(); edges.clear();
    nodes.add(view.nodes.map(function (n) { shown.nodes[n.id] = true; return visNode(n, positions); }));
    edges.add(view.edges.map(function (e) { shown.edges[e.id] = true; return visEdge(e); }));
  }

  // --- filtering -----------------------------------------------------------------------------
  function fullWindow() {
    return !hasDays || (state.from <= DATA.minDay && state.to >= DATA.maxDay);
  }

  function narrowed() {
    return !fullWindow() || state.types.size < DATA.types.length + 1 || state.quads.size < 4;
  }

  function relationPasses(e) {
    var whole = fullWindow();
    for (var i = 0; i < e.f.length; i++) {
      var f = e.f[i], type = f[2];
      if (!state.types.has(type)) continue;
      if (type && !state.quads.has(String(DATA.quads[type]))) continue;
      if (f[0] === null) { if (whole) return true; continue; }
      if (f[1] >= state.from && f[0] <= state.to) return true;
    }
    return e.f.length === 0 && !narrowed();
  }

  function matchesQuery(n) {
    if (!state.query) return false;
    var q = state.query;
    return n.label.toLowerCase().indexOf(q) >= 0 || n.id.toLowerCase().indexOf(q) >= 0 ||
      (n.country && n.country.toLowerCase() === q);
  }

  function compute() {
    var kindOk = {}, edgeOk = {}, nodeOn = {}, edgeOn = {};
    view.nodes.forEach(function (n) {
      kindOk[n.id] = state.kinds.has(n.kind) || (!DATA.kinds[n.kind] && state.kinds.has("other"));
    });
    var touched = {};
    view.edges.forEach(function (e) {
      if (e.kind === "affiliation") return;
      if (kindOk[e.from] && kindOk[e.to] && relationPasses(e)) {
        edgeOk[e.id] = true; touched[e.from] = true; touched[e.to] = true;
      }
    });
    var strict = narrowed();
    view.nodes.forEach(function (n) { nodeOn[n.id] = kindOk[n.id] && (!strict || !!touched[n.id]); });
    if (state.query) {
      var hit = {}, keep = {};
      view.nodes.forEach(function (n) { if (nodeOn[n.id] && matchesQuery(n)) { hit[n.id] = true; keep[n.id] = true; } });
      view.edges.forEach(function (e) {
        var usable = e.kind === "affiliation" ? state.affiliations && nodeOn[e.from] && nodeOn[e.to] : edgeOk[e.id];
        if (usable && (hit[e.from] || hit[e.to])) { keep[e.from] = true; keep[e.to] = true; }
        else if (e.kind === "relation") edgeOk[e.id] = false;
      });
      view.nodes.forEach(function (n) { nodeOn[n.id] = !!keep[n.id]; });
    }
    view.edges.forEach(function (e) {
      if (e.kind === "affiliation") edgeOn[e.id] = state.affiliations && nodeOn[e.from] && nodeOn[e.to];
      else edgeOn[e.id] = !!edgeOk[e.id] && nodeOn[e.from] && nodeOn[e.to];
    });
    return {nodes: nodeOn, edges: edgeOn};
  }

  function apply() {
    var next = compute();
    var nodeUpdates = [], edgeUpdates = [];
    Object.keys(next.nodes).forEach(function (id) {
      if (shown.nodes[id] !== next.nodes[id]) nodeUpdates.push({id: id, hidden: !next.nodes[id]});
    });
    Object.keys(next.edges).forEach(function (id) {
      if (shown.edges[id] !== next.edges[id]) edgeUpdates.push({id: id, hidden: !next.edges[id]});
    });
    shown = next;
    if (nodeUpdates.length) nodes.update(nodeUpdates);
    if (edgeUpdates.length) edges.update(edgeUpdates);
    status();
  }

  function count(map) {
    var n = 0;
    for (var k in map) if (map[k]) n++;
    return n;
  }

  function status() {
    var relations = view.edges.filter(function (e) { return e.kind === "relation"; });
    var onRelations = relations.filter(function (e) { return shown.edges[e.id]; }).length;
    if (!view.nodes.length) { $("status").textContent = "No actors were found in these documents."; return; }
    $("status").textContent = "Showing " + count(shown.nodes) + " of " + view.nodes.length +
      " actors and " + onRelations + " of " + relations.length + " relations" +
      (state.rollup ? " (rolled up)" : "") + ".";
  }

  // --- network -------------------------------------------------------------------------------
  load(null);
  var options = {
    autoResize: true,
    nodes: {shape: "dot", borderWidth: 1, font: {size: DATA.big ? 14 : 20, face: "system-ui, sans-serif", strokeWidth: 4, strokeColor: "#fff"}},
    edges: {arrows: {to: {enabled: true, scaleFactor: 0.5}},
            color: {inherit: false, opacity: DATA.big ? 0.6 : 1},
            smooth: DATA.big ? false : {enabled: true, type: "curvedCW", roundness: 0.12},
            selectionWidth: 2, hoverWidth: 1.5},
    interaction: {hover: true, tooltipDelay: 100, keyboard: {enabled: false},
                  hideEdgesOnDrag: DATA.big, hideEdgesOnZoom: DATA.big, navigationButtons: false},
    layout: {improvedLayout: !DATA.big, randomSeed: 7},
    physics: {
      // A big graph comes placed (cluster_layout in graphs/page.py): no physics at all.
      enabled: !DATA.big,
      solver: DATA.big ? "forceAtlas2Based" : "barnesHut",
      // Compact enough that a fitted small graph keeps readable labels on a phone.
      barnesHut: {gravitationalConstant: -4000, centralGravity: 0.6, springLength: 110, springConstant: 0.04, avoidOverlap: 0.2},
      forceAtlas2Based: {gravitationalConstant: -60, springLength: 80, springConstant: 0.05, avoidOverlap: 0},
      // Bounded: a big graph gets a rough layout quickly rather than a perfect one late.
      stabilization: {enabled: true, iterations: DATA.big ? 60 : 300, updateInterval: 25, fit: true}
    }
  };
  mark("graph:datasets");
  var network = new vis.Network($("network"), {nodes: nodes, edges: edges}, options);
  mark("graph:network");

  function settle(then) {
    network.once("stabilizationIterationsDone", function () {
      // Physics stops once the layout is stable, so the graph holds still while read.
      network.setOptions({physics: {enabled: false}});
      mark("graph:stabilized");
      if (then) then();
    });
  }

  function ready() {
    network.once("afterDrawing", function () {
      window.requestAnimationFrame(function () {
        mark("graph:ready");
        window.__ready = true;
        document.documentElement.setAttribute("data-ready", "true");
      });
    });
    network.redraw();
  }
  if (DATA.big || !view.nodes.length) {
    // Nothing to stabilise: vis-network fires no stabilization events for an empty graph.
    network.fit({animation: false});
    ready();
  } else {
    settle(ready);
  }

  // --- tooltip and details ---------------------------------------------------------------
  var tooltip = $("tooltip");

  function label(id) {
    var n = nodeById[id];
    return n ? n.label : id;
  }

  function describeCooperation(c) {
    var word = c > 0.5 ? "cooperative" : c < -0.5 ? "conflictual" : "neutral";
    return (c > 0 ? "+" : "") + c.toFixed(1) + " (" + word + ")";
  }

  function sortedEvents(e) {
    return e.ev.map(function (i) { return DATA.events[i]; }).sort(function (a, b) {
      return (a.s === null) - (b.s === null) || (a.s || 0) - (b.s || 0);
    });
  }

  function eventItem(ev, long) {
    var li = el("li");
    var head = el("div");
    head.appendChild(el("span", "when", ev.d || "undated"));
    if (ev.dt && ev.dt !== ev.d) head.appendChild(el("span", "source", " (“" + ev.dt + "”)"));
    head.appendChild(el("span", "badge q" + (ev.q || 0), ev.t));
    if (ev.m) head.appendChild(el("span", "source", ev.m));
    li.appendChild(head);
    var text = ev.x || "";
    if (!long && text.length > 180) text = text.slice(0, 177) + "…";
    li.appendChild(el("p", "sentence", text));
    if (long) {
      li.appendChild(sourceLine(ev.doc, "Source: "));
      (ev.also || []).forEach(function (d) { li.appendChild(sourceLine(d, "Also reported by: ")); });
    }
    return li;
  }

  function sourceLine(docId, lead) {
    var doc = DATA.docs[docId] || {};
    var p = el("p", "source", lead);
    var url = safeUrl(doc.url);
    var name = doc.title || doc.url || docId;
    if (url) {
      var a = el("a", null, name);
      a.href = url; a.rel = "noopener noreferrer"; a.target = "_blank";
      p.appendChild(a);
    } else {
      p.appendChild(document.createTextNode(name));
    }
    if (doc.title || doc.url) p.appendChild(document.createTextNode(" [" + docId + "]"));
    return p;
  }

  function edgeSummary(e, long) {
    var box = el("div");
    box.appendChild(el(long ? "h2" : "strong", null, label(e.from) + " → " + label(e.to)));
    if (e.kind === "affiliation") {
      box.appendChild(el("p", "note", label(e.from) + " acts for " + label(e.to) + "."));
      return box;
    }
    var dates = e.first ? (e.first === e.last ? e.first : e.first + " to " + e.last) : "undated";
    box.appendChild(el("p", "note", e.w + " event" + (e.w === 1 ? "" : "s") + " · " + dates +
      " · cooperation " + describeCooperation(e.c)));
    if (e.types.length) box.appendChild(el("p", "note", "Types: " + e.types.join(", ")));
    var list = el("ul", "events");
    var evs = sortedEvents(e);
    var limit = long ? evs.length : MAX_TOOLTIP_EVENTS;
    evs.slice(0, limit).forEach(function (ev) { list.appendChild(eventItem(ev, long)); });
    box.appendChild(list);
    if (evs.length > limit) box.appendChild(el("p", "note", "… and " + (evs.length - limit) + " more; click the relation for all."));
    return box;
  }

  function nodeSummary(n, long) {
    var box = el("div");
    box.appendChild(el(long ? "h2" : "strong", null, n.label));
    var facts = [n.kind];
    if (n.country) facts.push(n.country);
    if (n.sector) facts.push(n.sector);
    if (n.role) facts.push(n.role);
    facts.push(n.mentions + " mention" + (n.mentions === 1 ? "" : "s"));
    box.appendChild(el("p", "note", facts.join(" · ")));
    if (!long) return box;
    var rels = view.edges.filter(function (e) { return e.from === n.id || e.to === n.id; });
    box.appendChild(el("h3", null, "Relations (" + rels.length + ")"));
    var list = el("ul", "relations");
    rels.forEach(function (e) {
      var li = el("li");
      var b = el("button", null, label(e.from) + " → " + label(e.to) +
        (e.kind === "relation" ? " · " + e.w + " event" + (e.w === 1 ? "" : "s") : " · affiliation"));
      b.type = "button";
      b.addEventListener("click", function () { selectEdge(e.id); });
      li.appendChild(b);
      list.appendChild(li);
    });
    box.appendChild(list);
    return box;
  }

  function showDetails(content) {
    var details = $("details");
    details.textContent = "";
    details.appendChild(content);
  }

  function selectNode(id) {
    var n = nodeById[id];
    if (!n) return;
    network.selectNodes([id]);
    if (shown.nodes[id]) network.focus(id, {scale: Math.max(network.getScale(), 0.8), animation: false});
    showDetails(nodeSummary(n, true));
  }

  function selectEdge(id) {
    var e = edgeById[id];
    if (!e) return;
    network.setSelection({nodes: [], edges: [id]});
    showDetails(edgeSummary(e, true));
    $("details").focus();
  }

  function placeTooltip(pointer) {
    var box = $("network").getBoundingClientRect();
    var x = box.left + pointer.x + 14, y = box.top + pointer.y + 14;
    tooltip.hidden = false;
    var w = tooltip.offsetWidth, h = tooltip.offsetHeight;
    if (x + w > window.innerWidth - 8) x = Math.max(8, window.innerWidth - w - 8);
    if (y + h > window.innerHeight - 8) y = Math.max(8, box.top + pointer.y - h - 14);
    tooltip.style.left = x + "px"; tooltip.style.top = y + "px";
  }

  function showTooltip(content, pointer) {
    tooltip.textContent = "";
    tooltip.appendChild(content);
    placeTooltip(pointer);
  }

  function hideTooltip() { tooltip.hidden = true; }

  network.on("hoverEdge", function (p) {
    var e = edgeById[p.edge];
    if (e) showTooltip(edgeSummary(e, false), p.pointer.DOM);
  });
  network.on("hoverNode", function (p) {
    var n = nodeById[p.node];
    if (n) showTooltip(nodeSummary(n, false), p.pointer.DOM);
  });
  network.on("blurEdge", hideTooltip);
  network.on("blurNode", hideTooltip);
  network.on("dragStart", hideTooltip);
  network.on("zoom", hideTooltip);
  window.addEventListener("scroll", hideTooltip, {passive: true});
  network.on("click", function (p) {
    hideTooltip();
    if (p.nodes.length) showDetails(nodeSummary(nodeById[p.nodes[0]], true));
    else if (p.edges.length) showDetails(edgeSummary(edgeById[p.edges[0]], true));
  });

  // --- controls ------------------------------------------------------------------------------
  function checkbox(parent, value, text, checked, onChange, swatch) {
    var lab = el("label", "check");
    var input = el("input");
    input.type = "checkbox"; input.value = value; input.checked = checked;
    input.addEventListener("change", function () { onChange(value, input.checked); apply(); });
    lab.appendChild(input);
    if (swatch) { var s = el("span", "swatch"); s.style.background = swatch; lab.appendChild(s); }
    lab.appendChild(document.createTextNode(text));
    parent.appendChild(lab);
    return input;
  }

  function toggle(set) {
    return function (value, on) { if (on) set.add(value); else set.delete(value); };
  }

  var presentKinds = {};
  DATA.full.nodes.forEach(function (n) { presentKinds[DATA.kinds[n.kind] ? n.kind : "other"] = true; });
  Object.keys(DATA.kinds).forEach(function (kind) {
    if (presentKinds[kind]) checkbox($("kinds"), kind, kind, true, toggle(state.kinds), DATA.kinds[kind]);
  });
  ["1", "2", "3", "4"].forEach(function (q) {
    checkbox($("quads"), q, q + " " + DATA.quadNames[q], true, toggle(state.quads));
  });
  var typeBoxes = DATA.types.map(function (t) {
    return checkbox($("type-boxes"), t, t, true, toggle(state.types));
  });
  function setAllTypes(on) {
    typeBoxes.forEach(function (box) { box.checked = on; if (on) state.types.add(box.value); else state.types.delete(box.value); });
    if (on) state.types.add(""); else state.types.delete("");
    apply();
  }
  $("types-all").addEventListener("click", function () { setAllTypes(true); });
  $("types-none").addEventListener("click", function () { setAllTypes(false); });

  var from = $("from"), to = $("to");
  function showWindow() {
    $("from-out").textContent = hasDays ? isoDay(state.from) : "";
    $("to-out").textContent = hasDays ? isoDay(state.to) : "";
  }
  if (hasDays) {
    [from, to].forEach(function (input) {
      input.min = DATA.minDay; input.max = DATA.maxDay;
    });
    from.value = DATA.minDay; to.value = DATA.maxDay;
    from.addEventListener("input", function () {
      state.from = +from.value;
      if (state.from > state.to) { state.to = state.from; to.value = state.to; }
      showWindow(); apply();
    });
    to.addEventListener("input", function () {
      state.to = +to.value;
      if (state.to < state.from) { state.from = state.to; from.value = state.from; }
      showWindow(); apply();
    });
    $("time-note").textContent = "Undated relations show only with the whole range selected.";
  } else {
    from.disabled = true; to.disabled = true;
    $("time-note").textContent = "No dated events.";
  }
  showWindow();

  $("rollup").addEventListener("change", function () {
    var positions = network.getPositions();
    state.rollup = this.checked;
    view = state.rollup ? DATA.rollup : DATA.full;
    load(positions);
    apply();
    var missing = view.nodes.some(function (n) { return !positions[n.id]; });
    if (missing && !DATA.big) {
      network.setOptions({physics: {enabled: true}});
      settle();
      network.stabilize(150);
    }
    renderMatches();
  });
  $("affiliations").addEventListener("change", function () { state.affiliations = this.checked; apply(); });
  $("fit").addEventListener("click", function () { network.fit({animation: false}); });
  function refill(set, values) { set.clear(); values.forEach(function (v) { set.add(v); }); }
  $("reset").addEventListener("click", function () {
    // The checkboxes' handlers hold these sets: refill them rather than replace them.
    refill(state.kinds, Object.keys(DATA.kinds));
    refill(state.types, DATA.types.concat([""]));
    refill(state.quads, ["1", "2", "3", "4"]);
    state.from = DATA.minDay; state.to = DATA.maxDay; state.query = "";
    document.querySelectorAll(".controls input[type=checkbox]").forEach(function (box) {
      if (box.id !== "rollup") box.checked = true;
    });
    state.affiliations = true;
    if (hasDays) { from.value = DATA.minDay; to.value = DATA.maxDay; }
    $("search").value = "";
    showWindow(); apply(); renderMatches();
  });

  function renderMatches() {
    var list = $("matches");
    list.textContent = "";
    if (!state.query) return;
    var found = view.nodes.filter(matchesQuery);
    found.slice(0, MAX_MATCHES).forEach(function (n) {
      var li = el("li");
      var b = el("button", null, n.label);
      b.type = "button";
      var s = el("span", "swatch"); s.style.background = n.color;
      b.insertBefore(s, b.firstChild);
      b.addEventListener("click", function () { selectNode(n.id); });
      li.appendChild(b);
      list.appendChild(li);
    });
    if (!found.length) list.appendChild(el("li", "note", "No actor matches."));
    else if (found.length > MAX_MATCHES) list.appendChild(el("li", "note", (found.length - MAX_MATCHES) + " more…"));
  }

  var searchTimer = null;
  $("search").addEventListener("input", function () {
    var value = this.value;
    clearTimeout(searchTimer);
    searchTimer = setTimeout(function () {
      state.query = value.trim().toLowerCase();
      apply(); renderMatches();
    }, DATA.big ? 150 : 0);
  });
  $("search").addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") {
      var first = $("matches").querySelector("button");
      if (first) first.click();
    }
  });

  // --- legend and summary --------------------------------------------------------------------
  (function legend() {
    var box = $("legend");
    var kinds = el("ul");
    Object.keys(DATA.kinds).forEach(function (kind) {
      if (!presentKinds[kind]) return;
      var li = el("li");
      var s = el("span", "swatch"); s.style.background = DATA.kinds[kind];
      li.appendChild(s); li.appendChild(document.createTextNode(kind));
      kinds.appendChild(li);
    });
    box.appendChild(el("p", "note", "Node colour: kind; size: mentions."));
    box.appendChild(kinds);
    box.appendChild(el("p", "note", "Edge colour: mean cooperation of its events."));
    var g = el("div", "gradient");
    g.style.background = "linear-gradient(to right, " + DATA.colours.conflict + ", " +
      DATA.colours.neutral + ", " + DATA.colours.cooperation + ")";
    box.appendChild(g);
    var scale = el("div", "scale");
    ["conflict", "neutral", "cooperation"].forEach(function (w) { scale.appendChild(el("span", null, w)); });
    box.appendChild(scale);
    var lines = el("ul");
    var li1 = el("li"); li1.appendChild(el("span", "line")); li1.appendChild(document.createTextNode("width: number of events; arrow: who acts on whom"));
    var li2 = el("li"); var d = el("span", "line dashed"); d.style.borderTopColor = DATA.colours.affiliation;
    li2.appendChild(d); li2.appendChild(document.createTextNode("affiliation (acts for)"));
    lines.appendChild(li1); lines.appendChild(li2);
    box.appendChild(lines);
  })();

  (function summary() {
    var relations = DATA.full.edges.filter(function (e) { return e.kind === "relation"; }).length;
    var text = DATA.full.nodes.length + " actors · " + relations + " relations from " + DATA.events.length + " events";
    if (hasDays) text += " · " + isoDay(DATA.minDay) + " to " + isoDay(DATA.maxDay);
    $("summary").textContent = text;
  })();

  if (window.matchMedia && window.matchMedia("(max-width: 700px)").matches) {
    $("filter-panel").open = false;
    $("legend-panel").open = false;
  }
  apply();

  // For tests and the benchmark: what is shown, without reaching into vis-network.
  window.__graph = {
    network: network, state: state,
    visibleNodes: function () { return Object.keys(shown.nodes).filter(function (k) { return shown.nodes[k]; }); },
    visibleEdges: function () { return Object.keys(shown.edges).filter(function (k) { return shown.edges[k]; }); },
    edge: function (from, to) {
      return view.edges.filter(function (e) { return e.from === from && e.to === to && e.kind === "relation"; })[0] || null;
    },
    selectEdge: selectEdge, selectNode: selectNode
  };
})();
