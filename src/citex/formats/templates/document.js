"use strict";
// Filtering and pop-ups only: the page reads the same without this script.
(function () {
  var body = document.body;
  var filters = document.getElementById("filters");
  var onlyIssues = document.getElementById("only-issues");
  var status = document.getElementById("filter-status");
  var popup = document.getElementById("popup");
  var popupBody = popup.querySelector(".popup-body");
  var opener = null;
  var byHover = false;
  var hoverTimer = 0;

  filters.hidden = false;
  onlyIssues.addEventListener("change", function () {
    body.classList.toggle("only-issues", onlyIssues.checked);
    var total = document.querySelectorAll(".record").length;
    var shown = document.querySelectorAll(".record.unresolved, .record.low").length;
    status.textContent = onlyIssues.checked ? "showing " + shown + " of " + total + " citations" : "";
  });

  function show(link, hover) {
    var record = document.getElementById(link.hash.slice(1));
    if (!record) { return; }
    var nodes = Array.prototype.map.call(record.children, function (child) {
      var copy = child.cloneNode(true);
      copy.querySelectorAll("[id]").forEach(function (element) { element.removeAttribute("id"); });
      return copy;
    });
    // The work it resolves to, as the side panel describes it.
    var key = record.querySelector("a.key");
    var work = key && document.getElementById(key.hash.slice(1));
    var described = work && work.querySelector("bdi");
    if (described) {
      var paragraph = document.createElement("p");
      paragraph.append("Work: ", described.cloneNode(true));
      nodes.push(paragraph);
    }
    popupBody.replaceChildren.apply(popupBody, nodes);
    popup.hidden = false;
    opener = link;
    place();
    byHover = hover;
    if (!hover) { popup.querySelector(".close").focus(); }
  }

  // Beside the citation, inside the window; kept there while the page scrolls.
  function place() {
    var box = opener.getBoundingClientRect();
    var width = document.documentElement.clientWidth, height = document.documentElement.clientHeight;
    popup.style.left = Math.max(8, Math.min(box.left, width - popup.offsetWidth - 8)) + "px";
    var below = box.bottom + 6;
    popup.style.top = (below + popup.offsetHeight < height ? below : Math.max(8, box.top - popup.offsetHeight - 6)) + "px";
  }
  window.addEventListener("scroll", function () { if (!popup.hidden && opener) { place(); } }, { passive: true });

  function hide(returnFocus) {
    if (popup.hidden) { return; }
    popup.hidden = true;
    if (returnFocus && opener) { opener.focus(); }
    opener = null;
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest("a.cite");
    if (link && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
      event.preventDefault();
      show(link, false);
    } else if (event.target.closest(".popup .close")) {
      hide(true);
    } else if (!event.target.closest(".popup") || event.target.closest("a")) {
      hide(false);
    }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { hide(true); }
  });
  document.addEventListener("mouseover", function (event) {
    var link = event.target.closest("a.cite");
    window.clearTimeout(hoverTimer);
    if (link && (popup.hidden || byHover)) {
      hoverTimer = window.setTimeout(function () { show(link, true); }, 250);
    } else if (byHover && !event.target.closest(".popup")) {
      hoverTimer = window.setTimeout(function () { hide(false); }, 250);
    }
  });
}());
