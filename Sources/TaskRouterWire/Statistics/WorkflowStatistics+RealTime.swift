extension WorkflowStatistics {
    /// The `realtime` object of ``WorkflowStatistics``.
    public struct RealTime: Codable, Hashable, Sendable, WireEncodable {
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

        /// Creates the value from its fields; optional fields default to nil, counts to 0.
        public init(
            longestTaskWaitingAge: Int = 0,
            longestTaskWaitingSid: String? = nil,
            tasksByPriority: [String: Int]? = nil,
            tasksByStatus: TasksByStatus? = nil,
            totalTasks: Int = 0
        ) {
            self.longestTaskWaitingAge = longestTaskWaitingAge
            self.longestTaskWaitingSid = longestTaskWaitingSid
            self.tasksByPriority = tasksByPriority
            self.tasksByStatus = tasksByStatus
            self.totalTasks = totalTasks
        }
    }
}
