// The live dashboard of one workspace: queues (waiting tasks, longest wait), workers by activity,
// waiting tasks over time and reservations as they happen. A snapshot from the REST API, kept
// current by the event bridge through TaskRouter.js (/sdk/taskrouter.js) with a Workspace token.

import { h, mount, notice, debounce } from '../dom.mjs';
import { DashboardState } from '../dashboard-state.mjs';
import { barChart, donutChart, timeline, color } from '../charts.mjs';
import { duration, clock } from '../format.mjs';

/** Every event a workspace channel can carry (the catalog of TaskRouter event types). */
export const EVENT_TYPES = [
  'task.created', 'task.updated', 'task.canceled', 'task.wrapup', 'task.completed', 'task.deleted', 'task.system-deleted',
  'reservation.created', 'reservation.accepted', 'reservation.rejected', 'reservation.timeout', 'reservation.canceled',
  'reservation.rescinded', 'reservation.wrapup', 'reservation.completed', 'reservation.failed',
  'task-queue.entered', 'task-queue.timeout', 'task-queue.moved', 'task-queue.created', 'task-queue.deleted', 'task-queue.expression.updated',
  'workflow.entered', 'workflow.target-matched', 'workflow.timeout', 'workflow.skipped',
  'worker.created', 'worker.deleted', 'worker.activity.update', 'worker.attributes.update', 'worker.capacity.update',
  'worker.channel.availability.update', 'activity.created', 'activity.updated', 'activity.deleted',
];

const STATUS_COLORS = { pending: '#d97706', reserved: '#2563eb' };

