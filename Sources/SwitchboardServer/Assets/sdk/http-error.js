
// ---- http-error.js: what callbacks receive when a request fails ----

/**
 * An Error with `code` = the HTTP status (as TaskRouter.js v1), `message` = the server's message
 * (or the status text), and the Twilio error body's details: `twilioCode`, `moreInfo`, `status`.
 */
function HttpError(status, statusText, body) {
  var parsed = null;
  if (typeof body === 'string' && body.length) {
    try { parsed = JSON.parse(body); } catch (e) { parsed = null; }
  } else if (isObject(body)) {
    parsed = body;
  }
  var message = (parsed && typeof parsed.message === 'string' && parsed.message) || statusText ||
    (status === 0 ? 'Request failed: no response from the server (timeout or network error)' : 'HTTP ' + status);
  var error = new Error(message);
  error.name = 'HttpError';
  error.code = status;
  error.status = status;
  error.statusText = statusText || '';
  error.twilioCode = parsed && typeof parsed.code === 'number' ? parsed.code : null;
  error.moreInfo = parsed && parsed.more_info ? parsed.more_info : null;
  error.response = parsed;
  return error;
}
