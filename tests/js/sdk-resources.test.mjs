// TaskRouter.js Workspace: lists, instances, argument forms, results, errors and retries.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadSdk, workspaceToken, AC, WS } from './load-sdk.mjs';

const WA = 'WA' + 'a'.repeat(32);
const WT = 'WT' + 'b'.repeat(32);
const WR = 'WR' + 'c'.repeat(32);
const W = `http://h:1/v1/Workspaces/${WS}`;

function setup(maxRetries) {
  const sdk = loadSdk({ scriptSrc: 'http://h:1/sdk/taskrouter.js' });
  const workspace = new sdk.TaskRouter.Workspace(workspaceToken(), false, undefined, maxRetries);
  const last = () => sdk.requests.at(-1);
  return { ...sdk, workspace, last };
}

const listPayload = (key, items, meta = {}) => ({ event_type: null, payload: { [key]: items, meta: { key, page: 0, page_size: 50, next_page_url: null, previous_page_url: null, url: 'http://x/y', ...meta } } });

test('list fetch forms: (cb), (params, cb), ("SID", cb); wrong shapes throw v1 messages', () => {
  const { workspace, last } = setup();
  workspace.activities.fetch(() => {});
  assert.deepEqual(last().json, { url: `${W}/Activities`, method: 'GET', token: last().json.token });
  workspace.activities.fetch({ FriendlyName: 'Idle', Available: 'true' }, () => {});
  assert.deepEqual(last().json.params, { FriendlyName: 'Idle', Available: 'true' });
  workspace.activities.fetch(WA, () => {});
  assert.equal(last().json.url, `${W}/Activities/${WA}`);
  assert.throws(() => workspace.activities.fetch(WA), /^Error: 2nd argument needs to be a function$/);
  assert.throws(() => workspace.activities.fetch({}), /2nd argument needs to be a function/);
  assert.throws(() => workspace.activities.fetch(42), /1st argument needs to be either a callback function, query parameters, or a SID string/);
});

test('a list result has .data of camelCase objects, page fields and next()', () => {
  const { workspace, last } = setup();
  let list;
  workspace.activities.fetch((error, result) => { assert.equal(error, null); list = result; });
  last().respond(200, listPayload('activities', [{ sid: WA, friendly_name: 'Idle', available: true, workspace_sid: WS }],
    { next_page_url: 'http://public/v1/Workspaces/x/Activities?PageToken=PA1' }));
  assert.equal(list.data.length, 1);
  assert.equal(list.data[0].friendlyName, 'Idle');
  assert.equal(list.data[0].available, true);
  assert.equal(list.hasNext, true);
  assert.equal(list.hasPrevious, false);
  assert.equal(typeof list.create, 'function');
  list.next(() => {});
  assert.equal(last().json.url, 'http://public/v1/Workspaces/x/Activities?PageToken=PA1');
});

test('unknown list keys are handled generically (events, channels)', () => {
  const { workspace, last } = setup();
  let list;
  workspace.events.fetch((e, r) => { list = r; });
  last().respond(200, listPayload('events', [{ sid: 'EV' + '1'.repeat(32), event_type: 'task.created', event_data: { task_sid: WT } }]));
  assert.equal(list.data[0].eventType, 'task.created');
  assert.equal(list.data[0].eventData.taskSid, WT);
});

test('create sends the params (nested objects as JSON text) and hands back the new object', () => {
  const { workspace, last } = setup();
  const config = { task_routing: { default_filter: { task_queue_sid: 'WQxxx' } } };
  let created;
  workspace.workflows.create({ FriendlyName: 'Workflow1', Configuration: config }, (e, w) => { created = w; });
  assert.deepEqual(last().json.params, { FriendlyName: 'Workflow1', Configuration: JSON.stringify(config) });
  last().respond(200, { event_type: null, payload: { sid: 'WW' + '9'.repeat(32), friendly_name: 'Workflow1', configuration: JSON.stringify(config) } });
  assert.equal(created.friendlyName, 'Workflow1');
  assert.deepEqual(JSON.parse(JSON.stringify(created.configuration)), config);
  assert.equal(typeof created.statistics.fetch, 'function');
});

