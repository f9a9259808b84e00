// Workflows: the list, and an editor page (#/ws/WS…/workflows/WW… or …/workflows/new).

import { h, mount, table, sid, notice } from '../dom.mjs';
import { buildForm } from '../forms.mjs';
import { defaultConfiguration } from '../workflow-config.mjs';
import { prettyJson } from '../format.mjs';
import { configEditor } from './config-editor.mjs';

export async function renderWorkflows(ctx) {
  const { main, api, route } = ctx;
  const ws = `/Workspaces/${route.workspaceSid}`;
  if (route.rest[0]) return renderEditor(ctx, route.rest[0] === 'new' ? null : route.rest[0]);
  const workflows = await api.list(`${ws}/Workflows`);
  const status = h('div');
  mount(main, h('h2', {}, 'Workflows'), status,
    table([
      { label: 'Name', cell: (w) => h('a', { href: `#/ws/${route.workspaceSid}/workflows/${w.sid}` }, w.friendly_name) },
      { label: 'SID', cell: (w) => sid(w.sid) },
      { label: 'Reservation timeout', cell: (w) => `${w.task_reservation_timeout}s` },
      { label: 'Assignment callback', cell: (w) => w.assignment_callback_url || '—' },
      { label: '', cell: (w) => h('button.link.danger', { type: 'button', onclick: async () => {
        if (!confirm(`Delete workflow "${w.friendly_name}"?`)) return;
        await api.delete(`${ws}/Workflows/${w.sid}`).then(() => renderWorkflows(ctx), (e) => status.replaceChildren(notice('error', e.message)));
      } }, 'Delete') },
    ], workflows),
    h('p', {}, h('a.button', { href: `#/ws/${route.workspaceSid}/workflows/new`, id: 'workflow-new' }, 'New workflow')));
}

async function renderEditor(ctx, workflowSid) {
  const { main, api, route, navigate } = ctx;
  const ws = `/Workspaces/${route.workspaceSid}`;
  const [workflow, queues] = await Promise.all([
    workflowSid ? api.get(`${ws}/Workflows/${workflowSid}`) : null,
    api.list(`${ws}/TaskQueues`),
  ]);
  // The server checks each filter expression as a task-attribute expression (EvaluateTaskAttributes).
  const checkExpression = (expression) => api.get(`${ws}/Tasks`, { EvaluateTaskAttributes: expression, PageSize: 1 })
    .then(() => null, (error) => (error.status === 400 ? error.message.replace(/^EvaluateTaskAttributes:\s*/, '') : null));
  const editor = configEditor(workflow ? prettyJson(workflow.configuration) : defaultConfiguration(queues[0] && queues[0].sid),
    queues.map((q) => q.sid), checkExpression);
  const saved = h('div');
  const form = buildForm([
    { name: 'FriendlyName', label: 'Name', required: true, value: workflow ? workflow.friendly_name : '' },
    { name: 'AssignmentCallbackUrl', label: 'Assignment callback URL', value: workflow ? workflow.assignment_callback_url || '' : '', keepEmpty: !!workflow },
    { name: 'FallbackAssignmentCallbackUrl', label: 'Fallback assignment callback URL', value: workflow ? workflow.fallback_assignment_callback_url || '' : '', keepEmpty: !!workflow },
    { name: 'TaskReservationTimeout', label: 'Reservation timeout (s)', type: 'number', min: 1, max: 86400, value: workflow ? workflow.task_reservation_timeout : 120 },
  ], {
    title: workflow ? `Workflow ${workflow.friendly_name}` : 'New workflow',
    submitLabel: workflow ? 'Save workflow' : 'Create workflow',
    onSubmit: async (values) => {
      const problems = editor.problems();
      if (problems.length) throw new Error(`The configuration has ${problems.length} problem${problems.length === 1 ? '' : 's'} (listed under it).`);
      const body = { ...values, Configuration: editor.text() };
      try {
        const result = workflow ? await api.post(`${ws}/Workflows/${workflow.sid}`, body) : await api.post(`${ws}/Workflows`, body);
        if (workflow) saved.replaceChildren(notice('ok', 'Saved.')); else navigate(`#/ws/${route.workspaceSid}/workflows/${result.sid}`);
      } catch (error) {
        if (error.status === 400 && editor.showServerError(error.message) > 0) {
          throw new Error('The server refused the configuration: see the marked lines.');
        }
        throw error;
      }
    },
  });
  form.id = 'workflow-form';
  form.querySelector('.form-status').before(h('div.field', {}, h('label', { for: 'workflow-configuration' }, 'Configuration *'), editor.element,
    h('div.help', {}, 'Queues: ', queues.map((q, i) => [i ? ' · ' : '',
      h('button.link', { type: 'button', title: `Insert ${q.sid}`, onclick: () => editor.insert(q.sid) }, q.friendly_name)]))));
  mount(main, h('p', {}, h('a', { href: `#/ws/${route.workspaceSid}/workflows` }, '← Workflows')), saved, form);
}
