// Building DOM without innerHTML: h('tag.class', {attr, onclick}, children…). Text is always text.

const SVG_NS = 'http://www.w3.org/2000/svg';
const SVG_TAGS = new Set(['svg', 'g', 'rect', 'circle', 'path', 'line', 'polyline', 'polygon', 'text', 'title', 'tspan']);

/** h('button.primary', {type: 'submit', onclick}, 'Save') */
export function h(spec, attrs = {}, ...children) {
  const [tag, ...classes] = spec.split('.');
  const el = SVG_TAGS.has(tag) ? document.createElementNS(SVG_NS, tag) : document.createElement(tag);
  if (classes.length) el.setAttribute('class', classes.join(' '));
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key === 'value' && 'value' in el && !(el instanceof SVGElement)) el.value = value;
    else if (key === 'checked') el.checked = !!value;
    else if (key === 'class') el.setAttribute('class', [el.getAttribute('class'), value].filter(Boolean).join(' '));
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces the children of `el`. */
export function mount(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/** A message line: kind 'error' | 'ok' | 'info'. */
export function notice(kind, text) {
  return h(`div.notice.${kind}`, { role: kind === 'error' ? 'alert' : 'status' }, text);
}

/** A table: columns [{label, cell(row) → node|text}], rows. */
export function table(columns, rows, { empty = 'Nothing here yet.', rowAttrs } = {}) {
  if (!rows.length) return h('p.empty', {}, empty);
  return h('table.grid', {},
    h('thead', {}, h('tr', {}, columns.map((c) => h('th', {}, c.label)))),
    h('tbody', {}, rows.map((row) => h('tr', rowAttrs ? rowAttrs(row) : {}, columns.map((c) => h('td', {}, c.cell(row)))))));
}

/** A <code> with a SID, shortened for display, the full SID as its title. */
export function sid(value) {
  if (!value) return '';
  return h('code.sid', { title: value }, value.length > 14 ? `${value.slice(0, 8)}…${value.slice(-4)}` : value);
}

/** Calls fn at most once per `ms` (trailing call). */
export function debounce(fn, ms) {
  let timer = null;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}
