// Live name suggestions for every search box marked data-suggest: asks /api/people?q= as
// the user types and fills the shared <datalist>. Without JavaScript the list holds the
// most-connected names and the forms still submit normally.
(function () {
  "use strict";
  var list = document.getElementById("people-suggestions");
  if (!list || !window.fetch) return;
  var timer = null, last = "";
  function fill(items) {
    while (list.firstChild) list.removeChild(list.firstChild);
    items.forEach(function (p) {
      var opt = document.createElement("option");
      opt.value = p.name; // textContent/value only: never HTML
      list.appendChild(opt);
    });
  }
  function ask(q) {
    if (q === last) return;
    last = q;
    fetch("/api/people?limit=8&q=" + encodeURIComponent(q), { headers: { Accept: "application/json" } })
      .then(function (r) { return r.ok ? r.json() : { items: [] }; })
      .then(function (data) { if (q === last) fill(data.items || []); })
      .catch(function () {});
  }
  document.querySelectorAll("input[data-suggest]").forEach(function (input) {
    input.addEventListener("input", function () {
      var q = input.value.trim();
      clearTimeout(timer);
      if (q.length < 1) return;
      timer = setTimeout(function () { ask(q); }, 120);
    });
  });
})();
