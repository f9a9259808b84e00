// Charts drawn as plain SVG: horizontal stacked bars, a donut, and a time line.

import { h } from './dom.mjs';
import { duration } from './format.mjs';

const PALETTE = ['#2563eb', '#16a34a', '#d97706', '#9333ea', '#0891b2', '#dc2626', '#65a30d', '#db2777'];

/**
 * Stacked horizontal bars, one per row: rows [{label, note, parts: [{value, color, name}]}].
 */
export function barChart(rows, { width = 520, barHeight = 22, gap = 10, labelWidth = 150, title = 'bar chart' } = {}) {
  const max = Math.max(1, ...rows.map((r) => r.parts.reduce((s, p) => s + p.value, 0)));
  const plot = width - labelWidth - 70;
  const height = Math.max(1, rows.length) * (barHeight + gap) + gap;
  const svg = h('svg.chart.bars', { viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': title });
  rows.forEach((row, i) => {
    const y = gap + i * (barHeight + gap);
    svg.append(h('text.label', { x: labelWidth - 8, y: y + barHeight * 0.7, 'text-anchor': 'end' }, truncate(row.label, 22)));
    let x = labelWidth;
    for (const part of row.parts) {
      const w = (part.value / max) * plot;
      if (w > 0) svg.append(h('rect', { x, y, width: w, height: barHeight, fill: part.color, rx: 3 }, h('title', {}, `${part.name}: ${part.value}`)));
      x += w;
    }
    const total = row.parts.reduce((s, p) => s + p.value, 0);
    svg.append(h('text.value', { x: x + 6, y: y + barHeight * 0.7 }, row.note !== undefined ? row.note : String(total)));
  });
  if (!rows.length) svg.append(h('text.label', { x: 10, y: 26 }, 'No queues'));
  return svg;
}

/** A donut of slices [{label, value, color}] with the total in the middle. */
export function donutChart(slices, { size = 180, thickness = 34, centerLabel = 'total', title = 'donut chart' } = {}) {
  const total = slices.reduce((s, x) => s + x.value, 0);
  const r = size / 2 - 4;
  const c = size / 2;
  const svg = h('svg.chart.donut', { viewBox: `0 0 ${size} ${size}`, width: size, height: size, role: 'img', 'aria-label': title });
  if (total === 0) {
    svg.append(h('circle', { cx: c, cy: c, r: r - thickness / 2, fill: 'none', stroke: '#e5e7eb', 'stroke-width': thickness }));
  } else {
    let angle = -Math.PI / 2;
    for (const slice of slices.filter((s) => s.value > 0)) {
      const sweep = (slice.value / total) * Math.PI * 2;
      svg.append(h('path', { d: arcPath(c, r, thickness, angle, angle + sweep), fill: slice.color },
        h('title', {}, `${slice.label}: ${slice.value}`)));
      angle += sweep;
    }
  }
  svg.append(h('text.big', { x: c, y: c + 4, 'text-anchor': 'middle' }, String(total)));
  svg.append(h('text.small', { x: c, y: c + 22, 'text-anchor': 'middle' }, centerLabel));
  return svg;
}

function arcPath(c, r, thickness, from, to) {
  if (to - from >= Math.PI * 2 - 1e-6) to = from + Math.PI * 2 - 1e-4; // a full ring
  const r2 = r - thickness;
  const p = (radius, a) => `${(c + radius * Math.cos(a)).toFixed(2)} ${(c + radius * Math.sin(a)).toFixed(2)}`;
  const large = to - from > Math.PI ? 1 : 0;
  return `M ${p(r, from)} A ${r} ${r} 0 ${large} 1 ${p(r, to)} L ${p(r2, to)} A ${r2} ${r2} 0 ${large} 0 ${p(r2, from)} Z`;
}

/** A step line of points [{at (ms), waiting}] over the last `seconds`. */
export function timeline(points, { width = 520, height = 140, seconds = 600, now = Date.now(), title = 'waiting tasks over time' } = {}) {
  const pad = { left: 34, right: 10, top: 10, bottom: 22 };
  const max = Math.max(1, ...points.map((p) => p.waiting));
  const x = (at) => pad.left + ((at - (now - seconds * 1000)) / (seconds * 1000)) * (width - pad.left - pad.right);
  const y = (v) => height - pad.bottom - (v / max) * (height - pad.top - pad.bottom);
  const svg = h('svg.chart.timeline', { viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': title });
  for (const v of [0, max]) {
    svg.append(h('line.grid', { x1: pad.left, x2: width - pad.right, y1: y(v), y2: y(v) }));
    svg.append(h('text.axis', { x: pad.left - 6, y: y(v) + 4, 'text-anchor': 'end' }, String(v)));
  }
  svg.append(h('text.axis', { x: pad.left, y: height - 4 }, `-${duration(seconds)}`));
  svg.append(h('text.axis', { x: width - pad.right, y: height - 4, 'text-anchor': 'end' }, 'now'));
  if (points.length) {
    let d = '';
    points.forEach((p, i) => {
      const px = Math.max(pad.left, x(p.at)).toFixed(1);
      d += i === 0 ? `M ${px} ${y(p.waiting).toFixed(1)}` : ` H ${px} V ${y(p.waiting).toFixed(1)}`;
    });
    d += ` H ${x(now).toFixed(1)}`;
    svg.append(h('path.line', { d, fill: 'none' }));
    const last = points[points.length - 1];
    svg.append(h('circle.dot', { cx: x(now).toFixed(1), cy: y(last.waiting).toFixed(1), r: 3.5 }, h('title', {}, `${last.waiting} waiting now`)));
  }
  return svg;
}

export const color = (i) => PALETTE[i % PALETTE.length];

function truncate(text, n) {
  const s = String(text ?? '');
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
