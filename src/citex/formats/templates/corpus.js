"use strict";
// Sorting and searching only: the table reads the same without this script.
(function () {
  var table = document.getElementById("works-table");
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var texts = rows.map(function (row) { return row.textContent.toLowerCase(); });
  var controls = document.getElementById("table-controls");
  var search = document.getElementById("search");
  var status = document.getElementById("search-status");
  controls.hidden = false;

  search.addEventListener("input", function () {
    var words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0;
    rows.forEach(function (row, index) {
      var match = words.every(function (word) { return texts[index].indexOf(word) >= 0; });
      row.hidden = !match;
      if (match) { shown += 1; }
    });
    status.textContent = words.length ? shown + " of " + rows.length + " works" : "";
  });

  var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
  headers.forEach(function (header, column) {
    header.querySelector("button").addEventListener("click", function () {
      var ascending = header.getAttribute("aria-sort") !== "ascending";
      var numeric = header.getAttribute("data-type") === "number";
      var keyed = rows.map(function (row, index) {
        var value = row.cells[column].getAttribute("data-sort");
        return { row: row, index: index, value: numeric ? (value === "" ? NaN : Number(value)) : value.toLowerCase() };
      });
      keyed.sort(function (a, b) {
        var missingA = numeric && isNaN(a.value), missingB = numeric && isNaN(b.value);
        if (missingA || missingB) { return missingA === missingB ? a.index - b.index : (missingA ? 1 : -1); }
        var order = a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
        return order === 0 ? a.index - b.index : (ascending ? order : -order);
      });
      headers.forEach(function (other) { other.removeAttribute("aria-sort"); });
      header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      var fragment = document.createDocumentFragment();
      keyed.forEach(function (item) { fragment.appendChild(item.row); });
      body.appendChild(fragment);
    });
  });
}());
