// Capability tokens (TaskRouter JWTs, HS256 signed with the account's Auth Token): minting one in the
// browser for the console's own event-bridge connection, and reading a pasted one.

import { hmacSha256, utf8 } from './sha256.mjs';

const API = 'https://taskrouter.twilio.com/v1';
const BRIDGE = 'https://event-bridge.twilio.com/v1/wschannels';

export function base64url(bytes) {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function base64urlDecode(text) {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(text.length / 4) * 4, '=');
  const binary = atob(base64);
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/** A signed compact JWS (HS256) of `claims`. */
export function signJwt(claims, secret) {
  const header = base64url(utf8(JSON.stringify({ alg: 'HS256', typ: 'JWT' })));
  const payload = base64url(utf8(JSON.stringify(claims)));
  const signature = base64url(hmacSha256(utf8(secret), utf8(`${header}.${payload}`)));
  return `${header}.${payload}.${signature}`;
}

/** The claims of a token (not verified), or throws an Error saying what is wrong. */
export function readToken(token) {
  const parts = String(token || '').trim().split('.');
  if (parts.length !== 3) throw new Error('A capability token has three parts separated by dots.');
  let claims;
  try {
    claims = JSON.parse(base64urlDecode(parts[1]));
  } catch {
    throw new Error('The token payload is not base64url-encoded JSON.');
  }
  for (const name of ['account_sid', 'workspace_sid', 'channel']) {
    if (!claims[name]) throw new Error(`The token has no ${name} claim.`);
  }
  return claims;
}

/** Seconds until the token expires (negative when it has). */
export const secondsLeft = (claims, now = Date.now()) => Number(claims.exp) - Math.floor(now / 1000);

const policy = (url, method) => ({ url, method, allow: true, query_filter: {}, post_filter: {} });

/**
 * A Workspace token for the console itself: its event-bridge channel, and every GET, POST and
 * DELETE below the workspace (the console manages what the signed-in account owns anyway).
 */
export function mintWorkspaceToken({ accountSid, authToken, workspaceSid, ttl = 3600, now = Date.now() }) {
  const channel = `${BRIDGE}/${accountSid}/${workspaceSid}`;
  const workspace = `${API}/Workspaces/${workspaceSid}`;
  const issuedAt = Math.floor(now / 1000);
  const claims = {
    version: 'v1',
    friendly_name: workspaceSid,
    iss: accountSid,
    account_sid: accountSid,
    workspace_sid: workspaceSid,
    channel: workspaceSid,
    nbf: issuedAt,
    exp: issuedAt + ttl,
    policies: [
      policy(channel, 'GET'), policy(channel, 'POST'),
      policy(workspace, 'GET'), policy(workspace, 'POST'),
      policy(`${workspace}/**`, 'GET'), policy(`${workspace}/**`, 'POST'), policy(`${workspace}/**`, 'DELETE'),
    ],
  };
  return signJwt(claims, authToken);
}
