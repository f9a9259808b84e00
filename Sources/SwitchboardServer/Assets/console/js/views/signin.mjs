// Sign in: Account SID + Auth Token, or a capability token (one workspace, limited by its policies).

import { h, mount } from '../dom.mjs';
import { buildForm } from '../forms.mjs';

export function renderSignIn({ main, session, navigate }) {
  const basic = buildForm([
    { name: 'AccountSid', label: 'Account SID', required: true, placeholder: 'AC…', autocomplete: 'username' },
    { name: 'AuthToken', label: 'Auth Token', type: 'password', required: true, autocomplete: 'current-password' },
  ], {
    submitLabel: 'Sign in',
    onSubmit: async (v) => {
      await session.signIn({ accountSid: v.AccountSid, authToken: v.AuthToken });
      navigate('#/workspaces');
    },
  });
  basic.id = 'signin-basic';
  const token = buildForm([
    { name: 'Token', label: 'Capability token', type: 'textarea', rows: 6, required: true,
      help: 'A TaskRouter capability token (JWT) for one workspace, e.g. from `switchboard token` or a Twilio helper library.' },
  ], {
    submitLabel: 'Use token',
    onSubmit: async (v) => {
      await session.signIn({ token: v.Token });
      navigate('#/');
    },
  });
  token.id = 'signin-token';
  token.hidden = true;
  const tabs = h('div.tabs', { role: 'tablist' },
    h('button.tab.active', { type: 'button', id: 'tab-basic', onclick: () => show(false) }, 'Auth Token'),
    h('button.tab', { type: 'button', id: 'tab-token', onclick: () => show(true) }, 'Capability token'));
  function show(useToken) {
    basic.hidden = useToken;
    token.hidden = !useToken;
    tabs.children[0].classList.toggle('active', !useToken);
    tabs.children[1].classList.toggle('active', useToken);
  }
  mount(main, h('section.signin', {},
    h('h2', {}, 'Sign in'),
    h('p', {}, 'Use the Account SID and Auth Token that `switchboard serve` printed, or paste a capability token.'),
    tabs, basic, token));
}
