
// ---- properties.js: REST JSON (snake_case) -> SDK object properties (camelCase) ----

var SKIPPED_KEYS = { reservation_sid: true, url: true, links: true };
var JSON_TEXT_KEYS = { attributes: true, configuration: true, addons: true };
var DATE_KEYS = { date_created: true, date_updated: true, date_status_changed: true };

/** Recursively camelCases the keys of objects (and of objects inside arrays); other values unchanged. */
function camelizeValue(value) {
  if (Array.isArray(value)) return value.map(camelizeValue);
  if (!isObject(value)) return value;
  var result = {};
  Object.keys(value).forEach(function (key) { result[camelCase(key)] = camelizeValue(value[key]); });
  return result;
}

/** JSON text -> value (attributes, configuration, addons); a value that is not valid JSON text is kept. */
function parseJsonText(value) {
  if (typeof value !== 'string') return value;
  try { return JSON.parse(value); } catch (e) { return value; }
}

/** ISO-8601 text or epoch seconds -> Date; null stays null. */
function toDate(value) {
  if (value === null || value === undefined || value === '') return value === '' ? null : value;
  return typeof value === 'number' ? new Date(value * 1000) : new Date(value);
}

/**
 * Sets the payload's fields on `object` as camelCase properties: attributes/configuration/addons
 * parsed from JSON text, the three date fields as Dates, url/links/reservation_sid dropped, and
 * foreign-key helpers (workflowSid -> workflow, defaultActivitySid -> defaultActivity, …) added.
 */
function setProperties(object, payload, session) {
  Object.keys(payload).forEach(function (key) {
    if (SKIPPED_KEYS[key]) return;
    var raw = payload[key];
    var value = JSON_TEXT_KEYS[key] ? parseJsonText(raw) : DATE_KEYS[key] ? toDate(raw) : camelizeValue(raw);
    var name = camelCase(key);
    var existing = Object.getOwnPropertyDescriptor(object, name);
    if (existing && !existing.configurable) return; // a member of the SDK object (activities, statistics, …)
    if (!existing && isFunction(object[name])) return; // never hide a method
    Object.defineProperty(object, name, { value: value, enumerable: true, configurable: true, writable: true });
    if (session && typeof value === 'string' && name.indexOf('Sid') > 0) setForeignKey(object, name, value, payload, session);
  });
  return object;
}

/** The helper object for a `…Sid` property, as TaskRouter.js v1 names them; null when there is none. */
function foreignKeyFor(name, sid, payload, session) {
  switch (name) {
    case 'workspaceSid': return { name: 'workspace', object: new WorkspaceResource(session, sid) };
    case 'workflowSid': return { name: 'workflow', object: new Workflow(session, sid) };
    case 'queueSid': return { name: 'queue', object: new TaskQueue(session, sid) };
    case 'workerSid': return { name: 'worker', object: new Worker(session, sid) };
    case 'taskSid': return { name: 'task', object: new Task(session, sid) };
    case 'reservationSid': {
      var taskSid = payload.task_sid || (typeof payload.sid === 'string' && payload.sid.indexOf('WT') === 0 ? payload.sid : null);
      return taskSid ? { name: 'reservation', object: new Reservation(session, sid, taskSid) } : null;
    }
  }
  if (name.toLowerCase().indexOf('activitysid') > 0) {
    return { name: name.substring(0, name.indexOf('Sid')), object: new Activity(session, sid) };
  }
  return null;
}

function setForeignKey(object, name, sid, payload, session) {
  var fk = foreignKeyFor(name, sid, payload, session);
  if (!fk || fk.name in object) return;
  Object.defineProperty(object, fk.name, { value: fk.object, enumerable: false, configurable: true, writable: true });
}
