import QingdanCore

/// `assets/search.js`: searches the prebuilt index by name, code or keyword. Results are built with DOM methods
/// and `textContent`, never from markup. On the index page it shows results in place; elsewhere the form goes
/// to the index page with `?q=`.
enum SearchScript {
  static let source = #"""
    // qingdan 办事指南搜索：按事项名称、编码或关键词查找。
    (function () {
      "use strict";
      var index = window.QINGDAN_SEARCH || [];
      var results = document.getElementById("results");
      var input = document.getElementById("q");
      if (!results || !input) { return; }
      var section = document.getElementById("search-results");
      var count = section.querySelector(".search-count");

      function normalize(text) { return String(text).toLowerCase().replace(/\s+/g, " ").trim(); }

      function matches(entry, terms) {
        var haystack = normalize(entry.c + " " + entry.n + " " + entry.g + " " + entry.k);
        for (var i = 0; i < terms.length; i++) {
          if (haystack.indexOf(terms[i]) < 0) { return false; }
        }
        return true;
      }

      function score(entry, query) {
        var name = normalize(entry.n), code = normalize(entry.c);
        if (code === query || name === query) { return 0; }
        if (name.indexOf(query) >= 0 || code.indexOf(query) >= 0) { return 1; }
        return 2;
      }

      function show(query) {
        var text = normalize(query);
        while (results.firstChild) { results.removeChild(results.firstChild); }
        if (!text) { section.hidden = true; return; }
        var terms = text.split(" ");
        var found = index.filter(function (entry) { return matches(entry, terms); });
        found.sort(function (a, b) { return score(a, text) - score(b, text); });
        found.forEach(function (entry) {
          var item = document.createElement("li");
          var code = document.createElement("span");
          code.className = "code";
          code.textContent = entry.c;
          var link = document.createElement("a");
          link.href = entry.u;
          link.textContent = entry.n;
          var group = document.createElement("span");
          group.className = "meta";
          group.textContent = " " + entry.g;
          item.appendChild(code);
          item.appendChild(link);
          item.appendChild(group);
          results.appendChild(item);
        });
        count.textContent = found.length ? "找到 " + found.length + " 项与“" + query + "”有关的事项：" : "没有找到与“" + query + "”有关的事项。";
        section.hidden = false;
      }

      var params = new URLSearchParams(window.location.search);
      var initial = params.get("q") || "";
      input.value = initial;
      show(initial);
      input.addEventListener("input", function () { show(input.value); });
      input.form.addEventListener("submit", function (event) {
        event.preventDefault();
        show(input.value);
      });
    })();
    """#
}
