/* timeline.html's behaviour. Events are rendered a chunk at a time as they scroll into view,
   and every piece of text from the data is set with textContent, never parsed as markup. */
(function () {
  "use strict";
  var mark = function (name) { if (window.performance && performance.mark) performance.mark(name); };
  mark("timeline:start");
  var DATA = JSON.parse(document.getElementById("timeline-data").textContent);
  mark("timeline:parsed");
  var EV = DATA.events, GROUPS = DATA.groups, ACTORS = DATA.actors, DOCS = DATA.docs;
  var CHUNK = 100, BARS = 80;
  var $ = function (id) { return document.getElementById(id); };
  var hasDays = DATA.minDay !== null && DATA.maxDay !== null;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function isoDay(day) { return new Date(day * 86400000).toISOString().slice(0, 10); }
  function safeUrl(url) { return /^https?:\/\//i.test(url || "") ? url : null; }
  function actorLabel(id) { return ACTORS[id] ? ACTORS[id].label : id; }

  var state = {q: "", actor: "", type: "", quads: new Set(["1", "2", "3", "4"]),
               from: DATA.minDay, to: DATA.maxDay};
  var filtered = [];     // indices into EV, in display order
  var lo = 0, hi = 0;    // the rendered slice of ``filtered``
  var first = null, last = null;  // {group, list} of the first and last rendered sections

  function fullWindow() { return !hasDays || (state.from <= DATA.minDay && state.to >= DATA.maxDay); }

  var haystacks = null;
  function haystack(i) {
    if (!haystacks) haystacks = new Array(EV.length);
    if (haystacks[i] === undefined) {
      var e = EV[i], doc = DOCS[e.doc] || {};
      haystacks[i] = [e.x, actorLabel(e.src), e.tgt ? actorLabel(e.tgt) : "", e.t, e.d, e.dt,
                      doc.title || "", e.doc].join("\n").toLowerCase();
    }
    return haystacks[i];
  }

  function passes(i) {
    var e = EV[i];
    if (state.type && e.t !== state.type) return false;
    if (!state.quads.has(String(e.q))) return false;
    if (state.actor && e.src !== state.actor && e.tgt !== state.actor) return false;
    if (!fullWindow()) {
      if (e.s === null || e.e < state.from || e.s > state.to) return false;
    }
    if (state.q) {
      var h = haystack(i), words = state.q.split(/\s+/);
      for (var w = 0; w < words.length; w++) if (words[w] && h.indexOf(words[w]) < 0) return false;
    }
    return true;
  }

  // --- rendering ---------------------------------------------------------------------------
  var list = $("list");

  function section(g) {
    var group = GROUPS[g];
    var box = el("section", "group" + (group.g === "day" ? "" : " coarse"));
    var h = el("h2", null, group.label);
    if (group.g !== "day" && group.g !== "undated") h.appendChild(el("span", "gran", group.g));
    box.appendChild(h);
    var ol = el("ol", "events");
    ol.setAttribute("role", "list");
    box.appendChild(ol);
    return {group: g, box: box, list: ol};
  }

  function actorButton(id) {
    var b = el("button", "actor", actorLabel(id));
    b.type = "button";
    b.title = "Show only " + actorLabel(id) + "'s events";
    b.addEventListener("click", function () { setActor(id); });
    return b;
  }

  function eventItem(i) {
    var e = EV[i];
    var li = el("li", "event q" + (e.q || 0));
    li.setAttribute("data-id", e.id);
    var meta = el("div", "meta");
    meta.appendChild(el("span", "badge q" + (e.q || 0), e.t));
    meta.appendChild(actorButton(e.src));
    if (e.tgt) { meta.appendChild(el("span", "arrow", "→")); meta.appendChild(actorButton(e.tgt)); }
    meta.appendChild(el("span", "when", (e.d || "undated") + (e.dt ? " (“" + e.dt + "”)" : "")));
    if (e.m) meta.appendChild(el("span", "mode", e.m));
    li.appendChild(meta);
    li.appendChild(el("p", "sentence", e.x));
    var doc = DOCS[e.doc] || {};
    var src = el("p", "source", "Source: ");
    var url = safeUrl(doc.url), name = doc.title || doc.url || e.doc;
    if (url) {
      var a = el("a", null, name);
      a.href = url; a.rel = "noopener noreferrer"; a.target = "_blank";
      src.appendChild(a);
    } else {
      src.appendChild(document.createTextNode(name));
    }
    src.appendChild(document.createTextNode((name !== e.doc ? " · " + e.doc : "") +
                                            (doc.dct ? " · published " + doc.dct : "")));
    li.appendChild(src);
    if (e.also && e.also.length) {
      li.appendChild(el("p", "source", "Also reported by: " + e.also.map(function (d) {
        var other = DOCS[d] || {};
        return (other.title || other.url || d) + " · " + d;
      }).join("; ")));
    }
    return li;
  }

  function appendChunk() {
    var end = Math.min(filtered.length, hi + CHUNK);
    var frag = document.createDocumentFragment();
    for (var k = hi; k < end; k++) {
      var i = filtered[k];
      if (!last || last.group !== EV[i].g) {
        last = section(EV[i].g);
        if (!first) first = last;
        frag.appendChild(last.box);
      }
      last.list.appendChild(eventItem(i));
    }
    list.appendChild(frag);
    hi = end;
    updateMore();
  }

  function prependChunk() {
    var start = Math.max(0, lo - CHUNK);
    var before = document.documentElement.scrollHeight;
    for (var k = lo - 1; k >= start; k--) {
      var i = filtered[k];
      if (!first || first.group !== EV[i].g) {
        first = section(EV[i].g);
        list.insertBefore(first.box, list.firstChild);
      }
      first.list.insertBefore(eventItem(i), first.list.firstChild);
    }
    lo = start;
    // Keep what the reader was looking at in place.
    window.scrollBy(0, document.documentElement.scrollHeight - before);
    updateMore();
  }

  var earlier = el("button", null, "");
  earlier.type = "button";
  earlier.id = "earlier";
  earlier.addEventListener("click", prependChunk);

  function updateMore() {
    if (lo > 0) {
      earlier.textContent = "Show " + Math.min(CHUNK, lo) + " earlier events";
      if (earlier.parentNode !== list.parentNode) list.parentNode.insertBefore(earlier, list);
    } else if (earlier.parentNode) {
      earlier.parentNode.removeChild(earlier);
    }
    $("more").textContent = hi < filtered.length ? "Loading more events…" : (filtered.length ? "End of the timeline." : "");
    status();
  }

  function renderFrom(k) {
    list.textContent = "";
    first = last = null;
    lo = hi = Math.max(0, Math.min(k, filtered.length));
    if (!filtered.length) list.appendChild(el("p", "empty-note", "No event matches these filters."));
    appendChunk();
  }

  function status() {
    var s = $("status");
    s.textContent = filtered.length
      ? "Showing events " + (lo + 1) + "–" + hi + " of " + filtered.length +
        (filtered.length < EV.length ? " (filtered from " + EV.length + ")" : "") + "."
      : "0 of " + EV.length + " events.";
    if (state.actor) {
      var chip = el("span", "chip", "Actor: " + actorLabel(state.actor));
      var x = el("button", null, "×");
      x.type = "button"; x.setAttribute("aria-label", "Show all actors");
      x.addEventListener("click", function () { setActor(""); });
      chip.appendChild(x);
      s.appendChild(chip);
    }
  }

  function refilter() {
    filtered = [];
    for (var i = 0; i < EV.length; i++) if (passes(i)) filtered.push(i);
    renderFrom(0);
    drawBars();
  }

  // --- overview strip --------------------------------------------------------------------
  function drawBars() {
    var bars = $("bars"), axis = $("axis");
    bars.textContent = ""; axis.textContent = "";
    if (!hasDays) { bars.appendChild(el("p", "note", "No dated events.")); return; }
    var span = state.to - state.from + 1, n = Math.min(BARS, span), width = span / n;
    var counts = new Array(n).fill(0);
    filtered.forEach(function (i) {
      var e = EV[i];
      if (e.s === null) return;
      var b = Math.floor((Math.max(e.s, state.from) - state.from) / width);
      if (b >= 0 && b < n) counts[b]++;
    });
    var max = Math.max.apply(null, counts.concat([1]));
    counts.forEach(function (c, b) {
      var start = Math.round(state.from + b * width), end = Math.round(state.from + (b + 1) * width) - 1;
      var button = el("button", c ? "" : "empty");
      button.type = "button";
      var text = isoDay(start) + (end > start ? " to " + isoDay(end) : "") + ": " + c + " event" + (c === 1 ? "" : "s");
      button.setAttribute("aria-label", text + "; jump there (double-click to zoom)");
      button.title = text;
      button.style.height = (c ? Math.max(6, 100 * c / max) : 4) + "%";
      button.addEventListener("click", function () { jump(start); });
      button.addEventListener("dblclick", function () { zoom(start, Math.max(start, end)); });
      bars.appendChild(button);
    });
    [state.from, Math.round((state.from + state.to) / 2), state.to].forEach(function (d) {
      axis.appendChild(el("span", null, isoDay(d)));
    });
  }

  function jump(day) {
    var k = 0;
    while (k < filtered.length && (EV[filtered[k]].s === null || EV[filtered[k]].e < day)) k++;
    // Start at the group's beginning, so its header shows with it.
    while (k > 0 && k < filtered.length && EV[filtered[k - 1]].g === EV[filtered[k]].g) k--;
    renderFrom(k);
    list.focus({preventScroll: true});
    var top = list.getBoundingClientRect().top + window.scrollY - document.querySelector(".overview").offsetHeight - 8;
    window.scrollTo(0, Math.max(0, top));
  }

  // --- controls ------------------------------------------------------------------------------
  function setActor(id) {
    state.actor = id;
    $("actor").value = id;
    refilter();
  }

  function zoom(from, to) {
    state.from = from; state.to = to;
    $("from").value = from; $("to").value = to;
    showWindow(); refilter();
  }

  function showWindow() {
    $("from-out").textContent = hasDays ? isoDay(state.from) : "";
    $("to-out").textContent = hasDays ? isoDay(state.to) : "";
  }

  (function controls() {
    var actorSelect = $("actor");
    Object.keys(ACTORS).sort(function (a, b) {
      return actorLabel(a).localeCompare(actorLabel(b));
    }).forEach(function (id) {
      var o = el("option", null, actorLabel(id) + " (" + ACTORS[id].n + ")");
      o.value = id;
      actorSelect.appendChild(o);
    });
    actorSelect.addEventListener("change", function () { setActor(actorSelect.value); });
    var present = {};
    EV.forEach(function (e) { present[e.t] = (present[e.t] || 0) + 1; });
    DATA.types.forEach(function (t) {
      if (!present[t]) return;
      var o = el("option", null, t + " (" + present[t] + ")");
      o.value = t;
      $("type").appendChild(o);
    });
    $("type").addEventListener("change", function () { state.type = this.value; refilter(); });
    ["1", "2", "3", "4"].forEach(function (q) {
      var lab = el("label", "check");
      var box = el("input");
      box.type = "checkbox"; box.checked = true; box.value = q;
      box.addEventListener("change", function () {
        if (box.checked) state.quads.add(q); else state.quads.delete(q);
        refilter();
      });
      lab.appendChild(box);
      lab.appendChild(el("span", "badge q" + q, q));
      lab.appendChild(document.createTextNode(DATA.quadNames[q]));
      $("quads").appendChild(lab);
    });
    var timer = null;
    $("q").addEventListener("input", function () {
      var value = this.value;
      clearTimeout(timer);
      timer = setTimeout(function () { state.q = value.trim().toLowerCase(); refilter(); },
                         EV.length > 5000 ? 120 : 0);
    });
    var from = $("from"), to = $("to");
    if (hasDays) {
      [from, to].forEach(function (r) { r.min = DATA.minDay; r.max = DATA.maxDay; });
      from.value = DATA.minDay; to.value = DATA.maxDay;
      from.addEventListener("input", function () {
        state.from = +from.value;
        if (state.from > state.to) { state.to = state.from; to.value = state.to; }
        showWindow(); refilter();
      });
      to.addEventListener("input", function () {
        state.to = +to.value;
        if (state.to < state.from) { state.from = state.to; from.value = state.from; }
        showWindow(); refilter();
      });
    } else {
      from.disabled = to.disabled = true;
    }
    showWindow();
    $("reset").addEventListener("click", function () {
      state.q = ""; state.actor = ""; state.type = "";
      ["1", "2", "3", "4"].forEach(function (q) { state.quads.add(q); });
      state.from = DATA.minDay; state.to = DATA.maxDay;
      $("q").value = ""; actorSelect.value = ""; $("type").value = "";
      document.querySelectorAll("#quads input").forEach(function (b) { b.checked = true; });
      if (hasDays) { from.value = DATA.minDay; to.value = DATA.maxDay; }
      showWindow(); refilter();
    });
    var plural = function (n, word) { return n + " " + word + (n === 1 ? "" : "s"); };
    var text = plural(EV.length, "event") + " · " + plural(Object.keys(ACTORS).length, "actor") +
      " · " + plural(Object.keys(DOCS).length, "document");
    if (hasDays) text += " · " + isoDay(DATA.minDay) + " to " + isoDay(DATA.maxDay);
    $("summary").textContent = text;
    if (window.matchMedia && window.matchMedia("(max-width: 760px)").matches) $("filter-panel").open = false;
  })();

  // More events as the end of the list scrolls into view.
  if ("IntersectionObserver" in window) {
    new IntersectionObserver(function (entries) {
      if (entries.some(function (x) { return x.isIntersecting; }) && hi < filtered.length) appendChunk();
    }, {rootMargin: "600px"}).observe($("more"));
  }
  $("more").addEventListener("click", function () { if (hi < filtered.length) appendChunk(); });

  refilter();
  mark("timeline:rendered");
  window.requestAnimationFrame(function () {
    mark("timeline:ready");
    window.__ready = true;
    document.documentElement.setAttribute("data-ready", "true");
  });

  // For tests and the benchmark.
  window.__timeline = {
    state: state,
    shown: function () { return filtered.length; },
    rendered: function () { return list.querySelectorAll("li.event").length; },
    setActor: setActor, jump: jump, zoom: zoom
  };
})();
