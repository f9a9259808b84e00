import ArgumentParser
import Foundation
import SwitchboardServer

/// `switchboard bench statistics`: latency of the statistics endpoints over a recorded history.
struct BenchStatisticsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "statistics",
        abstract: "Measure the statistics endpoints over a recorded history (default: 100k tasks over 30 days).",
        discussion: """
            Writes --tasks task lifecycles spread over the last --days days (the events the engine records, through \
            the store, so the statistics rollups are built as in production) and --activity-changes activity changes \
            per worker, leaves --open-tasks tasks waiting, then serves the workspace on a free port and times each \
            statistics endpoint over HTTP (30-day cumulative reads, the default 15-minute window, realtime reads). \
            Build in release mode for representative figures.
            """)

    @Option(help: "Task lifecycles in the history.") var tasks = 100_000
    @Option(help: "Days the history spans (at most 30).") var days = 30
    @Option(help: "Task queues.") var queues = 20
    @Option(help: "Workers.") var workers = 200
    @Option(name: .customLong("activity-changes"), help: "Activity changes per worker over the history.") var activityChanges = 1_000
    @Option(name: .customLong("open-tasks"), help: "Pending tasks in the live state.") var openTasks = 10_000
    @Option(help: "Timed requests per endpoint.") var repetitions = 30
    @Option(help: "Directory for the benchmark's SQLite file (default: a temporary directory).") var database: String?
    @Flag(name: .customLong("keep-database"), help: "Keep the SQLite file (its path goes to standard error).") var keepDatabase = false
    @Flag(help: "Print JSON instead of a table.") var json = false

    func validate() throws {
        guard tasks > 0, workers > 0, queues > 0, repetitions > 0, activityChanges > 0, openTasks >= 0 else {
            throw ValidationError("counts must be positive")
        }
        guard (1...30).contains(days) else { throw ValidationError("--days must be 1…30") }
    }

    func run() async throws {
        var config = StatisticsBenchmark.Configuration()
        config.tasks = tasks
        config.days = days
        config.queues = queues
        config.workers = workers
        config.activityChanges = activityChanges
        config.openTasks = openTasks
        config.repetitions = repetitions
        config.directory = database
        config.keepDatabase = keepDatabase
        let report = try await StatisticsBenchmark(config).run { line in
            FileHandle.standardError.write(Data((line + "\n").utf8))
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(report), as: UTF8.self))
            return
        }
        print("history: \(report.tasks) tasks over \(report.days) days, \(report.events) events written in "
              + String(format: "%.1f s (%.0f events/s)", report.writeSeconds, report.eventsPerSecond)
              + String(format: ", rolled up in %.1f s", report.rollupSeconds)
              + ", database \(report.databaseBytes / 1_048_576) MiB; \(report.openTasks) open tasks")
        print("endpoint".padding(toLength: 42, withPad: " ", startingAt: 0) + "   p50 ms   p90 ms   p99 ms   max ms   bytes")
        for q in report.queries {
            let figures = [q.latency.p50, q.latency.p90, q.latency.p99, q.latency.max].map { String(format: "%8.1f", $0) }
            print(q.name.padding(toLength: 42, withPad: " ", startingAt: 0) + " " + figures.joined(separator: " ")
                  + String(format: " %7d", q.responseBytes))
        }
    }
}
