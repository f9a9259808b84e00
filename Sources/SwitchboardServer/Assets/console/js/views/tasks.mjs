// Tasks: filter by status, create, cancel / complete / delete, and a task's reservations.

import { h, mount, table, sid, notice } from '../dom.mjs';
import { buildForm } from '../forms.mjs';
import { duration } from '../format.mjs';

const STATUSES = ['pending', 'reserved', 'assigned', 'wrapping', 'completed', 'canceled'];

export async function renderTasks(ctx) {
  const { main, api, route } = ctx;
  const ws = `/Workspaces/${route.workspaceSid}`;
  const wanted = (new URLSearchParams(location.hash.split('?')[1] || '').get('status') || 'pending,reserved,assigned,wrapping');
  const [tasks, workflows, channels] = await Promise.all([
    api.list(`${ws}/Tasks`, { AssignmentStatus: wanted, Ordering: 'DateCreated:desc' }, 500),
    api.list(`${ws}/Workflows`),
    api.list(`${ws}/TaskChannels`),
  ]);
  const status = h('div');
  const details = h('div#task-details');
  const rerender = () => renderTasks(ctx);
  const fail = (e) => status.replaceChildren(notice('error', e.message));
  const update = (task, form) => api.post(`${ws}/Tasks/${task.sid}`, form).then(rerender, fail);

  async function showReservations(task) {
    const reservations = await api.list(`${ws}/Tasks/${task.sid}/Reservations`);
    const path = (r) => `${ws}/Tasks/${task.sid}/Reservations/${r.sid}`;
    details.replaceChildren(h('div.card', {}, h('h3', {}, 'Reservations of ', sid(task.sid)),
      table([
        { label: 'SID', cell: (r) => sid(r.sid) },
        { label: 'Worker', cell: (r) => r.worker_name },
        { label: 'Status', cell: (r) => h(`span.badge.${r.reservation_status}`, {}, r.reservation_status) },
        { label: '', cell: (r) => (r.reservation_status === 'pending' ? h('span.row-actions', {},
          h('button.link', { type: 'button', onclick: () => api.post(path(r), { ReservationStatus: 'accepted' }).then(rerender, fail) }, 'Accept'),
          h('button.link', { type: 'button', onclick: () => api.post(path(r), { ReservationStatus: 'rejected' }).then(rerender, fail) }, 'Reject')) : '') },
      ], reservations, { empty: 'No reservations.' })));
  }

  const create = buildForm([
    { name: 'WorkflowSid', label: 'Workflow', type: 'select', value: workflows[0] && workflows[0].sid,
      options: workflows.map((w) => ({ value: w.sid, label: w.friendly_name })) },
    { name: 'Attributes', label: 'Attributes (JSON)', type: 'json', rows: 4, value: '{}' },
    { name: 'Priority', label: 'Priority', type: 'number', min: 0 },
    { name: 'Timeout', label: 'Timeout (s)', type: 'number', min: 1, placeholder: '86400' },
    { name: 'TaskChannel', label: 'Task channel', type: 'select', value: 'default',
      options: channels.map((c) => ({ value: c.unique_name, label: c.friendly_name })) },
  ], { title: 'New task', submitLabel: 'Create task', onSubmit: async (v) => { await api.post(`${ws}/Tasks`, v); rerender(); } });
  create.id = 'task-create';

  const filter = h('div.filters', {}, 'Show: ',
    [['pending,reserved,assigned,wrapping', 'open'], ...STATUSES.map((s) => [s, s]), [STATUSES.join(','), 'all']].map(([value, label]) =>
      h('a', { href: `#/ws/${route.workspaceSid}/tasks?status=${value}`, class: value === wanted ? 'active' : '' }, label)));
  mount(main, h('h2', {}, 'Tasks'), filter, status,
    table([
      { label: 'SID', cell: (t) => h('button.link', { type: 'button', onclick: () => showReservations(t).catch(fail) }, sid(t.sid)) },
      { label: 'Status', cell: (t) => h(`span.badge.${t.assignment_status}`, {}, t.assignment_status) },
      { label: 'Queue', cell: (t) => t.task_queue_friendly_name || '—' },
      { label: 'Priority', cell: (t) => t.priority },
      { label: 'Age', cell: (t) => duration(t.age) },
      { label: 'Attributes', cell: (t) => h('code.attrs', {}, t.attributes) },
      { label: '', cell: (t) => h('span.row-actions', {},
        ['pending', 'reserved'].includes(t.assignment_status)
          ? h('button.link', { type: 'button', onclick: () => update(t, { AssignmentStatus: 'canceled', Reason: 'canceled in the console' }) }, 'Cancel') : null,
        ['assigned', 'wrapping'].includes(t.assignment_status)
          ? h('button.link', { type: 'button', onclick: () => update(t, { AssignmentStatus: 'completed', Reason: 'completed in the console' }) }, 'Complete') : null,
        h('button.link.danger', { type: 'button', onclick: () => confirm('Delete this task?') && api.delete(`${ws}/Tasks/${t.sid}`).then(rerender, fail) }, 'Delete')) },
    ], tasks, { empty: 'No tasks with this status.' }),
    details, create);
}