test('list update: ("SID", "Key", "value", cb) and ("SID", {…}, cb); bad shapes throw', () => {
  const { workspace, last } = setup();
  workspace.workers.update('WKxxx', 'ActivitySid', WA, () => {});
  assert.deepEqual(last().json, { url: `${W}/Workers/WKxxx`, method: 'POST', params: { ActivitySid: WA }, token: last().json.token });
  workspace.tasks.update(WT, { AssignmentStatus: 'canceled', Reason: 'waiting', Attributes: { a: 1 } }, () => {});
  assert.deepEqual(last().json.params, { AssignmentStatus: 'canceled', Reason: 'waiting', Attributes: '{"a":1}' });
  assert.throws(() => workspace.tasks.update(WT, 'Key', {}), /3rd argument needs to be a string value/);
  assert.throws(() => workspace.tasks.update(WT, {}, 'x'), /3rd argument needs to be a function/);
  assert.throws(() => workspace.tasks.update(WT, 7), /2nd argument needs to either be a string or a JSON object/);
});

test('list delete and instance delete call back with a null error', () => {
  const { workspace, last } = setup();
  const results = [];
  workspace.activities.delete(WA, (error) => results.push(error));
  assert.deepEqual([last().json.url, last().json.method], [`${W}/Activities/${WA}`, 'DELETE']);
  last().respond(200, { event_type: null, payload: null });
  let activity;
  workspace.activities.fetch(WA, (e, a) => { activity = a; });
  last().respond(200, { payload: { sid: WA, friendly_name: 'x' } });
  activity.delete((error) => results.push(error));
  assert.equal(last().json.url, `${W}/Activities/${WA}`);
  last().respond(200, { payload: null });
  assert.deepEqual(results, [null, null]);
});

test('instance update: ("Key", "value", cb) and ({…}, cb); refreshed in place; the docs leading-SID slip is tolerated', () => {
  const { workspace, last, logs } = setup();
  let activity;
  workspace.activities.fetch(WA, (e, a) => { activity = a; });
  last().respond(200, { payload: { sid: WA, friendly_name: 'Old' } });
  let updated;
  activity.update('FriendlyName', 'New', (e, a) => { updated = a; });
  assert.deepEqual(last().json.params, { FriendlyName: 'New' });
  last().respond(200, { payload: { sid: WA, friendly_name: 'New' } });
  assert.equal(activity.friendlyName, 'New');
  assert.equal(updated.friendlyName, 'New');
  assert.notEqual(updated, activity);
  activity.update('WAxxx', 'FriendlyName', 'Newer', () => {});
  assert.deepEqual([last().json.url, last().json.params], [`${W}/Activities/${WA}`, { FriendlyName: 'Newer' }]);
  activity.update('WTxxx', { FriendlyName: 'Obj' });
  assert.deepEqual(last().json.params, { FriendlyName: 'Obj' });
  assert.throws(() => activity.update('FriendlyName', {}), /2nd argument needs to be a string value/);
  assert.throws(() => activity.update({}, 'x'), /2nd argument needs to be a function/);
  assert.throws(() => activity.update(3), /1st argument needs to either be a string or a JSON object/);
  assert.equal(logs.length, 0, 'debug false: nothing logged');
});

