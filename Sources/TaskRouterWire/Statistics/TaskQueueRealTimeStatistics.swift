/// Current statistics of one TaskQueue (`{WS}/TaskQueues/{TaskQueueSid}/RealTimeStatistics`).
///
/// Wire schema `taskrouter.v1.workspace.task_queue.task_queue_real_time_statistics`;
/// every field is always present in the JSON, `null` when nil.
public struct TaskQueueRealTimeStatistics: Codable, Hashable, Sendable, WireEncodable {
    /// `account_sid`: the SID of the owning Account (`AC…`).
    public var accountSid: String?
    /// `activity_statistics`: workers per Activity.
    public var activityStatistics: [ActivityStatistic]?
    /// `longest_task_waiting_age`: seconds the oldest waiting task has waited.
    public var longestTaskWaitingAge: Int
    /// `longest_task_waiting_sid`: the SID of the oldest waiting task.
    public var longestTaskWaitingSid: String?
    /// `longest_relative_task_age_in_queue`: seconds the longest-waiting task has been in this queue.
    public var longestRelativeTaskAgeInQueue: Int
    /// `longest_relative_task_sid_in_queue`: the SID of the task longest in this queue.
    public var longestRelativeTaskSidInQueue: String?
    /// `tasks_by_priority`: task counts keyed by priority (as a string).
    public var tasksByPriority: [String: Int]?
    /// `tasks_by_status`: task counts by assignment status.
    public var tasksByStatus: TasksByStatus?
    /// `total_available_workers`: the number of eligible workers that are available.
    public var totalAvailableWorkers: Int
    /// `total_eligible_workers`: the number of workers eligible for the queue.
    public var totalEligibleWorkers: Int
    /// `total_tasks`: the number of tasks.
    public var totalTasks: Int
    /// `task_queue_sid`: the SID of the TaskQueue (`WQ…`).
    public var taskQueueSid: String?
    /// `workspace_sid`: the SID of the Workspace (`WS…`).
    public var workspaceSid: String?
    /// `url`: the absolute URL of this resource.
    public var url: String?

    /// Creates the value from its fields; optional fields default to nil, counts to 0.
    public init(
        accountSid: String? = nil,
        activityStatistics: [ActivityStatistic]? = nil,
        longestTaskWaitingAge: Int = 0,
        longestTaskWaitingSid: String? = nil,
        longestRelativeTaskAgeInQueue: Int = 0,
        longestRelativeTaskSidInQueue: String? = nil,
        tasksByPriority: [String: Int]? = nil,
        tasksByStatus: TasksByStatus? = nil,
        totalAvailableWorkers: Int = 0,
        totalEligibleWorkers: Int = 0,
        totalTasks: Int = 0,
        taskQueueSid: String? = nil,
        workspaceSid: String? = nil,
        url: String? = nil
    ) {
        self.accountSid = accountSid
        self.activityStatistics = activityStatistics
        self.longestTaskWaitingAge = longestTaskWaitingAge
        self.longestTaskWaitingSid = longestTaskWaitingSid
        self.longestRelativeTaskAgeInQueue = longestRelativeTaskAgeInQueue
        self.longestRelativeTaskSidInQueue = longestRelativeTaskSidInQueue
        self.tasksByPriority = tasksByPriority
        self.tasksByStatus = tasksByStatus
        self.totalAvailableWorkers = totalAvailableWorkers
        self.totalEligibleWorkers = totalEligibleWorkers
        self.totalTasks = totalTasks
        self.taskQueueSid = taskQueueSid
        self.workspaceSid = workspaceSid
        self.url = url
    }
}

extension TaskQueueRealTimeStatistics {
    /// Creates the stand-alone statistics from the section shared with the combined endpoint.
    public init(
        accountSid: String?,
        taskQueueSid: String?,
        workspaceSid: String?,
        url: String?,
        section: TaskQueueStatistics.RealTime
    ) {
        self.init(
            accountSid: accountSid,
            activityStatistics: section.activityStatistics,
            longestTaskWaitingAge: section.longestTaskWaitingAge,
            longestTaskWaitingSid: section.longestTaskWaitingSid,
            longestRelativeTaskAgeInQueue: section.longestRelativeTaskAgeInQueue,
            longestRelativeTaskSidInQueue: section.longestRelativeTaskSidInQueue,
            tasksByPriority: section.tasksByPriority,
            tasksByStatus: section.tasksByStatus,
            totalAvailableWorkers: section.totalAvailableWorkers,
            totalEligibleWorkers: section.totalEligibleWorkers,
            totalTasks: section.totalTasks,
            taskQueueSid: taskQueueSid,
            workspaceSid: workspaceSid,
            url: url
        )
    }

    /// The fields shared with the combined endpoint's `realtime` object.
    public var section: TaskQueueStatistics.RealTime {
        TaskQueueStatistics.RealTime(
            activityStatistics: activityStatistics,
            longestTaskWaitingAge: longestTaskWaitingAge,
            longestTaskWaitingSid: longestTaskWaitingSid,
            longestRelativeTaskAgeInQueue: longestRelativeTaskAgeInQueue,
            longestRelativeTaskSidInQueue: longestRelativeTaskSidInQueue,
            tasksByPriority: tasksByPriority,
            tasksByStatus: tasksByStatus,
            totalAvailableWorkers: totalAvailableWorkers,
            totalEligibleWorkers: totalEligibleWorkers,
            totalTasks: totalTasks
        )
    }
}
