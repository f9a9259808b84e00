import Foundation
import SwitchboardServer
import SwitchboardTesting
import Testing

/// The routing benchmark's bookkeeping on tiny workspaces. No timing is asserted: only that every task
/// routed at once, that every run and point is reported, and that the percentiles are computed right.
@Suite struct RoutingBenchmarkTests {
    @Test func everyTaskIsReservedByTheTimeItsCreateReturns() async throws {
        var config = RoutingBenchmark.Configuration()
        config.workers = 40
        config.queues = 5
        config.queuesPerWorker = 2
        config.loads = [.open(rate: 5_000), .closed(concurrency: 4)]
        config.tasks = 60
        config.warmupTasks = 5
        config.store = .memory
        let report = try await RoutingBenchmark(config).run()
        #expect(report.workersPerQueue == 16)
        #expect(report.runs.map(\.mode) == ["open", "closed"])
        for run in report.runs {
            #expect(run.tasks == 60)
            #expect(run.reserved == 60)
            #expect(run.failed == 0)
            #expect(run.latency.count == 60)
            #expect(run.engineTime.count == 60)
            #expect(run.commits >= 1)
            #expect(run.commitTime.count == run.commits)
        }
    }

    @Test func aFileStoreIsCreatedAndRemoved() async throws {
        let parent = try TemporaryDirectory("bench-test")
        defer { parent.remove() }
        var config = RoutingBenchmark.Configuration()
        config.workers = 10
        config.queues = 2
        config.loads = [.closed(concurrency: 2)]
        config.tasks = 20
        config.warmupTasks = 0
        config.store = .file(directory: parent.path, relaxed: true)
        let report = try await RoutingBenchmark(config).run()
        #expect(report.store == "file (synchronous=NORMAL)")
        #expect(report.runs.first?.reserved == 20)
        #expect(try parent.contents().isEmpty)
    }

    @Test func overHTTPEveryTaskIsCreatedThroughTheServer() async throws {
        let parent = try TemporaryDirectory("bench-test")
        defer { parent.remove() }
        var config = RoutingBenchmark.Configuration()
        config.workers = 12
        config.queues = 3
        config.loads = [.closed(concurrency: 3)]
        config.tasks = 30
        config.warmupTasks = 3
        config.store = .file(directory: parent.path, relaxed: true)
        config.overHTTP = true
        let report = try await RoutingBenchmark(config).run()
        #expect(report.store == "file (synchronous=NORMAL), HTTP")
        let run = try #require(report.runs.first)
        #expect(run.reserved == 30 && run.failed == 0)
        #expect(run.engineTime.count == 0, "over HTTP the engine's own time is not sampled")
        #expect(run.commits >= 1 && run.commitTime.count == run.commits)
        #expect(try parent.contents().isEmpty)
    }

    @Test func theCurveHasAPointPerSize() throws {
        var config = RoutingCostCurve.Configuration()
        config.totals = [20, 40]
        config.fixedEligible = 10
        config.eligibles = [5, 20]
        config.fixedTotal = 40
        config.queues = 10
        config.samples = 20
        config.warmup = 2
        let points = try RoutingCostCurve(config).run()
        #expect(points.map(\.series) == ["total", "total", "eligible", "eligible"])
        #expect(points.map(\.totalWorkers) == [20, 40, 40, 40])
        #expect(points.map(\.eligibleWorkers) == [10, 10, 5, 20])
        #expect(points.allSatisfy { $0.cost.count == 20 })
    }

    @Test func percentilesAreNearestRank() {
        let summary = LatencySummary(nanoseconds: (1...100).reversed().map { Int64($0) * 1_000_000 })
        #expect(summary.count == 100)
        #expect(summary.p50 == 50)
        #expect(summary.p90 == 90)
        #expect(summary.p99 == 99)
        #expect(summary.max == 100)
        #expect(summary.mean == 50.5)
    }
}
