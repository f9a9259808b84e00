/// Combined statistics of one TaskQueue (`{WS}/TaskQueues/{TaskQueueSid}/Statistics`).
///
/// Wire schema `taskrouter.v1.workspace.task_queue.task_queue_statistics`;
/// every field is always present in the JSON, `null` when nil.
public struct TaskQueueStatistics: Codable, Hashable, Sendable, WireEncodable {
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
    /// `url`: the absolute URL of this resource.
    public var url: String?

    /// Creates the value from its fields; optional fields default to nil, counts to 0.
    public init(
        accountSid: String? = nil,
        cumulative: TaskQueueStatistics.Cumulative? = nil,
        realtime: TaskQueueStatistics.RealTime? = nil,
        taskQueueSid: String? = nil,
        workspaceSid: String? = nil,
        url: String? = nil
    ) {
        self.accountSid = accountSid
        self.cumulative = cumulative
        self.realtime = realtime
        self.taskQueueSid = taskQueueSid
        self.workspaceSid = workspaceSid
        self.url = url
    }
}
