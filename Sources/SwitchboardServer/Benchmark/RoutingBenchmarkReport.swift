/// Latency percentiles of a set of samples, in milliseconds (nearest rank on the sorted samples).
public struct LatencySummary: Sendable, Codable, Hashable {
    public var count: Int
    public var p50: Double
    public var p90: Double
    public var p99: Double
    public var p999: Double
    public var max: Double
    public var mean: Double

    /// Summarises samples given in nanoseconds.
    public init(nanoseconds samples: [Int64]) {
        let sorted = samples.sorted()
        count = sorted.count
        func rank(_ q: Double) -> Double {
            guard !sorted.isEmpty else { return 0 }
            let index = Swift.min(sorted.count - 1, Swift.max(0, Int((q * Double(sorted.count)).rounded(.up)) - 1))
            return Double(sorted[index]) / 1e6
        }
        p50 = rank(0.50)
        p90 = rank(0.90)
        p99 = rank(0.99)
        p999 = rank(0.999)
        max = Double(sorted.last ?? 0) / 1e6
        mean = sorted.isEmpty ? 0 : Double(sorted.reduce(0, +)) / Double(sorted.count) / 1e6
    }
}

/// The result of one load run against one workspace size.
public struct RoutingLoadResult: Sendable, Codable, Hashable {
    /// `open` (tasks sent at a fixed rate) or `closed` (a fixed number of creators, each waiting for its reply).
    public var mode: String
    /// The target rate of an open-loop run, tasks per second; nil for closed loop.
    public var targetRate: Double?
    /// Creators in flight at most (closed loop) or observed at most (open loop).
    public var concurrency: Int
    public var tasks: Int
    /// Tasks that came back `reserved`, i.e. whose reservation existed when the create command returned.
    public var reserved: Int
    public var failed: Int
    public var seconds: Double
    /// Reserved tasks per second over the run.
    public var tasksPerSecond: Double
    /// Create command start (open loop: its scheduled start) to the committed reservation.
    public var latency: LatencySummary
    /// The create command's own time on the workspace's engine actor: the routing decision, without
    /// waiting for the actor or the commit.
    public var engineTime: LatencySummary
    /// Group-commit transactions written during the run.
    public var commits: Int
    public var commitsPerSecond: Double
    public var tasksPerCommit: Double
    /// Duration of each group-commit transaction (encoding, SQLite write, fsync).
    public var commitTime: LatencySummary
    /// CPUs that other processes (and the hypervisor's other guests) kept busy during the run, on average;
    /// above about 0.1 the figures are disturbed.
    public var otherProcessesCPU: Double?
}

/// The result of `RoutingBenchmark.run()` for one workspace size.
public struct RoutingBenchmarkReport: Sendable, Codable, Hashable {
    public var workers: Int
    public var queues: Int
    public var queuesPerWorker: Int
    /// Workers each queue selects (its eligible workers when all are free).
    public var workersPerQueue: Double
    public var capacityPerWorker: Int
    /// `file (synchronous=FULL)`, `file (synchronous=NORMAL)` or `:memory:`; `, HTTP` added for `--http` runs.
    public var store: String
    public var setupSeconds: Double
    public var runs: [RoutingLoadResult]
    /// Resident memory after the workspace was built, bytes.
    public var residentAfterSetupBytes: Int?
    /// Peak resident memory of the process from setup to the end of the runs (VmHWM), bytes.
    public var peakResidentBytes: Int?
    /// Whether the peak could be restarted before this benchmark (else it includes earlier work of the process).
    public var peakResetBeforeSetup: Bool
    /// The machine's 1-minute load average at the end (this benchmark adds about 1–2 to it).
    public var loadAverage: Double?
}
