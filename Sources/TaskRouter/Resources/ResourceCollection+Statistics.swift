extension ResourceCollection where Element == TaskQueue {
    /// `{WS}/TaskQueues/Statistics`: one statistics item per queue, paged.
    ///
    /// ```swift
    /// let list = try await workspace.taskqueues.statistics.fetch(["Minutes": "240"])
    /// for item in list { print(item.taskQueueSid ?? "", item.realtime?.totalAvailableWorkers ?? 0) }
    /// ```
    /// TaskRouter.js v1 also offers `taskqueues.realtimeStats` and `.cumulativeStats` as GETs that Twilio
    /// does not serve (spec §3.6); they are left out here.
    public var statistics: StatisticsResource<ResourceList<TaskQueuesStatisticsItem>> {
        StatisticsResource(list: location, "Statistics")
    }
}

extension ResourceCollection where Element == Worker {
    /// `{WS}/Workers/Statistics`: realtime and cumulative statistics of all workers.
    ///
    /// ```swift
    /// let stats = try await workspace.workers.statistics.fetch(["Minutes": "240"])
    /// ```
    public var statistics: StatisticsResource<WorkersStatistics> { StatisticsResource(location, "Statistics") }

    /// `{WS}/Workers/RealTimeStatistics`.
    ///
    /// ```swift
    /// let stats = try await workspace.workers.realtimeStats.fetch()
    /// ```
    public var realtimeStats: StatisticsResource<WorkersRealTimeStatistics> {
        StatisticsResource(location, "RealTimeStatistics")
    }

    /// `{WS}/Workers/CumulativeStatistics`.
    ///
    /// ```swift
    /// let stats = try await workspace.workers.cumulativeStats.fetch(["Minutes": "240"])
    /// ```
    public var cumulativeStats: StatisticsResource<WorkersCumulativeStatistics> {
        StatisticsResource(location, "CumulativeStatistics")
    }
}
