
// ---- instance-resource.js: fetch / update / delete of one REST resource ----

/**
 * Reads update arguments starting at position `start`: ("Key", "value", [cb]) or ({…}, [cb]).
 * Nested object values are sent as JSON text. Wrong shapes throw, with v1's messages.
 */
function parseUpdateArguments(args, start) {
  var first = args[start];
  var second = args[start + 1];
  var third = args[start + 2];
  var params = {};
  var completion;
  if (typeof first === 'string') {
    if (!isScalar(second)) throw new Error(ordinal(start + 2) + ' argument needs to be a string value');
    params[first] = String(second);
    completion = third;
    if (completion !== undefined && completion !== null && !isFunction(completion)) {
      throw new Error(ordinal(start + 3) + ' argument needs to be a function');
    }
  } else if (isObject(first) && !Array.isArray(first)) {
    params = stringifyNested(first);
    completion = second;
    if (completion !== undefined && completion !== null && !isFunction(completion)) {
      throw new Error(ordinal(start + 2) + ' argument needs to be a function');
    }
  } else {
    throw new Error(ordinal(start + 1) + ' argument needs to either be a string or a JSON object');
  }
  return { params: params, completion: completion || undefined };
}

/**
 * True when an instance `update` was called in the list form with a leading SID, as some examples
 * of the TaskRouter.js v1 documentation do (`activity.update("WAxxx", "FriendlyName", "x", cb)`).
 * Both shapes are errors in the instance form, and parameter names (FriendlyName) never start with
 * two capitals as SIDs (WA…) do, so reading them as "SID first" is unambiguous.
 */
function hasLeadingSid(args) {
  if (typeof args[0] !== 'string' || !/^[A-Z]{2}[0-9A-Za-z]*$/.test(args[0])) return false;
  if (isObject(args[1]) && !Array.isArray(args[1])) return true;
  return typeof args[1] === 'string' && isScalar(args[2]);
}

/** Base of every instance object: non-enumerable plumbing, then the resource's fields as properties. */
function InstanceResource(session, resourceUrl, sid) {
  Object.defineProperty(this, '_session', { value: session, enumerable: false });
  Object.defineProperty(this, 'resourceUrl', { value: resourceUrl, enumerable: false });
  Object.defineProperty(this, 'workspaceUrl', { get: function () { return session.workspaceUrl; }, enumerable: false });
  Object.defineProperty(this, 'token', { get: function () { return session.token; }, enumerable: false });
  if (sid) Object.defineProperty(this, 'sid', { value: sid, enumerable: true, configurable: true, writable: true });
}

/** Fetches the resource: completion(error, object). */
InstanceResource.prototype.fetch = function (completion) {
  if (completion !== undefined && !isFunction(completion)) throw new Error('1st argument needs to be a function');
  this._session.perform({ url: this.resourceUrl, method: 'GET' }, completion);
};

/**
 * Updates it: update("Key", "value", [cb]) or update({Key: value, …}, [cb]). On success this object
 * is refreshed in place and the callback receives a newly built object.
 */
InstanceResource.prototype.update = function () {
  var args = Array.prototype.slice.call(arguments);
  if (hasLeadingSid(args)) {
    this._session.log('update(): the instance form takes no SID; ignoring "' + args[0] + '" and updating ' + (this.sid || this.resourceUrl));
    args.shift();
  }
  var parsed = parseUpdateArguments(args, 0);
  this._session.perform({ url: this.resourceUrl, method: 'POST', params: parsed.params }, parsed.completion, { entity: this });
};

/** Deletes it: completion(error) — on success the error is null. */
InstanceResource.prototype['delete'] = function (completion) {
  if (completion !== undefined && completion !== null && !isFunction(completion)) throw new Error('1st argument needs to be a function');
  this._session.perform({ url: this.resourceUrl, method: 'DELETE' }, completion);
};

/** Defines `name` as a read-only, non-enumerable member (child lists, statistics). */
function defineMember(object, name, value) {
  Object.defineProperty(object, name, { value: value, enumerable: false, configurable: false, writable: false });
}

/** Adds the statistics, realtimeStats and cumulativeStats members of a workspace, queue or workflow. */
function defineStatisticsMembers(object, baseUrl) {
  defineMember(object, 'statistics', new StatisticsResource(object._session, baseUrl + '/Statistics'));
  defineMember(object, 'realtimeStats', new StatisticsResource(object._session, baseUrl + '/RealTimeStatistics'));
  defineMember(object, 'cumulativeStats', new StatisticsResource(object._session, baseUrl + '/CumulativeStatistics'));
}