test('the Workspace client itself: update("Key", value, cb), update({…}, cb), fetch and delete on W/', () => {
  const { workspace, last } = setup();
  let result;
  workspace.update('EventCallbackUrl', 'http://requestb.in/1kmw9im1', (e, ws) => { result = ws; });
  assert.deepEqual([last().json.url, last().json.params], [`${W}/`, { EventCallbackUrl: 'http://requestb.in/1kmw9im1' }]);
  last().respond(200, { payload: { sid: WS, event_callback_url: 'http://requestb.in/1kmw9im1', timeout_activity_sid: WA } });
  assert.equal(result.eventCallbackUrl, 'http://requestb.in/1kmw9im1');
  assert.equal(workspace.eventCallbackUrl, 'http://requestb.in/1kmw9im1');
  assert.equal(result.timeoutActivity.sid, WA);
  workspace.update({ EventCallbackUrl: 'x', TimeoutActivitySid: WA }, () => {});
  assert.deepEqual(last().json.params, { EventCallbackUrl: 'x', TimeoutActivitySid: WA });
  workspace.fetch(() => {});
  workspace.delete(() => {});
  assert.deepEqual([last().json.url, last().json.method], [`${W}/`, 'DELETE']);
});

test('errors: code = HTTP status, message from the Twilio error body, extra fields', () => {
  const { workspace, last } = setup();
  let error;
  workspace.activities.fetch('WAnope', (e) => { error = e; });
  last().respond(404, { code: 20404, message: 'The requested resource was not found', more_info: 'https://www.twilio.com/docs/errors/20404', status: 404 }, 'Not Found');
  assert.equal(error.code, 404);
  assert.equal(error.message, 'The requested resource was not found');
  assert.equal(error.twilioCode, 20404);
  assert.equal(error.moreInfo, 'https://www.twilio.com/docs/errors/20404');
  workspace.activities.fetch('WAnope', (e) => { error = e; });
  last().respond(403, '', 'Forbidden');
  assert.equal(error.code, 403);
  assert.equal(error.message, 'Forbidden');
});

test('timeouts and 500s are retried up to maxRetries, then the callback gets the error (never left hanging)', () => {
  const { workspace, last, requests, timers } = setup(2);
  let outcome;
  workspace.tasks.fetch((e, r) => { outcome = e || r; });
  last().respond(500, '');
  timers.advance(250);
  assert.equal(requests.length, 2);
  last().timeoutNow();
  timers.advance(500);
  assert.equal(requests.length, 3);
  last().respond(500, '');
  assert.equal(outcome.code, 500);
  const zero = setup(0);
  let e0;
  zero.workspace.tasks.fetch((e) => { e0 = e; });
  zero.last().fail();
  assert.equal(e0.code, 0);
});

test('statistics: fetch(params, cb) gives camelCase objects; statistics lists are keyed "0", "1", …', () => {
  const { workspace, last } = setup();
  let stats;
  workspace.statistics.fetch({ Minutes: '240' }, (e, s) => { stats = s; });
  assert.deepEqual([last().json.url, last().json.params], [`${W}/Statistics`, { Minutes: '240' }]);
  last().respond(200, { payload: { workspace_sid: WS, realtime: { total_tasks: 3, activity_statistics: [{ friendly_name: 'Idle', workers: 2 }], tasks_by_priority: { 0: 3 } }, cumulative: { avg_task_acceptance_time: 4 } } });
  assert.equal(stats.realtime.totalTasks, 3);
  assert.equal(stats.realtime.activityStatistics[0].friendlyName, 'Idle');
  assert.equal(stats.realtime.tasksByPriority['0'], 3);
  assert.equal(stats.cumulative.avgTaskAcceptanceTime, 4);
  workspace.taskqueues.statistics.fetch({ Minutes: '240' }, (e, s) => { stats = s; });
  assert.equal(last().json.url, `${W}/TaskQueues/Statistics`);
  last().respond(200, listPayload('task_queues_statistics', [{ task_queue_sid: 'WQ1', realtime: { total_available_workers: 1 } }]));
  assert.deepEqual(Object.keys(stats), ['0']);
  assert.equal(stats[0].realtime.totalAvailableWorkers, 1);
  workspace.workers.realtimeStats.fetch(() => {});
  assert.equal(last().json.url, `${W}/Workers/RealTimeStatistics`);
  workspace.workers.cumulativeStats.fetch({ Minutes: '240' }, () => {});
  assert.equal(last().json.url, `${W}/Workers/CumulativeStatistics`);
});

