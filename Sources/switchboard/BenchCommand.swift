import ArgumentParser
import Foundation
import SwitchboardServer

/// `switchboard bench`: performance measurements of this build on this machine.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench", abstract: "Measure performance on this machine.",
        subcommands: [Routing.self, BenchStatisticsCommand.self])

    /// `switchboard bench routing`: task create → committed reservation, through the engine and the store.
    struct Routing: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Measure routing latency, throughput and memory for workspaces of several sizes.",
            discussion: """
                For each --workers value, builds a workspace (multitasking, --queues queues selecting workers \
                by skill, one workflow filter per queue, Available workers with enough capacity for every task), \
                then creates tasks at --rate per second (open loop) and/or as fast as --concurrency creators \
                can (closed loop, --max-throughput). Latency runs from the create command's scheduled start \
                to the return of the command, which happens after the group commit made the task and its \
                reservation durable. --curve measures one routing decision in memory while the workspace \
                grows (eligible workers fixed) and while the eligible workers grow (workspace fixed). \
                Build in release mode for representative figures.
                """)

        @Option(help: "Workspace sizes, comma-separated.", transform: Routing.integers) var workers: [Int] = [1_000, 10_000]
        @Option(help: "Queues in the workspace.") var queues = 100
        @Option(name: .customLong("queues-per-worker"), help: "Queues each worker belongs to (1: disjoint groups).") var queuesPerWorker = 1
        @Option(help: "Open-loop rate, tasks per second (0: no open-loop run).") var rate: Double = 1_000
        @Flag(name: .customLong("max-throughput"), help: "Also run closed loop, as fast as the creators can.") var maxThroughput = false
        @Option(help: "Creators in flight in the closed-loop run.") var concurrency = 64
        @Option(help: "Tasks measured per run.") var tasks = 10_000
        @Option(help: "Tasks sent before each run and not measured.") var warmup = 1_000
        @Option(help: "Directory for the benchmark's SQLite files (default: a temporary directory), or :memory:.") var database: String?
        @Flag(name: .customLong("relaxed-durability"), help: "SQLite synchronous=NORMAL instead of FULL.") var relaxedDurability = false
        @Option(help: "Default-channel capacity of every worker (default: enough for every task).") var capacity: Int?
        @Option(help: "Seed of the tasks' queue choice.") var seed: UInt64 = 1
        @Flag(help: "Create tasks with POST /Tasks over HTTP to a whole server (all services running) instead of engine commands.")
        var http = false
        @Flag(help: "Also measure the routing-cost curve.") var curve = false
        @Flag(name: .customLong("curve-only"), help: "Measure only the routing-cost curve.") var curveOnly = false
        @Option(name: .customLong("curve-samples"), help: "Decisions measured per point of the curve.") var curveSamples = 2_000
        @Option(name: .customLong("curve-totals"), help: "Curve: workspace sizes with 100 eligible workers.", transform: Routing.integers)
        var curveTotals: [Int] = [1_000, 2_500, 5_000, 10_000, 15_000]
        @Option(name: .customLong("curve-eligibles"), help: "Curve: eligible workers in a workspace of --curve-total workers.", transform: Routing.integers)
        var curveEligibles: [Int] = [10, 30, 100, 300, 1_000, 3_000, 10_000]
        @Option(name: .customLong("curve-total"), help: "Curve: workspace size of the eligible series.") var curveTotal = 10_000
        @Flag(help: "Print JSON instead of tables.") var json = false

        static func integers(_ text: String) throws -> [Int] {
            let values = text.split(separator: ",").map { Int($0.trimmingCharacters(in: .whitespaces)) }
            guard !values.isEmpty, values.allSatisfy({ ($0 ?? 0) > 0 }) else {
                throw ValidationError("expected positive integers separated by commas, got \(text)")
            }
            return values.compactMap { $0 }
        }

        func validate() throws {
            if !curveOnly && rate <= 0 && !maxThroughput { throw ValidationError("--rate 0 needs --max-throughput") }
            if queuesPerWorker < 1 || queuesPerWorker > queues { throw ValidationError("--queues-per-worker must be 1…\(queues)") }
            if http && database == ":memory:" { throw ValidationError("--http needs a file database (a server process's store)") }
        }

        func run() async throws {
            let machine = MachineDescription.current()
            if !json { log("switchboard bench routing on \(RoutingBenchmarkTable.machine(machine))") }
            var reports: [RoutingBenchmarkReport] = []
            if !curveOnly {
                for size in workers {
                    var config = RoutingBenchmark.Configuration()
                    config.workers = size
                    config.queues = queues
                    config.queuesPerWorker = queuesPerWorker
                    config.loads = (rate > 0 ? [.open(rate: rate)] : []) + (maxThroughput ? [.closed(concurrency: concurrency)] : [])
                    config.tasks = tasks
                    config.warmupTasks = warmup
                    config.store = database == ":memory:" ? .memory : .file(directory: database, relaxed: relaxedDurability)
                    config.seed = seed
                    config.capacity = capacity
                    config.overHTTP = http
                    if !json { log("workers \(size): building the workspace and running…") }
                    reports.append(try await RoutingBenchmark(config).run())
                }
                if !json { print(RoutingBenchmarkTable.load(reports) + "\n\n" + RoutingBenchmarkTable.breakdown(reports)) }
            }
            var points: [RoutingCostCurve.Point] = []
            if curve || curveOnly {
                var config = RoutingCostCurve.Configuration()
                config.samples = curveSamples
                config.warmup = max(1, curveSamples / 10)
                config.totals = curveTotals
                config.eligibles = curveEligibles
                config.fixedTotal = curveTotal
                config.fixedEligible = min(100, curveTotals.min() ?? 100)
                if !json { log("routing-cost curve: one createTask with its assignment pass, in memory…") }
                points = try RoutingCostCurve(config).run()
                if !json { print((reports.isEmpty ? "" : "\n") + RoutingBenchmarkTable.curve(points)) }
            }
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
                let output = Output(machine: machine, benchmarks: reports, curve: points)
                print(String(decoding: try encoder.encode(output), as: UTF8.self))
            }
        }

        /// Progress goes to standard error, so standard output holds only the results.
        func log(_ line: String) { FileHandle.standardError.write(Data((line + "\n").utf8)) }

        struct Output: Encodable {
            var machine: MachineDescription
            var benchmarks: [RoutingBenchmarkReport]
            var curve: [RoutingCostCurve.Point]
        }
    }
}
