// Checks a workflow Configuration before it is sent, and says where each problem is (JSON path and
// line). The server validates again (expressions included); its answer is shown too.

import { locate, parseWithLocations, JsonSyntaxError } from './json-locate.mjs';

const isInt = (v) => (typeof v === 'number' && Number.isInteger(v)) || (typeof v === 'string' && /^-?\d+$/.test(v.trim()));
const isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Problems of a configuration text: [{path, message, line, column}] (empty when it looks valid).
 * `queueSids`: the workspace's queue SIDs (unknown queues are reported) or null to skip that check.
 */
export function checkWorkflowConfiguration(text, queueSids = null) {
  let parsed;
  try {
    parsed = parseWithLocations(text);
  } catch (error) {
    if (error instanceof JsonSyntaxError) return [{ path: '', message: error.reason, line: error.line, column: error.column }];
    throw error;
  }
  const problems = [];
  const report = (path, message) => problems.push({ path, message, ...locate(parsed.locations, path) });
  const config = parsed.value;
  if (!isObj(config)) { report('', 'The configuration must be a JSON object'); return problems; }
  const routing = config.task_routing;
  if (!isObj(routing)) { report('task_routing', 'task_routing is required and must be an object'); return problems; }
  if (routing.filters !== undefined && !Array.isArray(routing.filters)) report('task_routing.filters', 'filters must be an array');
  (Array.isArray(routing.filters) ? routing.filters : []).forEach((filter, f) => {
    const at = `task_routing.filters[${f}]`;
    if (!isObj(filter)) { report(at, 'Each filter must be an object'); return; }
    if (typeof filter.expression !== 'string' || !filter.expression.trim()) report(`${at}.expression`, 'A filter needs a non-empty expression');
    if (filter.filter_friendly_name !== undefined && typeof filter.filter_friendly_name !== 'string') {
      report(`${at}.filter_friendly_name`, 'filter_friendly_name must be a string');
    }
    if (!Array.isArray(filter.targets) || filter.targets.length === 0) {
      report(filter.targets === undefined ? at : `${at}.targets`, 'A filter needs at least one target');
      return;
    }
    filter.targets.forEach((target, t) => checkTarget(target, `${at}.targets[${t}]`, t === 0, queueSids, report));
  });
  if (routing.default_filter !== undefined) {
    const at = 'task_routing.default_filter';
    if (!isObj(routing.default_filter)) report(at, 'default_filter must be an object');
    else checkTarget(routing.default_filter, at, true, queueSids, report);
  }
  return problems;
}

function checkTarget(target, at, needsQueue, queueSids, report) {
  if (!isObj(target)) { report(at, 'A target must be an object'); return; }
  const key = target.queue === undefined && target.task_queue_sid !== undefined ? 'task_queue_sid' : 'queue';
  const queue = target[key];
  if (target.queue !== undefined && target.task_queue_sid !== undefined && target.queue !== target.task_queue_sid) {
    report(`${at}.task_queue_sid`, 'queue and task_queue_sid (its older name) disagree');
  }
  if (queue === undefined) {
    if (needsQueue) report(at, 'The first target of a filter (and default_filter) needs a queue');
  } else if (typeof queue !== 'string' || !/^WQ[0-9a-fA-F]{32}$/.test(queue)) {
    report(`${at}.${key}`, `${key} must be a TaskQueue SID (WQ followed by 32 hex digits)`);
  } else if (queueSids && !queueSids.includes(queue)) {
    report(`${at}.${key}`, `No TaskQueue ${queue} in this workspace`);
  }
  if (target.priority !== undefined && (!isInt(target.priority) || Number(target.priority) < 0 || Number(target.priority) > 2147483647)) {
    report(`${at}.priority`, 'priority must be an integer from 0 to 2147483647');
  }
  if (target.timeout !== undefined && (!isInt(target.timeout) || Number(target.timeout) <= 0)) {
    report(`${at}.timeout`, 'timeout must be a positive whole number of seconds');
  }
  for (const key of ['expression', 'order_by', 'skip_if']) {
    if (target[key] !== undefined && typeof target[key] !== 'string') report(`${at}.${key}`, `${key} must be a string`);
  }
  const known = ['known_worker_sid', 'known_worker_friendly_name'].filter((k) => target[k] !== undefined);
  if (known.length === 2) report(`${at}.known_worker_friendly_name`, 'Use known_worker_sid or known_worker_friendly_name, not both');
  for (const key of known) {
    if (typeof target[key] !== 'string' || !target[key].startsWith('task.')) report(`${at}.${key}`, `${key} must name a task attribute: task.<path>`);
  }
}

/** A starting configuration that routes everything to `queueSid`. */
export function defaultConfiguration(queueSid) {
  return JSON.stringify({ task_routing: { filters: [], default_filter: { queue: queueSid || 'WQ…' } } }, null, 2);
}
