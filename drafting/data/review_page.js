// The review page: filter by severity, kind and words; j/n next finding, k/p previous.
(function () {
  "use strict";
  var items = Array.prototype.slice.call(document.querySelectorAll(".finding"));
  var query = document.getElementById("q");
  var kind = document.getElementById("kind");
  var sevs = Array.prototype.slice.call(document.querySelectorAll("input.sev"));
  var shown = document.getElementById("shown");
  var current = -1;

  function marksOf(item) {
    return document.querySelectorAll('[id="' + item.dataset.mark + '"], [data-finding="' + item.dataset.mark + '"]');
  }

  function apply() {
    var words = query.value.trim().toLowerCase();
    var on = {};
    sevs.forEach(function (s) { on[s.value] = s.checked; });
    var n = 0;
    items.forEach(function (item) {
      var visible = on[item.dataset.sev] && (!kind.value || item.dataset.kind === kind.value)
        && (!words || item.textContent.toLowerCase().indexOf(words) >= 0);
      item.classList.toggle("hidden", !visible);
      Array.prototype.forEach.call(marksOf(item), function (m) { m.classList.toggle("off", !visible); });
      if (visible) { n += 1; }
    });
    shown.textContent = String(n);
  }

  function visibleItems() {
    return items.filter(function (item) { return !item.classList.contains("hidden"); });
  }

  function go(step) {
    var list = visibleItems();
    if (!list.length) { return; }
    var at = list.indexOf(items[current]);
    var next = list[(at + step + list.length) % list.length];
    if (at < 0) { next = step > 0 ? list[0] : list[list.length - 1]; }
    document.querySelectorAll(".current").forEach(function (el) { el.classList.remove("current"); });
    current = items.indexOf(next);
    next.classList.add("current");
    next.scrollIntoView({block: "nearest"});
    var mark = document.getElementById(next.dataset.mark);
    if (mark) { mark.classList.add("current"); mark.scrollIntoView({block: "center"}); }
  }

  query.addEventListener("input", apply);
  kind.addEventListener("change", apply);
  sevs.forEach(function (s) { s.addEventListener("change", apply); });
  document.addEventListener("keydown", function (e) {
    var t = e.target && e.target.tagName;
    if (t === "INPUT" || t === "SELECT" || t === "TEXTAREA" || e.ctrlKey || e.metaKey || e.altKey) { return; }
    if (e.key === "j" || e.key === "n") { go(1); e.preventDefault(); }
    else if (e.key === "k" || e.key === "p") { go(-1); e.preventDefault(); }
    else if (e.key === "/") { query.focus(); e.preventDefault(); }
  });
  window.jixiaoReview = {apply: apply, go: go, current: function () { return current; }};
  apply();
})();
