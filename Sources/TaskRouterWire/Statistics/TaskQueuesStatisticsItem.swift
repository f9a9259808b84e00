/// One item of the `task_queues_statistics` list (`{WS}/TaskQueues/Statistics`); it has no `url`.
///
/// Wire schema `taskrouter.v1.workspace.task_queue.task_queues_statistics`;
/// every field is always present in the JSON, `null` when nil.
public struct TaskQueuesStatisticsItem: Codable, Hashable, Sendable, WireEncodable {
    /// `account_sid`: the SID of the owning Account (`AC…`).
    public var accountSid: String?
    /// `cumulative`: statistics over the window.
    public var cumulative: TaskQueueStatistics.Cumulative?
    /// `realtime`: current statistics.
    public var realtime: TaskQueueStatistics.RealTime?
    /// `task_queue_sid`: the SID of the TaskQueue (`WQ…`).
    public var taskQueueSid: String?
    /// `workspace_sid`: the SID of the Workspace (`WS…`).
    public var workspaceSid: String?

    /// Creates the value from its fields; optional fields default to nil, counts to 0.
    public init(
        accountSid: String? = nil,
        cumulative: TaskQueueStatistics.Cumulative? = nil,
        realtime: TaskQueueStatistics.RealTime? = nil,
        taskQueueSid: String? = nil,
        workspaceSid: String? = nil
    ) {
        self.accountSid = accountSid
        self.cumulative = cumulative
        self.realtime = realtime
        self.taskQueueSid = taskQueueSid
        self.workspaceSid = workspaceSid
    }
}
