// The person page's graph of who met whom: a small force layout drawn as SVG.
// Data comes from the page's <script type="application/json" id="graph-data"> (the same
// as /api/people/{id}/graph). Nodes are links to people; drag to move, hover to trace.
(function () {
  "use strict";
  var holder = document.getElementById("graph");
  var source = document.getElementById("graph-data");
  if (!holder || !source) return;
  var data;
  try { data = JSON.parse(source.textContent); } catch (e) { return; }
  if (!data.nodes || data.nodes.length < 2) return;

  var NS = "http://www.w3.org/2000/svg";
  var W = holder.clientWidth || 480, H = holder.clientHeight || 340;
  var byId = {};
  var nodes = data.nodes.map(function (n, i) {
    var angle = (2 * Math.PI * i) / data.nodes.length;
    var node = {
      id: n.id, name: n.name, count: n.count, centre: !!n.centre,
      x: n.centre ? W / 2 : W / 2 + Math.cos(angle) * W * 0.3,
      y: n.centre ? H / 2 : H / 2 + Math.sin(angle) * H * 0.3,
      vx: 0, vy: 0
    };
    byId[n.id] = node;
    return node;
  });
  var edges = data.edges.filter(function (e) { return byId[e.source] && byId[e.target]; })
    .map(function (e) { return { a: byId[e.source], b: byId[e.target], count: e.count }; });

  function radius(n) { return n.centre ? 16 : 7 + Math.min(9, 3 * Math.sqrt(n.count || 1)); }

  // Forces: repulsion between all nodes, springs along edges, a pull to the centre.
  function step(alpha) {
    var i, j, a, b, dx, dy, d2, d, f;
    for (i = 0; i < nodes.length; i++) {
      for (j = i + 1; j < nodes.length; j++) {
        a = nodes[i]; b = nodes[j];
        dx = b.x - a.x; dy = b.y - a.y; d2 = dx * dx + dy * dy + 0.01;
        f = (900 * alpha) / d2;
        a.vx -= dx * f; a.vy -= dy * f; b.vx += dx * f; b.vy += dy * f;
      }
    }
    edges.forEach(function (e) {
      dx = e.b.x - e.a.x; dy = e.b.y - e.a.y; d = Math.sqrt(dx * dx + dy * dy) || 1;
      f = ((d - (e.a.centre || e.b.centre ? Math.min(W, H) * 0.32 : 70)) / d) * 0.08 * alpha;
      e.a.vx += dx * f; e.a.vy += dy * f; e.b.vx -= dx * f; e.b.vy -= dy * f;
    });
    nodes.forEach(function (n) {
      n.vx += (W / 2 - n.x) * 0.02 * alpha; n.vy += (H / 2 - n.y) * 0.02 * alpha;
      if (n.fixed) { n.vx = n.vy = 0; return; }
      n.x += n.vx; n.y += n.vy; n.vx *= 0.6; n.vy *= 0.6;
      var r = radius(n) + 4;
      n.x = Math.max(r + 48, Math.min(W - r - 48, n.x)); n.y = Math.max(r, Math.min(H - r - 18, n.y));
    });
  }
  for (var k = 0; k < 300; k++) step(1 - k / 330);

  var svg = document.createElementNS(NS, "svg");
  svg.setAttribute("viewBox", "0 0 " + W + " " + H);
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", "Graph of " + nodes.length + " people");
  var edgeLayer = document.createElementNS(NS, "g");
  var nodeLayer = document.createElementNS(NS, "g");
  svg.appendChild(edgeLayer); svg.appendChild(nodeLayer);

  edges.forEach(function (e) {
    var line = document.createElementNS(NS, "line");
    line.setAttribute("class", "edge");
    line.setAttribute("stroke-width", String(1 + Math.min(5, e.count)));
    var title = document.createElementNS(NS, "title");
    title.textContent = e.a.name + " & " + e.b.name + ": " + e.count + " meeting" + (e.count === 1 ? "" : "s");
    line.appendChild(title);
    e.el = line;
    edgeLayer.appendChild(line);
  });

  nodes.forEach(function (n) {
    var link = document.createElementNS(NS, "a");
    link.setAttribute("href", "/people/" + encodeURIComponent(n.id));
    link.setAttribute("class", "node" + (n.centre ? " centre" : ""));
    link.setAttribute("data-person", n.id);
    var circle = document.createElementNS(NS, "circle");
    circle.setAttribute("r", String(radius(n)));
    var label = document.createElementNS(NS, "text");
    label.setAttribute("text-anchor", "middle");
    label.setAttribute("dy", String(radius(n) + 13));
    label.textContent = n.name; // text only, never markup
    var title = document.createElementNS(NS, "title");
    title.textContent = n.centre ? n.name : n.name + " — met " + n.count + "×";
    link.appendChild(title); link.appendChild(circle); link.appendChild(label);
    link.addEventListener("mouseenter", function () { trace(n, true); });
    link.addEventListener("mouseleave", function () { trace(n, false); });
    n.el = link;
    nodeLayer.appendChild(link);
    drag(n);
  });

  function trace(n, on) {
    edges.forEach(function (e) {
      if (e.a === n || e.b === n) e.el.setAttribute("class", on ? "edge hot" : "edge");
    });
  }

  function draw() {
    edges.forEach(function (e) {
      e.el.setAttribute("x1", e.a.x.toFixed(1)); e.el.setAttribute("y1", e.a.y.toFixed(1));
      e.el.setAttribute("x2", e.b.x.toFixed(1)); e.el.setAttribute("y2", e.b.y.toFixed(1));
    });
    nodes.forEach(function (n) {
      n.el.setAttribute("transform", "translate(" + n.x.toFixed(1) + "," + n.y.toFixed(1) + ")");
    });
  }

  // Dragging moves a node (a click without movement still follows the link).
  function drag(n) {
    var moved = false, start = null;
    n.el.addEventListener("pointerdown", function (ev) {
      start = { x: ev.clientX, y: ev.clientY }; moved = false; n.fixed = true;
      n.el.setPointerCapture(ev.pointerId);
    });
    n.el.addEventListener("pointermove", function (ev) {
      if (!start) return;
      if (Math.abs(ev.clientX - start.x) + Math.abs(ev.clientY - start.y) > 4) moved = true;
      if (!moved) return;
      var box = svg.getBoundingClientRect();
      n.x = ((ev.clientX - box.left) / box.width) * W;
      n.y = ((ev.clientY - box.top) / box.height) * H;
      for (var i = 0; i < 3; i++) step(0.3);
      draw();
    });
    n.el.addEventListener("pointerup", function () { start = null; n.fixed = false; });
    n.el.addEventListener("click", function (ev) { if (moved) { ev.preventDefault(); moved = false; } });
  }

  draw();
  holder.appendChild(svg);
  holder.classList.add("ready");
})();
