import Foundation
import SwitchboardCore

/// A deterministic stream of task, reservation and worker events, with the statistics facts it must
/// produce counted independently of the store (for the store's agreement tests).
struct SyntheticWorkload {
    struct Fact {
        var scope: String
        var metric: StatisticsMetric
        var at: Int64
        var channel: String
        var wait: Int?
        var queueWait: Int?
    }

    var rng: SplitMix64
    var events: [WorkspaceEvent] = []
    var facts: [Fact] = []
    var periods: [(scope: String, period: ActivityPeriod)] = []
    /// 2026-01-01T00:00:00Z in milliseconds.
    let start: Int64 = 1_767_225_600_000
    var end: Int64 = 1_767_225_600_000
    private var pending: [(at: Int64, order: Int, event: WorkspaceEvent)] = []

    /// The workspace of the events; the seed also marks their SIDs, so workloads can share a store.
    let workspaceSid: String
    private let seed: UInt64

    init(seed: UInt64, workspaceSid: String = "WS1") {
        rng = SplitMix64(seed: seed)
        self.seed = seed
        self.workspaceSid = workspaceSid
    }

    mutating func generate(tasks: Int, workers: Int, days: Int) {
        end = start + Int64(days) * 86_400_000
        for i in 0..<tasks { task(i, workers: workers) }
        for w in 1...workers { worker(w, deleted: w == workers) }
        events = pending.sorted { ($0.at, $0.order) < ($1.at, $1.order) }.map(\.event)
    }

    private mutating func random(_ range: ClosedRange<Int64>) -> Int64 { Int64.random(in: range, using: &rng) }

    private mutating func task(_ i: Int, workers: Int) {
        let sid = String(format: "WT%032x", i)
        let created = start + random(0...(end - start))
        let workflow = ["WW1", "WW2"][Int(random(0...1))]
        let channel = ["TC1", "TC2"][Int(random(0...1))]
        var queue = ["WQ1", "WQ2"][Int(random(0...1))]
        var entered = created
        var at = created
        func age(_ t: Int64) -> Int { Int((t - created) / 1_000) }
        var base: [String: String] = ["task_sid": sid, "workflow_sid": workflow, "task_channel_sid": channel]
        func emit(_ type: String, _ at: Int64, queue: String?, worker: String? = nil, countFor previous: String? = nil) {
            var data = base
            data["task_age"] = String(age(at))
            if let queue { data["task_queue_sid"] = queue }
            if let worker { data["worker_sid"] = worker; data["reservation_sid"] = "WR" + sid.dropFirst(2) }
            add(type, at, data)
            guard let metric = StatisticsMetric(rawValue: type) else { return }
            var scopes = ["", workflow]
            if let q = previous ?? queue { scopes.append(q) }
            if let worker, type.hasPrefix("reservation.") { scopes.append(worker) }
            let wait = metric == .reservationAccepted || metric == .taskCanceled ? age(at) : nil
            let queueWait = metric == .reservationAccepted ? Int((at - entered) / 1_000) : nil
            for scope in scopes { facts.append(Fact(scope: scope, metric: metric, at: at, channel: channel, wait: wait, queueWait: queueWait)) }
        }
        emit("task.created", at, queue: nil)
        emit("workflow.entered", at, queue: nil)
        emit("task-queue.entered", at, queue: queue)
        if random(0...9) < 3 {
            at += random(1...7_200_000)
            let previous = queue
            queue = queue == "WQ1" ? "WQ2" : "WQ1"
            emit("task-queue.moved", at, queue: queue, countFor: previous)
            entered = at
            emit("task-queue.entered", at, queue: queue)
        }
        base["task_queue_sid"] = queue
        let worker = "WK\(random(1...Int64(workers)))"
        at += random(0...600_000)
        emit("reservation.created", at, queue: queue, worker: worker)
        at += random(0...300_000)
        switch random(0...7) {
        case 0...3:
            emit("reservation.accepted", at, queue: queue, worker: worker)
            emit("task.completed", at + random(0...900_000), queue: queue)
        case 4:
            emit(["reservation.rejected", "reservation.timeout", "reservation.rescinded"][Int(random(0...2))], at, queue: queue, worker: worker)
            emit("task.canceled", at + random(0...900_000), queue: queue)
        case 5:
            emit("reservation.canceled", at, queue: queue, worker: worker)
            emit("workflow.timeout", at, queue: queue)
            emit("task.canceled", at, queue: queue)
        default:
            emit("reservation.timeout", at, queue: queue, worker: worker)
            emit(random(0...1) == 0 ? "task.deleted" : "task.system-deleted", at + random(0...60_000), queue: queue)
        }
    }

    private mutating func worker(_ n: Int, deleted: Bool) {
        let sid = "WK\(n)"
        var activity = "WA0"
        var since = start
        add("worker.created", since, ["worker_sid": sid, "worker_activity_sid": activity])
        var at = start
        while true {
            at += random(0...9) == 0 ? random(86_400_000...200_000_000) : random(0...5_400_000)
            guard at < end else { break }
            let next = "WA\(random(0...2))"
            add("worker.activity.update", at, [
                "worker_sid": sid, "worker_activity_sid": next, "worker_previous_activity_sid": activity,
                "worker_time_in_previous_activity_ms": String(at - since),
            ])
            record(sid, ActivityPeriod(activitySid: activity, startMs: since, endMs: at))
            (activity, since) = (next, at)
        }
        if deleted {
            let gone = end
            add("worker.deleted", gone, ["worker_sid": sid, "worker_activity_sid": activity])
            record(sid, ActivityPeriod(activitySid: activity, startMs: since, endMs: gone))
        }
    }

    private mutating func record(_ worker: String, _ period: ActivityPeriod) {
        periods.append(("", period))
        periods.append((worker, period))
    }

    private mutating func add(_ type: String, _ at: Int64, _ data: [String: String]) {
        let event = WorkspaceEvent(
            sid: String(format: "EV%08llx%024x", seed, pending.count), workspaceSid: workspaceSid, accountSid: "AC1", eventType: type,
            description: type, eventDate: Date(timeIntervalSince1970: Double(at) / 1_000), resourceType: "task",
            resourceSid: data["task_sid"] ?? data["worker_sid"] ?? "", actorType: "workspace", actorSid: workspaceSid, source: "twilio",
            sourceIpAddress: nil, data: data)
        pending.append((at, pending.count, event))
    }

    func expectedFigures(scope: String, _ range: Range<Int64>, channel: String?) -> CumulativeFigures {
        var figures = CumulativeFigures()
        for f in facts where f.scope == scope && range.contains(f.at) && (channel == nil || f.channel == channel) {
            var totals = MetricTotals(count: 1)
            if let w = f.wait { totals.wait.add(w) }
            if let q = f.queueWait { totals.queueWait.add(q) }
            figures.metrics[f.metric, default: MetricTotals()].merge(totals)
            if let w = f.wait { if f.metric == .reservationAccepted { figures.acceptedWaits.append(w) } else { figures.canceledWaits.append(w) } }
        }
        return figures
    }

    func expectedDurations(scope: String, _ range: Range<Int64>) -> ActivityDurations {
        var durations = ActivityDurations()
        for p in periods where p.scope == scope { durations.add(p.period, clippedTo: range) }
        return durations
    }
}

/// A small, seeded random number generator.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
