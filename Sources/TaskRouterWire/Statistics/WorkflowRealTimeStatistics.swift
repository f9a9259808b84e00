/// Current statistics of one Workflow (`{WS}/Workflows/{WorkflowSid}/RealTimeStatistics`).
///
/// Wire schema `taskrouter.v1.workspace.workflow.workflow_real_time_statistics`;
/// every field is always present in the JSON, `null` when nil.
public struct WorkflowRealTimeStatistics: Codable, Hashable, Sendable, WireEncodable {
    /// `account_sid`: the SID of the owning Account (`AC…`).
    public var accountSid: String?
    /// `longest_task_waiting_age`: seconds the oldest waiting task has waited.
    public var longestTaskWaitingAge: Int
    /// `longest_task_waiting_sid`: the SID of the oldest waiting task.
    public var longestTaskWaitingSid: String?
    /// `tasks_by_priority`: task counts keyed by priority (as a string).
    public var tasksByPriority: [String: Int]?
    /// `tasks_by_status`: task counts by assignment status.
    public var tasksByStatus: TasksByStatus?
    /// `total_tasks`: the number of tasks.
    public var totalTasks: Int
    /// `workflow_sid`: the SID of the Workflow (`WW…`).
    public var workflowSid: String?
    /// `workspace_sid`: the SID of the Workspace (`WS…`).
    public var workspaceSid: String?
    /// `url`: the absolute URL of this resource.
    public var url: String?

    /// Creates the value from its fields; optional fields default to nil, counts to 0.
    public init(
        accountSid: String? = nil,
        longestTaskWaitingAge: Int = 0,
        longestTaskWaitingSid: String? = nil,
        tasksByPriority: [String: Int]? = nil,
        tasksByStatus: TasksByStatus? = nil,
        totalTasks: Int = 0,
        workflowSid: String? = nil,
        workspaceSid: String? = nil,
        url: String? = nil
    ) {
        self.accountSid = accountSid
        self.longestTaskWaitingAge = longestTaskWaitingAge
        self.longestTaskWaitingSid = longestTaskWaitingSid
        self.tasksByPriority = tasksByPriority
        self.tasksByStatus = tasksByStatus
        self.totalTasks = totalTasks
        self.workflowSid = workflowSid
        self.workspaceSid = workspaceSid
        self.url = url
    }
}

extension WorkflowRealTimeStatistics {
    /// Creates the stand-alone statistics from the section shared with the combined endpoint.
    public init(
        accountSid: String?,
        workflowSid: String?,
        workspaceSid: String?,
        url: String?,
        section: WorkflowStatistics.RealTime
    ) {
        self.init(
            accountSid: accountSid,
            longestTaskWaitingAge: section.longestTaskWaitingAge,
            longestTaskWaitingSid: section.longestTaskWaitingSid,
            tasksByPriority: section.tasksByPriority,
            tasksByStatus: section.tasksByStatus,
            totalTasks: section.totalTasks,
            workflowSid: workflowSid,
            workspaceSid: workspaceSid,
            url: url
        )
    }

    /// The fields shared with the combined endpoint's `realtime` object.
    public var section: WorkflowStatistics.RealTime {
        WorkflowStatistics.RealTime(
            longestTaskWaitingAge: longestTaskWaitingAge,
            longestTaskWaitingSid: longestTaskWaitingSid,
            tasksByPriority: tasksByPriority,
            tasksByStatus: tasksByStatus,
            totalTasks: totalTasks
        )
    }
}
