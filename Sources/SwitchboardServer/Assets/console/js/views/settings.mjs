// One workspace's settings: name, callbacks, default and timeout activities, queue order; delete.

import { h, mount, notice, sid } from '../dom.mjs';
import { buildForm } from '../forms.mjs';

export async function renderSettings({ main, api, route, navigate, session }) {
  const path = `/Workspaces/${route.workspaceSid}`;
  const [ws, activities] = await Promise.all([api.get(path), api.list(`${path}/Activities`)]);
  const activityOptions = activities.map((a) => ({ value: a.sid, label: a.friendly_name }));
  const saved = h('div');
  const form = buildForm([
    { name: 'FriendlyName', label: 'Name', value: ws.friendly_name, required: true },
    { name: 'EventCallbackUrl', label: 'Event callback URL', value: ws.event_callback_url || '', keepEmpty: true },
    { name: 'EventsFilter', label: 'Events filter', value: ws.events_filter || '', help: 'Comma-separated event types; empty = all.' },
    { name: 'DefaultActivitySid', label: 'Default activity', type: 'select', value: ws.default_activity_sid, options: activityOptions },
    { name: 'TimeoutActivitySid', label: 'Timeout activity', type: 'select', value: ws.timeout_activity_sid, options: activityOptions },
    { name: 'PrioritizeQueueOrder', label: 'Queue order', type: 'select', value: ws.prioritize_queue_order,
      options: [{ value: 'FIFO', label: 'FIFO' }, { value: 'LIFO', label: 'LIFO' }] },
    { name: 'MultiTaskEnabled', label: 'Multitasking', type: 'checkbox', value: ws.multi_task_enabled },
  ], {
    submitLabel: 'Save settings',
    onSubmit: async (values) => {
      await api.post(path, values);
      saved.replaceChildren(notice('ok', 'Saved.'));
    },
  });
  const remove = h('button.danger', { type: 'button', onclick: async () => {
    if (!confirm(`Delete workspace "${ws.friendly_name}" and everything in it?`)) return;
    try {
      await api.delete(path);
      navigate(session.usesToken ? '#/signin' : '#/workspaces');
    } catch (error) { saved.replaceChildren(notice('error', error.message)); }
  } }, 'Delete workspace');
  mount(main, h('h2', {}, ws.friendly_name, ' ', sid(ws.sid)), saved, form, h('div.card.danger-zone', {}, h('h3', {}, 'Danger zone'), remove));
}
