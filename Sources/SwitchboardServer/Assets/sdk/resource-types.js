
// ---- resource-types.js: the instance objects, one per TaskRouter resource ----

function inherit(Child, Parent) {
  Child.prototype = Object.create(Parent.prototype);
  Object.defineProperty(Child.prototype, 'constructor', { value: Child, enumerable: false, writable: true });
}

/** A Workspace (the argument of `ready`, and the `workspace` of other objects). */
function WorkspaceResource(session, sid) {
  var url = session.apiBaseUrl + '/Workspaces/' + (sid || session.claims.workspace_sid);
  InstanceResource.call(this, session, url, sid);
  defineWorkspaceMembers(this, url);
}
inherit(WorkspaceResource, InstanceResource);

/** The lists and statistics of a workspace (shared by the resource object and the client). */
function defineWorkspaceMembers(object, url) {
  var session = object._session;
  defineMember(object, 'activities', new ListResource(session, url + '/Activities'));
  defineMember(object, 'workflows', new ListResource(session, url + '/Workflows'));
  var queues = new ListResource(session, url + '/TaskQueues');
  defineStatisticsMembers(queues, url + '/TaskQueues');
  defineMember(object, 'taskqueues', queues);
  var workers = new ListResource(session, url + '/Workers');
  defineStatisticsMembers(workers, url + '/Workers');
  defineMember(object, 'workers', workers);
  defineMember(object, 'tasks', new ListResource(session, url + '/Tasks'));
  defineMember(object, 'taskchannels', new ListResource(session, url + '/TaskChannels'));
  defineMember(object, 'events', new ListResource(session, url + '/Events'));
  defineStatisticsMembers(object, url);
}

function Activity(session, sid, workspaceUrl) {
  InstanceResource.call(this, session, (workspaceUrl || session.workspaceUrl) + '/Activities/' + sid, sid);
}
inherit(Activity, InstanceResource);

function Workflow(session, sid, workspaceUrl) {
  InstanceResource.call(this, session, (workspaceUrl || session.workspaceUrl) + '/Workflows/' + sid, sid);
  defineStatisticsMembers(this, this.resourceUrl);
}
inherit(Workflow, InstanceResource);

function TaskQueue(session, sid, workspaceUrl) {
  InstanceResource.call(this, session, (workspaceUrl || session.workspaceUrl) + '/TaskQueues/' + sid, sid);
  defineStatisticsMembers(this, this.resourceUrl);
}
inherit(TaskQueue, InstanceResource);

function Worker(session, sid, workspaceUrl) {
  InstanceResource.call(this, session, (workspaceUrl || session.workspaceUrl) + '/Workers/' + sid, sid);
  defineMember(this, 'statistics', new StatisticsResource(session, this.resourceUrl + '/Statistics'));
  defineMember(this, 'reservations', new ListResource(session, this.resourceUrl + '/Reservations'));
  defineMember(this, 'channels', new ListResource(session, this.resourceUrl + '/Channels'));
}
inherit(Worker, InstanceResource);

function Task(session, sid, workspaceUrl) {
  InstanceResource.call(this, session, (workspaceUrl || session.workspaceUrl) + '/Tasks/' + sid, sid);
  defineMember(this, 'reservations', new ListResource(session, this.resourceUrl + '/Reservations'));
}
inherit(Task, InstanceResource);

/** Completes the task: POST AssignmentStatus=completed (and Reason when given). */
Task.prototype.complete = function (completion, reason) {
  if (typeof completion === 'string' && (reason === undefined || isFunction(reason))) {
    var swap = completion; completion = reason; reason = swap; // complete("reason", cb)
  }
  var params = { AssignmentStatus: 'completed' };
  if (reason !== undefined && reason !== null) params.Reason = reason;
  this._session.perform({ url: this.resourceUrl, method: 'POST', params: params }, completion);
};

