// Forms from field lists. Each field: {name (API parameter), label, type, value, options, required,
// help, placeholder}. type: text | number | select | checkbox | json | textarea | password.

import { h, notice } from './dom.mjs';

function control(field) {
  const id = `f-${field.name}`;
  const common = { id, name: field.name, required: field.required, placeholder: field.placeholder, 'aria-describedby': `${id}-help` };
  switch (field.type) {
    case 'select':
      return h('select', common, (field.options || []).map((o) =>
        h('option', { value: o.value, selected: String(o.value) === String(field.value ?? '') }, o.label)));
    case 'checkbox':
      return h('input', { ...common, type: 'checkbox', checked: field.value === true || field.value === 'true' });
    case 'json':
    case 'textarea':
      return h('textarea', { ...common, rows: field.rows || 5, spellcheck: 'false', class: field.type === 'json' ? 'code' : '' }, field.value ?? '');
    default:
      return h('input', { ...common, type: field.type || 'text', value: field.value ?? '', autocomplete: field.autocomplete || 'off', min: field.min, max: field.max });
  }
}

/** A labelled field: returns {row, input, error(text)}. */
function fieldRow(field) {
  const input = control(field);
  const message = h('div.field-error', { id: `f-${field.name}-error` });
  const help = h('div.help', { id: `f-${field.name}-help` }, field.help || '');
  const row = field.type === 'checkbox'
    ? h('div.field.checkbox', {}, h('label', { for: input.id }, input, ' ', field.label), help, message)
    : h('div.field', {}, h('label', { for: input.id }, field.label, field.required ? ' *' : ''), input, help, message);
  if (field.oninput) input.addEventListener('input', () => field.oninput(input.value, { help, message, input }));
  return { row, input, help, error: (text) => { message.textContent = text || ''; input.toggleAttribute('aria-invalid', !!text); } };
}

/**
 * A form. `onSubmit(values)` may throw (or return a rejected promise) with an Error whose message
 * is shown above the buttons; values omit empty optional fields.
 */
export function buildForm(fields, { submitLabel = 'Save', onSubmit, onCancel, title } = {}) {
  const rows = fields.map((f) => ({ field: f, ...fieldRow(f) }));
  const status = h('div.form-status');
  const submit = h('button.primary', { type: 'submit' }, submitLabel);
  const form = h('form.card', { novalidate: true },
    title ? h('h3', {}, title) : null,
    rows.map((r) => r.row),
    status,
    h('div.actions', {}, submit, onCancel ? h('button', { type: 'button', onclick: onCancel }, 'Cancel') : null));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    status.replaceChildren();
    let ok = true;
    const values = {};
    for (const r of rows) {
      r.error('');
      const { field, input } = r;
      let value = field.type === 'checkbox' ? String(input.checked) : input.value.trim();
      if (field.required && value === '') { r.error(`${field.label} is required`); ok = false; continue; }
      if (field.type === 'json' && value !== '') {
        try { JSON.parse(value); } catch (e) { r.error(`Not valid JSON: ${e.message}`); ok = false; continue; }
      }
      if (value !== '' || field.keepEmpty) values[field.name] = value;
    }
    if (!ok) return;
    submit.disabled = true;
    try {
      await onSubmit(values);
    } catch (error) {
      const byName = rows.find((r) => error.message && error.message.includes(r.field.name));
      if (byName) byName.error(error.message);
      status.replaceChildren(notice('error', error.message));
    } finally {
      submit.disabled = false;
    }
  });
  form.fields = Object.fromEntries(rows.map((r) => [r.field.name, r]));
  return form;
}
