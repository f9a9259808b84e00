// Workers: list (activity changed in place), create, edit attributes, delete.

import { h, mount, table, sid, notice } from '../dom.mjs';
import { buildForm } from '../forms.mjs';
import { prettyJson } from '../format.mjs';

export async function renderWorkers(ctx) {
  const { main, api, route } = ctx;
  const ws = `/Workspaces/${route.workspaceSid}`;
  const [workers, activities] = await Promise.all([api.list(`${ws}/Workers`), api.list(`${ws}/Activities`)]);
  const status = h('div');
  const editor = h('div#worker-editor');
  const rerender = () => renderWorkers(ctx);
  const fail = (e) => status.replaceChildren(notice('error', e.message));
  const options = activities.map((a) => ({ value: a.sid, label: `${a.friendly_name}${a.available ? '' : ' (unavailable)'}` }));

  function activitySelect(worker) {
    return h('select', { 'aria-label': `Activity of ${worker.friendly_name}`, onchange: (event) =>
      api.post(`${ws}/Workers/${worker.sid}`, { ActivitySid: event.target.value }).then(rerender, fail) },
    options.map((o) => h('option', { value: o.value, selected: o.value === worker.activity_sid }, o.label)));
  }

  function workerForm(worker) {
    const form = buildForm([
      { name: 'FriendlyName', label: 'Name', required: true, value: worker ? worker.friendly_name : '' },
      { name: 'ActivitySid', label: 'Activity', type: 'select', value: worker ? worker.activity_sid : '', options: [{ value: '', label: '(workspace default)' }, ...options] },
      { name: 'Attributes', label: 'Attributes (JSON)', type: 'json', rows: 6, value: worker ? prettyJson(worker.attributes) : '{}' },
    ], {
      title: worker ? `Edit ${worker.friendly_name}` : 'New worker',
      submitLabel: worker ? 'Save worker' : 'Create worker',
      onCancel: worker ? () => editor.replaceChildren(workerForm(null)) : undefined,
      onSubmit: async (values) => {
        if (worker) await api.post(`${ws}/Workers/${worker.sid}`, values); else await api.post(`${ws}/Workers`, values);
        rerender();
      },
    });
    form.id = worker ? 'worker-edit' : 'worker-create';
    return form;
  }

  editor.append(workerForm(null));
  mount(main, h('h2', {}, 'Workers'), status,
    table([
      { label: 'Name', cell: (w) => w.friendly_name },
      { label: 'SID', cell: (w) => sid(w.sid) },
      { label: 'Activity', cell: activitySelect },
      { label: 'Available', cell: (w) => (w.available ? 'yes' : 'no') },
      { label: 'Attributes', cell: (w) => h('code.attrs', {}, w.attributes) },
      { label: '', cell: (w) => h('span.row-actions', {},
        h('button.link', { type: 'button', onclick: () => { editor.replaceChildren(workerForm(w)); editor.scrollIntoView(); } }, 'Edit'),
        h('button.link.danger', { type: 'button', onclick: async () => {
          if (confirm(`Delete worker "${w.friendly_name}"?`)) await api.delete(`${ws}/Workers/${w.sid}`).then(rerender, fail);
        } }, 'Delete')) },
    ], workers),
    editor);
}
