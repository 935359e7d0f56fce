// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";
  // Submit the queue filters as soon as a select or checkbox changes.
  var filters = document.getElementById("filters");
  if (filters) {
    filters.addEventListener("change", function (event) {
      var target = event.target;
      if (target.tagName === "SELECT" || target.type === "checkbox") { filters.requestSubmit(); }
    });
  }
  // Ask before the actions that close a ticket; disable a form's button once sent (no double posts).
  document.querySelectorAll("form.action").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      var action = form.getAttribute("data-action");
      if ((action === "reject" || action === "duplicate") && !window.confirm(form.querySelector("button").textContent + "?")) {
        event.preventDefault();
        return;
      }
      var button = form.querySelector("button[type=submit]");
      if (button) { window.setTimeout(function () { button.disabled = true; }, 0); }
    });
  });
})();
