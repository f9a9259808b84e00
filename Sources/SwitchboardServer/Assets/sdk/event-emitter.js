
// ---- event-emitter.js: the Node-style EventEmitter that TaskRouter.js clients are ----

function EventEmitter() {
  Object.defineProperty(this, '_events', { value: {}, writable: true });
  Object.defineProperty(this, '_maxListeners', { value: 10, writable: true });
}

EventEmitter.prototype.on = function (event, listener) {
  if (!isFunction(listener)) throw new TypeError('The "listener" argument must be of type function');
  (this._events[event] = this._events[event] || []).push(listener);
  return this;
};
EventEmitter.prototype.addListener = EventEmitter.prototype.on;

EventEmitter.prototype.prependListener = function (event, listener) {
  if (!isFunction(listener)) throw new TypeError('The "listener" argument must be of type function');
  (this._events[event] = this._events[event] || []).unshift(listener);
  return this;
};

EventEmitter.prototype.once = function (event, listener) {
  if (!isFunction(listener)) throw new TypeError('The "listener" argument must be of type function');
  var self = this;
  function wrapper() {
    self.removeListener(event, wrapper);
    return listener.apply(self, arguments);
  }
  wrapper.listener = listener;
  return this.on(event, wrapper);
};

EventEmitter.prototype.removeListener = function (event, listener) {
  var list = this._events[event];
  if (!list) return this;
  for (var i = list.length - 1; i >= 0; i--) {
    if (list[i] === listener || list[i].listener === listener) { list.splice(i, 1); break; }
  }
  if (list.length === 0) delete this._events[event];
  return this;
};
EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

EventEmitter.prototype.removeAllListeners = function (event) {
  if (event === undefined) this._events = {}; else delete this._events[event];
  return this;
};

EventEmitter.prototype.listeners = function (event) {
  return (this._events[event] || []).map(function (l) { return l.listener || l; });
};

EventEmitter.prototype.listenerCount = function (event) { return (this._events[event] || []).length; };

EventEmitter.prototype.eventNames = function () { return Object.keys(this._events); };

EventEmitter.prototype.setMaxListeners = function (n) { this._maxListeners = n; return this; };
EventEmitter.prototype.getMaxListeners = function () { return this._maxListeners; };

/** Calls every listener of `event`; a listener that throws does not stop the others (the error is reported). */
EventEmitter.prototype.emit = function (event) {
  var list = this._events[event];
  if (!list || list.length === 0) return false;
  var args = Array.prototype.slice.call(arguments, 1);
  list.slice().forEach(function (listener) {
    try {
      listener.apply(this, args);
    } catch (error) {
      setTimeout(function () { throw error; }, 0);
    }
  }, this);
  return true;
};
