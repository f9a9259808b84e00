// Activities: list, create, rename, delete.

import { h, mount, table, sid, notice } from '../dom.mjs';
import { buildForm } from '../forms.mjs';

export async function renderActivities(ctx) {
  const { main, api, route } = ctx;
  const path = `/Workspaces/${route.workspaceSid}/Activities`;
  const activities = await api.list(path);
  const status = h('div');
  const rerender = () => renderActivities(ctx);
  const fail = (error) => status.replaceChildren(notice('error', error.message));
  const create = buildForm([
    { name: 'FriendlyName', label: 'Name', required: true },
    { name: 'Available', label: 'Workers in it can take tasks', type: 'checkbox', value: false, keepEmpty: true },
  ], { title: 'New activity', submitLabel: 'Create activity', onSubmit: async (v) => { await api.post(path, v); rerender(); } });
  mount(main, h('h2', {}, 'Activities'), status,
    table([
      { label: 'Name', cell: (a) => a.friendly_name },
      { label: 'SID', cell: (a) => sid(a.sid) },
      { label: 'Available', cell: (a) => (a.available ? 'yes' : 'no') },
      { label: '', cell: (a) => h('span.row-actions', {},
        h('button.link', { type: 'button', onclick: async () => {
          const name = prompt('New name', a.friendly_name);
          if (name) await api.post(`${path}/${a.sid}`, { FriendlyName: name }).then(rerender, fail);
        } }, 'Rename'),
        h('button.link.danger', { type: 'button', onclick: async () => {
          if (confirm(`Delete activity "${a.friendly_name}"?`)) await api.delete(`${path}/${a.sid}`).then(rerender, fail);
        } }, 'Delete')) },
    ], activities),
    create);
}
