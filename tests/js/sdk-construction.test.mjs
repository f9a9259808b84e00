// TaskRouter.js Workspace: construction, base URLs, the websocket lifecycle and its events.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadSdk, workspaceToken, fakeToken, AC, WS } from './load-sdk.mjs';

test('a missing token or missing claims throw like v1', () => {
  const { TaskRouter } = loadSdk();
  assert.throws(() => new TaskRouter.Workspace(), /Token is required for TaskRouter JS SDK/);
  assert.throws(() => new TaskRouter.Workspace('not-a-jwt'), /Invalid token/);
  assert.throws(() => new TaskRouter.Workspace(fakeToken({ account_sid: AC })), /channel, workspace_sid/);
});

test('by default it talks to the server the script was loaded from', () => {
  const { TaskRouter, sockets } = loadSdk({ scriptSrc: 'http://127.0.0.1:8080/sdk/taskrouter.js' });
  const token = workspaceToken();
  const ws = new TaskRouter.Workspace(token);
  assert.equal(ws.channelUrl, `http://127.0.0.1:8080/v1/wschannels/${AC}/${WS}`);
  assert.equal(ws.workspaceUrl, `http://127.0.0.1:8080/v1/Workspaces/${WS}`);
  assert.equal(sockets[0].url, `ws://127.0.0.1:8080/v1/wschannels/${AC}/${WS}?token=${token}&closeExistingSessions=false`);
});

