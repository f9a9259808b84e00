
// ---- event-bridge.js: the websocket of a client — connect, heartbeat watchdog, reconnect ----

var HEARTBEAT_TIMEOUT_MS = 60000;
var DISCONNECTED_MESSAGE = 'Websocket disconnected due to lost connectivity';

/** Reconnect delay after the k-th consecutive failure: min(30, 2^k - 1) seconds (1 s, 3 s, 7 s, 15 s, 30 s, …). */
function reconnectDelayMs(attempt) {
  return Math.min(30, Math.pow(2, attempt) - 1) * 1000;
}

/**
 * Keeps one websocket open to the client's channel. On open: the client's `onOpen` (ready request,
 * `connected`); on each text frame: the watchdog is fed and non-blank frames are handed to
 * `onMessage`; on close or 60 s of silence: `onClose` (`disconnected`) and a reconnect with the
 * client's current token, backing off as above. `stop()` ends it for good.
 */
function EventBridgeSocket(session, handlers, queryExtras) {
  this.session = session;
  this.handlers = handlers;
  this.queryExtras = queryExtras || '';
  this.socket = null;
  this.attempt = 1;
  this.stopped = false;
  this.reconnectTimer = null;
  this.watchdog = null;
  this.heartbeatTimeoutMs = HEARTBEAT_TIMEOUT_MS;
}

EventBridgeSocket.prototype.url = function () {
  return socketUrlOf(this.session.channelUrl) + '?token=' + this.session.token + this.queryExtras;
};

EventBridgeSocket.prototype.open = function () {
  if (this.stopped) return;
  var self = this;
  var socket;
  try {
    socket = new WebSocket(this.url());
  } catch (error) {
    this.session.log('Websocket could not be created: ' + error.message);
    return this._scheduleReconnect();
  }
  this.socket = socket;
  socket.onopen = function () {
    if (self.socket !== socket) return;
    self.attempt = 1;
    self.session.log('Websocket opened: ' + socket.url.split('?')[0]);
    self._feedWatchdog();
    self.handlers.onOpen();
  };
  socket.onmessage = function (message) {
    if (self.socket !== socket) return;
    self._feedWatchdog();
    var data = typeof message.data === 'string' ? message.data : '';
    if (data.trim().length === 0) return; // heartbeat
    var frame;
    try {
      frame = JSON.parse(data);
    } catch (e) {
      return self.handlers.onError('This doesn\'t look like a valid JSON: ' + data, message);
    }
    if (isObject(frame)) self.handlers.onMessage(frame.event_type, frame.payload);
  };
  socket.onerror = function (event) {
    if (self.socket !== socket) return;
    self.handlers.onError('Websocket had an error', event);
  };
  socket.onclose = function () {
    if (self.socket !== socket) return;
    self._lost('Websocket closed');
  };
};

/** The current socket is gone (closed, or silent too long): report it once and reconnect. */
EventBridgeSocket.prototype._lost = function (why) {
  var socket = this.socket;
  this.socket = null;
  this._clearWatchdog();
  if (socket) {
    socket.onopen = socket.onmessage = socket.onerror = socket.onclose = null;
    try { if (socket.readyState === 0 || socket.readyState === 1) socket.close(); } catch (e) { /* already closing */ }
  }
  if (this.stopped) return;
  this.session.log(why);
  this.handlers.onClose({ message: DISCONNECTED_MESSAGE });
  this._scheduleReconnect();
};

EventBridgeSocket.prototype._scheduleReconnect = function () {
  if (this.stopped) return;
  var self = this;
  var delay = reconnectDelayMs(this.attempt);
  this.attempt += 1;
  clearTimeout(this.reconnectTimer);
  this.reconnectTimer = setTimeout(function () { self.reconnectTimer = null; self.open(); }, delay);
};

EventBridgeSocket.prototype._feedWatchdog = function () {
  var self = this;
  this._clearWatchdog();
  this.watchdog = setTimeout(function () { self._lost('Heartbeat timed out. closing socket'); }, this.heartbeatTimeoutMs);
};

EventBridgeSocket.prototype._clearWatchdog = function () {
  if (this.watchdog !== null) clearTimeout(this.watchdog);
  this.watchdog = null;
};

/** Closes the socket for good: no `disconnected`, no reconnect. */
EventBridgeSocket.prototype.stop = function () {
  this.stopped = true;
  clearTimeout(this.reconnectTimer);
  this.reconnectTimer = null;
  this._lost('Websocket closed by the client');
};
