/// A counted fact of the cumulative statistics; its raw value is the event type that records it
/// (routing-semantics §5.3, §6.3).
public enum StatisticsMetric: String, Sendable, CaseIterable, Hashable {
    case reservationCreated = "reservation.created"
    /// Carries the wait until acceptance and the wait in the queue.
    case reservationAccepted = "reservation.accepted"
    case reservationRejected = "reservation.rejected"
    case reservationTimedOut = "reservation.timeout"
    case reservationCanceled = "reservation.canceled"
    case reservationRescinded = "reservation.rescinded"
    case taskCreated = "task.created"
    case workflowEntered = "workflow.entered"
    /// Counted for the queue entered.
    case queueEntered = "task-queue.entered"
    /// Counted for the queue the task left.
    case taskMoved = "task-queue.moved"
    /// Carries the wait until cancellation.
    case taskCanceled = "task.canceled"
    case taskCompleted = "task.completed"
    case taskDeleted = "task.deleted"
    case taskSystemDeleted = "task.system-deleted"
    case workflowTimedOut = "workflow.timeout"

    /// The six reservation outcomes counted for workers.
    public static let reservationMetrics: [StatisticsMetric] = [
        .reservationCreated, .reservationAccepted, .reservationRejected, .reservationTimedOut,
        .reservationCanceled, .reservationRescinded,
    ]
}

/// How often a metric happened in a window, and the durations it carries.
public struct MetricTotals: Sendable, Hashable {
    public var count: Int
    /// Wait from task creation (accepted, canceled).
    public var wait: DurationAggregate
    /// Wait from queue entry (accepted).
    public var queueWait: DurationAggregate

    public init(count: Int = 0, wait: DurationAggregate = DurationAggregate(), queueWait: DurationAggregate = DurationAggregate()) {
        self.count = count
        self.wait = wait
        self.queueWait = queueWait
    }

    public mutating func merge(_ other: MetricTotals) {
        count += other.count
        wait.merge(other.wait)
        queueWait.merge(other.queueWait)
    }
}