export async function renderDashboard({ main, api, route, session }) {
  const wsPath = `/Workspaces/${route.workspaceSid}`;
  const state = new DashboardState();
  const pill = h('span.pill', { id: 'bridge-status', 'data-state': 'connecting' }, 'connecting…');
  const title = h('h2', {}, 'Dashboard');
  const body = h('div.dashboard');
  const problems = h('div');
  mount(main, h('div.dash-head', {}, title, pill), problems, body);

  async function reload() {
    const [workspace, queues, activities, workers, tasks] = await Promise.all([
      api.get(wsPath),
      api.list(`${wsPath}/TaskQueues`),
      api.list(`${wsPath}/Activities`),
      api.list(`${wsPath}/Workers`),
      api.list(`${wsPath}/Tasks`, { AssignmentStatus: 'pending,reserved,assigned,wrapping' }),
    ]);
    title.textContent = `Dashboard · ${workspace.friendly_name}`;
    state.load({ queues, activities, workers, tasks });
    draw();
  }
  const reloadSoon = debounce(() => reload().catch(showProblem), 500);
  const showProblem = (error) => problems.replaceChildren(notice('error', error.message));

  function setPill(kind, text) {
    pill.dataset.state = kind;
    pill.textContent = text;
  }

  function draw() {
    const now = Date.now();
    state.sample(now);
    const totals = state.totals(now);
    const rows = state.queueRows(now);
    const byActivity = state.workersByActivity();
    mount(body,
      h('div.cards', {},
        card('card-waiting', 'Waiting tasks', totals.waiting),
        card('card-longest', 'Longest wait', duration(totals.longestWait)),
        card('card-progress', 'Tasks in progress', totals.inProgress),
        card('card-workers', 'Available workers', `${totals.availableWorkers} / ${totals.workers}`)),
      h('div.panels', {},
        panel('Queues', 'panel-queues',
          barChart(rows.map((r) => ({ label: r.name, note: r.waiting ? `${r.waiting} · ${duration(r.longestWait)}` : '0',
            parts: ['pending', 'reserved'].map((s) => ({ name: s, value: r[s], color: STATUS_COLORS[s] })) })), { title: 'Waiting tasks per queue' }),
          h('div.legend', {}, legendItem(STATUS_COLORS.pending, 'pending'), legendItem(STATUS_COLORS.reserved, 'reserved')),
          h('table.grid.compact', { id: 'queue-table' },
            h('thead', {}, h('tr', {}, ['Queue', 'Pending', 'Reserved', 'Assigned', 'Longest wait'].map((t) => h('th', {}, t)))),
            h('tbody', {}, rows.map((r) => h('tr', { dataset: { queueSid: r.sid, waiting: r.waiting } },
              h('td', {}, r.name), h('td.num.pending', {}, r.pending), h('td.num.reserved', {}, r.reserved),
              h('td.num', {}, r.assigned), h('td.num.longest', {}, r.waiting ? duration(r.longestWait) : '—')))))),
        panel('Workers by activity', 'panel-workers',
          h('div.donut-row', {},
            donutChart(byActivity.map((a, i) => ({ label: a.name, value: a.count, color: a.available ? color(i) : '#9ca3af' })),
              { centerLabel: 'workers', title: 'Workers by activity' }),
            h('ul.legend.vertical', { id: 'activity-legend' }, byActivity.map((a, i) =>
              h('li', { dataset: { activity: a.name, count: a.count } }, legendItem(a.available ? color(i) : '#9ca3af', `${a.name}: ${a.count}`)))))),
        panel('Waiting tasks over time', 'panel-timeline', timeline(state.history, { now, seconds: historySpan(state.history, now) })),
        panel('Reservations', 'panel-reservations',
          state.feed.length
            ? h('ol.feed', { id: 'reservation-feed' }, state.feed.map((r) => h('li', { dataset: { type: r.type, sid: r.sid } },
              h('time', {}, clock(r.at)), ' ', h(`span.badge.${r.status}`, {}, r.type.replace('reservation.', '')), ' ',
              h('strong', {}, r.workerName || '?'), r.queueName ? ` · ${r.queueName}` : '', ' · ', h('code', {}, r.taskSid || ''))))
            : h('p.empty', { id: 'reservation-feed' }, 'No reservations since this page opened.'))));
  }

  await reload();

  const Workspace = window.Twilio && window.Twilio.TaskRouter && window.Twilio.TaskRouter.Workspace;
  if (!Workspace) {
    setPill('error', 'no SDK');
    problems.replaceChildren(notice('error', 'TaskRouter.js (/sdk/taskrouter.js) did not load: the dashboard cannot follow events.'));
    return () => {};
  }
  const client = new Workspace(session.bridgeToken(route.workspaceSid), false);
  client.on('connected', () => setPill('connected', 'live'));
  client.on('disconnected', () => setPill('disconnected', 'reconnecting…'));
  client.on('ready', () => reload().catch(showProblem));
  client.on('error', (error) => setPill('error', error.message || 'error'));
  client.on('token.expired', () => client.updateToken(session.bridgeToken(route.workspaceSid)));
  for (const type of EVENT_TYPES) {
    client.on(type, (payload) => {
      const next = state.applyEvent(type, payload || {});
      if (next.fetchTask) api.get(`${wsPath}/Tasks/${next.fetchTask}`).then((task) => { state.upsertTask(task); draw(); }, () => reloadSoon());
      if (next.reload) reloadSoon();
      draw();
    });
  }
  const ticker = setInterval(draw, 1000);
  return () => { clearInterval(ticker); client.disconnect(); };
}

/** The time line's span: since the first sample, at least a minute, at most ten. */
function historySpan(history, now) {
  const since = history.length ? (now - history[0].at) / 1000 : 0;
  return Math.min(600, Math.max(60, Math.ceil(since / 60) * 60));
}

function card(id, label, value) {
  return h('div.stat', { id }, h('div.value', {}, String(value)), h('div.label', {}, label));
}

function panel(title, id, ...content) {
  return h('section.panel', { id }, h('h3', {}, title), content);
}

function legendItem(fill, text) {
  return h('span.legend-item', {}, h('span.swatch', { style: `background:${fill}` }), text);
}
