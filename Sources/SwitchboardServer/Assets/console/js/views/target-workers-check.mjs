// The live check of a TargetWorkers expression: which workers it matches right now, or why the
// server refuses it. Asks GET /Workers?TargetWorkersExpression=… while the user types.

import { h } from '../dom.mjs';

/** Runs the check for `expression` and shows the outcome in `target`; stale answers are dropped. */
export function targetWorkersChecker(api, workspaceSid, target) {
  let generation = 0;
  return async function check(expression) {
    const mine = ++generation;
    const text = expression.trim() || '1==1';
    target.replaceChildren(h('span.muted', {}, 'Checking…'));
    try {
      const page = await api.get(`/Workspaces/${workspaceSid}/Workers`, { TargetWorkersExpression: text, PageSize: 50 });
      if (mine !== generation) return;
      const workers = page.workers || [];
      const more = page.meta && page.meta.next_page_url ? ' (first 50 shown)' : '';
      target.replaceChildren(h('div.check.ok', { 'data-state': 'ok' },
        workers.length === 0 ? 'Valid expression; no worker matches it now.' : `Matches ${workers.length} worker${workers.length === 1 ? '' : 's'}${more}: `,
        workers.map((w, i) => [i ? ', ' : '', h('strong', { title: `${w.sid} · ${w.activity_name}` }, w.friendly_name)])));
    } catch (error) {
      if (mine !== generation) return;
      target.replaceChildren(h('div.check.error', { 'data-state': 'error', role: 'alert' }, `Invalid expression: ${error.message}`));
    }
  };
}
