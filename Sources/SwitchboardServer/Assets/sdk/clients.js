
// ---- clients.js: Twilio.TaskRouter.Workspace and Twilio.TaskRouter.TaskQueue ----

/**
 * What every client does: read the token, keep a session, arm the token-expiry timer, open the
 * websocket, fetch `readyUrl` (emitting `ready`) on every (re)connect, and emit pushed events.
 */
function initClient(client, token, claims, options, readyUrl) {
  EventEmitter.call(client);
  var session = new Session(token, claims, options);
  session.emitter = client;
  Object.defineProperty(client, '_session', { value: session, enumerable: false });
  Object.defineProperty(client, 'resourceUrl', { value: readyUrl, enumerable: false });
  Object.defineProperty(client, 'workspaceUrl', { value: session.workspaceUrl, enumerable: false });
  Object.defineProperty(client, 'channelUrl', { value: session.channelUrl, enumerable: false });
  Object.defineProperty(client, 'token', { get: function () { return session.token; }, enumerable: false });
  Object.defineProperty(client, 'debug', { get: function () { return session.debug; }, enumerable: false });
  Object.defineProperty(client, '_tokenTimer', { value: null, writable: true, enumerable: false });
  var socket = new EventBridgeSocket(session, {
    onOpen: function () {
      session.perform({ url: readyUrl, method: 'GET', eventType: 'ready' }, undefined, { entity: client });
      client._emitMessage('connected');
    },
    onMessage: function (type, payload) { client._emitMessage(type, payload); },
    onClose: function (payload) { client._emitMessage('disconnected', payload); },
    onError: function (message, response) { client._emitError(message, response); }
  }, '&closeExistingSessions=false');
  Object.defineProperty(client, '_socket', { value: socket, enumerable: false });
  client._armTokenTimer();
  socket.open();
}

/** The methods shared by the clients (mixed into their prototypes after EventEmitter's). */
var ClientMethods = {
  fetch: InstanceResource.prototype.fetch,
  update: InstanceResource.prototype.update,
  'delete': InstanceResource.prototype['delete'],

  /** Replaces the token of this client and of every object it handed out; re-arms `token.expired`. */
  updateToken: function (token) {
    this._session.updateToken(token);
    this._armTokenTimer();
  },

  /** Switchboard extra: closes the websocket and stops reconnecting and the token timer. */
  disconnect: function () {
    clearLongTimeout(this._tokenTimer);
    this._socket.stop();
  },

  _armTokenTimer: function () {
    var self = this;
    clearLongTimeout(this._tokenTimer);
    var exp = Number(this._session.claims.exp);
    if (!exp) return;
    var delayMs = (exp - Math.round(Date.now() / 1000) - 5) * 1000;
    this._tokenTimer = setLongTimeout(function () { self._emitMessage('token.expired'); }, delayMs);
  },

  /** Emits an event, its payload converted to an SDK object when it is a recognised resource. */
  _emitMessage: function (type, payload) {
    if (!type) return;
    var entity = payload === undefined ? undefined : createEntity(payload, this._session);
    this._session.log('Received a message of type [' + type + ']' +
      (payload === undefined ? '' : ' with ' + (entity ? 'object ' : 'json payload ') + safeStringify(entity || payload)));
    if (type === 'error' && this.listenerCount('error') === 0) return;
    if (payload === undefined) this.emit(type); else this.emit(type, entity === undefined ? payload : entity);
  },

  /** `error` is only emitted when someone listens (an unheard socket error must not throw). */
  _emitError: function (message, response) {
    this._session.log(message);
    if (this.listenerCount('error') > 0) this.emit('error', { response: response, message: message });
  }
};

function safeStringify(value) {
  try { return JSON.stringify(value); } catch (e) { return String(value); }
}

function mixClientMethods(Client) {
  Client.prototype = Object.create(EventEmitter.prototype);
  Object.defineProperty(Client.prototype, 'constructor', { value: Client, enumerable: false, writable: true });
  Object.keys(ClientMethods).forEach(function (name) {
    Object.defineProperty(Client.prototype, name, { value: ClientMethods[name], enumerable: false, writable: true });
  });
}

/**
 * new Twilio.TaskRouter.Workspace(token, [debug], [region], [maxRetries], [apiBaseUrl], [eventBridgeBaseUrl])
 * Events: ready (a Workspace object), connected, disconnected, token.expired, error, and every
 * TaskRouter event of the workspace (task.created, reservation.accepted, …).
 */
function WorkspaceClient(token, debug, region, maxRetries, apiBaseUrl, eventBridgeBaseUrl) {
  if (!(this instanceof WorkspaceClient)) return new WorkspaceClient(token, debug, region, maxRetries, apiBaseUrl, eventBridgeBaseUrl);
  var claims = decodeToken(token);
  var options = { debug: debug, region: region, maxRetries: maxRetries, apiBaseUrl: apiBaseUrl,
    eventBridgeBaseUrl: eventBridgeBaseUrl, channelId: claims.workspace_sid };
  var workspaceUrl = trimSlash(apiBaseUrl || DEFAULT_BASES.apiBaseUrl) + '/Workspaces/' + claims.workspace_sid;
  initClient(this, token, claims, options, workspaceUrl + '/');
  defineWorkspaceMembers(this, workspaceUrl);
}
mixClientMethods(WorkspaceClient);

/**
 * new Twilio.TaskRouter.TaskQueue(token, [debug], [region], [maxRetries], [apiBaseUrl], [eventBridgeBaseUrl])
 * for a TaskQueue capability token (channel WQ…): ready (a TaskQueue object), statistics objects,
 * and the events of that queue.
 */
function TaskQueueClient(token, debug, region, maxRetries, apiBaseUrl, eventBridgeBaseUrl) {
  if (!(this instanceof TaskQueueClient)) return new TaskQueueClient(token, debug, region, maxRetries, apiBaseUrl, eventBridgeBaseUrl);
  var claims = decodeToken(token);
  var queueSid = claims.taskqueue_sid || (String(claims.channel).indexOf('WQ') === 0 ? claims.channel : null);
  if (!queueSid) throw new Error('A TaskQueue client needs a TaskQueue token (taskqueue_sid, channel WQ…)');
  var options = { debug: debug, region: region, maxRetries: maxRetries, apiBaseUrl: apiBaseUrl,
    eventBridgeBaseUrl: eventBridgeBaseUrl, channelId: queueSid };
  var queueUrl = trimSlash(apiBaseUrl || DEFAULT_BASES.apiBaseUrl) + '/Workspaces/' + claims.workspace_sid + '/TaskQueues/' + queueSid;
  initClient(this, token, claims, options, queueUrl);
  Object.defineProperty(this, 'sid', { value: queueSid, enumerable: true, configurable: true, writable: true });
  defineStatisticsMembers(this, queueUrl);
}
mixClientMethods(TaskQueueClient);
