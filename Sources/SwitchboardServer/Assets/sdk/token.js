
// ---- token.js: reading (not verifying) a TaskRouter capability token ----

function base64UrlDecode(text) {
  var base64 = String(text).replace(/-/g, '+').replace(/_/g, '/');
  while (base64.length % 4) base64 += '=';
  var binary = (typeof atob === 'function') ? atob(base64) : Buffer.from(base64, 'base64').toString('binary');
  if (typeof TextDecoder === 'function') {
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return new TextDecoder('utf-8').decode(bytes);
  }
  return decodeURIComponent(escape(binary));
}

/**
 * The claims of a capability token. Throws when there is no token, when it is not a JWT, or when
 * it lacks account_sid, channel or workspace_sid (the SDK cannot connect without them).
 */
function decodeToken(token) {
  if (!token) throw new Error('Token is required for TaskRouter JS SDK');
  var parts = String(token).split('.');
  var claims;
  try {
    if (parts.length !== 3) throw new Error('not three segments');
    claims = JSON.parse(base64UrlDecode(parts[1]));
  } catch (e) {
    throw new Error('Invalid token: a TaskRouter capability token is a JWT (header.payload.signature) with a JSON payload');
  }
  if (!isObject(claims)) throw new Error('Invalid token: its payload is not a JSON object');
  if (!claims.channel && claims.channel_id) claims.channel = claims.channel_id;
  var missing = ['account_sid', 'channel', 'workspace_sid'].filter(function (name) { return !claims[name]; });
  if (missing.length) {
    throw new Error('Missing minimum payload values. Check for existence of account_sid, channel or workspace_sid in the token (missing: ' +
      missing.join(', ') + ')');
  }
  return claims;
}
