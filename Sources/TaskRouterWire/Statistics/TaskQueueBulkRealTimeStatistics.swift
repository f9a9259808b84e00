/// Current statistics of several TaskQueues (`POST {WS}/TaskQueues/RealTimeStatistics`).
///
/// Wire schema `taskrouter.v1.workspace.task_queue.task_queue_bulk_real_time_statistics`;
/// every field is always present in the JSON, `null` when nil.
public struct TaskQueueBulkRealTimeStatistics: Codable, Hashable, Sendable, WireEncodable {
    /// `account_sid`: the SID of the owning Account (`AC…`).
    public var accountSid: String?
    /// `workspace_sid`: the SID of the Workspace (`WS…`).
    public var workspaceSid: String?
    /// `task_queue_data`: statistics per requested queue.
    public var taskQueueData: [TaskQueueBulkRealTimeStatistics.Item]?
    /// `task_queue_response_count`: the number of queues in `task_queue_data`.
    public var taskQueueResponseCount: Int
    /// `url`: the absolute URL of this resource.
    public var url: String?

    /// Creates the value from its fields; optional fields default to nil, counts to 0.
    public init(
        accountSid: String? = nil,
        workspaceSid: String? = nil,
        taskQueueData: [TaskQueueBulkRealTimeStatistics.Item]? = nil,
        taskQueueResponseCount: Int = 0,
        url: String? = nil
    ) {
        self.accountSid = accountSid
        self.workspaceSid = workspaceSid
        self.taskQueueData = taskQueueData
        self.taskQueueResponseCount = taskQueueResponseCount
        self.url = url
    }
}
