// The projected JHT balance as a hand-drawn SVG line chart, from a list of {year, balance}
// points (balance: the engine's money string). Pixel positions use floating point; the
// figures written on the chart come from the strings, formatted exactly.
const NS = 'http://www.w3.org/2000/svg';

function el(name, attrs, text) {
  const e = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, String(v));
  if (text != null) e.textContent = text;
  return e;
}

/**
 * @param {{year:number|string, balance:string}[]} points
 * @param {{money:(s:string)=>string, short:(s:string)=>string, title:string, desc:string}} o
 * @returns {SVGSVGElement|null}
 */
export function jhtChart(points, o) {
  const pts = (points || []).filter((p) => p && p.balance != null && p.year != null);
  if (pts.length < 2) return null;
  const W = 320, H = 180, L = 56, R = 10, T = 12, B = 28;
  const ys = pts.map((p) => Number(String(p.balance)));
  const years = pts.map((p) => Number(p.year));
  const max = Math.max(...ys, 1);
  const x0 = years[0], x1 = years[years.length - 1];
  const sx = (y) => L + ((y - x0) / Math.max(1, x1 - x0)) * (W - L - R);
  const sy = (v) => T + (1 - v / max) * (H - T - B);
  const svg = el('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', class: 'chart', 'aria-labelledby': 'jht-t jht-d' });
  svg.append(el('title', { id: 'jht-t' }, o.title), el('desc', { id: 'jht-d' }, o.desc));
  // Axes and three gridlines, labelled with the largest balance and its half.
  const maxIdx = ys.indexOf(max);
  for (const f of [0, 0.5, 1]) {
    const y = sy(max * f);
    svg.append(el('line', { x1: L, x2: W - R, y1: y, y2: y, class: f === 0 ? 'axis' : 'grid' }));
  }
  svg.append(el('text', { x: L - 4, y: sy(max) + 4, 'text-anchor': 'end', class: 'lbl' }, o.short(String(pts[maxIdx].balance))));
  svg.append(el('text', { x: L - 4, y: sy(0) + 4, 'text-anchor': 'end', class: 'lbl' }, '0'));
  svg.append(el('text', { x: sx(x0), y: H - 8, 'text-anchor': 'start', class: 'lbl' }, String(x0)));
  svg.append(el('text', { x: sx(x1), y: H - 8, 'text-anchor': 'end', class: 'lbl' }, String(x1)));
  const d = pts.map((p, i) => `${i ? 'L' : 'M'}${sx(years[i]).toFixed(1)},${sy(ys[i]).toFixed(1)}`).join(' ');
  svg.append(el('path', { d, class: 'line' }));
  // Markers as well as a line, so the data does not rest on colour or thickness alone.
  pts.forEach((p, i) => {
    const c = el('circle', { cx: sx(years[i]).toFixed(1), cy: sy(ys[i]).toFixed(1), r: 2.5, class: 'dot' });
    c.append(el('title', {}, `${p.year}: ${o.money(String(p.balance))}`));
    svg.append(c);
  });
  return svg;
}
