
// ---- util.js: small helpers and the default base URLs ----

function isFunction(value) { return typeof value === 'function'; }

function isObject(value) { return value !== null && typeof value === 'object'; }

function isScalar(value) {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/** "friendly_name" -> "friendlyName"; keys without underscores are kept. */
function camelCase(key) {
  return String(key).replace(/_([a-zA-Z0-9])/g, function (match, letter) { return letter.toUpperCase(); });
}

/** 1 -> "1st", 2 -> "2nd", 3 -> "3rd", 4 -> "4th" (argument positions in error messages). */
function ordinal(n) {
  var suffix = n === 1 ? 'st' : n === 2 ? 'nd' : n === 3 ? 'rd' : 'th';
  return n + suffix;
}

/** A copy of `params` whose nested object values are JSON text (arrays stay arrays, undefined/null dropped). */
function stringifyNested(params) {
  var copy = {};
  Object.keys(params).forEach(function (key) {
    var value = params[key];
    if (value === undefined || value === null) return;
    if (isObject(value) && !Array.isArray(value) && !(value instanceof Date)) {
      copy[key] = JSON.stringify(value);
    } else if (value instanceof Date) {
      copy[key] = value.toISOString().replace(/\.\d{3}Z$/, 'Z');
    } else {
      copy[key] = value;
    }
  });
  return copy;
}

/** Removes one trailing slash. */
function trimSlash(url) { return String(url).replace(/\/+$/, ''); }

/** Where this script was loaded from: "https://host[:port][/prefix]" (the part before /sdk/taskrouter.js). */
function scriptBase() {
  if (typeof document === 'undefined') return null;
  var candidates = [];
  if (document.currentScript && document.currentScript.src) candidates.push(document.currentScript.src);
  var scripts = document.getElementsByTagName ? document.getElementsByTagName('script') : [];
  for (var i = 0; i < scripts.length; i++) if (scripts[i].src) candidates.push(scripts[i].src);
  for (var j = 0; j < candidates.length; j++) {
    var match = /^(https?:\/\/[^?#]*?)\/sdk\/taskrouter(\.min)?\.js(?:[?#].*)?$/.exec(candidates[j]);
    if (match) return match[1];
  }
  if (typeof location !== 'undefined' && /^https?:/.test(location.protocol)) return location.protocol + '//' + location.host;
  return null;
}

var LOADED_FROM = scriptBase();

/** The base URLs used when the constructor gets none: the server this script was loaded from. */
var DEFAULT_BASES = {
  apiBaseUrl: LOADED_FROM ? LOADED_FROM + '/v1' : 'https://taskrouter.twilio.com/v1',
  eventBridgeBaseUrl: LOADED_FROM || 'https://event-bridge.twilio.com'
};

/** Applies a Twilio region ("ie1-ix") to Twilio's own event-bridge host only; custom hosts are kept. */
function regionalEventBridge(base, region) {
  if (!region) return base;
  var match = /^(https?:\/\/)event-bridge\.twilio\.com(.*)$/.exec(base);
  return match ? match[1] + 'event-bridge.' + region + '.us1.twilio.com' + match[2] : base;
}

/** The websocket URL of an http(s) URL: http -> ws, https -> wss. */
function socketUrlOf(httpUrl) { return String(httpUrl).replace(/^http(s?):/i, 'ws$1:'); }

/** setTimeout that also works for delays beyond the 24.8-day limit of browsers' timers. */
function setLongTimeout(fn, ms) {
  var handle = { id: null };
  var MAX = 2147483647;
  var deadline = Date.now() + Math.max(0, ms);
  (function arm() {
    var left = deadline - Date.now();
    handle.id = setTimeout(left > MAX ? arm : fn, Math.max(0, Math.min(left, MAX)));
  })();
  return handle;
}

function clearLongTimeout(handle) { if (handle && handle.id !== null) clearTimeout(handle.id); }
