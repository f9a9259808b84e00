/// The cumulative statistics of one scope (workspace, workflow, queue or worker) over a window.
///
/// ```swift
/// let figures = try await store.cumulativeStatistics(query)[""] ?? CumulativeFigures()
/// figures.count(.reservationAccepted)   // reservations accepted in the window
/// figures.untilAccepted.average         // avg_task_acceptance_time
/// ```
public struct CumulativeFigures: Sendable, Hashable {
    public var metrics: [StatisticsMetric: MetricTotals]
    /// Waits until acceptance, newest first, at most ``maximumWaitSamples`` (for `split_by_wait_time`).
    public var acceptedWaits: [Int]
    /// Waits until cancellation, newest first, at most ``maximumWaitSamples``.
    public var canceledWaits: [Int]

    /// Twilio considers at most 10,000 tasks per threshold of `SplitByWaitTime`.
    public static let maximumWaitSamples = 10_000

    public init(metrics: [StatisticsMetric: MetricTotals] = [:], acceptedWaits: [Int] = [], canceledWaits: [Int] = []) {
        self.metrics = metrics
        self.acceptedWaits = acceptedWaits
        self.canceledWaits = canceledWaits
    }

    /// How often `metric` happened.
    public func count(_ metric: StatisticsMetric) -> Int { metrics[metric]?.count ?? 0 }

    /// `tasks_deleted`: deletions by the API and by the system.
    public var tasksDeleted: Int { count(.taskDeleted) + count(.taskSystemDeleted) }

    /// `wait_duration_until_accepted` (its average is `avg_task_acceptance_time`).
    public var untilAccepted: DurationAggregate { metrics[.reservationAccepted]?.wait ?? DurationAggregate() }

    /// `wait_duration_in_queue_until_accepted`.
    public var inQueueUntilAccepted: DurationAggregate { metrics[.reservationAccepted]?.queueWait ?? DurationAggregate() }

    /// `wait_duration_until_canceled`.
    public var untilCanceled: DurationAggregate { metrics[.taskCanceled]?.wait ?? DurationAggregate() }

    /// Adds the totals of another part of the window (or another scope).
    public mutating func merge(_ other: CumulativeFigures) {
        for (metric, totals) in other.metrics { metrics[metric, default: MetricTotals()].merge(totals) }
        acceptedWaits = Array((acceptedWaits + other.acceptedWaits).prefix(Self.maximumWaitSamples))
        canceledWaits = Array((canceledWaits + other.canceledWaits).prefix(Self.maximumWaitSamples))
    }

    /// `split_by_wait_time` for `thresholds`, from the wait samples.
    public func split(by thresholds: WaitTimeThresholds) -> [WaitTimeThresholds.Split] {
        thresholds.split(acceptedWaits: acceptedWaits, canceledWaits: canceledWaits)
    }
}
