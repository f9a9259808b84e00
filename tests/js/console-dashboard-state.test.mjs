// The dashboard model: snapshot, events (REST or SDK shapes), queue rows, workers by activity.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ASSETS } from './load-sdk.mjs';

const { DashboardState, field } = await import(`${ASSETS}/console/js/dashboard-state.mjs`);

const Q1 = 'WQ' + '1'.repeat(32);
const Q2 = 'WQ' + '2'.repeat(32);
const IDLE = 'WA' + '1'.repeat(32);
const OFF = 'WA' + '2'.repeat(32);

function loaded(now) {
  const s = new DashboardState();
  s.load({
    queues: [{ sid: Q1, friendly_name: 'Support' }, { sid: Q2, friendly_name: 'Sales' }],
    activities: [{ sid: IDLE, friendly_name: 'Idle', available: true }, { sid: OFF, friendly_name: 'Offline', available: false }],
    workers: [{ sid: 'WK1', friendly_name: 'Alice', activity_sid: IDLE, activity_name: 'Idle', available: true },
      { sid: 'WK2', friendly_name: 'Bob', activity_sid: OFF, activity_name: 'Offline', available: false }],
    tasks: [{ sid: 'WT1', task_queue_sid: Q1, assignment_status: 'pending', age: 30 },
      { sid: 'WT2', task_queue_sid: Q1, assignment_status: 'reserved', age: 90 },
      { sid: 'WT3', task_queue_sid: Q2, assignment_status: 'assigned', age: 500 },
      { sid: 'WT4', task_queue_sid: Q2, assignment_status: 'completed', age: 5 }],
  }, now);
  return s;
}

test('field reads snake_case and camelCase', () => {
  assert.equal(field({ task_queue_sid: 'a' }, 'task_queue_sid'), 'a');
  assert.equal(field({ taskQueueSid: 'b' }, 'task_queue_sid'), 'b');
});

test('queue rows count pending/reserved/assigned and the longest wait ticks with time', () => {
  const s = loaded(1000);
  const [support, sales] = s.queueRows(11000);
  assert.deepEqual([support.name, support.pending, support.reserved, support.waiting, support.longestWait, support.longestTaskSid],
    ['Support', 1, 1, 2, 100, 'WT2']);
  assert.deepEqual([sales.waiting, sales.assigned, sales.longestWait], [0, 1, 0]);
  assert.deepEqual(s.totals(11000), { waiting: 2, longestWait: 100, inProgress: 1, workers: 2, availableWorkers: 1, queues: 2 });
});

test('events: a new task (SDK object shape), a worker moving, reservations in the feed', () => {
  const s = loaded(0);
  assert.deepEqual(s.applyEvent('task.created', { sid: 'WT9', taskQueueSid: Q2, assignmentStatus: 'pending', age: 0 }, 0), {});
  assert.equal(s.queueRows(0).find((r) => r.sid === Q2).pending, 1);
  s.applyEvent('worker.activity.update', { sid: 'WK2', friendlyName: 'Bob', activitySid: IDLE, activityName: 'Idle', available: true });
  assert.deepEqual(s.workersByActivity().map((a) => [a.name, a.count]), [['Idle', 2], ['Offline', 0]]);
  const next = s.applyEvent('reservation.created', { sid: 'WR1', task_sid: 'WT9', worker_sid: 'WK1', reservation_status: 'pending' }, 5);
  assert.deepEqual(next, { fetchTask: 'WT9' });
  assert.deepEqual([s.feed[0].type, s.feed[0].workerName, s.feed[0].queueName], ['reservation.created', 'Alice', 'Sales']);
  s.applyEvent('task.completed', { sid: 'WT9', assignment_status: 'completed' });
  assert.equal(s.tasks.has('WT9'), false);
  assert.deepEqual(s.applyEvent('task-queue.created', { sid: 'WQ3' }), { reload: true });
});

test('history keeps one point per second for ten minutes', () => {
  const s = loaded(0);
  s.sample(0); s.sample(500); s.sample(1500);
  assert.equal(s.history.length, 2);
  s.sample(700_000);
  assert.deepEqual(s.history.map((p) => p.at), [700_000]);
});
