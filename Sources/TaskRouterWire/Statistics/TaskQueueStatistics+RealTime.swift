extension TaskQueueStatistics {
    /// The `realtime` object of ``TaskQueueStatistics`` and ``TaskQueuesStatisticsItem``.
    public struct RealTime: Codable, Hashable, Sendable, WireEncodable {
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

        /// Creates the value from its fields; optional fields default to nil, counts to 0.
        public init(
            activityStatistics: [ActivityStatistic]? = nil,
            longestTaskWaitingAge: Int = 0,
            longestTaskWaitingSid: String? = nil,
            longestRelativeTaskAgeInQueue: Int = 0,
            longestRelativeTaskSidInQueue: String? = nil,
            tasksByPriority: [String: Int]? = nil,
            tasksByStatus: TasksByStatus? = nil,
            totalAvailableWorkers: Int = 0,
            totalEligibleWorkers: Int = 0,
            totalTasks: Int = 0
        ) {
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
        }
    }
}
