import Foundation
import SwitchboardCore
import SwitchboardEngine

/// Measures the cost of one routing decision (`createTask` with its assignment pass, in memory, no store)
/// while the workspace grows with the eligible workers fixed, and while the eligible workers grow with the
/// workspace fixed. A decision whose cost follows the eligible workers is flat in the first series.
///
///     let curve = try RoutingCostCurve(RoutingCostCurve.Configuration()).run()
///     for point in curve.points { print(point.series, point.totalWorkers, point.eligibleWorkers, point.cost.p50) }
///
/// Each measured task is accepted and completed afterwards (not timed), so every decision sees the same free workers.
public struct RoutingCostCurve: Sendable {
    public struct Configuration: Sendable {
        /// Series "total": workspace sizes, with `fixedEligible` workers able to take the task.
        public var totals = [1_000, 2_500, 5_000, 10_000, 15_000]
        public var fixedEligible = 100
        /// Series "eligible": eligible workers, in a workspace of `fixedTotal` workers.
        public var eligibles = [10, 30, 100, 300, 1_000, 3_000, 10_000]
        public var fixedTotal = 10_000
        public var queues = 100
        /// Decisions measured per point, after `warmup` unmeasured ones.
        public var samples = 2_000
        public var warmup = 200

        public init() {}
    }

    /// One point of the curve.
    public struct Point: Sendable, Codable, Hashable {
        /// `total` (workspace grows, eligible fixed) or `eligible` (eligible grows, workspace fixed).
        public var series: String
        public var totalWorkers: Int
        public var eligibleWorkers: Int
        /// Cost of one `createTask` with its routing decision, milliseconds.
        public var cost: LatencySummary
        /// CPUs other processes kept busy while this point was measured (above about 0.1: disturbed).
        public var otherProcessesCPU: Double?
    }

    public let configuration: Configuration

    public init(_ configuration: Configuration) {
        self.configuration = configuration
    }

    /// Runs both series.
    public func run() throws -> [Point] {
        try totalSeries() + eligibleSeries()
    }

    /// Queue 0 selects the first `fixedEligible` workers; the others go to queues 1…; the workspace grows.
    func totalSeries() throws -> [Point] {
        let c = configuration
        var bench = try Bench(queues: c.queues)
        let others = max(1, c.queues - 1)
        try bench.addWorkers(0..<c.fixedEligible) { i in #"{"skills":["s0"],"index":\#(i)}"# }
        var points: [Point] = []
        for total in c.totals.sorted() where total >= c.fixedEligible {
            try bench.addWorkers(bench.workerCount..<total) { i in #"{"skills":["s\#(1 + i % others)"],"index":\#(i)}"# }
            let (cost, others) = try bench.measure(queue: 0, samples: c.samples, warmup: c.warmup)
            points.append(Point(series: "total", totalWorkers: total, eligibleWorkers: c.fixedEligible, cost: cost,
                                otherProcessesCPU: others))
        }
        return points
    }

    /// Queue `j` selects the first `eligibles[j]` workers of a workspace of `fixedTotal` workers.
    func eligibleSeries() throws -> [Point] {
        let c = configuration
        let sizes = c.eligibles.sorted().filter { $0 <= c.fixedTotal }
        guard sizes.count < c.queues else { throw BenchmarkError("more eligible sizes than queues") }
        var bench = try Bench(queues: c.queues)
        let others = max(1, c.queues - sizes.count)
        try bench.addWorkers(0..<c.fixedTotal) { i in
            var skills = sizes.enumerated().filter { i < $0.element }.map { "\"s\($0.offset)\"" }
            skills.append("\"s\(sizes.count + i % others)\"")
            return #"{"skills":[\#(skills.joined(separator: ","))],"index":\#(i)}"#
        }
        var points: [Point] = []
        for (q, eligible) in sizes.enumerated() {
            let (cost, others) = try bench.measure(queue: q, samples: c.samples, warmup: c.warmup)
            points.append(Point(series: "eligible", totalWorkers: c.fixedTotal, eligibleWorkers: eligible, cost: cost,
                                otherProcessesCPU: others))
        }
        return points
    }
}

/// A workspace state driven directly, with a clock that moves one millisecond per command.
private struct Bench {
    var state: WorkspaceState
    var layout: BenchmarkWorkspace
    var now = Date(timeIntervalSince1970: 1_700_000_000)
    var workerCount = 0
    let ids = RandomIdentifierGenerator()
    static let account = "AC00000000000000000000000000000000"

    init(queues: Int) throws {
        var changes = ChangeSet()
        let ctx = OperationContext(now: now, ids: ids, accountSid: Self.account)
        state = try WorkspaceState.create(WorkspaceCreate(friendlyName: "Routing cost curve", multiTaskEnabled: true), ctx, &changes)
        layout = try BenchmarkWorkspace.create(queues: queues, &state, ctx, &changes)
    }

    mutating func context() -> OperationContext {
        now = now.addingTimeInterval(0.001)
        return OperationContext(now: now, ids: ids, accountSid: Self.account)
    }

    mutating func addWorkers(_ range: Range<Int>, attributes: (Int) -> String) throws {
        guard !range.isEmpty else { return }
        var changes = ChangeSet()
        try layout.addWorkers(range, capacity: 1, attributes: attributes, &state, context(), &changes)
        workerCount = range.upperBound
    }

    /// Times `createTask` for tasks routed to `queue`; each is then accepted and completed, untimed.
    mutating func measure(queue: Int, samples: Int, warmup: Int) throws -> (LatencySummary, Double?) {
        let attributes = BenchmarkWorkspace.taskAttributes(queue: queue)
        let clock = ContinuousClock()
        let cpuBefore = CPUUsage.now()
        let begin = clock.now
        var timings: [Int64] = []
        timings.reserveCapacity(samples)
        for i in 0..<(warmup + samples) {
            var changes = ChangeSet()
            let ctx = context()
            let input = TaskCreate(attributes: attributes, workflowSid: layout.workflowSid)
            let start = clock.now
            let task = try state.createTask(input, ctx, &changes)
            let elapsed = (clock.now - start).nanoseconds
            guard task.assignmentStatus == .reserved else {
                throw BenchmarkError("task \(task.sid) for queue s\(queue) was not reserved at once")
            }
            if i >= warmup { timings.append(elapsed) }
            try finish(task.sid, changes)
        }
        let others = CPUUsage.othersBusy(from: cpuBefore, to: CPUUsage.now(), seconds: (clock.now - begin).seconds)
        return (LatencySummary(nanoseconds: timings), others)
    }

    /// Accepts and completes the task's reservation so its worker is free again.
    private mutating func finish(_ taskSid: String, _ changes: ChangeSet) throws {
        var reservationSid: String?
        for case .upsert(.reservation(let r)) in changes.changes where r.taskSid == taskSid { reservationSid = r.sid }
        guard let reservationSid else { throw BenchmarkError("no reservation recorded for task \(taskSid)") }
        var done = ChangeSet()
        let ctx = context()
        _ = try state.updateReservation(reservationSid, ReservationUpdate(reservationStatus: .accepted), ifMatch: nil, ctx, &done)
        _ = try state.updateReservation(reservationSid, ReservationUpdate(reservationStatus: .completed), ifMatch: nil, ctx, &done)
        guard state.reservations[reservationSid]?.status == .completed else {
            throw BenchmarkError("reservation \(reservationSid) did not complete")
        }
    }
}

