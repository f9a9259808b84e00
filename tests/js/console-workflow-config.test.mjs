// The workflow configuration checker and the JSON reader that locates its problems.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ASSETS } from './load-sdk.mjs';

const { parseWithLocations, JsonSyntaxError } = await import(`${ASSETS}/console/js/json-locate.mjs`);
const { checkWorkflowConfiguration, defaultConfiguration } = await import(`${ASSETS}/console/js/workflow-config.mjs`);

const WQ = 'WQ' + '1'.repeat(32);

test('parseWithLocations agrees with JSON.parse and records where values start', () => {
  const text = '{\n  "a": [1, {"b": "x\\n"}],\n  "c": null\n}';
  const { value, locations } = parseWithLocations(text);
  assert.deepEqual(value, JSON.parse(text));
  assert.deepEqual(locations.get('a[1].b'), { line: 2, column: 18 });
  assert.deepEqual(locations.get('c'), { line: 3, column: 8 });
});

test('syntax errors come with line and column', () => {
  assert.throws(() => parseWithLocations('{\n  "a": 1,\n}'), (e) => e instanceof JsonSyntaxError && e.line === 3 && e.column === 1);
  assert.throws(() => parseWithLocations('{"a" 1}'), /expected ':'/);
  assert.throws(() => parseWithLocations(''), /empty/);
});

test('a valid configuration has no problems', () => {
  assert.deepEqual(checkWorkflowConfiguration(defaultConfiguration(WQ), [WQ]), []);
  const full = JSON.stringify({ task_routing: { filters: [{ filter_friendly_name: 'Gold', expression: "type == 'ticket'",
    targets: [{ queue: WQ, priority: '10', timeout: 30 }, { expression: '1==1' }] }], default_filter: { queue: WQ } } }, null, 2);
  assert.deepEqual(checkWorkflowConfiguration(full, [WQ]), []);
});

test('problems are reported with their JSON path and line', () => {
  const text = [
    '{',
    '  "task_routing": {',
    '    "filters": [',
    '      { "expression": "",',
    `        "targets": [ { "queue": "WQ${'2'.repeat(32)}", "timeout": 0 } ] },`,
    '      { "expression": "a == 1", "targets": [] }',
    '    ],',
    '    "default_filter": { "priority": -1 }',
    '  }',
    '}',
  ].join('\n');
  const problems = checkWorkflowConfiguration(text, [WQ]);
  const summary = problems.map((p) => `${p.line} ${p.path}`);
  assert.deepEqual(summary, [
    '4 task_routing.filters[0].expression',
    '5 task_routing.filters[0].targets[0].queue',
    '5 task_routing.filters[0].targets[0].timeout',
    '6 task_routing.filters[1].targets',
    '8 task_routing.default_filter',
    '8 task_routing.default_filter.priority',
  ]);
  assert.match(problems[1].message, /No TaskQueue/);
});

test('a JSON syntax error is one problem at its place; a missing task_routing is reported', () => {
  assert.deepEqual(checkWorkflowConfiguration('{\n "task_routing": {,}\n}').map((p) => p.line), [2]);
  assert.match(checkWorkflowConfiguration('{}')[0].message, /task_routing is required/);
});

test('task_queue_sid is accepted as the older name of queue', () => {
  const text = JSON.stringify({ task_routing: { default_filter: { task_queue_sid: WQ } } });
  assert.deepEqual(checkWorkflowConfiguration(text, [WQ]), []);
  const bad = JSON.stringify({ task_routing: { default_filter: { task_queue_sid: 'WQ' + '9'.repeat(32) } } });
  assert.deepEqual(checkWorkflowConfiguration(bad, [WQ]).map((p) => p.path), ['task_routing.default_filter.task_queue_sid']);
});

test('the server\'s "path: message; path: message" answer is mapped to lines', async () => {
  const { serverProblems } = await import(`${ASSETS}/console/js/views/config-editor.mjs`);
  const text = JSON.stringify({ task_routing: { filters: [{ expression: 'a ==', targets: [{ queue: WQ, expression: 'worker.x ==' }] }] } }, null, 2);
  const message = 'Invalid Configuration: task_routing.filters[0].expression: Invalid expression "a ==": unexpected end; ' +
    'task_routing.filters[0].targets[0].expression: Invalid expression "worker.x ==": unexpected end';
  const problems = serverProblems(message, text);
  assert.deepEqual(problems.map((p) => [p.path, p.line]), [
    ['task_routing.filters[0].expression', 5], ['task_routing.filters[0].targets[0].expression', 9]]);
  assert.match(problems[1].message, /^Invalid expression "worker\.x =="/);
});
