public import Foundation

extension TaskQueueStatistics {
    /// The `cumulative` object of ``TaskQueueStatistics`` and ``TaskQueuesStatisticsItem``.
    public struct Cumulative: Codable, Hashable, Sendable, WireEncodable {
        /// `avg_task_acceptance_time`: average seconds from task creation to acceptance.
        public var avgTaskAcceptanceTime: Int
        /// `start_time`: the start of the statistics window.
        public var startTime: Date?
        /// `end_time`: the end of the statistics window.
        public var endTime: Date?
        /// `reservations_created`: reservations created in the window.
        public var reservationsCreated: Int
        /// `reservations_accepted`: reservations accepted in the window.
        public var reservationsAccepted: Int
        /// `reservations_rejected`: reservations rejected in the window.
        public var reservationsRejected: Int
        /// `reservations_timed_out`: reservations timed out in the window.
        public var reservationsTimedOut: Int
        /// `reservations_canceled`: reservations canceled in the window.
        public var reservationsCanceled: Int
        /// `reservations_rescinded`: reservations rescinded in the window.
        public var reservationsRescinded: Int
        /// `split_by_wait_time`: counts above/below each requested wait-time threshold, keyed by threshold (seconds).
        public var splitByWaitTime: [String: WaitTimeSplit]?
        /// `wait_duration_until_accepted`: wait time of tasks until acceptance.
        public var waitDurationUntilAccepted: WaitDuration?
        /// `wait_duration_until_canceled`: wait time of tasks until cancelation.
        public var waitDurationUntilCanceled: WaitDuration?
        /// `wait_duration_in_queue_until_accepted`: wait time in this queue until acceptance.
        public var waitDurationInQueueUntilAccepted: WaitDuration?
        /// `tasks_canceled`: tasks canceled in the window.
        public var tasksCanceled: Int
        /// `tasks_completed`: tasks completed in the window.
        public var tasksCompleted: Int
        /// `tasks_deleted`: tasks deleted in the window.
        public var tasksDeleted: Int
        /// `tasks_entered`: tasks that entered in the window.
        public var tasksEntered: Int
        /// `tasks_moved`: tasks moved to another queue or workflow in the window.
        public var tasksMoved: Int

        /// Creates the value from its fields; optional fields default to nil, counts to 0.
        public init(
            avgTaskAcceptanceTime: Int = 0,
            startTime: Date? = nil,
            endTime: Date? = nil,
            reservationsCreated: Int = 0,
            reservationsAccepted: Int = 0,
            reservationsRejected: Int = 0,
            reservationsTimedOut: Int = 0,
            reservationsCanceled: Int = 0,
            reservationsRescinded: Int = 0,
            splitByWaitTime: [String: WaitTimeSplit]? = nil,
            waitDurationUntilAccepted: WaitDuration? = nil,
            waitDurationUntilCanceled: WaitDuration? = nil,
            waitDurationInQueueUntilAccepted: WaitDuration? = nil,
            tasksCanceled: Int = 0,
            tasksCompleted: Int = 0,
            tasksDeleted: Int = 0,
            tasksEntered: Int = 0,
            tasksMoved: Int = 0
        ) {
            self.avgTaskAcceptanceTime = avgTaskAcceptanceTime
            self.startTime = startTime
            self.endTime = endTime
            self.reservationsCreated = reservationsCreated
            self.reservationsAccepted = reservationsAccepted
            self.reservationsRejected = reservationsRejected
            self.reservationsTimedOut = reservationsTimedOut
            self.reservationsCanceled = reservationsCanceled
            self.reservationsRescinded = reservationsRescinded
            self.splitByWaitTime = splitByWaitTime
            self.waitDurationUntilAccepted = waitDurationUntilAccepted
            self.waitDurationUntilCanceled = waitDurationUntilCanceled
            self.waitDurationInQueueUntilAccepted = waitDurationInQueueUntilAccepted
            self.tasksCanceled = tasksCanceled
            self.tasksCompleted = tasksCompleted
            self.tasksDeleted = tasksDeleted
            self.tasksEntered = tasksEntered
            self.tasksMoved = tasksMoved
        }
    }
}
