
// ---- entities.js: which SDK object a REST payload becomes ----

/** An instance object for a payload with a recognised `sid` prefix, or null. */
function instanceFor(payload, session) {
  var sid = payload.sid;
  var workspaceUrl = payload.workspace_sid ? session.apiBaseUrl + '/Workspaces/' + payload.workspace_sid : undefined;
  switch (sid.substring(0, 2)) {
    case 'WS': return new WorkspaceResource(session, sid);
    case 'WW': return new Workflow(session, sid, workspaceUrl);
    case 'WQ': return new TaskQueue(session, sid, workspaceUrl);
    case 'WK': return new Worker(session, sid, workspaceUrl);
    case 'WA': return new Activity(session, sid, workspaceUrl);
    case 'WT': return new Task(session, sid, workspaceUrl);
    case 'TC': return new TaskChannel(session, sid, workspaceUrl);
    case 'WR':
      if (payload.task_sid) return new Reservation(session, sid, payload.task_sid, workspaceUrl);
      if (payload.worker_sid) return new Reservation(session, sid, null, workspaceUrl, payload.worker_sid);
      return null;
    case 'WC':
      return payload.worker_sid ? new WorkerChannel(session, payload.worker_sid, sid, workspaceUrl) : null;
  }
  return null;
}

/** A statistics payload as a plain object with camelCase properties (nested objects included). */
function buildStatistics(payload) {
  var stats = {};
  setProperties(stats, payload, null);
  return stats;
}

/**
 * A statistics list (meta.key contains "statistics", e.g. TaskQueues/Statistics): an object keyed
 * "0", "1", … as TaskRouter.js v1 returns it, with non-enumerable length and paging fields.
 */
function buildStatisticsList(payload) {
  var items = payload[payload.meta.key] || [];
  var list = {};
  items.forEach(function (item, index) { list[index] = buildStatistics(item); });
  Object.defineProperty(list, 'length', { value: items.length, enumerable: false });
  Object.defineProperty(list, 'page', { value: payload.meta.page, enumerable: false });
  Object.defineProperty(list, 'pageSize', { value: payload.meta.page_size, enumerable: false });
  return list;
}

/** True for a statistics payload: it has realtime/cumulative parts or a …Statistics url. */
function isStatisticsPayload(payload) {
  return !!(payload.cumulative || payload.realtime || (typeof payload.url === 'string' && payload.url.indexOf('Statistics') !== -1));
}

/** One list item: an instance object when the sid is recognised, else a camelCased plain object. */
function listItem(element, session) {
  if (!isObject(element)) return element;
  var entity = typeof element.sid === 'string' ? instanceFor(element, session) : null;
  return entity ? setProperties(entity, element, session) : setProperties({}, element, session);
}

/**
 * A page of a list: a list object (with fetch/create/update/delete) carrying `data`, `page`,
 * `pageSize`, `hasNext`/`next(cb)` and `hasPrevious`/`previous(cb)`. Any meta.key works.
 */
function buildListPage(payload, session, listUrl) {
  var meta = payload.meta;
  var url = listUrl || String(meta.url || '').split('?')[0];
  var page = new ListResource(session, url);
  if (/\/(TaskQueues|Workers)$/.test(url)) defineStatisticsMembers(page, url);
  var items = Array.isArray(payload[meta.key]) ? payload[meta.key] : [];
  var data = items.map(function (element) { return listItem(element, session); });
  function pager(pageUrl) {
    return function (completion) {
      session.perform({ url: pageUrl, method: 'GET' }, completion, {
        convert: function (next) { return next && next.meta ? buildListPage(next, session, url) : createEntity(next, session); }
      });
    };
  }
  Object.defineProperty(page, 'data', { value: data, enumerable: true });
  Object.defineProperty(page, 'page', { value: meta.page, enumerable: true });
  Object.defineProperty(page, 'pageSize', { value: meta.page_size, enumerable: true });
  Object.defineProperty(page, 'hasNext', { value: !!meta.next_page_url, enumerable: true });
  Object.defineProperty(page, 'hasPrevious', { value: !!meta.previous_page_url, enumerable: true });
  if (meta.next_page_url) Object.defineProperty(page, 'next', { value: pager(meta.next_page_url), enumerable: true });
  if (meta.previous_page_url) Object.defineProperty(page, 'previous', { value: pager(meta.previous_page_url), enumerable: true });
  return page;
}

/**
 * The SDK object for any REST payload: an instance object (by sid prefix), a list page, a
 * statistics object, or undefined (the caller then hands out the raw payload).
 */
function createEntity(payload, session) {
  if (!isObject(payload) || Array.isArray(payload)) return undefined;
  if (typeof payload.sid === 'string') {
    var entity = instanceFor(payload, session);
    return entity ? setProperties(entity, payload, session) : undefined;
  }
  if (payload.meta && typeof payload.meta.key === 'string') {
    return payload.meta.key.indexOf('statistics') !== -1 ? buildStatisticsList(payload) : buildListPage(payload, session);
  }
  if (isStatisticsPayload(payload)) return buildStatistics(payload);
  return undefined;
}

/** Fetches a reservation's task and sets it as `reservation.task` (v1 does this before calling back). */
function attachTask(reservation, done) {
  new Task(reservation._session, reservation.taskSid).fetch(function (error, task) {
    if (!error && task) {
      Object.defineProperty(reservation, 'task', { value: task, enumerable: true, configurable: true, writable: true });
    }
    done();
  });
}
