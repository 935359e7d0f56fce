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

// Dashboard charts (Chart.js, vendored) from the JSON the page carries; the tables below them hold the same numbers.
(function () {
  "use strict";
  var holder = document.getElementById("dashboard-data");
  if (!holder || !window.Chart) { return; }
  var data = JSON.parse(holder.textContent);
  var palette = ["#0b5cab", "#2f9e44", "#e67700", "#c2255c", "#7048e8", "#0c8599", "#5c940d", "#d9480f"];
  function draw(id, type, rows, names) {
    var canvas = document.getElementById(id);
    if (!canvas) { return; }
    new window.Chart(canvas, {
      type: type,
      data: {
        labels: rows.map(function (r) { return (names && names[r[0]]) || r[0] || "—"; }),
        datasets: [{ label: data.labels.tickets, data: rows.map(function (r) { return r[1]; }),
                     backgroundColor: type === "doughnut" ? palette : "#0b5cab", borderColor: "#0b5cab" }]
      },
      options: type === "doughnut"
        ? { animation: false, aspectRatio: 2, plugins: { legend: { position: "right" } } }
        : { animation: false, aspectRatio: 2, plugins: { legend: { display: false } },
            indexAxis: type === "bar" && rows.length > 6 ? "y" : "x",
            scales: { y: { beginAtZero: true, ticks: { precision: 0 } }, x: { beginAtZero: true, ticks: { precision: 0 } } } }
    });
  }
  draw("chart-day", "line", data.per_day);
  draw("chart-category", "bar", data.per_category, data.category_names);
  draw("chart-channel", "doughnut", data.per_channel);
  draw("chart-kota", "bar", data.per_kota);
})();

// Maps (Leaflet, vendored) drawn from the kelurahan boundaries only: no tile server is needed or reachable.
(function () {
  "use strict";
  if (!window.L) { return; }
  function load(el, done) {
    fetch(el.getAttribute("data-geojson"), { credentials: "same-origin" })
      .then(function (r) { return r.json(); }).then(done);
  }
  var choropleth = document.getElementById("choropleth");
  var holder = document.getElementById("dashboard-data");
  if (choropleth && holder) {
    var counts = JSON.parse(holder.textContent).per_kelurahan;
    var max = Math.max.apply(null, [1].concat(Object.keys(counts).map(function (k) { return counts[k]; })));
    var shades = ["#f1f5f9", "#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"];
    var shade = function (n) { return n ? shades[Math.min(5, 1 + Math.floor(4 * n / max))] : shades[0]; };
    var map = window.L.map(choropleth, { attributionControl: false, zoomSnap: 0.25 });
    load(choropleth, function (shapes) {
      var layer = window.L.geoJSON(shapes, {
        style: function (f) { return { color: "#5b6773", weight: 0.6, fillOpacity: 0.85, fillColor: shade(counts[f.properties.kode] || 0) }; },
        onEachFeature: function (f, l) { l.bindTooltip(f.properties.nama + ": " + (counts[f.properties.kode] || 0)); }
      }).addTo(map);
      var mainland = shapes.features.filter(function (f) { return f.properties.kode.indexOf("31.01.") !== 0; });
      map.fitBounds(window.L.geoJSON({ type: "FeatureCollection", features: mainland }).getBounds());
      choropleth.setAttribute("data-ready", String(layer.getLayers().length));
    });
  }
  var ticketMap = document.getElementById("ticket-map");
  if (ticketMap) {
    var kel = ticketMap.getAttribute("data-kelurahan"), kec = ticketMap.getAttribute("data-kecamatan");
    var lat = ticketMap.getAttribute("data-lat"), lng = ticketMap.getAttribute("data-lng");
    var tmap = window.L.map(ticketMap, { attributionControl: false });
    load(ticketMap, function (shapes) {
      var near = shapes.features.filter(function (f) { return kec && f.properties.kode.indexOf(kec + ".") === 0; });
      var around = window.L.geoJSON({ type: "FeatureCollection", features: near }, {
        style: function (f) {
          var own = f.properties.kode === kel;
          return { color: own ? "#b42318" : "#8a96a3", weight: own ? 2.5 : 0.8, fillColor: own ? "#fdecea" : "#ffffff", fillOpacity: own ? 0.7 : 0.5 };
        },
        onEachFeature: function (f, l) { l.bindTooltip(f.properties.nama); }
      }).addTo(tmap);
      if (lat && lng) {
        window.L.circleMarker([parseFloat(lat), parseFloat(lng)], { radius: 7, color: "#0b2e4f", fillColor: "#0b5cab", fillOpacity: 1 }).addTo(tmap);
      }
      if (near.length) { tmap.fitBounds(around.getBounds()); }
      else if (lat && lng) { tmap.setView([parseFloat(lat), parseFloat(lng)], 14); }
      else { tmap.setView([-6.2, 106.85], 10); }
      ticketMap.setAttribute("data-ready", String(near.length));
    });
  }
})();
