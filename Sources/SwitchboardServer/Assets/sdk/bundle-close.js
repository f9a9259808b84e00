
var TaskRouter = {
  Workspace: WorkspaceClient,
  TaskQueue: TaskQueueClient,
  version: SDK_VERSION,
  defaults: DEFAULT_BASES
};

if (root) {
  root.Twilio = root.Twilio || {};
  root.Twilio.TaskRouter = TaskRouter;
}
if (typeof define === 'function' && define.amd) {
  define([], function () { return TaskRouter; });
} else if (typeof module === 'object' && module && module.exports) {
  module.exports = TaskRouter;
}

})(typeof window !== 'undefined' ? window : (typeof self !== 'undefined' ? self : this));
