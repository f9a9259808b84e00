import AsyncHTTPClient
import Foundation
import Logging
import Synchronization
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
        /// Create tasks with `POST /Tasks` over HTTP to a whole server instead of commands on the engine.
        public var overHTTP = false

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
        if config.overHTTP { return try await runOverHTTP(peakReset: peakReset) }
        let (store, directory, storeName) = try openStore(config.store)
        defer { if let directory { try? FileManager.default.removeItem(atPath: directory) } }
        try await store.migrate()
        let timed = TimedStore(store)
        let registry = try await EngineRegistry(store: timed)
        let account = try await registry.createAccount(friendlyName: "Routing benchmark")
        return try await measure(registry: registry, store: timed, account: account, storeName: storeName, peakReset: peakReset) {
            .engine($0, $1)
        }
    }

    /// The same runs through the whole server: `POST /Tasks` over HTTP on the loopback interface, to a
    /// server with every service running (timers, callbacks, event delivery, statistics roll-up).
    private func runOverHTTP(peakReset: Bool) async throws -> RoutingBenchmarkReport {
        let config = configuration
        guard case .file(let parent, let relaxed) = config.store else {
            throw BenchmarkError("--http needs a file store (not :memory:)")
        }
        let base = parent ?? FileManager.default.temporaryDirectory.path
        let directory = (base as NSString).appendingPathComponent("switchboard-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var server = ServerConfiguration(host: "127.0.0.1", port: 0, database: (directory as NSString).appendingPathComponent("bench.sqlite"),
                                         publicURL: nil, accountSid: "AC" + String(repeating: "c", count: 32),
                                         authToken: "routing-benchmark")
        server.relaxedDurability = relaxed
        var logger = Logger(label: "switchboard-bench")
        logger.logLevel = .warning
        var timedStore: TimedStore?
        let port = Mutex<Int?>(nil)
        let built = try await buildApplication(server, logger: logger, engineStore: { store in
            let timed = TimedStore(store)
            timedStore = timed
            return timed
        }, onListening: { _, p in port.withLock { $0 = p } })
        guard let timed = timedStore else { throw BenchmarkError("the server did not open its store") }
        let account = built.bootstrapAccount
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await built.application.runService() }
            defer { group.cancelAll() }
            var bound: Int?
            for _ in 0..<1_000 where bound == nil {
                try await Task.sleep(for: .milliseconds(10))
                bound = port.withLock { $0 }
            }
            guard let bound else { throw BenchmarkError("the server did not start") }
            let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: .init(
                connectionPool: .init(idleTimeout: .seconds(60), concurrentHTTP1ConnectionsPerHostSoftLimit: 256)))
            do {
                let report = try await measure(registry: built.registry, store: timed, account: account,
                                               storeName: Self.fileStoreName(relaxed: relaxed) + ", HTTP",
                                               peakReset: peakReset) { engine, _ in
                    .http(HTTPTaskClient(client: client, port: bound, workspaceSid: engine.sid, account: account))
                }
                try await client.shutdown()
                return report
            } catch {
                try? await client.shutdown()
                throw error
            }
        }
    }

    /// Builds the workspace through `registry`, runs every load with the creator `makeCreator` gives, and reports.
    private func measure(
        registry: EngineRegistry, store timed: TimedStore, account: Account, storeName: String, peakReset: Bool,
        makeCreator: (WorkspaceEngine, Caller) -> TaskCreator
    ) async throws -> RoutingBenchmarkReport {
        let config = configuration
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

        let creator = makeCreator(engine, caller)
        var generator = SeededGenerator(seed: config.seed)
        var runs: [RoutingLoadResult] = []
        for load in config.loads {
            let warmup = (0..<config.warmupTasks).map { _ in Int.random(in: 0..<queues, using: &generator) }
            _ = try await drive(load, queueChoices: warmup, creator: creator, layout: layout, registry: registry, store: timed)
            let measured = (0..<config.tasks).map { _ in Int.random(in: 0..<queues, using: &generator) }
            runs.append(try await drive(load, queueChoices: measured, creator: creator, layout: layout, registry: registry, store: timed))
        }
        let members = Double(config.workers) * Double(BenchmarkWorkspace.skills(ofWorker: 0, queues: queues, queuesPerWorker: perWorker).count) / Double(queues)
        return RoutingBenchmarkReport(
            workers: config.workers, queues: queues, queuesPerWorker: perWorker, workersPerQueue: members,
            capacityPerWorker: capacity, store: storeName, setupSeconds: setupSeconds, runs: runs,
            residentAfterSetupBytes: residentAfterSetup, peakResidentBytes: ProcessMemory.peakResidentBytes,
            peakResetBeforeSetup: peakReset, loadAverage: MachineDescription.current().loadAverage)
    }

    static func fileStoreName(relaxed: Bool) -> String {
        relaxed ? "file (synchronous=NORMAL)" : "file (synchronous=FULL)"
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
            return (store, directory, Self.fileStoreName(relaxed: relaxed))
        }
    }
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
    /// The duration in whole nanoseconds.
    var nanoseconds: Int64 { components.seconds * 1_000_000_000 + components.attoseconds / 1_000_000_000 }
}
