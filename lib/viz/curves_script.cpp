// The script of the training-curves page (curves_page.h), ES5 so any browser
// runs it: reads the JSON in #nmt-data, draws one SVG chart per metric, one
// line per run, against updates or training time.
#include "viz/curves_page.h"

namespace nmt::viz {

const char* curves_js() {
  return R"JS(
(function () {
'use strict';
var CHARTS = [
  { id: 'train-loss', event: 'train', key: 'loss', label: 'training loss (label-smoothed)' },
  { id: 'dev-loss', event: 'valid', key: 'loss', label: 'dev loss (NLL per token)' },
  { id: 'bleu', event: 'valid', key: 'bleu', label: 'dev BLEU (greedy)' },
  { id: 'chrf', event: 'valid', key: 'chrf', label: 'dev chrF (greedy)' },
  { id: 'lr', event: 'train', key: 'lr', label: 'learning rate' },
  { id: 'grad-norm', event: 'train', key: 'grad_norm', label: 'gradient norm (before clipping)' },
  { id: 'tokens', event: 'train', key: 'tokens_per_s', label: 'target tokens / s' }
];
var COLORS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#17becf', '#8c564b', '#e377c2'];
var W = 440, H = 230, L = 56, R = 12, T = 10, B = 34;
var SVGNS = 'http://www.w3.org/2000/svg';
var data = null, xKey = 'update';

function fail(msg) { document.title = 'nmt-curves: error ' + String(msg).replace(/\s+/g, ' '); }
function svg(tag, attrs, text) {
  var e = document.createElementNS(SVGNS, tag);
  for (var k in attrs) if (attrs.hasOwnProperty(k)) e.setAttribute(k, attrs[k]);
  if (text !== undefined) e.textContent = text;
  return e;
}
function fmt(v) {
  if (v === 0) return '0';
  var a = Math.abs(v);
  if (a >= 1e5 || a < 1e-3) return v.toExponential(1);
  if (a >= 100) return v.toFixed(0);
  return String(Math.round(v * 1000) / 1000);
}
function fmtX(v) {
  if (xKey !== 'time_s') return fmt(v);
  var m = Math.floor(v / 60), h = Math.floor(m / 60);
  return h > 0 ? h + 'h' + ('0' + (m % 60)).slice(-2) : m + 'm' + ('0' + Math.floor(v % 60)).slice(-2);
}
function seriesOf(run, chart) {
  var pts = [];
  for (var i = 0; i < run.events.length; ++i) {
    var e = run.events[i];
    if (e.event !== chart.event) continue;
    var x = e[xKey], y = e[chart.key];
    if (typeof x === 'number' && typeof y === 'number' && isFinite(x) && isFinite(y)) pts.push([x, y]);
  }
  return pts;
}
function drawChart(chart) {
  var box = document.getElementById('chart-' + chart.id);
  while (box.firstChild) box.removeChild(box.firstChild);
  var h2 = document.createElement('h2');
  h2.textContent = chart.label;
  box.appendChild(h2);
  var all = [], x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
  for (var r = 0; r < data.runs.length; ++r) {
    var pts = seriesOf(data.runs[r], chart);
    all.push(pts);
    for (var i = 0; i < pts.length; ++i) {
      x0 = Math.min(x0, pts[i][0]); x1 = Math.max(x1, pts[i][0]);
      y0 = Math.min(y0, pts[i][1]); y1 = Math.max(y1, pts[i][1]);
    }
  }
  var s = svg('svg', { width: W, height: H, 'data-chart': chart.id });
  box.appendChild(s);
  if (x0 > x1) {
    s.appendChild(svg('text', { x: W / 2, y: H / 2, 'text-anchor': 'middle', 'class': 'empty' }, 'no data yet'));
    return;
  }
  if (x1 === x0) { x1 = x0 + 1; }
  if (y1 === y0) { y1 = y0 + (Math.abs(y0) || 1) * 0.05; y0 = y0 - (Math.abs(y0) || 1) * 0.05; }
  var px = function (x) { return L + (x - x0) / (x1 - x0) * (W - L - R); };
  var py = function (y) { return H - B - (y - y0) / (y1 - y0) * (H - T - B); };
  s.appendChild(svg('rect', { x: L, y: T, width: W - L - R, height: H - T - B, fill: 'none', stroke: '#ccc' }));
  for (var k = 0; k <= 4; ++k) {
    var yv = y0 + (y1 - y0) * k / 4, xv = x0 + (x1 - x0) * k / 4;
    s.appendChild(svg('line', { x1: L, x2: W - R, y1: py(yv), y2: py(yv), stroke: '#eee' }));
    s.appendChild(svg('text', { x: L - 4, y: py(yv) + 3, 'text-anchor': 'end' }, fmt(yv)));
    s.appendChild(svg('text', { x: px(xv), y: H - B + 14, 'text-anchor': 'middle' }, fmtX(xv)));
  }
  s.appendChild(svg('text', { x: (L + W - R) / 2, y: H - 4, 'text-anchor': 'middle', 'class': 'xlabel' },
                    xKey === 'time_s' ? 'training time' : 'updates'));
  for (r = 0; r < all.length; ++r) {
    if (!all[r].length) continue;
    var color = COLORS[r % COLORS.length], text = [];
    for (i = 0; i < all[r].length; ++i) text.push(px(all[r][i][0]).toFixed(1) + ',' + py(all[r][i][1]).toFixed(1));
    var line = svg('polyline', { points: text.join(' '), fill: 'none', stroke: color, 'stroke-width': 1.5,
                                 'data-run': r, 'data-points': all[r].length });
    line.appendChild(svg('title', {}, data.runs[r].name));
    s.appendChild(line);
    if (chart.event === 'valid' || all[r].length < 40) {
      for (i = 0; i < all[r].length; ++i) {
        var c = svg('circle', { cx: px(all[r][i][0]), cy: py(all[r][i][1]), r: 2.5, fill: color });
        c.appendChild(svg('title', {}, data.runs[r].name + ': ' + fmtX(all[r][i][0]) + ' -> ' + fmt(all[r][i][1])));
        s.appendChild(c);
      }
    }
  }
}
function drawAll() { for (var i = 0; i < CHARTS.length; ++i) drawChart(CHARTS[i]); }
function setX(key) {
  xKey = key;
  var radios = document.getElementsByName('x');
  for (var i = 0; i < radios.length; ++i) radios[i].checked = radios[i].value === key;
  drawAll();
}
function selfTest() {
  function check(cond, what) { if (!cond) throw new Error('selftest: ' + what); }
  for (var i = 0; i < CHARTS.length; ++i) {
    var chart = CHARTS[i], lines = document.querySelectorAll('svg[data-chart="' + chart.id + '"] polyline');
    var want = 0;
    for (var r = 0; r < data.runs.length; ++r) {
      var n = seriesOf(data.runs[r], chart).length;
      if (!n) continue;
      check(lines[want] && Number(lines[want].getAttribute('data-points')) === n,
            chart.id + ': run ' + r + ' should have ' + n + ' points');
      ++want;
    }
    check(lines.length === want, chart.id + ': ' + lines.length + ' lines, want ' + want);
  }
  check(document.querySelectorAll('#legend span').length === data.runs.length, 'legend');
  setX('time_s');
  check(document.querySelector('.xlabel').textContent === 'training time', 'time axis');
  setX('update');
  check(document.querySelector('.xlabel').textContent === 'updates', 'update axis');
}
function main() {
  try {
    data = JSON.parse(document.getElementById('nmt-data').textContent);
    if (!data || !data.runs || !data.runs.length) throw new Error('no runs');
  } catch (e) { fail(String(e.message || e)); return; }
  document.getElementById('heading').textContent = data.title;
  var legend = document.getElementById('legend'), points = 0;
  for (var r = 0; r < data.runs.length; ++r) {
    if (!(data.runs[r].events instanceof Array)) { fail('run ' + r + ' has no events'); return; }
    points += data.runs[r].events.length;
    var span = document.createElement('span'), mark = document.createElement('i');
    mark.style.background = COLORS[r % COLORS.length];
    span.appendChild(mark);
    span.appendChild(document.createTextNode(data.runs[r].name));
    legend.appendChild(span);
  }
  var charts = document.getElementById('charts');
  for (var i = 0; i < CHARTS.length; ++i) {
    var div = document.createElement('div');
    div.className = 'chart';
    div.id = 'chart-' + CHARTS[i].id;
    charts.appendChild(div);
  }
  var radios = document.getElementsByName('x');
  for (i = 0; i < radios.length; ++i) radios[i].onchange = function () { setX(this.value); };
  drawAll();
  var marker = 'nmt-curves: ready (' + data.runs.length + ' runs, ' + points + ' points)';
  if (location.hash === '#selftest') {
    try { selfTest(); marker += ' selftest ok'; } catch (e) { fail(String(e.message || e)); return; }
  }
  document.title = marker;
}
main();
})();
)JS";
}

}  // namespace nmt::viz
