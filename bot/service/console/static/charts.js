/* greetbot console: draws every <figure class="chart" data-chart="{...}"> with uPlot. The data sit in the attribute
   (the CSP allows no inline script); the figure's table is the fallback and is hidden only once a chart is drawn. */
(function () {
  "use strict";
  var COLORS = ["#c2410c", "#2563eb", "#15803d", "#7c3aed", "#b42318", "#0e7490"];

  function draw(figure) {
    var spec = JSON.parse(figure.getAttribute("data-chart"));
    var plot = figure.querySelector(".plot");
    var labels = spec.labels, bars = spec.kind === "bars", n = labels.length;
    var xs = labels.map(function (_, i) { return i; });
    var series = [{ label: spec.x || "·", value: function (u, v) { return v == null ? "" : labels[v]; } }];
    spec.series.forEach(function (s, i) {
      var color = COLORS[i % COLORS.length];
      series.push(bars
        ? { label: s.label, stroke: color, fill: color + "99", width: 1,
            paths: uPlot.paths.bars({ size: [0.6, 48] }), points: { show: false } }
        : { label: s.label, stroke: color, width: 2, points: { size: 4 } });
    });
    var width = function () { return Math.max(240, plot.clientWidth || figure.clientWidth || 300); };
    var opts = {
      width: width(), height: bars ? 170 : 200, series: series,
      scales: { x: { time: false, range: bars ? [-0.5, n - 0.5] : [0, Math.max(1, n - 1)] }, y: { range: function (u, lo, hi) { return [Math.min(0, lo), Math.max(1, hi)]; } } },
      axes: [
        { incrs: [1, 2, 5, 7, 10, 15], values: function (u, splits) {
            return splits.map(function (v) { return Number.isInteger(v) && labels[v] !== undefined ? labels[v] : ""; });
          } },
        { size: 44 }
      ],
      cursor: { drag: { x: false, y: false } },
      legend: { live: true }
    };
    var data = [xs].concat(spec.series.map(function (s) { return s.values; }));
    var chart = new uPlot(opts, data, plot);
    figure.classList.add("drawn");
    figure.setAttribute("data-drawn", "1");
    window.addEventListener("resize", function () { chart.setSize({ width: width(), height: opts.height }); });
  }

  function drawAll() {
    if (typeof uPlot === "undefined") { return; }  // the library did not load: the tables stay
    document.querySelectorAll("figure.chart[data-chart]:not(.drawn)").forEach(function (figure) {
      try { draw(figure); } catch (e) { if (window.console) { console.error("chart", figure.id, e); } }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", drawAll);
  } else {
    drawAll();
  }
})();
