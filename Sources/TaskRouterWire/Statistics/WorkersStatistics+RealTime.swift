extension WorkersStatistics {
    /// The `realtime` object of ``WorkersStatistics``.
    public struct RealTime: Codable, Hashable, Sendable, WireEncodable {
        /// `activity_statistics`: workers per Activity.
        public var activityStatistics: [ActivityStatistic]?
        /// `total_workers`: the number of workers.
        public var totalWorkers: Int

        /// Creates the value from its fields; optional fields default to nil, counts to 0.
        public init(
            activityStatistics: [ActivityStatistic]? = nil,
            totalWorkers: Int = 0
        ) {
            self.activityStatistics = activityStatistics
            self.totalWorkers = totalWorkers
        }
    }
}
