// The HTML attention report's script (lib/viz/report_page.h). Plain ES5-style
// JavaScript, no libraries, so the page works offline in any current browser.
// Embedded in the library at build time (cmake/embed_text.cmake writes it into
// a generated report_script.cpp); the page reads its data from the JSON in the
// element #nmt-data.
(function () {
'use strict';
function fail(e) {
  var msg = 'nmt-attention: error ' + (e && e.message ? e.message : String(e));
  document.title = msg;
  var box = document.getElementById('error');
  if (!box) { box = document.createElement('div'); box.id = 'error'; document.body.insertBefore(box, document.body.firstChild); }
  box.textContent = msg;
}
window.addEventListener('error', function (ev) { fail(ev.error || ev.message); });

var RAMP = [[247, 251, 255], [107, 174, 214], [8, 48, 107]];
var KIND_NAMES = { cross: 'cross-attention', enc_self: 'encoder self-attention', dec_self: 'decoder self-attention' };
var C_LINK = '#f16913', C_OK = '#1a7f37', C_BAD = '#cf222e', C_GOLD = '#8250df';

function colour(w) {
  w = Math.max(0, Math.min(1, w || 0));
  var lo = w < 0.5 ? RAMP[0] : RAMP[1], hi = w < 0.5 ? RAMP[1] : RAMP[2];
  var t = w < 0.5 ? w * 2 : (w - 0.5) * 2, c = [];
  for (var i = 0; i < 3; i++) c.push(Math.round(lo[i] + (hi[i] - lo[i]) * t));
  return 'rgb(' + c.join(',') + ')';
}
function el(tag, attrs, text) {
  var e = document.createElement(tag);
  for (var k in attrs) e.setAttribute(k, attrs[k]);
  if (text !== undefined) e.textContent = text;
  return e;
}
function key(l) { return l[0] + '-' + l[1]; }
function setOf(links) { var s = {}; (links || []).forEach(function (l) { s[key(l)] = true; }); return s; }
function count(a, s) { var n = 0; for (var k in a) if (s[k]) n++; return n; }

var data = JSON.parse(document.getElementById('nmt-data').textContent);
var S = data.sentences;
var kinds = ['cross', 'enc_self', 'dec_self'].filter(function (k) {
  return S.some(function (s) { return s.att[k].length > 0; });
});
var state = { sent: 0, kind: kinds[0] || 'cross', layer: data.layer, head: data.head, mode: 'argmax',
              thr: 0.5, gold: true, hover: { row: -1, col: -1 } };
if (S.some(function (s) { return s.links.length > 0; })) state.mode = 'run';
var cache = {};
var ui = {};

function matrix(si, kind, layer, hi) {
  var id = si + '/' + kind + '/' + layer + '/' + hi;
  if (!cache[id]) {
    var s = S[si], bin = atob(s.att[kind][layer][hi]), v = new Float32Array(bin.length);
    for (var i = 0; i < bin.length; i++) v[i] = bin.charCodeAt(i) / 255;
    cache[id] = { rows: kind === 'enc_self' ? s.src.length : s.tgt.length,
                  cols: kind === 'dec_self' ? s.tgt.length : s.src.length, v: v };
  }
  return cache[id];
}
function labels(s, kind) {
  return { rows: kind === 'enc_self' ? s.src : s.tgt, cols: kind === 'dec_self' ? s.tgt : s.src };
}
function headCount(s, kind, layer) { return s.att[kind][layer].length - 1; }
function headIndex(s) { return state.head < 0 ? headCount(s, state.kind, state.layer) : state.head; }
function headName(h) { return h < 0 ? 'avg' : 'head ' + h; }

// Hard links [col, row] of a matrix under the current rule.
function hardLinks(s, m) {
  if (state.mode === 'none') return [];
  if (state.mode === 'run') return state.kind === 'cross' ? s.links : [];
  var out = [];
  for (var r = 0; r < m.rows; r++) {
    var best = -1;
    for (var c = 0; c < m.cols; c++) {
      var w = m.v[r * m.cols + c];
      if (state.mode === 'threshold') { if (w >= state.thr) out.push([c, r]); }
      else if (w > 0 && (best < 0 || w > m.v[r * m.cols + best])) best = c;
    }
    if (state.mode === 'argmax' && best >= 0) out.push([best, r]);
  }
  return out;
}
function aer(links, gold) {
  var a = setOf(links), sure = setOf(gold.sure), pos = setOf(gold.possible.concat(gold.sure));
  var na = Object.keys(a).length, ns = Object.keys(sure).length;
  var as = count(a, sure), ap = count(a, pos);
  return { aer: na + ns ? 100 * (1 - (as + ap) / (na + ns)) : 0,
           p: na ? 100 * ap / na : 0, r: ns ? 100 * as / ns : 0 };
}
function fmtAer(x) {
  return 'AER ' + x.aer.toFixed(1) + ' %  (precision ' + x.p.toFixed(1) + ', recall ' + x.r.toFixed(1) + ')';
}

function drawMatrix(canvas, m, lab, opts) {
  var ctx = canvas.getContext('2d'), cell, left = 0, top = 0, font = '12px "DejaVu Sans", sans-serif';
  var n = Math.max(m.rows, m.cols, 1), ratio = window.devicePixelRatio || 1;
  if (opts.big) {
    cell = Math.max(14, Math.min(42, Math.floor(640 / n)));
    ctx.font = font;
    lab.rows.forEach(function (w) { left = Math.max(left, ctx.measureText(w).width); });
    lab.cols.forEach(function (w) { top = Math.max(top, ctx.measureText(w).width); });
    left = Math.ceil(left) + 12; top = Math.ceil(top * 0.72) + 16;
  } else {
    cell = Math.max(2, Math.floor(84 / n));
  }
  var w = left + cell * m.cols + (opts.big ? Math.ceil(top * 0.72) + 10 : 0), h = top + cell * m.rows + 2;
  canvas.width = Math.ceil(w * ratio); canvas.height = Math.ceil(h * ratio);
  canvas.style.width = w + 'px'; canvas.style.height = h + 'px';
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.fillStyle = '#fff'; ctx.fillRect(0, 0, w, h);
  for (var r = 0; r < m.rows; r++)
    for (var c = 0; c < m.cols; c++) {
      ctx.fillStyle = colour(m.v[r * m.cols + c]);
      ctx.fillRect(left + c * cell, top + r * cell, cell - (cell > 6 ? 1 : 0), cell - (cell > 6 ? 1 : 0));
    }
  canvas.geom = { left: left, top: top, cell: cell, rows: m.rows, cols: m.cols };
  if (!opts.big) return;
  var hv = state.hover;
  ctx.fillStyle = 'rgba(255, 196, 0, 0.28)';
  if (hv.row >= 0 && hv.row < m.rows) ctx.fillRect(0, top + hv.row * cell, left + m.cols * cell, cell);
  if (hv.col >= 0 && hv.col < m.cols) ctx.fillRect(left + hv.col * cell, 0, cell, top + m.rows * cell);
  ctx.font = font; ctx.fillStyle = '#1f2328'; ctx.textBaseline = 'middle';
  lab.rows.forEach(function (word, r) {
    ctx.font = (r === hv.row ? 'bold ' : '') + font; ctx.textAlign = 'right';
    ctx.fillText(word, left - 6, top + (r + 0.5) * cell);
  });
  lab.cols.forEach(function (word, c) {
    ctx.save(); ctx.translate(left + (c + 0.5) * cell, top - 6); ctx.rotate(-Math.PI / 4);
    ctx.font = (c === hv.col ? 'bold ' : '') + font; ctx.textAlign = 'left';
    ctx.fillText(word, 0, 0); ctx.restore();
  });
  drawLinks(ctx, opts.links, opts.gold, left, top, cell);
}

function drawLinks(ctx, links, gold, left, top, cell) {
  var a = setOf(links), sure = gold ? setOf(gold.sure) : {}, pos = gold ? setOf(gold.possible) : {};
  function box(k, stroke, dashed) {
    var p = k.split('-').map(Number);
    ctx.save(); ctx.strokeStyle = stroke; ctx.lineWidth = 2; ctx.setLineDash(dashed ? [4, 3] : []);
    ctx.strokeRect(left + p[0] * cell + 2, top + p[1] * cell + 2, cell - 5, cell - 5); ctx.restore();
  }
  if (gold) {
    for (var k in pos) if (!sure[k]) box(k, a[k] ? C_OK : C_GOLD, true);
    for (k in sure) box(k, a[k] ? C_OK : C_BAD, false);
  }
  for (k in a) {
    var p = k.split('-').map(Number), ok = sure[k] || pos[k];
    ctx.beginPath();
    ctx.arc(left + (p[0] + 0.5) * cell, top + (p[1] + 0.5) * cell, Math.max(2.5, cell * 0.17), 0, 2 * Math.PI);
    ctx.fillStyle = !gold ? C_LINK : ok ? C_OK : C_BAD;
    ctx.fill(); ctx.lineWidth = 1.2; ctx.strokeStyle = '#fff'; ctx.stroke();
  }
}

function build() {
  var header = el('header');
  header.appendChild(el('h1', {}, data.title ? 'Attention \u2014 ' + data.title : 'Attention'));
  ui.prev = el('button', { title: 'previous sentence' }, '\u25c0');
  ui.sent = el('select', { id: 'sent' });
  ui.next = el('button', { title: 'next sentence' }, '\u25b6');
  S.forEach(function (s, i) {
    var text = s.src.join(' ');
    ui.sent.appendChild(el('option', { value: i }, (i + 1) + ': ' + (text.length > 60 ? text.slice(0, 57) + '...' : text)));
  });
  var lab = el('label', {}, 'Sentence '); lab.appendChild(ui.prev); lab.appendChild(ui.sent); lab.appendChild(ui.next);
  header.appendChild(lab);
  ui.kind = el('select');
  kinds.forEach(function (k) { ui.kind.appendChild(el('option', { value: k }, KIND_NAMES[k])); });
  lab = el('label', {}, 'Attention '); lab.appendChild(ui.kind); header.appendChild(lab);
  ui.mode = el('select');
  [['run', 'run' + (data.links_source ? ' (' + data.links_source + ')' : '')], ['argmax', 'argmax'],
   ['threshold', 'threshold'], ['none', 'none']].forEach(function (o) {
    if (o[0] !== 'run' || state.mode === 'run') ui.mode.appendChild(el('option', { value: o[0] }, o[1]));
  });
  lab = el('label', {}, 'Links '); lab.appendChild(ui.mode); header.appendChild(lab);
  ui.thr = el('input', { type: 'range', min: '0.01', max: '1', step: '0.01', value: String(state.thr) });
  ui.thrv = el('span', {}, state.thr.toFixed(2));
  lab = el('label', {}, 'Threshold '); lab.appendChild(ui.thr); lab.appendChild(ui.thrv); header.appendChild(lab);
  ui.gold = el('input', { type: 'checkbox' }); ui.gold.checked = true;
  lab = el('label', {}); lab.appendChild(ui.gold); lab.appendChild(document.createTextNode(' gold links'));
  if (S.some(function (s) { return s.gold; })) header.appendChild(lab);
  document.body.appendChild(header);

  var main = el('main'), big = el('section', { id: 'big', 'class': 'card' });
  ui.bigtitle = el('div', { id: 'bigtitle' });
  ui.srcline = el('div', { 'class': 'sentence' }); ui.tgtline = el('div', { 'class': 'sentence' });
  ui.bigc = el('canvas', { id: 'bigc' });
  ui.info = el('div', { id: 'info' }, 'Hover a word or a cell to read the weights.');
  ui.aer = el('div', { id: 'aer' });
  big.appendChild(ui.bigtitle); big.appendChild(ui.srcline); big.appendChild(ui.tgtline);
  big.appendChild(ui.bigc); big.appendChild(ui.info); big.appendChild(ui.aer); big.appendChild(legend());
  var gridcard = el('section', { id: 'gridcard', 'class': 'card' });
  ui.gridtitle = el('h2'); ui.grid = el('table', { 'class': 'grid' });
  gridcard.appendChild(ui.gridtitle); gridcard.appendChild(ui.grid);
  main.appendChild(big); main.appendChild(gridcard); document.body.appendChild(main);
  wire();
}

function legend() {
  var d = el('div', { 'class': 'key' });
  d.innerHTML = '<span>0 <span class="swatch ramp"></span> 1 (darker = more weight)</span>' +
    '<span><span class="swatch" style="background:' + C_LINK + ';border-radius:50%"></span>link</span>' +
    '<span><span class="swatch" style="background:' + C_OK + ';border-radius:50%"></span>link in gold</span>' +
    '<span><span class="swatch" style="background:' + C_BAD + ';border-radius:50%"></span>spurious link</span>' +
    '<span><span class="swatch" style="border:2px solid ' + C_OK + '"></span>gold sure found</span>' +
    '<span><span class="swatch" style="border:2px solid ' + C_BAD + '"></span>gold sure missed</span>' +
    '<span><span class="swatch" style="border:2px dashed ' + C_GOLD + '"></span>gold possible</span>';
  return d;
}

function wire() {
  ui.sent.onchange = function () { state.sent = +ui.sent.value; clampHead(); render(); };
  ui.prev.onclick = function () { if (state.sent > 0) { state.sent--; clampHead(); render(); } };
  ui.next.onclick = function () { if (state.sent < S.length - 1) { state.sent++; clampHead(); render(); } };
  document.addEventListener('keydown', function (ev) {
    if (ev.target.tagName === 'SELECT' || ev.target.tagName === 'INPUT') return;
    if (ev.key === 'ArrowLeft') ui.prev.onclick(); else if (ev.key === 'ArrowRight') ui.next.onclick();
  });
  ui.kind.onchange = function () { state.kind = ui.kind.value; clampHead(); render(); };
  ui.mode.onchange = function () { state.mode = ui.mode.value; renderBig(); };
  ui.thr.oninput = function () {
    state.thr = +ui.thr.value; ui.thrv.textContent = state.thr.toFixed(2);
    state.mode = ui.mode.value = 'threshold'; renderBig();
  };
  ui.gold.onchange = function () { state.gold = ui.gold.checked; renderBig(); };
  ui.bigc.onmousemove = function (ev) {
    var g = ui.bigc.geom, rect = ui.bigc.getBoundingClientRect();
    var x = ev.clientX - rect.left - g.left, y = ev.clientY - rect.top - g.top;
    var c = Math.floor(x / g.cell), r = Math.floor(y / g.cell);
    var col = x >= 0 && c < g.cols ? c : -1, row = y >= 0 && r < g.rows ? r : -1;
    if (y < 0 && col < 0) col = Math.floor((x - y * 0.6) / g.cell);  // slanted labels lean right
    if (col >= g.cols) col = -1;
    setHover(row, col);
  };
  ui.bigc.onmouseleave = function () { setHover(-1, -1); };
}

function clampHead() {
  var s = S[state.sent];
  if (!s.att[state.kind] || s.att[state.kind].length === 0) return;
  if (state.layer < 0 || state.layer >= s.att[state.kind].length) state.layer = s.att[state.kind].length - 1;
  if (state.head >= headCount(s, state.kind, state.layer)) state.head = -1;
}

function setHover(row, col) {
  if (row === state.hover.row && col === state.hover.col) return;
  state.hover = { row: row, col: col }; renderBig();
}

function sentenceLine(div, name, words, axis) {
  div.innerHTML = ''; div.appendChild(el('b', {}, name));
  words.forEach(function (w, i) {
    var span = el('span', { 'class': 'word' }, w);
    var s = state.kind, hv = state.hover;
    var row = axis === 'src' ? (s === 'enc_self' ? i : -1) : (s === 'dec_self' || s === 'cross' ? i : -1);
    var col = axis === 'src' ? (s === 'dec_self' ? -1 : i) : (s === 'dec_self' ? i : -1);
    if ((row >= 0 && row === hv.row) || (col >= 0 && col === hv.col)) span.className = 'word on';
    span.onmouseenter = function () { setHover(row, col); };
    span.onmouseleave = function () { setHover(-1, -1); };
    div.appendChild(span); div.appendChild(document.createTextNode(' '));
  });
}

function hoverText(m, lab) {
  var hv = state.hover, v = function (r, c) { return m.v[r * m.cols + c].toFixed(3); };
  if (hv.row >= 0 && hv.col >= 0)
    return lab.cols[hv.col] + ' \u2192 ' + lab.rows[hv.row] + ': ' + v(hv.row, hv.col);
  var parts = [];
  if (hv.row >= 0) {
    for (var c = 0; c < m.cols; c++) parts.push(lab.cols[c] + ' ' + v(hv.row, c));
    return '\u201c' + lab.rows[hv.row] + '\u201d attends to: ' + parts.join(', ');
  }
  if (hv.col >= 0) {
    var total = 0;
    for (var r = 0; r < m.rows; r++) { parts.push(lab.rows[r] + ' ' + v(r, hv.col)); total += m.v[r * m.cols + hv.col]; }
    return '\u201c' + lab.cols[hv.col] + '\u201d receives (sum ' + total.toFixed(2) + '): ' + parts.join(', ');
  }
  return 'Hover a word or a cell to read the weights.';
}

function renderBig() {
  var s = S[state.sent];
  sentenceLine(ui.srcline, 'source', s.src, 'src');
  sentenceLine(ui.tgtline, 'target', s.tgt, 'tgt');
  if (!s.att[state.kind] || s.att[state.kind].length === 0) {
    ui.bigtitle.textContent = 'No ' + KIND_NAMES[state.kind] + ' for this sentence';
    ui.bigc.width = 0; ui.bigc.height = 0; ui.aer.textContent = ''; return;
  }
  var m = matrix(state.sent, state.kind, state.layer, headIndex(s)), lab = labels(s, state.kind);
  var links = hardLinks(s, m), gold = state.kind === 'cross' && state.gold ? s.gold : null;
  ui.bigtitle.textContent = KIND_NAMES[state.kind] + ', layer ' + state.layer + ', ' + headName(state.head) +
    ' \u2014 sentence ' + (state.sent + 1) + ' of ' + S.length;
  drawMatrix(ui.bigc, m, lab, { big: true, links: links, gold: gold });
  ui.info.textContent = hoverText(m, lab);
  var text = '';
  if (s.gold && state.kind === 'cross') {
    if (state.mode !== 'none') text = 'Shown links: ' + fmtAer(aer(links, s.gold));
    if (state.mode !== 'run' && s.links.length) text += (text ? '   \u00b7   ' : '') + 'run links: ' + fmtAer(aer(s.links, s.gold));
  }
  ui.aer.textContent = text;
}

function renderGrid() {
  var s = S[state.sent], layers = s.att[state.kind] || [];
  ui.gridtitle.textContent = 'Every layer and head (' + KIND_NAMES[state.kind] + '): click to enlarge';
  ui.grid.innerHTML = '';
  if (!layers.length) return;
  var heads = 0;
  layers.forEach(function (l, i) { heads = Math.max(heads, headCount(s, state.kind, i)); });
  var tr = el('tr'); tr.appendChild(el('th'));
  for (var h = 0; h < heads; h++) tr.appendChild(el('th', {}, 'head ' + h));
  tr.appendChild(el('th', {}, 'avg')); ui.grid.appendChild(tr);
  layers.forEach(function (l, layer) {
    var row = el('tr'); row.appendChild(el('th', {}, 'layer ' + layer));
    var n = headCount(s, state.kind, layer);
    for (var h = 0; h <= heads; h++) {
      var head = h === heads ? -1 : h, td = el('td');
      if (head < n) {
        var c = el('canvas', { title: 'layer ' + layer + ', ' + headName(head) });
        drawMatrix(c, matrix(state.sent, state.kind, layer, head < 0 ? n : head), labels(s, state.kind), {});
        if (layer === state.layer && head === state.head) c.className = 'sel';
        c.onclick = (function (L, H) { return function () { state.layer = L; state.head = H; render(); }; })(layer, head);
        td.appendChild(c);
      }
      row.appendChild(td);
    }
    ui.grid.appendChild(row);
  });
}

function render() {
  clampHead();
  ui.sent.value = String(state.sent); ui.kind.value = state.kind;
  renderBig(); renderGrid();
}

// With #selftest in the address, every control is driven once (tests run the
// page headless this way) and " selftest ok" is added to the ready marker.
function selfTest() {
  function check(cond, what) { if (!cond) throw new Error('selftest: ' + what); }
  S.forEach(function (s, i) {
    ui.sent.value = String(i); ui.sent.onchange();
    kinds.forEach(function (k) {
      ui.kind.value = k; ui.kind.onchange();
      var canvases = ui.grid.getElementsByTagName('canvas');
      check(canvases.length > 0, 'no grid for ' + k);
      for (var c = 0; c < canvases.length; c++) canvases[c].onclick();
      check(ui.bigc.width > 0 && ui.bigc.geom, 'no picture for ' + k);
      for (var o = 0; o < ui.mode.options.length; o++) { ui.mode.value = ui.mode.options[o].value; ui.mode.onchange(); }
      ui.thr.value = '0.2'; ui.thr.oninput();
      check(state.mode === 'threshold', 'slider did not select threshold links');
      var g = ui.bigc.geom, rect = ui.bigc.getBoundingClientRect();
      ui.bigc.onmousemove({ clientX: rect.left + g.left + g.cell / 2, clientY: rect.top + g.top + g.cell / 2 });
      if (g.rows > 0 && g.cols > 0) {
        check(state.hover.row === 0 && state.hover.col === 0, 'hover did not find cell 0,0');
        check(ui.info.textContent.indexOf('\u2192') > 0, 'hover text missing');
      } else {  // an empty sentence (e.g. an empty translation) has no cell to find
        check(state.hover.row === -1 || state.hover.col === -1, 'hover found a cell in an empty matrix');
      }
      ui.bigc.onmouseleave();
      if (k === 'cross' && s.gold) check(ui.aer.textContent.indexOf('AER') >= 0, 'no AER with gold');
    });
  });
  ui.sent.value = '0'; ui.sent.onchange(); ui.kind.value = kinds[0]; ui.kind.onchange();
}

try {
  build();
  if (S.length) render(); else document.body.appendChild(el('p', {}, 'The report has no sentences.'));
  var marker = 'nmt-attention: ready (' + S.length + ' sentences)';
  if (S.length && location.hash === '#selftest') { selfTest(); marker += ' selftest ok'; }
  if (document.title.indexOf('nmt-attention: error') !== 0) document.title = marker;
} catch (e) { fail(e); }
})();
