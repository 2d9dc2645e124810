// Keyboard review: j/k (or arrows) move between trainee turns, y confirms the scorer, a letter per
// code overrides, n jumps to the note. Every choice is saved at once; the page never reloads.
(function () {
  "use strict";
  var csrf = document.body.dataset.csrf;
  var turns = Array.prototype.slice.call(document.querySelectorAll("li.turn form.verdict"))
    .map(function (form) { return form.closest("li.turn"); });
  var current = -1;

  function show(index) {
    if (!turns.length) { return; }
    current = Math.max(0, Math.min(turns.length - 1, index));
    turns.forEach(function (li, i) { li.classList.toggle("current", i === current); });
    turns[current].focus({ preventScroll: true });
    turns[current].scrollIntoView({ block: "center" });
  }

  function save(li, fields) {
    var form = li.querySelector("form.verdict");
    var body = new FormData();
    body.append("csrf", csrf);
    Object.keys(fields).forEach(function (k) { body.append(k, fields[k]); });
    li.classList.add("saving");
    return fetch(form.getAttribute("action"), {
      method: "POST", body: body, credentials: "same-origin",
      headers: { "X-CSRF-Token": csrf, "Accept": "application/json" }
    }).then(function (response) {
      if (!response.ok) { throw new Error("HTTP " + response.status); }
      return response.json();
    }).then(function (verdict) {
      li.classList.remove("saving");
      if (verdict.label) {
        li.querySelector("[data-state]").textContent = verdict.label;
        li.querySelectorAll(".codes button").forEach(function (b) {
          b.classList.toggle("mine", verdict.kind === "override" && b.value === verdict.code);
        });
        li.classList.add("reviewed");
      } else {
        li.querySelector("[data-state]").textContent += " · note saved";
      }
      return verdict;
    }).catch(function (error) {
      li.classList.remove("saving");
      li.querySelector("[data-state]").textContent = "not saved (" + error.message + ") — try again";
    });
  }

  function decide(li, fields) {
    save(li, fields).then(function () {
      if (turns.indexOf(li) === current) { show(current + 1); }
    });
  }

  turns.forEach(function (li, i) {
    var form = li.querySelector("form.verdict");
    li.addEventListener("click", function () { if (current !== i) { show(i); } });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var button = event.submitter;
      var note = form.querySelector("input[name=note]").value;
      if (button && button.name === "code") { decide(li, { action: "override", code: button.value }); }
      else if (button && button.value === "confirm") { decide(li, { action: "confirm" }); }
      else { save(li, { action: "note", note: note }); }
    });
  });

  document.addEventListener("keydown", function (event) {
    var typing = event.target.matches("input, textarea, select");
    if (typing) {
      if (event.key === "Escape") { event.target.blur(); show(current); }
      if (event.key === "Enter" && event.target.name === "note") {
        event.preventDefault();
        save(event.target.closest("li.turn"), { action: "note", note: event.target.value });
        event.target.blur();
        show(current);
      }
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) { return; }
    var li = turns[current];
    if (event.key === "j" || event.key === "ArrowDown") { event.preventDefault(); show(current + 1); return; }
    if (event.key === "k" || event.key === "ArrowUp") { event.preventDefault(); show(current - 1); return; }
    if (!li) { return; }
    if (event.key === "y") { event.preventDefault(); decide(li, { action: "confirm" }); return; }
    if (event.key === "n") { event.preventDefault(); li.querySelector("input[name=note]").focus(); return; }
    var button = li.querySelector('.codes button[data-key="' + event.key + '"]');
    if (button) { event.preventDefault(); decide(li, { action: "override", code: button.value }); }
  });

  var target = location.hash && document.querySelector(location.hash);
  show(target ? Math.max(turns.indexOf(target), 0) : 0);
}());
