import Foundation
import AsyncHTTPClient
import NIOCore
import NIOHTTP1
import Synchronization
import SwitchboardCore
import SwitchboardEngine
import SwitchboardSQLite

/// Measures the statistics endpoints over HTTP against a recorded history: `tasks` task lifecycles
/// spread over the last `days` days (with the events the engine records for them, written through the
/// store so the statistics triggers run as in production), workers changing activity, and
/// `openTasks` tasks waiting in the live state.
///
///     var config = StatisticsBenchmark.Configuration()
///     config.tasks = 100_000
///     let report = try await StatisticsBenchmark(config).run { print($0) }
///     print(report.queries[0].latency.p50)
public struct StatisticsBenchmark: Sendable {
    public struct Configuration: Sendable {
        public var tasks = 100_000
        public var days = 30
        public var queues = 20
        public var workers = 200
        /// Activity changes per worker over the window.
        public var activityChanges = 1_000
        /// Pending tasks in the live state (for the realtime endpoints).
        public var openTasks = 10_000
        /// Timed requests per endpoint (after 3 untimed ones).
        public var repetitions = 30
        /// Directory for the SQLite file (default: a temporary directory); removed afterwards unless `keepDatabase`.
        public var directory: String?
        public var keepDatabase = false
        public var seed: UInt64 = 1
        public init() {}
    }

    public let configuration: Configuration

    public init(_ configuration: Configuration) {
        self.configuration = configuration
    }

    /// Builds the history, serves it on a free port, and times every query; `log` receives progress.
    public func run(log: @escaping @Sendable (String) -> Void = { _ in }) async throws -> StatisticsBenchmarkReport {
        let config = configuration
        let base = config.directory ?? FileManager.default.temporaryDirectory.path
        let directory = (base as NSString).appendingPathComponent("switchboard-stats-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { if !config.keepDatabase { try? FileManager.default.removeItem(atPath: directory) } }
        let path = (directory as NSString).appendingPathComponent("bench.sqlite")
        if config.keepDatabase { log("database: \(path)") }

        let port = Mutex<Int?>(nil)
        var server = ServerConfiguration(host: "127.0.0.1", port: 0, database: path, publicURL: nil,
                                         accountSid: "AC" + String(repeating: "b", count: 32), authToken: "statistics-benchmark")
        server.relaxedDurability = true
        let built = try await buildApplication(server) { _, p in port.withLock { $0 = p } }
        let account = built.bootstrapAccount
        let history = try await StatisticsHistory.build(config, registry: built.registry, account: account, log: log)

        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await built.application.runService() }
            defer { group.cancelAll() }
            var bound: Int?
            for _ in 0..<500 where bound == nil {
                try await Task.sleep(for: .milliseconds(10))
                bound = port.withLock { $0 }
            }
            guard let bound else { throw BenchmarkError("the server did not start") }
            log("serving on port \(bound); timing \(config.repetitions) requests per endpoint…")
            let client = HTTPClient(eventLoopGroupProvider: .singleton)
            var results: [StatisticsQueryResult] = []
            do {
                for query in history.queries() {
                    let result = try await time(query, client: client, port: bound, account: account, repetitions: config.repetitions)
                    results.append(result)
                    log("  \(query.name): p50 \(String(format: "%.1f", result.latency.p50)) ms")
                }
            } catch {
                try? await client.shutdown()
                throw error
            }
            try await client.shutdown()
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            return StatisticsBenchmarkReport(
                tasks: config.tasks, days: config.days, queues: config.queues, workers: config.workers, openTasks: config.openTasks,
                events: history.events, writeSeconds: history.writeSeconds,
                eventsPerSecond: Double(history.events) / max(history.writeSeconds, 1e-9), rollupSeconds: history.rollupSeconds,
                databaseBytes: size, queries: results)
        }
    }

    private func time(_ query: StatisticsHistory.Query, client: HTTPClient, port: Int, account: Account,
                      repetitions: Int) async throws -> StatisticsQueryResult {
        var request = HTTPClientRequest(url: "http://127.0.0.1:\(port)\(query.path)")
        request.method = query.body == nil ? .GET : .POST
        request.headers.add(name: "Authorization", value: "Basic " + Data("\(account.sid):\(account.authToken)".utf8).base64EncodedString())
        if let body = query.body {
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(string: body))
        }
        var samples: [Int64] = []
        var bytes = 0
        let clock = ContinuousClock()
        for i in 0..<(repetitions + 3) {
            let started = clock.now
            let response = try await client.execute(request, timeout: .seconds(60))
            let body = try await response.body.collect(upTo: 64 << 20)
            let elapsed = clock.now - started
            guard response.status == .ok else {
                throw BenchmarkError("\(query.name): HTTP \(response.status.code) \(String(buffer: body))")
            }
            bytes = body.readableBytes
            if i >= 3 { samples.append(elapsed.components.seconds * 1_000_000_000 + elapsed.components.attoseconds / 1_000_000_000) }
        }
        return StatisticsQueryResult(name: query.name, path: query.path, responseBytes: bytes, latency: LatencySummary(nanoseconds: samples))
    }
}

/// One timed endpoint.
public struct StatisticsQueryResult: Sendable, Codable, Hashable {
    public var name: String
    public var path: String
    public var responseBytes: Int
    /// Request sent to response body received, over HTTP on the loopback interface.
    public var latency: LatencySummary
}

/// The result of `StatisticsBenchmark.run()`.
public struct StatisticsBenchmarkReport: Sendable, Codable, Hashable {
    public var tasks: Int
    public var days: Int
    public var queues: Int
    public var workers: Int
    public var openTasks: Int
    /// Events written for the history (statistics facts and rollups included in the same transactions).
    public var events: Int
    public var writeSeconds: Double
    public var eventsPerSecond: Double
    /// Counting the whole history into the rollups in one go (what the background roll-up spreads out).
    public var rollupSeconds: Double
    public var databaseBytes: Int
    public var queries: [StatisticsQueryResult]
}