function TaskChannel(session, sid, workspaceUrl) {
  InstanceResource.call(this, session, (workspaceUrl || session.workspaceUrl) + '/TaskChannels/' + sid, sid);
}
inherit(TaskChannel, InstanceResource);

function WorkerChannel(session, workerSid, sid, workspaceUrl) {
  InstanceResource.call(this, session, (workspaceUrl || session.workspaceUrl) + '/Workers/' + workerSid + '/Channels/' + sid, sid);
}
inherit(WorkerChannel, InstanceResource);

/** A Reservation, at Tasks/{task}/Reservations/{sid} (or Workers/{worker}/Reservations/{sid} without a task SID). */
function Reservation(session, sid, taskSid, workspaceUrl, workerSid) {
  var base = workspaceUrl || session.workspaceUrl;
  var url = taskSid ? base + '/Tasks/' + taskSid + '/Reservations/' + sid : base + '/Workers/' + workerSid + '/Reservations/' + sid;
  InstanceResource.call(this, session, url, sid);
  if (taskSid) Object.defineProperty(this, 'task', { value: new Task(session, taskSid, workspaceUrl), enumerable: false, configurable: true, writable: true });
}
inherit(Reservation, InstanceResource);

/** Posts reservation parameters; undefined values are left out. */
Reservation.prototype._instruct = function (params, completion) {
  var clean = {};
  Object.keys(params).forEach(function (key) { if (params[key] !== undefined && params[key] !== null) clean[key] = params[key]; });
  this._session.perform({ url: this.resourceUrl, method: 'POST', params: clean }, completion);
};

Reservation.prototype.accept = function (completion) {
  this._instruct({ ReservationStatus: 'accepted' }, completion);
};

/** reject([activitySid], [cb]): WorkerActivitySid moves the worker after rejecting. */
Reservation.prototype.reject = function (activitySid, completion) {
  if (isFunction(activitySid)) { completion = activitySid; activitySid = undefined; }
  this._instruct({ ReservationStatus: 'rejected', WorkerActivitySid: activitySid }, completion);
};

Reservation.prototype.dequeue = function (from, postWorkActivitySid, record, timeout, statusCallbackUrl, statusCallbackEvents, to, completion) {
  this._instruct({
    Instruction: 'dequeue', DequeueFrom: from, DequeuePostWorkActivitySid: postWorkActivitySid, DequeueRecord: record,
    DequeueTimeout: timeout, DequeueStatusCallbackUrl: statusCallbackUrl, DequeueStatusCallbackEvent: statusCallbackEvents, DequeueTo: to
  }, lastFunction(arguments));
};

Reservation.prototype.call = function (from, url, statusCallbackUrl, accept, record, to, completion) {
  this._instruct({
    Instruction: 'call', CallFrom: from, CallUrl: url, CallStatusCallbackUrl: statusCallbackUrl,
    CallAccept: accept, CallRecord: record, CallTo: to
  }, lastFunction(arguments));
};

Reservation.prototype.redirect = function (callSid, url, accept, completion) {
  this._instruct({ Instruction: 'redirect', RedirectCallSid: callSid, RedirectUrl: url, RedirectAccept: accept }, lastFunction(arguments));
};

/** conference([from], [postWorkActivitySid], [timeout], [to], [cb], [options]): options adds any Conference parameter. */
Reservation.prototype.conference = function (from, postWorkActivitySid, timeout, to, completion, options) {
  var params = { Instruction: 'conference', From: from, PostWorkActivitySid: postWorkActivitySid, Timeout: timeout, To: to };
  if (isObject(options)) Object.keys(options).forEach(function (key) { params[key] = options[key]; });
  this._instruct(params, isFunction(completion) ? completion : undefined);
};

/** The last function among the arguments (callbacks may come early when optional values are left out). */
function lastFunction(args) {
  for (var i = args.length - 1; i >= 0; i--) if (isFunction(args[i])) return args[i];
  return undefined;
}