test('a path prefix before /sdk/ is kept, https becomes wss', () => {
  const { TaskRouter, sockets } = loadSdk({ scriptSrc: 'https://example.com/switchboard/sdk/taskrouter.js?v=2' });
  const ws = new TaskRouter.Workspace(workspaceToken());
  assert.equal(ws.channelUrl, `https://example.com/switchboard/v1/wschannels/${AC}/${WS}`);
  assert.match(sockets[0].url, /^wss:\/\/example\.com\/switchboard\/v1\/wschannels\//);
});

test('apiBaseUrl and eventBridgeBaseUrl (5th and 6th arguments) override the defaults; region only touches Twilio hosts', () => {
  const { TaskRouter } = loadSdk({ scriptSrc: 'http://127.0.0.1:8080/sdk/taskrouter.js' });
  const custom = new TaskRouter.Workspace(workspaceToken(), false, 'ie1-ix', 0, 'https://api.example.com/v1/', 'https://bridge.example.com');
  assert.equal(custom.workspaceUrl, `https://api.example.com/v1/Workspaces/${WS}`);
  assert.equal(custom.channelUrl, `https://bridge.example.com/v1/wschannels/${AC}/${WS}`);
  const twilio = new TaskRouter.Workspace(workspaceToken(), false, 'ie1-ix', 0, 'https://taskrouter.twilio.com/v1', 'https://event-bridge.twilio.com');
  assert.equal(twilio.channelUrl, `https://event-bridge.ie1-ix.us1.twilio.com/v1/wschannels/${AC}/${WS}`);
});

test('on open: the ready request (workspace URL with a trailing slash), connected, then ready with a Workspace object', () => {
  const { TaskRouter, sockets, requests } = loadSdk({ scriptSrc: 'http://h:1/sdk/taskrouter.js' });
  const token = workspaceToken();
  const workspace = new TaskRouter.Workspace(token, false);
  const seen = [];
  workspace.on('connected', () => seen.push('connected'));
  workspace.on('ready', (ws) => seen.push(ws));
  sockets[0].open();
  assert.equal(requests.length, 1);
  assert.equal(requests[0].method, 'POST');
  assert.equal(requests[0].url, `http://h:1/v1/wschannels/${AC}/${WS}`);
  assert.deepEqual(requests[0].json, { url: `http://h:1/v1/Workspaces/${WS}/`, method: 'GET', token, event_type: 'ready' });
  assert.deepEqual(seen, ['connected']);
  requests[0].respond(200, { event_type: 'ready', payload: {
    sid: WS, friendly_name: 'Workspace 1', prioritize_queue_order: 'FIFO', default_activity_name: 'Offline',
    default_activity_sid: 'WA' + 'a'.repeat(32), date_created: '2024-01-02T03:04:05Z', url: 'x', links: {} } });
  const ready = seen[1];
  assert.equal(ready.sid, WS);
  assert.equal(ready.friendlyName, 'Workspace 1');
  assert.equal(ready.prioritizeQueueOrder, 'FIFO');
  assert.equal(ready.defaultActivityName, 'Offline');
  assert.ok(ready.dateCreated instanceof Date || Object.prototype.toString.call(ready.dateCreated) === '[object Date]');
  assert.equal(ready.url, undefined);
  assert.equal(ready.defaultActivity.sid, 'WA' + 'a'.repeat(32));
  assert.equal(typeof ready.activities.fetch, 'function');
  assert.equal(workspace.friendlyName, 'Workspace 1', 'the client itself is refreshed too');
});

test('pushed events are emitted with SDK objects; blank frames are heartbeats; bad frames only reach error listeners', () => {
  const { TaskRouter, sockets } = loadSdk();
  const workspace = new TaskRouter.Workspace(workspaceToken(), false);
  sockets[0].open();
  const tasks = [];
  workspace.on('task.created', (task) => tasks.push(task));
  sockets[0].message('   ');
  sockets[0].message(JSON.stringify({ event_type: 'task.created', payload: {
    sid: 'WT' + '3'.repeat(32), attributes: '{"Ticket":"Gold"}', workflow_sid: 'WW' + '4'.repeat(32), task_queue_sid: 'WQ' + '5'.repeat(32),
    assignment_status: 'pending', date_created: 1700000000 } }));
  assert.equal(tasks.length, 1);
  assert.deepEqual({ ...tasks[0].attributes }, { Ticket: 'Gold' });
  assert.equal(tasks[0].assignmentStatus, 'pending');
  assert.equal(tasks[0].dateCreated.getTime(), 1700000000 * 1000);
  assert.equal(tasks[0].workflow.sid, 'WW' + '4'.repeat(32));
  assert.equal(typeof tasks[0].complete, 'function');
  assert.doesNotThrow(() => sockets[0].message('not json'));
  const errors = [];
  workspace.on('error', (e) => errors.push(e));
  sockets[0].message('still not json');
  assert.equal(errors.length, 1);
  assert.match(errors[0].message, /valid JSON/);
});

test('a closed socket emits disconnected and reconnects after 1 s, 3 s, 7 s …; a successful open resets the back-off', () => {
  const { TaskRouter, sockets, timers } = loadSdk();
  const workspace = new TaskRouter.Workspace(workspaceToken(), false);
  const events = [];
  workspace.on('disconnected', (p) => events.push(p.message));
  sockets[0].open();
  sockets[0].serverClose();
  assert.deepEqual(events, ['Websocket disconnected due to lost connectivity']);
  timers.advance(999);
  assert.equal(sockets.length, 1);
  timers.advance(1);
  assert.equal(sockets.length, 2);
  sockets[1].serverClose();
  timers.advance(2999);
  assert.equal(sockets.length, 2);
  timers.advance(1);
  assert.equal(sockets.length, 3);
  sockets[2].serverClose();
  timers.advance(7000);
  assert.equal(sockets.length, 4);
  sockets[3].open();
  sockets[3].serverClose();
  timers.advance(1000);
  assert.equal(sockets.length, 5, 'back to 1 s after a successful open');
});

test('60 s without any frame closes the socket, emits disconnected and reconnects (only one socket open)', () => {
  const { TaskRouter, sockets, timers } = loadSdk();
  const workspace = new TaskRouter.Workspace(workspaceToken(), false);
  let disconnected = 0;
  workspace.on('disconnected', () => disconnected++);
  sockets[0].open();
  timers.advance(59000);
  sockets[0].message(' ');
  timers.advance(59000);
  assert.equal(disconnected, 0);
  timers.advance(1000);
  assert.equal(disconnected, 1);
  assert.equal(sockets[0].closed, true);
  timers.advance(1000);
  assert.equal(sockets.length, 2);
});

test('token.expired fires 5 s before exp; updateToken re-arms it and every object uses the new token', () => {
  const { TaskRouter, sockets, timers, requests } = loadSdk();
  const now = Math.floor(Date.now() / 1000);
  const workspace = new TaskRouter.Workspace(workspaceToken({ exp: now + 65 }), false);
  const activities = workspace.activities;
  let expired = 0;
  workspace.on('token.expired', () => expired++);
  timers.advance(58000); // exp - now - 5 s = 60 s, give or take the rounding of "now"
  assert.equal(expired, 0);
  timers.advance(3000);
  assert.equal(expired, 1);
  const fresh = workspaceToken({ exp: now + 3600 });
  workspace.updateToken(fresh);
  activities.fetch(() => {});
  assert.equal(requests.at(-1).json.token, fresh);
  sockets[0].open();
  sockets[0].serverClose();
  timers.advance(1000);
  assert.match(sockets[1].url, new RegExp(`token=${fresh.replace(/\./g, '\\.')}`));
  assert.ok(timers.pending().some((ms) => ms > 3500000), 'timer re-armed for the new exp');
  assert.throws(() => workspace.updateToken('garbage'), /Invalid token/);
});

test('disconnect() (Switchboard extra) stops the socket and reconnects', () => {
  const { TaskRouter, sockets, timers } = loadSdk();
  const workspace = new TaskRouter.Workspace(workspaceToken(), false);
  let disconnected = 0;
  workspace.on('disconnected', () => disconnected++);
  sockets[0].open();
  workspace.disconnect();
  assert.equal(sockets[0].closed, true);
  timers.advance(120000);
  assert.equal(sockets.length, 1);
  assert.equal(disconnected, 0);
});
