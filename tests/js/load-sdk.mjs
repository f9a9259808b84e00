// Loads /sdk/taskrouter.js for Node tests: the parts listed in sdk/parts.txt, concatenated as the
// server does (SDKBundle.swift), run in a vm context with fake XMLHttpRequest, WebSocket and timers.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

export const ASSETS = join(dirname(fileURLToPath(import.meta.url)), '../../Sources/SwitchboardServer/Assets');
const SDK = join(ASSETS, 'sdk');

export function bundleSource() {
  const names = readFileSync(join(SDK, 'parts.txt'), 'utf8').split('\n')
    .map((line) => line.split('#')[0].trim()).filter(Boolean);
  return names.map((name) => {
    const text = readFileSync(join(SDK, name), 'utf8');
    return text.endsWith('\n') ? text : `${text}\n`;
  }).join('');
}

/** Timers driven by `advance(ms)`. */
export class FakeTimers {
  constructor() { this.now = 0; this.queue = []; this.nextId = 1; }
  setTimeout = (fn, ms = 0) => { const id = this.nextId++; this.queue.push({ id, at: this.now + Math.max(0, ms), fn }); return id; };
  clearTimeout = (id) => { this.queue = this.queue.filter((t) => t.id !== id); };
  setInterval = (fn, ms) => { const id = this.nextId++; const tick = () => { fn(); this.queue.push({ id, at: this.now + ms, fn: tick }); }; this.queue.push({ id, at: this.now + ms, fn: tick }); return id; };
  clearInterval = (id) => this.clearTimeout(id);
  advance(ms) {
    const end = this.now + ms;
    for (;;) {
      this.queue.sort((a, b) => a.at - b.at);
      const next = this.queue[0];
      if (!next || next.at > end) break;
      this.queue.shift();
      this.now = next.at;
      next.fn();
    }
    this.now = end;
  }
  pending() { return this.queue.map((t) => t.at - this.now).sort((a, b) => a - b); }
}

/** A fresh SDK in its own context: {TaskRouter, requests, sockets, timers, logs, context}. */
export function loadSdk({ scriptSrc = null, location = null } = {}) {
  const requests = [];
  const sockets = [];
  const logs = [];
  const timers = new FakeTimers();

  class FakeXHR {
    constructor() { this.readyState = 0; this.status = 0; this.statusText = ''; this.responseText = ''; requests.push(this); }
    open(method, url, async) { this.method = method; this.url = url; this.async = async; this.readyState = 1; }
    setRequestHeader(name) { throw new Error(`the SDK must not set headers (${name})`); }
    send(body) { this.body = body; this.json = JSON.parse(body); }
    respond(status, body, statusText = '') {
      this.status = status; this.statusText = statusText; this.readyState = 4;
      this.responseText = typeof body === 'string' ? body : JSON.stringify(body);
      this.onload && this.onload();
    }
    fail() { this.status = 0; this.readyState = 4; this.onerror && this.onerror(); }
    timeoutNow() { this.status = 0; this.readyState = 4; this.ontimeout && this.ontimeout(); }
  }

  class FakeWebSocket {
    constructor(url) { this.url = url; this.readyState = 0; this.closed = false; sockets.push(this); }
    open() { this.readyState = 1; this.onopen && this.onopen({}); }
    message(data) { this.onmessage && this.onmessage({ data }); }
    close() { this.closed = true; this.readyState = 3; }
    serverClose() { this.readyState = 3; this.onclose && this.onclose({ code: 1006 }); }
  }

  const context = {
    console: { log: (...args) => logs.push(args.join(' ')) },
    XMLHttpRequest: FakeXHR,
    WebSocket: FakeWebSocket,
    setTimeout: timers.setTimeout, clearTimeout: timers.clearTimeout,
    setInterval: timers.setInterval, clearInterval: timers.clearInterval,
    atob: (s) => Buffer.from(s, 'base64').toString('binary'),
    TextDecoder,
    Date, JSON, Math, Error, TypeError, Object, Array, String, Number, Uint8Array, Promise,
  };
  if (scriptSrc) context.document = { currentScript: { src: scriptSrc }, getElementsByTagName: () => [] };
  if (location) context.location = location;
  context.window = context;
  vm.createContext(context);
  vm.runInContext(bundleSource(), context, { filename: 'taskrouter.js' });
  return { TaskRouter: context.Twilio.TaskRouter, requests, sockets, timers, logs, context };
}

/** An unsigned JWT with these claims (the SDK only reads the payload). */
export function fakeToken(claims) {
  const enc = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${enc({ alg: 'HS256', typ: 'JWT' })}.${enc(claims)}.c2lnbmF0dXJl`;
}

export const AC = 'AC' + '0'.repeat(32);
export const WS = 'WS' + '1'.repeat(32);
export const WQ = 'WQ' + '2'.repeat(32);

export function workspaceToken(extra = {}) {
  return fakeToken({ account_sid: AC, workspace_sid: WS, channel: WS, iss: AC, version: 'v1',
    exp: Math.floor(Date.now() / 1000) + 3600, policies: [], ...extra });
}
