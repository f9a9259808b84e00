
// ---- list-resource.js: a REST collection (workspace.activities, …) and the statistics objects ----

/** A collection: fetch (list, by query, or one SID), create, and update/delete by SID. */
function ListResource(session, resourceUrl) {
  Object.defineProperty(this, '_session', { value: session, enumerable: false });
  Object.defineProperty(this, 'resourceUrl', { value: resourceUrl, enumerable: false });
  Object.defineProperty(this, 'token', { get: function () { return session.token; }, enumerable: false });
}

/** The GET request of fetch(cb), fetch(params, cb) or fetch("SID", cb); wrong shapes throw. */
function parseFetchArguments(resourceUrl, args) {
  var first = args[0];
  var second = args[1];
  if (typeof first === 'string') {
    if (!isFunction(second)) throw new Error('2nd argument needs to be a function');
    return { spec: { url: resourceUrl + '/' + first, method: 'GET' }, completion: second, single: true };
  }
  if (isFunction(first)) return { spec: { url: resourceUrl, method: 'GET' }, completion: first };
  if (isObject(first) && !Array.isArray(first)) {
    if (!isFunction(second)) throw new Error('2nd argument needs to be a function');
    return { spec: { url: resourceUrl, method: 'GET', params: stringifyNested(first) }, completion: second };
  }
  throw new Error('1st argument needs to be either a callback function, query parameters, or a SID string');
}

/** fetch(cb) | fetch({Query: value}, cb) | fetch("SID", cb): a list page, or one object. */
ListResource.prototype.fetch = function () {
  var request = parseFetchArguments(this.resourceUrl, arguments);
  var session = this._session;
  var url = this.resourceUrl;
  this._session.perform(request.spec, request.completion, {
    convert: function (payload) {
      if (!request.single && isObject(payload) && payload.meta && typeof payload.meta.key === 'string' &&
          payload.meta.key.indexOf('statistics') === -1) {
        return buildListPage(payload, session, url);
      }
      return createEntity(payload, session);
    }
  });
};

/** create({Param: value, …}, cb): POST to the collection; the callback gets the new object. */
ListResource.prototype.create = function (params, completion) {
  if (!isObject(params) || Array.isArray(params)) throw new Error('1st argument needs to be a JSON object of parameters');
  if (completion !== undefined && completion !== null && !isFunction(completion)) throw new Error('2nd argument needs to be a function');
  this._session.perform({ url: this.resourceUrl, method: 'POST', params: stringifyNested(params) }, completion || undefined);
};

/** update("SID", "Key", "value", [cb]) or update("SID", {…}, [cb]). */
ListResource.prototype.update = function (sid) {
  if (typeof sid !== 'string' || !sid) throw new Error('1st argument needs to be a SID string');
  var parsed = parseUpdateArguments(arguments, 1);
  this._session.perform({ url: this.resourceUrl + '/' + sid, method: 'POST', params: parsed.params }, parsed.completion);
};

/** delete("SID", [cb]). */
ListResource.prototype['delete'] = function (sid, completion) {
  if (typeof sid !== 'string' || !sid) throw new Error('1st argument needs to be a SID string');
  if (completion !== undefined && completion !== null && !isFunction(completion)) throw new Error('2nd argument needs to be a function');
  this._session.perform({ url: this.resourceUrl + '/' + sid, method: 'DELETE' }, completion || undefined);
};

/** A statistics endpoint: fetch(cb) or fetch({Minutes: "240", …}, cb) gives a camelCase statistics object. */
function StatisticsResource(session, resourceUrl) {
  Object.defineProperty(this, '_session', { value: session, enumerable: false });
  Object.defineProperty(this, 'resourceUrl', { value: resourceUrl, enumerable: false });
}

StatisticsResource.prototype.fetch = function () {
  var request = parseFetchArguments(this.resourceUrl, arguments);
  this._session.perform(request.spec, request.completion, {
    convert: function (payload) {
      if (!isObject(payload)) return payload;
      if (payload.meta && typeof payload.meta.key === 'string') return buildStatisticsList(payload);
      return buildStatistics(payload);
    }
  });
};
