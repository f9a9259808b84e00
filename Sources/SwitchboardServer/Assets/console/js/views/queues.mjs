// Task queues: list, create, edit (with the live TargetWorkers check), delete.

import { h, mount, table, sid, notice, debounce } from '../dom.mjs';
import { buildForm } from '../forms.mjs';
import { targetWorkersChecker } from './target-workers-check.mjs';

export async function renderQueues(ctx) {
  const { main, api, route } = ctx;
  const ws = `/Workspaces/${route.workspaceSid}`;
  const [queues, activities] = await Promise.all([api.list(`${ws}/TaskQueues`), api.list(`${ws}/Activities`)]);
  const status = h('div');
  const editor = h('div#queue-editor');
  const rerender = () => renderQueues(ctx);
  const activityOptions = [{ value: '', label: '(none)' }, ...activities.map((a) => ({ value: a.sid, label: a.friendly_name }))];

  function queueForm(queue) {
    const check = h('div.live-check', { id: 'target-workers-check', 'aria-live': 'polite' });
    const run = targetWorkersChecker(api, route.workspaceSid, check);
    const form = buildForm([
      { name: 'FriendlyName', label: 'Name', required: true, value: queue ? queue.friendly_name : '' },
      { name: 'TargetWorkers', label: 'Target workers', type: 'textarea', rows: 2, value: queue ? queue.target_workers || '1==1' : '1==1',
        help: 'Expression over worker attributes, e.g. skills HAS "support" AND languages HAS "en".', oninput: debounce(run, 300) },
      { name: 'MaxReservedWorkers', label: 'Max reserved workers', type: 'number', min: 1, max: 50, value: queue ? queue.max_reserved_workers : 1 },
      { name: 'TaskOrder', label: 'Task order', type: 'select', value: queue ? queue.task_order : 'FIFO',
        options: [{ value: 'FIFO', label: 'FIFO' }, { value: 'LIFO', label: 'LIFO' }] },
      { name: 'ReservationActivitySid', label: 'Activity on reservation', type: 'select', value: queue ? queue.reservation_activity_sid || '' : '', options: activityOptions },
      { name: 'AssignmentActivitySid', label: 'Activity on assignment', type: 'select', value: queue ? queue.assignment_activity_sid || '' : '', options: activityOptions },
    ], {
      title: queue ? `Edit ${queue.friendly_name}` : 'New task queue',
      submitLabel: queue ? 'Save queue' : 'Create queue',
      onCancel: queue ? () => editor.replaceChildren(queueForm(null)) : undefined,
      onSubmit: async (values) => {
        if (queue) await api.post(`${ws}/TaskQueues/${queue.sid}`, values); else await api.post(`${ws}/TaskQueues`, values);
        rerender();
      },
    });
    form.id = queue ? 'queue-edit' : 'queue-create';
    form.fields.TargetWorkers.row.append(check);
    run(form.fields.TargetWorkers.input.value);
    return form;
  }

  editor.append(queueForm(null));
  mount(main, h('h2', {}, 'Task queues'), status,
    table([
      { label: 'Name', cell: (q) => q.friendly_name },
      { label: 'SID', cell: (q) => sid(q.sid) },
      { label: 'Target workers', cell: (q) => h('code', {}, q.target_workers || '1==1') },
      { label: 'Order', cell: (q) => q.task_order },
      { label: 'Max reserved', cell: (q) => q.max_reserved_workers },
      { label: '', cell: (q) => h('span.row-actions', {},
        h('button.link', { type: 'button', onclick: () => { editor.replaceChildren(queueForm(q)); editor.scrollIntoView(); } }, 'Edit'),
        h('button.link.danger', { type: 'button', onclick: async () => {
          if (!confirm(`Delete queue "${q.friendly_name}"?`)) return;
          await api.delete(`${ws}/TaskQueues/${q.sid}`).then(rerender, (e) => status.replaceChildren(notice('error', e.message)));
        } }, 'Delete')) },
    ], queues, { rowAttrs: (q) => ({ dataset: { sid: q.sid } }) }),
    editor);
}
