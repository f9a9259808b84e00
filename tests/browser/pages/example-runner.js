// Runs one example of the TaskRouter.js v1 Workspace page with the SDK this page loaded, and
// reports what the example printed. Driven by the Python tests through window.runExample(...).
(function () {
  'use strict';

  var inflight = 0;
  var sockets = [];
  var uncaught = [];

  // Count the SDK's requests in flight: an example is done when it printed and nothing is pending.
  var send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.send = function () {
    inflight++;
    var counted = true;
    this.addEventListener('loadend', function () { if (counted) { counted = false; inflight--; } });
    return send.apply(this, arguments);
  };
  // Remember the sockets, so a test can cut one (the "disconnected" example).
  var NativeWebSocket = window.WebSocket;
  window.WebSocket = function (url, protocols) {
    var socket = protocols === undefined ? new NativeWebSocket(url) : new NativeWebSocket(url, protocols);
    sockets.push(socket);
    return socket;
  };
  window.WebSocket.prototype = NativeWebSocket.prototype;
  ['CONNECTING', 'OPEN', 'CLOSING', 'CLOSED'].forEach(function (k) { window.WebSocket[k] = NativeWebSocket[k]; });
  window.addEventListener('error', function (event) { uncaught.push(String(event.message || event.error)); });

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (cls) node.className = cls;
    return node;
  }

  function fetchObject(helper, list, sid) {
    return new Promise(function (resolve, reject) {
      if (!sid) return resolve(undefined);
      helper[list].fetch(sid, function (error, object) { if (error) reject(new Error(list + ' ' + sid + ': ' + error.code + ' ' + error.message)); else resolve(object); });
    });
  }

  /**
   * options: {title, code, token, refreshToken, objects: {taskqueue, worker, workflow}, minLogs,
   * cutSocket, timeoutMs}. Resolves to {logs, uncaught, tokenAfter, timedOut}.
   */
  window.runExample = function (options) {
    document.getElementById('origin').textContent = 'page ' + location.origin + ' · SDK ' + Twilio.TaskRouter.version;
    var section = document.getElementById('example');
    var status = el('span', 'running', 'status running');
    var list = el('ol', undefined, 'logs');
    section.replaceChildren(el('h2', options.title), status, el('pre', options.code), el('h2', 'console.log'), list);
    var logs = [];
    var capture = {
      log: function () {
        var values = Array.prototype.slice.call(arguments);
        logs.push(values.length === 1 && typeof values[0] === 'number' ? values[0] : values.map(String).join(' '));
        var item = el('li', values.join(' '), typeof values[0] === 'number' ? 'error' : '');
        list.appendChild(item);
      }
    };
    var helper = new Twilio.TaskRouter.Workspace(options.token, false);
    var objects = options.objects || {};
    return Promise.all([
      fetchObject(helper, 'taskqueues', objects.taskqueue),
      fetchObject(helper, 'workers', objects.worker),
      fetchObject(helper, 'workflows', objects.workflow)
    ]).then(function (fetched) {
      helper.disconnect();
      var socketsBefore = sockets.length;
      var workspace = new Twilio.TaskRouter.Workspace(options.token);
      if (options.cutSocket) {
        workspace.once('connected', function () { setTimeout(function () { sockets[socketsBefore].close(); }, 50); });
      }
      var run = new Function('console', 'workspace', 'taskqueue', 'worker', 'workflow', 'refreshJWT', 'WORKSPACE_TOKEN', options.code);
      run(capture, workspace, fetched[0], fetched[1], fetched[2], function () { return options.refreshToken; }, options.token);
      var started = Date.now();
      var quiet = 0;
      return new Promise(function (resolve) {
        (function poll() {
          var enough = logs.length >= (options.minLogs === undefined ? 1 : options.minLogs);
          quiet = enough && inflight === 0 ? quiet + 1 : 0;
          var timedOut = Date.now() - started > (options.timeoutMs || 10000);
          if (quiet >= 4 || timedOut) {
            var result = { logs: logs, uncaught: uncaught.slice(), tokenAfter: workspace.token, timedOut: timedOut && quiet < 4 };
            workspace.disconnect();
            var failed = result.timedOut || result.uncaught.length > 0 || logs.some(function (l) { return typeof l === 'number'; });
            status.textContent = failed ? 'check failed' : 'ran';
            status.className = 'status ' + (failed ? 'failed' : 'passed');
            return resolve(result);
          }
          setTimeout(poll, 75);
        })();
      });
    });
  };
})();
