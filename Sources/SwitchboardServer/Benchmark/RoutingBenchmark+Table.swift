import Foundation

/// Plain-text tables of benchmark results, for the CLI.
public enum RoutingBenchmarkTable {
    /// One row per load run of every report: what a client sees.
    public static func load(_ reports: [RoutingBenchmarkReport]) -> String {
        var rows = [["workers", "per queue", "store", "run", "tasks", "tasks/s", "p50 ms", "p90 ms", "p99 ms", "max ms",
                     "peak RSS", "others' CPU"]]
        for r in reports {
            for run in r.runs {
                rows.append([
                    String(r.workers), number(r.workersPerQueue, 0), r.store, name(run),
                    run.failed == 0 ? String(run.tasks) : "\(run.tasks) (\(run.failed) failed)",
                    number(run.tasksPerSecond, 0), number(run.latency.p50, 2), number(run.latency.p90, 2),
                    number(run.latency.p99, 2), number(run.latency.max, 2),
                    r.peakResidentBytes.map(megabytes) ?? "n/a", run.otherProcessesCPU.map { number($0, 2) } ?? "n/a",
                ])
            }
        }
        return render(rows, left: [2, 3])
    }

    /// One row per load run: where the time goes (the engine actor, the group commit).
    public static func breakdown(_ reports: [RoutingBenchmarkReport]) -> String {
        var rows = [["workers", "run", "engine p50 µs", "engine p99 µs", "engine max µs", "commits/s", "tasks/commit",
                     "commit p50 ms", "commit p99 ms", "commit max ms", "setup s"]]
        for r in reports {
            for run in r.runs {
                let engine = run.engineTime.count == 0
                    ? ["n/a", "n/a", "n/a"]  // over HTTP the command's own time is not sampled
                    : [number(run.engineTime.p50 * 1000, 0), number(run.engineTime.p99 * 1000, 0), number(run.engineTime.max * 1000, 0)]
                rows.append([
                    String(r.workers), name(run)] + engine + [number(run.commitsPerSecond, 0), number(run.tasksPerCommit, 1),
                    number(run.commitTime.p50, 2), number(run.commitTime.p99, 2), number(run.commitTime.max, 2),
                    number(r.setupSeconds, 1),
                ])
            }
        }
        return render(rows, left: [1])
    }

    static func name(_ run: RoutingLoadResult) -> String {
        run.mode == "open" ? "open \(number(run.targetRate ?? 0, 0))/s" : "closed ×\(run.concurrency)"
    }

    /// The routing-cost curve, one row per point.
    public static func curve(_ points: [RoutingCostCurve.Point]) -> String {
        var rows = [["series", "total workers", "eligible workers", "p50 µs", "p99 µs", "mean µs", "others' CPU"]]
        for p in points {
            rows.append([p.series == "total" ? "workspace grows" : "eligible grows", String(p.totalWorkers),
                         String(p.eligibleWorkers), number(p.cost.p50 * 1000, 1), number(p.cost.p99 * 1000, 1),
                         number(p.cost.mean * 1000, 1), p.otherProcessesCPU.map { number($0, 2) } ?? "n/a"])
        }
        return render(rows, left: [0])
    }

    /// The machine, in one line.
    public static func machine(_ m: MachineDescription) -> String {
        "\(m.processors) CPUs (\(m.cpuModel)), \(megabytes(Int(m.memoryBytes))) RAM, \(m.operatingSystem)"
            + (m.loadAverage.map { ", load average \(number($0, 2))" } ?? "")
    }

    static func megabytes(_ bytes: Int) -> String { "\(number(Double(bytes) / 1_048_576, 0)) MB" }

    static func number(_ value: Double, _ decimals: Int) -> String { String(format: "%.\(decimals)f", value) }

    static func render(_ rows: [[String]], left: Set<Int>) -> String {
        guard let header = rows.first else { return "" }
        var widths = header.map(\.count)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        func line(_ row: [String]) -> String {
            row.enumerated().map { i, cell in
                let pad = String(repeating: " ", count: widths[i] - cell.count)
                return left.contains(i) ? cell + pad : pad + cell
            }.joined(separator: "  ")
        }
        var out = [line(header), widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")]
        out += rows.dropFirst().map(line)
        return out.joined(separator: "\n")
    }
}
