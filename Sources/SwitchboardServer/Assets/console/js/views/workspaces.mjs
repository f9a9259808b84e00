// All workspaces of the account: list, create (optionally from the FIFO template), open.

import { h, mount, table, sid, notice } from '../dom.mjs';
import { buildForm } from '../forms.mjs';
import { dateTime } from '../format.mjs';

export async function renderWorkspaces({ main, api, navigate }) {
  const workspaces = await api.list('/Workspaces');
  const create = buildForm([
    { name: 'FriendlyName', label: 'Name', required: true },
    { name: 'Template', label: 'Template', type: 'select', value: 'FIFO', options: [
      { value: 'FIFO', label: 'FIFO (a default queue and workflow)' }, { value: 'NONE', label: 'None (activities only)' }] },
    { name: 'EventCallbackUrl', label: 'Event callback URL', type: 'url', placeholder: 'https://…' },
  ], {
    title: 'New workspace',
    submitLabel: 'Create workspace',
    onSubmit: async (values) => {
      const ws = await api.post('/Workspaces', values);
      navigate(`#/ws/${ws.sid}/dashboard`);
    },
  });
  create.id = 'workspace-create';
  mount(main,
    h('h2', {}, 'Workspaces'),
    workspaces.length ? null : notice('info', 'No workspace yet: create one below.'),
    table([
      { label: 'Name', cell: (w) => h('a', { href: `#/ws/${w.sid}/dashboard` }, w.friendly_name) },
      { label: 'SID', cell: (w) => sid(w.sid) },
      { label: 'Queue order', cell: (w) => w.prioritize_queue_order },
      { label: 'Created', cell: (w) => dateTime(w.date_created) },
    ], workspaces, { empty: '' }),
    create);
}
