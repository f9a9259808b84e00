extension TaskQueueBulkRealTimeStatistics {
    /// Current statistics of one queue, an item of `task_queue_data`.
    public struct Item: Codable, Hashable, Sendable, WireEncodable {
        /// `task_queue_sid`: the SID of the TaskQueue (`WQ…`).
        public var taskQueueSid: String?
        /// `total_available_workers`: the number of eligible workers that are available.
        public var totalAvailableWorkers: Int
        /// `total_eligible_workers`: the number of workers eligible for the queue.
        public var totalEligibleWorkers: Int
        /// `total_tasks`: the number of tasks.
        public var totalTasks: Int
        /// `longest_task_waiting_age`: seconds the oldest waiting task has waited.
        public var longestTaskWaitingAge: Int
        /// `longest_task_waiting_sid`: the SID of the oldest waiting task.
        public var longestTaskWaitingSid: String?
        /// `tasks_by_status`: task counts by assignment status.
        public var tasksByStatus: TasksByStatus?
        /// `tasks_by_priority`: task counts keyed by priority (as a string).
        public var tasksByPriority: [String: Int]?
        /// `activity_statistics`: workers per Activity.
        public var activityStatistics: [ActivityStatistic]?

        /// Creates the value from its fields; optional fields default to nil, counts to 0.
        public init(
            taskQueueSid: String? = nil,
            totalAvailableWorkers: Int = 0,
            totalEligibleWorkers: Int = 0,
            totalTasks: Int = 0,
            longestTaskWaitingAge: Int = 0,
            longestTaskWaitingSid: String? = nil,
            tasksByStatus: TasksByStatus? = nil,
            tasksByPriority: [String: Int]? = nil,
            activityStatistics: [ActivityStatistic]? = nil
        ) {
            self.taskQueueSid = taskQueueSid
            self.totalAvailableWorkers = totalAvailableWorkers
            self.totalEligibleWorkers = totalEligibleWorkers
            self.totalTasks = totalTasks
            self.longestTaskWaitingAge = longestTaskWaitingAge
            self.longestTaskWaitingSid = longestTaskWaitingSid
            self.tasksByStatus = tasksByStatus
            self.tasksByPriority = tasksByPriority
            self.activityStatistics = activityStatistics
        }
    }
}
