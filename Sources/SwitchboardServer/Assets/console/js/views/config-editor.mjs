// A JSON editor for a workflow Configuration: line numbers, problems marked on their lines and
// listed under the text (click one to jump there). Three sources of problems: the local checker
// (structure, queues), the server's check of each filter expression while typing, and the
// server's answer when saving ("task_routing.filters[0].expression: …" mapped to its line).

import { h, debounce } from '../dom.mjs';
import { checkWorkflowConfiguration } from '../workflow-config.mjs';
import { locate, parseWithLocations } from '../json-locate.mjs';

/** Problems named by path in a server message: "Invalid Configuration: a.b: x; c[0].d: y". */
export function serverProblems(message, text) {
  let locations;
  try { locations = parseWithLocations(text).locations; } catch { return []; }
  return String(message).replace(/^Invalid Configuration:\s*/, '').split(/;\s+(?=task_routing)/)
    .map((part) => /^(task_routing[\w.[\]]*):\s*(.*)$/s.exec(part))
    .filter(Boolean)
    .map(([, path, text]) => ({ path, message: text, ...locate(locations, path) }));
}

/**
 * Returns {element, text(), problems(), insert(text), showServerError(message) → count placed}.
 * `checkExpression(expression)` resolves to null (valid) or the server's message.
 */
export function configEditor(initialText, queueSids, checkExpression = null) {
  const gutter = h('div.gutter', { 'aria-hidden': 'true' });
  const area = h('textarea.code.config', { id: 'workflow-configuration', spellcheck: 'false', rows: 18, 'aria-label': 'Configuration (JSON)' }, initialText);
  const list = h('ul.problems', { id: 'configuration-problems', 'aria-live': 'polite' });
  const expressionChecks = new Map(); // expression → undefined (asked) | null (valid) | message
  let fromServer = { text: null, problems: [] }; // the server's answer, valid for that text only
  let current = [];
  let rendered = null;

  function jumpTo(line) {
    const lines = area.value.split('\n');
    const offset = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
    area.focus();
    area.setSelectionRange(offset, offset + (lines[line - 1] || '').length);
  }

  /** Problems the server reported for the filter expressions of the current text (asking for new ones). */
  function expressionProblems() {
    if (!checkExpression) return [];
    let parsed;
    try { parsed = parseWithLocations(area.value); } catch { return []; }
    const routing = parsed.value && parsed.value.task_routing;
    const filters = routing && Array.isArray(routing.filters) ? routing.filters : [];
    const problems = [];
    filters.forEach((filter, i) => {
      const expression = filter && typeof filter.expression === 'string' ? filter.expression.trim() : '';
      if (!expression) return;
      if (!expressionChecks.has(expression)) {
        expressionChecks.set(expression, undefined);
        checkExpression(expression).then((message) => { expressionChecks.set(expression, message); render(); },
          () => expressionChecks.delete(expression));
      }
      const message = expressionChecks.get(expression);
      const path = `task_routing.filters[${i}].expression`;
      if (message) problems.push({ path, message, ...locate(parsed.locations, path) });
    });
    return problems;
  }

  function render() {
    const local = checkWorkflowConfiguration(area.value, queueSids);
    const seen = new Set(local.map((p) => `${p.path}|${p.message}`));
    const saved = fromServer.text === area.value ? fromServer.problems : [];
    current = [...local, ...expressionProblems(), ...saved].filter((p, i, all) => {
      const key = `${p.path}|${p.message}`;
      if (i >= local.length && seen.has(key)) return false;
      seen.add(key);
      return true;
    }).sort((a, b) => a.line - b.line);
    rendered = area.value;
    const bad = new Set(current.map((p) => p.line));
    const count = area.value.split('\n').length;
    gutter.replaceChildren(...Array.from({ length: count }, (_, i) =>
      h('div', { class: bad.has(i + 1) ? 'bad' : '', title: bad.has(i + 1) ? current.filter((p) => p.line === i + 1).map((p) => p.message).join('\n') : null }, String(i + 1))));
    list.replaceChildren(...(current.length
      ? current.map((p) => h('li', { dataset: { line: p.line, path: p.path } },
        h('button.link', { type: 'button', onclick: () => jumpTo(p.line) }, `Line ${p.line}`),
        p.path ? [' ', h('code', {}, p.path)] : null, ': ', p.message))
      : [h('li.ok', {}, 'No problems found.')]));
    gutter.scrollTop = area.scrollTop;
  }

  area.addEventListener('input', debounce(render, 250));
  area.addEventListener('scroll', () => { gutter.scrollTop = area.scrollTop; });
  area.addEventListener('keydown', (event) => {
    if (event.key !== 'Tab') return;
    event.preventDefault();
    area.setRangeText('  ', area.selectionStart, area.selectionEnd, 'end');
    area.dispatchEvent(new Event('input'));
  });
  render();

  return {
    element: h('div.config-editor', {}, h('div.editor-body', {}, gutter, area), list),
    text: () => area.value,
    /** The problems of the text as it is now (rechecked if typing has not been checked yet). */
    problems: () => { if (rendered !== area.value) render(); return current; },
    insert: (text) => { area.setRangeText(text, area.selectionStart, area.selectionEnd, 'end'); area.dispatchEvent(new Event('input')); },
    /** Marks what the server refused; returns how many problems it could place on lines. */
    showServerError: (message) => {
      fromServer = { text: area.value, problems: serverProblems(message, area.value) };
      render();
      return fromServer.problems.length;
    },
  };
}
