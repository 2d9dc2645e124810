// Sortable tables: click a header to sort by it (again to reverse). Cells may carry data-sort.
// On the assignments page the search box also filters the trainee list as you type.
(function () {
  "use strict";
  function value(cell, type) {
    var raw = cell.dataset.sort !== undefined ? cell.dataset.sort : cell.textContent.trim();
    if (type === "num") { var n = parseFloat(raw); return isNaN(n) ? -Infinity : n; }
    return raw.toLowerCase();
  }
  document.querySelectorAll("table.sortable").forEach(function (table) {
    table.querySelectorAll("thead th").forEach(function (th, column) {
      var type = th.dataset.type || "text";
      if (type === "none") { return; }
      th.classList.add("sorts");
      th.tabIndex = 0;
      function sort() {
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        var ascending = th.dataset.order !== "asc";
        rows.sort(function (a, b) {
          var x = value(a.cells[column], type), y = value(b.cells[column], type);
          return (x < y ? -1 : x > y ? 1 : 0) * (ascending ? 1 : -1);
        });
        table.querySelectorAll("thead th").forEach(function (other) { delete other.dataset.order; });
        th.dataset.order = ascending ? "asc" : "desc";
        rows.forEach(function (row) { body.appendChild(row); });
      }
      th.addEventListener("click", sort);
      th.addEventListener("keydown", function (e) { if (e.key === "Enter") { sort(); } });
    });
  });
  var search = document.getElementById("search");
  var people = document.getElementById("people");
  if (search && people) {
    search.addEventListener("input", function () {
      var q = search.value.trim().toLowerCase();
      people.querySelectorAll("label").forEach(function (label) {
        label.hidden = q !== "" && label.dataset.name.indexOf(q) === -1;
      });
    });
  }
}());
