// The console's SHA-256 / HMAC and the capability tokens it mints, checked against node:crypto.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, createHmac } from 'node:crypto';
import { ASSETS } from './load-sdk.mjs';

const { sha256, hmacSha256, utf8, hex } = await import(`${ASSETS}/console/js/sha256.mjs`);
const { mintWorkspaceToken, readToken, signJwt, secondsLeft } = await import(`${ASSETS}/console/js/capability.mjs`);

test('sha256 matches node:crypto for lengths around the block boundaries', () => {
  for (const n of [0, 1, 55, 56, 63, 64, 65, 119, 120, 1000]) {
    const data = Buffer.alloc(n, 0x61 + (n % 26));
    assert.equal(hex(sha256(new Uint8Array(data))), createHash('sha256').update(data).digest('hex'), `length ${n}`);
  }
});

test('hmacSha256 matches node:crypto, short and long keys', () => {
  for (const key of ['k', 'conformance-token-0123456789abcd', 'x'.repeat(100)]) {
    const message = 'header.payload';
    assert.equal(hex(hmacSha256(utf8(key), utf8(message))), createHmac('sha256', key).update(message).digest('hex'));
  }
});

test('a minted workspace token is a valid HS256 JWT with the event-bridge and workspace policies', () => {
  const AC = 'AC' + 'a'.repeat(32);
  const WS = 'WS' + 'b'.repeat(32);
  const secret = 'conformance-token-0123456789abcd';
  const token = mintWorkspaceToken({ accountSid: AC, authToken: secret, workspaceSid: WS, ttl: 600, now: 1_700_000_000_000 });
  const [h, p, s] = token.split('.');
  assert.equal(s, createHmac('sha256', secret).update(`${h}.${p}`).digest('base64url'));
  assert.deepEqual(JSON.parse(Buffer.from(h, 'base64url')), { alg: 'HS256', typ: 'JWT' });
  const claims = readToken(token);
  assert.equal(claims.iss, AC);
  assert.equal(claims.channel, WS);
  assert.equal(claims.exp - claims.nbf, 600);
  const urls = claims.policies.map((x) => `${x.method} ${x.url}`);
  assert.ok(urls.includes(`GET https://event-bridge.twilio.com/v1/wschannels/${AC}/${WS}`));
  assert.ok(urls.includes(`POST https://event-bridge.twilio.com/v1/wschannels/${AC}/${WS}`));
  assert.ok(urls.includes(`GET https://taskrouter.twilio.com/v1/Workspaces/${WS}/**`));
  assert.equal(secondsLeft(claims, 1_700_000_000_000), 600);
});

test('readToken explains what is wrong', () => {
  assert.throws(() => readToken('abc'), /three parts/);
  assert.throws(() => readToken('a.b.c'), /base64url-encoded JSON/);
  assert.throws(() => readToken(signJwt({ account_sid: 'AC1' }, 'k')), /workspace_sid/);
});
