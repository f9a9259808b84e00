// The live dashboard's model: a snapshot from the REST API, kept current by event-bridge events.
// Pure (no DOM, no network): `applyEvent` says what else to fetch. Accepts REST JSON (snake_case)
// and TaskRouter.js objects (camelCase) alike.

const WAITING = new Set(['pending', 'reserved']);
const LIVE = new Set(['pending', 'reserved', 'assigned', 'wrapping']);
const FEED_LENGTH = 50;
const HISTORY_SECONDS = 600;

/** A field of a REST (snake_case) or SDK (camelCase) object. */
export function field(object, snake) {
  if (!object) return undefined;
  if (object[snake] !== undefined) return object[snake];
  return object[snake.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase())];
}

const sidOf = (object) => (object && typeof object.sid === 'string' ? object.sid : null);

export class DashboardState {
  constructor() {
    this.queues = new Map();
    this.activities = new Map();
    this.workers = new Map();
    this.tasks = new Map(); // sid → {sid, queueSid, status, priority, age, receivedAt}
    this.feed = [];
    this.history = [];
  }

  /** Replaces everything with a fresh snapshot (lists as the REST API returns them). */
  load({ queues = [], activities = [], workers = [], tasks = [] }, now = Date.now()) {
    this.queues = new Map(queues.map((q) => [q.sid, { sid: q.sid, name: field(q, 'friendly_name') }]));
    this.activities = new Map(activities.map((a) => [a.sid, { sid: a.sid, name: field(a, 'friendly_name'), available: !!field(a, 'available') }]));
    this.workers = new Map();
    workers.forEach((w) => this.upsertWorker(w));
    this.tasks = new Map();
    tasks.forEach((t) => this.upsertTask(t, now));
  }

  upsertTask(task, now = Date.now()) {
    const status = field(task, 'assignment_status');
    if (!LIVE.has(status)) { this.tasks.delete(task.sid); return; }
    this.tasks.set(task.sid, {
      sid: task.sid,
      queueSid: field(task, 'task_queue_sid') || null,
      status,
      priority: Number(field(task, 'priority') || 0),
      age: Number(field(task, 'age') || 0),
      receivedAt: now,
    });
  }

  upsertWorker(worker) {
    this.workers.set(worker.sid, {
      sid: worker.sid,
      name: field(worker, 'friendly_name'),
      activitySid: field(worker, 'activity_sid'),
      activityName: field(worker, 'activity_name'),
      available: !!field(worker, 'available'),
    });
  }

  /**
   * Applies one event. Returns what the caller should do next: {fetchTask: sid} when a task changed
   * without its JSON in the event, {reload: true} when the event cannot be applied here.
   */
  applyEvent(type, payload, now = Date.now()) {
    const sid = sidOf(payload);
    const prefix = sid ? sid.slice(0, 2) : '';
    if (type.startsWith('reservation.')) {
      this.recordReservation(type, payload, now);
      const taskSid = field(payload, 'task_sid');
      return taskSid ? { fetchTask: taskSid } : {};
    }
    if (prefix === 'WT') {
      if (type === 'task.deleted' || type === 'task.system-deleted') this.tasks.delete(sid);
      else this.upsertTask(payload, now);
      return {};
    }
    if (prefix === 'WK') {
      if (type === 'worker.deleted') this.workers.delete(sid); else this.upsertWorker(payload);
      return {};
    }
    if (prefix === 'WQ' || prefix === 'WA' || type.startsWith('task-queue.') || type.startsWith('activity.')) return { reload: true };
    return {};
  }

  recordReservation(type, reservation, now) {
    const workerSid = field(reservation, 'worker_sid');
    const worker = this.workers.get(workerSid);
    const task = this.tasks.get(field(reservation, 'task_sid'));
    this.feed.unshift({
      at: now,
      type,
      sid: sidOf(reservation),
      taskSid: field(reservation, 'task_sid'),
      workerSid,
      workerName: field(reservation, 'worker_name') || (worker && worker.name) || workerSid,
      queueName: task && this.queues.has(task.queueSid) ? this.queues.get(task.queueSid).name : null,
      status: field(reservation, 'reservation_status') || type.split('.')[1],
    });
    this.feed.length = Math.min(this.feed.length, FEED_LENGTH);
  }

  /** Seconds a task has existed, now (its age when received plus the time since). */
  static waitSeconds(task, now) {
    return Math.max(0, Math.floor(task.age + (now - task.receivedAt) / 1000));
  }

  /** One row per queue: pending, reserved, assigned counts, waiting total and the longest wait. */
  queueRows(now = Date.now()) {
    const rows = new Map([...this.queues.values()].map((q) => [q.sid, {
      sid: q.sid, name: q.name, pending: 0, reserved: 0, assigned: 0, waiting: 0, longestWait: 0, longestTaskSid: null,
    }]));
    for (const task of this.tasks.values()) {
      const row = rows.get(task.queueSid);
      if (!row) continue;
      if (task.status === 'pending') row.pending++;
      else if (task.status === 'reserved') row.reserved++;
      else row.assigned++;
      if (WAITING.has(task.status)) {
        row.waiting++;
        const wait = DashboardState.waitSeconds(task, now);
        if (wait >= row.longestWait) { row.longestWait = wait; row.longestTaskSid = task.sid; }
      }
    }
    return [...rows.values()].sort((a, b) => b.waiting - a.waiting || String(a.name).localeCompare(String(b.name)));
  }

  /** Workers per activity, every activity listed (also with zero workers). */
  workersByActivity() {
    const counts = new Map([...this.activities.values()].map((a) => [a.sid, { ...a, count: 0 }]));
    for (const worker of this.workers.values()) {
      const entry = counts.get(worker.activitySid) ||
        { sid: worker.activitySid, name: worker.activityName || 'Unknown', available: worker.available, count: 0 };
      entry.count++;
      counts.set(worker.activitySid, entry);
    }
    return [...counts.values()];
  }

  totals(now = Date.now()) {
    const rows = this.queueRows(now);
    const waiting = [...this.tasks.values()].filter((t) => WAITING.has(t.status));
    return {
      waiting: waiting.length,
      longestWait: waiting.reduce((m, t) => Math.max(m, DashboardState.waitSeconds(t, now)), 0),
      inProgress: [...this.tasks.values()].filter((t) => !WAITING.has(t.status)).length,
      workers: this.workers.size,
      availableWorkers: [...this.workers.values()].filter((w) => w.available).length,
      queues: rows.length,
    };
  }

  /** Adds a point to the waiting-tasks history (kept for the last ten minutes). */
  sample(now = Date.now()) {
    const point = { at: now, waiting: this.totals(now).waiting };
    const last = this.history[this.history.length - 1];
    if (last && now - last.at < 1000) this.history[this.history.length - 1] = point; else this.history.push(point);
    while (this.history.length && now - this.history[0].at > HISTORY_SECONDS * 1000) this.history.shift();
  }
}
