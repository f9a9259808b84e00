import Foundation
import SwitchboardCore
import SwitchboardEngine
import SwitchboardSQLite

/// Measures routing through the engine and the store: the latency from task create to the committed
/// reservation, tasks routed per second, commits, and peak memory, for one workspace size.
///
///     var config = RoutingBenchmark.Configuration()
///     config.workers = 10_000
///     config.rate = 1_000
///     let report = try await RoutingBenchmark(config).run()
///     print(report.runs[0].latency.p99)
///
/// The workspace (multitasking) has `queues` queues selecting workers by skill and a workflow with a
/// filter per queue. Workers are Available with a default-channel capacity high enough for every task
/// of the run, so each created task is reserved at once and the steady state keeps routing.
public struct RoutingBenchmark: Sendable {
    /// Where the benchmark's store lives.
    public enum StoreLocation: Sendable, Hashable {
        /// A new SQLite file in `directory` (nil: a new temporary directory), removed afterwards.
        case file(directory: String?, relaxed: Bool)
        /// SQLite `:memory:`: the engine's cost without the fsync.
        case memory
    }

    /// The load to apply after the workspace is built.
    public enum Load: Sendable, Hashable {
        /// Open loop: tasks are sent at `rate` per second whatever the replies do.
        case open(rate: Double)
        /// Closed loop: `concurrency` creators, each sending its next task when its last one returned.
        case closed(concurrency: Int)
    }

    public struct Configuration: Sendable {
        public var workers = 1_000
        public var queues = 100
        /// Queues each worker belongs to (1: disjoint worker groups).
        public var queuesPerWorker = 1
        /// Loads to run one after another on the same workspace.
        public var loads: [Load] = [.open(rate: 1_000)]
        /// Tasks measured per load.
        public var tasks = 10_000
        /// Tasks sent (and not measured) before each load.
        public var warmupTasks = 1_000
        public var store = StoreLocation.file(directory: nil, relaxed: false)
        /// Seeds the choice of queue for each task.
        public var seed: UInt64 = 1
        /// Default-channel capacity of every worker; nil: enough for every task of the benchmark.
        public var capacity: Int?

        public init() {}
    }

    public let configuration: Configuration

    public init(_ configuration: Configuration) {
        self.configuration = configuration
    }

    /// Builds the workspace, runs every load, and reports.
    public func run() async throws -> RoutingBenchmarkReport {
        let config = configuration
        guard config.workers > 0, config.queues > 0, config.tasks > 0 else {
            throw BenchmarkError("workers, queues and tasks must be positive")
        }
        let peakReset = ProcessMemory.resetPeak()
        let (store, directory, storeName) = try openStore(config.store)
        defer { if let directory { try? FileManager.default.removeItem(atPath: directory) } }
        try await store.migrate()
        let timed = TimedStore(store)
        let registry = try await EngineRegistry(store: timed)
        let account = try await registry.createAccount(friendlyName: "Routing benchmark")
        let caller = Caller(accountSid: account.sid)
        let workspace = try await registry.createWorkspace(
            WorkspaceCreate(friendlyName: "Routing benchmark", multiTaskEnabled: true), caller: caller)
        let engine = try registry.engine(workspace.sid, account: account.sid)

        // Setup, in commands of at most 500 workers.
        let clock = ContinuousClock()
        let setupStart = clock.now
        let queues = config.queues
        let layout = try await engine.perform(caller) { state, ctx, changes in
            try BenchmarkWorkspace.create(queues: queues, &state, ctx, &changes)
        }
        let totalTasks = (config.tasks + config.warmupTasks) * config.loads.count
        let capacity = config.capacity ?? min(1_000, max(1, 2 * Int((Double(totalTasks) / Double(config.workers)).rounded(.up)) + 10))
        let perWorker = config.queuesPerWorker
        var next = 0
        while next < config.workers {
            let range = next..<min(config.workers, next + 500)
            try await engine.perform(caller) { state, ctx, changes in
                try layout.addWorkers(range, capacity: capacity,
                                      attributes: { BenchmarkWorkspace.workerAttributes($0, queues: queues, queuesPerWorker: perWorker) },
                                      &state, ctx, &changes)
            }
            next = range.upperBound
        }
        let setupSeconds = (clock.now - setupStart).seconds
        let residentAfterSetup = ProcessMemory.residentBytes

        var generator = SeededGenerator(seed: config.seed)
        var runs: [RoutingLoadResult] = []
        for load in config.loads {
            let warmup = (0..<config.warmupTasks).map { _ in Int.random(in: 0..<queues, using: &generator) }
            _ = try await drive(load, queueChoices: warmup, engine: engine, caller: caller, layout: layout, registry: registry, store: timed)
            let measured = (0..<config.tasks).map { _ in Int.random(in: 0..<queues, using: &generator) }
            runs.append(try await drive(load, queueChoices: measured, engine: engine, caller: caller, layout: layout, registry: registry, store: timed))
        }
        let members = Double(config.workers) * Double(BenchmarkWorkspace.skills(ofWorker: 0, queues: queues, queuesPerWorker: perWorker).count) / Double(queues)
        return RoutingBenchmarkReport(
            workers: config.workers, queues: queues, queuesPerWorker: perWorker, workersPerQueue: members,
            capacityPerWorker: capacity, store: storeName, setupSeconds: setupSeconds, runs: runs,
            residentAfterSetupBytes: residentAfterSetup, peakResidentBytes: ProcessMemory.peakResidentBytes,
            peakResetBeforeSetup: peakReset, loadAverage: MachineDescription.current().loadAverage)
    }

    private func openStore(_ location: StoreLocation) throws -> (SQLiteStore, String?, String) {
        switch location {
        case .memory:
            return (try SQLiteStore(path: ":memory:"), nil, ":memory:")
        case .file(let parent, let relaxed):
            let base = parent ?? FileManager.default.temporaryDirectory.path
            let directory = (base as NSString).appendingPathComponent("switchboard-bench-\(UUID().uuidString)")
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            let path = (directory as NSString).appendingPathComponent("bench.sqlite")
            let store = try SQLiteStore(path: path, durability: relaxed ? .normal : .full)
            return (store, directory, relaxed ? "file (synchronous=NORMAL)" : "file (synchronous=FULL)")
        }
    }
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
    /// The duration in whole nanoseconds.
    var nanoseconds: Int64 { components.seconds * 1_000_000_000 + components.attoseconds / 1_000_000_000 }
}
