
// ---- session.js: one client's shared state (token, URLs) and its requests through the event bridge ----

var REQUEST_TIMEOUT_MS = 5000;
var RETRYABLE_STATUS = { 0: true, 500: true, 502: true, 503: true, 504: true };

/**
 * Everything the objects of one client share. The token lives here only, so `updateToken` reaches
 * every object the client ever handed out (TaskRouter.js v1 left old objects with the old token).
 */
function Session(token, claims, options) {
  this.token = token;
  this.claims = claims;
  this.debug = !(options.debug === false || options.debug === 'false');
  this.maxRetries = Math.max(0, parseInt(options.maxRetries, 10) || 0);
  this.apiBaseUrl = trimSlash(options.apiBaseUrl || DEFAULT_BASES.apiBaseUrl);
  var bridge = trimSlash(options.eventBridgeBaseUrl || DEFAULT_BASES.eventBridgeBaseUrl);
  this.eventBridgeBaseUrl = regionalEventBridge(bridge, options.region);
  this.workspaceUrl = this.apiBaseUrl + '/Workspaces/' + claims.workspace_sid;
  this.channelUrl = this.eventBridgeBaseUrl + '/v1/wschannels/' + claims.account_sid + '/' + options.channelId;
  this.emitter = null; // the client; set by it
}

Session.prototype.log = function () {
  if (this.debug && typeof console !== 'undefined' && console.log) console.log.apply(console, arguments);
};

Session.prototype.updateToken = function (token) {
  this.claims = decodeToken(token);
  this.token = token;
};

/**
 * POSTs {url, method, params, token, event_type} as a JSON string to the channel URL (no headers, so
 * browsers send a CORS "simple request"). Calls back (error) or (null, {event_type, payload}).
 * Timeouts and 5xx answers are retried up to maxRetries times.
 */
Session.prototype.post = function (spec, callback) {
  var self = this;
  var attempt = 0;
  function send() {
    var body = { url: spec.url, method: spec.method, token: self.token };
    if (spec.params && Object.keys(spec.params).length) body.params = spec.params;
    if (spec.eventType) body.event_type = spec.eventType;
    var xhr = new XMLHttpRequest();
    var done = false;
    function finish() {
      if (done) return;
      done = true;
      var status = xhr.status || 0;
      if (status === 200) {
        var response;
        try {
          response = JSON.parse(xhr.responseText || 'null');
        } catch (e) {
          return callback(HttpError(200, 'The server answered with text that is not JSON', null));
        }
        return callback(null, isObject(response) ? response : { payload: response });
      }
      if (RETRYABLE_STATUS[status] && attempt < self.maxRetries) {
        attempt += 1;
        self.log('TaskRouter request to ' + spec.url + ' failed with status ' + status + '; retry ' + attempt + ' of ' + self.maxRetries);
        return setTimeout(send, Math.min(2000, 250 * attempt));
      }
      callback(HttpError(status, xhr.statusText, xhr.responseText));
    }
    xhr.open('POST', self.channelUrl, true);
    xhr.timeout = REQUEST_TIMEOUT_MS;
    xhr.onload = finish;
    xhr.onerror = finish;
    xhr.ontimeout = finish;
    xhr.onabort = finish;
    xhr.send(JSON.stringify(body));
  }
  send();
};

/**
 * Runs one REST operation and hands its result to `completion` as SDK objects. With `entity`, that
 * object is refreshed in place from the answer (instance updates). A response carrying an
 * event_type is also emitted as that event (that is how `ready` happens).
 */
Session.prototype.perform = function (spec, completion, options) {
  var self = this;
  options = options || {};
  this.post(spec, function (error, response) {
    if (error) {
      if (completion) completion(error, null);
      else self.log('TaskRouter request ' + spec.method + ' ' + spec.url + ' failed: ' + error.code + ' ' + error.message);
      return;
    }
    var payload = response.payload === undefined ? null : response.payload;
    if (options.entity && isObject(payload)) setProperties(options.entity, payload, self);
    if (response.event_type && self.emitter) self.emitter._emitMessage(response.event_type, payload);
    if (!completion) return;
    var result = options.convert ? options.convert(payload) : createEntity(payload, self);
    if (result === undefined) result = payload;
    if (result instanceof Reservation && result.taskSid) {
      return attachTask(result, function () { completion(null, result); });
    }
    completion(null, result);
  });
};
