// The console: a hash router (#/workspaces, #/ws/WS…/dashboard, …), the frame, and the views.

import { h, mount, notice } from './dom.mjs';
import { Session } from './session.mjs';
import { renderSignIn } from './views/signin.mjs';
import { renderWorkspaces } from './views/workspaces.mjs';
import { renderDashboard } from './views/dashboard.mjs';
import { renderActivities } from './views/activities.mjs';
import { renderQueues } from './views/queues.mjs';
import { renderWorkflows } from './views/workflows.mjs';
import { renderWorkers } from './views/workers.mjs';
import { renderTasks } from './views/tasks.mjs';
import { renderSettings } from './views/settings.mjs';

const SECTIONS = [
  ['dashboard', 'Dashboard', renderDashboard],
  ['queues', 'Task queues', renderQueues],
  ['workflows', 'Workflows', renderWorkflows],
  ['workers', 'Workers', renderWorkers],
  ['tasks', 'Tasks', renderTasks],
  ['activities', 'Activities', renderActivities],
  ['settings', 'Settings', renderSettings],
];

const session = new Session();
const main = document.getElementById('main');
const nav = document.getElementById('nav');
const account = document.getElementById('account');
let cleanup = null;

export function navigate(hash) {
  if (location.hash === hash) route(); else location.hash = hash;
}

function parseRoute() {
  const parts = location.hash.split('?')[0].replace(/^#\/?/, '').split('/').filter(Boolean);
  if (parts[0] === 'ws' && parts[1]) return { name: parts[2] || 'dashboard', workspaceSid: parts[1], rest: parts.slice(3) };
  return { name: parts[0] || 'workspaces', rest: parts.slice(1) };
}

function renderFrame(route) {
  account.replaceChildren();
  if (session.signedIn) {
    account.append(h('span.who', { title: session.usesToken ? 'Signed in with a capability token' : 'Signed in with the Auth Token' },
      session.accountSid, session.usesToken ? ' (token)' : ''),
    h('button.link', { type: 'button', id: 'sign-out', onclick: () => { session.signOut(); navigate('#/signin'); } }, 'Sign out'));
  }
  nav.replaceChildren();
  if (!session.signedIn) return;
  if (!session.usesToken) nav.append(h('a', { href: '#/workspaces', class: route.name === 'workspaces' ? 'active' : '' }, 'All workspaces'));
  if (route.workspaceSid) {
    nav.append(h('div.nav-title', { title: route.workspaceSid }, 'Workspace'));
    for (const [name, label] of SECTIONS) {
      nav.append(h('a', { href: `#/ws/${route.workspaceSid}/${name}`, class: route.name === name ? 'active' : '', dataset: { section: name } }, label));
    }
  }
}

async function route() {
  if (cleanup) { try { cleanup(); } catch { /* view already gone */ } cleanup = null; }
  let current = parseRoute();
  if (!session.signedIn && current.name !== 'signin') return navigate('#/signin');
  if (session.signedIn && session.usesToken && !current.workspaceSid) {
    return navigate(`#/ws/${session.tokenWorkspace}/dashboard`);
  }
  renderFrame(current);
  const ctx = { main, session, api: session.signedIn ? session.api : null, navigate, route: current };
  mount(main, h('p.loading', {}, 'Loading…'));
  try {
    if (current.name === 'signin') cleanup = await renderSignIn(ctx);
    else if (current.name === 'workspaces') cleanup = await renderWorkspaces(ctx);
    else {
      const section = SECTIONS.find(([name]) => name === current.name);
      if (!section || !current.workspaceSid) { mount(main, notice('error', `No such page: ${location.hash}`)); return; }
      cleanup = await section[2](ctx);
    }
  } catch (error) {
    if (error.status === 401) { session.signOut(); return navigate('#/signin'); }
    mount(main, h('h2', {}, 'Something went wrong'), notice('error', error.message));
  }
}

window.addEventListener('hashchange', route);
route();