test('instance statistics members: queue and workflow have three, a worker has statistics', () => {
  const { workspace, last } = setup();
  let queue;
  workspace.taskqueues.fetch('WQxxx', (e, q) => { queue = q; });
  last().respond(200, { payload: { sid: 'WQ' + '7'.repeat(32), friendly_name: 'q', reservation_activity_sid: WA } });
  queue.realtimeStats.fetch({ Minutes: '240' }, () => {});
  assert.equal(last().json.url, `${W}/TaskQueues/${'WQ' + '7'.repeat(32)}/RealTimeStatistics`);
  queue.cumulativeStats.fetch(() => {});
  assert.equal(last().json.url, `${W}/TaskQueues/${'WQ' + '7'.repeat(32)}/CumulativeStatistics`);
  assert.equal(queue.reservationActivity.sid, WA);
  let worker;
  workspace.workers.fetch('WKxxx', (e, w) => { worker = w; });
  last().respond(200, { payload: { sid: 'WK' + '6'.repeat(32), friendly_name: 'w', activity_sid: WA } });
  assert.equal(worker.activity, undefined, 'plain activitySid gets no helper (as v1)');
  worker.statistics.fetch({ Minutes: '240' }, () => {});
  assert.equal(last().json.url, `${W}/Workers/${'WK' + '6'.repeat(32)}/Statistics`);
});

test('a reservation result gets its task fetched and attached; reject and accept post the right parameters', () => {
  const { workspace, last } = setup();
  let reservation;
  workspace.tasks.fetch(WT, () => {});
  const taskReq = last();
  taskReq.respond(200, { payload: { sid: WT, attributes: '{}' } });
  const list = [];
  workspace.tasks.fetch(WT, (e, t) => list.push(t));
  last().respond(200, { payload: { sid: WT, attributes: '{}' } });
  list[0].reservations.fetch(WR, (e, r) => { reservation = r; });
  assert.equal(last().json.url, `${W}/Tasks/${WT}/Reservations/${WR}`);
  last().respond(200, { payload: { sid: WR, task_sid: WT, worker_sid: 'WKxxx', reservation_status: 'pending' } });
  assert.equal(reservation, undefined, 'waits for the task');
  assert.equal(last().json.url, `${W}/Tasks/${WT}`);
  last().respond(200, { payload: { sid: WT, attributes: '{"x":1}', assignment_status: 'reserved' } });
  assert.equal(reservation.task.assignmentStatus, 'reserved');
  reservation.reject(WA, () => {});
  assert.deepEqual(last().json.params, { ReservationStatus: 'rejected', WorkerActivitySid: WA });
  reservation.reject(() => {});
  assert.deepEqual(last().json.params, { ReservationStatus: 'rejected' });
  reservation.accept();
  assert.deepEqual(last().json.params, { ReservationStatus: 'accepted' });
  reservation.task.complete(() => {}, 'done');
  assert.deepEqual(last().json.params, { AssignmentStatus: 'completed', Reason: 'done' });
});

test('a TaskQueue client uses the queue channel and readies on the queue', () => {
  const { TaskRouter, sockets, requests } = loadSdk({ scriptSrc: 'http://h:1/sdk/taskrouter.js' });
  const WQ = 'WQ' + '2'.repeat(32);
  const token = workspaceToken({ channel: WQ, taskqueue_sid: WQ });
  const queue = new TaskRouter.TaskQueue(token, false);
  assert.match(sockets[0].url, new RegExp(`/v1/wschannels/${AC}/${WQ}\\?`));
  sockets[0].open();
  assert.equal(requests[0].json.url, `http://h:1/v1/Workspaces/${WS}/TaskQueues/${WQ}`);
  queue.statistics.fetch(() => {});
  assert.equal(requests[1].json.url, `http://h:1/v1/Workspaces/${WS}/TaskQueues/${WQ}/Statistics`);
  assert.throws(() => new TaskRouter.TaskQueue(workspaceToken(), false), /TaskQueue token/);
});
