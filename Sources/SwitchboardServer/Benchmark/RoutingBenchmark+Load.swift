import Foundation
import SwitchboardCore
import SwitchboardEngine
import Synchronization

/// The load drivers: open loop at a fixed rate, closed loop with a fixed number of creators.
extension RoutingBenchmark {
    func drive(
        _ load: Load, queueChoices: [Int], creator: TaskCreator, layout: BenchmarkWorkspace,
        registry: EngineRegistry, store: TimedStore
    ) async throws -> RoutingLoadResult {
        let recorder = LatencyRecorder(capacity: queueChoices.count)
        let workflowSid = layout.workflowSid
        let attributes = (0..<layout.queueSids.count).map { BenchmarkWorkspace.taskAttributes(queue: $0) }
        let clock = ContinuousClock()
        let commitsBefore = await registry.committer.transactions
        _ = store.takeCommits()
        let cpuBefore = CPUUsage.now()
        let start = clock.now
        let send: @Sendable (Int, ContinuousClock.Instant) async -> Void = { q, since in
            recorder.begin()
            do {
                let reserved: Bool
                switch creator {
                case .engine(let engine, let caller):
                    let task = try await engine.perform(caller) { state, ctx, changes in
                        // The command's own time on the engine actor (no queueing, no commit).
                        let started = clock.now
                        defer { recorder.engineTime(nanoseconds: (clock.now - started).nanoseconds) }
                        return try state.createTask(TaskCreate(attributes: attributes[q], workflowSid: workflowSid), ctx, &changes)
                    }
                    reserved = task.assignmentStatus == .reserved
                case .http(let client):
                    reserved = try await client.createTask(attributes: attributes[q], workflowSid: workflowSid)
                }
                recorder.end(nanoseconds: (clock.now - since).nanoseconds, reserved: reserved)
            } catch {
                recorder.fail(error)
            }
        }
        let mode: String
        var targetRate: Double?
        switch load {
        case .open(let rate):
            mode = "open"
            targetRate = rate
            let interval = 1e9 / rate
            await withDiscardingTaskGroup { group in
                for (i, q) in queueChoices.enumerated() {
                    // Latency counts from the scheduled start, so a late sender cannot hide queueing delay.
                    let due = start.advanced(by: .nanoseconds(Int64(Double(i) * interval)))
                    if clock.now < due { try? await clock.sleep(until: due, tolerance: .microseconds(50)) }
                    group.addTask { await send(q, due) }
                }
            }
        case .closed(let concurrency):
            mode = "closed"
            let cursor = SharedCursor()
            await withDiscardingTaskGroup { group in
                for _ in 0..<max(1, concurrency) {
                    group.addTask {
                        while true {
                            let i = cursor.next()
                            guard i < queueChoices.count else { return }
                            await send(queueChoices[i], clock.now)
                        }
                    }
                }
            }
        }
        let seconds = (clock.now - start).seconds
        let othersBusy = CPUUsage.othersBusy(from: cpuBefore, to: CPUUsage.now(), seconds: seconds)
        let commits = await registry.committer.transactions - commitsBefore
        let timedCommits = store.takeCommits()
        let outcome = recorder.snapshot()
        if let error = outcome.firstError, outcome.reserved == 0 {
            throw BenchmarkError("every task create failed; the first error: \(error)")
        }
        let concurrencySeen: Int
        if case .closed(let c) = load { concurrencySeen = c } else { concurrencySeen = outcome.maxInFlight }
        return RoutingLoadResult(
            mode: mode, targetRate: targetRate, concurrency: concurrencySeen, tasks: queueChoices.count,
            reserved: outcome.reserved, failed: outcome.failed, seconds: seconds,
            tasksPerSecond: Double(outcome.reserved) / seconds, latency: LatencySummary(nanoseconds: outcome.samples),
            engineTime: LatencySummary(nanoseconds: outcome.engineSamples),
            commits: commits, commitsPerSecond: Double(commits) / seconds,
            tasksPerCommit: commits == 0 ? 0 : Double(queueChoices.count) / Double(commits),
            commitTime: LatencySummary(nanoseconds: timedCommits.map(\.nanoseconds)), otherProcessesCPU: othersBusy)
    }
}

/// How the benchmark creates a task: a command on the engine, or `POST /Tasks` over HTTP.
enum TaskCreator: Sendable {
    case engine(WorkspaceEngine, Caller)
    case http(HTTPTaskClient)
}

/// Collects the latency of every create, and counts what did not route.
final class LatencyRecorder: Sendable {
    struct State {
        var samples: [Int64] = []
        var engineSamples: [Int64] = []
        var reserved = 0
        var failed = 0
        var inFlight = 0
        var maxInFlight = 0
        var firstError: String?
    }

    private let state: Mutex<State>

    init(capacity: Int) {
        var s = State()
        s.samples.reserveCapacity(capacity)
        s.engineSamples.reserveCapacity(capacity)
        state = Mutex(s)
    }

    func begin() {
        state.withLock { s in
            s.inFlight += 1
            s.maxInFlight = max(s.maxInFlight, s.inFlight)
        }
    }

    /// A create that returned; only tasks that came back reserved count as routed.
    func end(nanoseconds: Int64, reserved: Bool) {
        state.withLock { s in
            s.inFlight -= 1
            if reserved {
                s.reserved += 1
                s.samples.append(nanoseconds)
            } else {
                s.failed += 1
                if s.firstError == nil { s.firstError = "a task came back without a reservation" }
            }
        }
    }

    /// The time one create spent running on the engine actor.
    func engineTime(nanoseconds: Int64) {
        state.withLock { $0.engineSamples.append(nanoseconds) }
    }

    func fail(_ error: any Error) {
        state.withLock { s in
            s.inFlight -= 1
            s.failed += 1
            if s.firstError == nil { s.firstError = String(describing: error) }
        }
    }

    func snapshot() -> State { state.withLock { $0 } }
}

/// The index of the next task to send, shared by the closed-loop creators.
final class SharedCursor: Sendable {
    private let value = Atomic<Int>(0)

    func next() -> Int { value.add(1, ordering: .relaxed).oldValue }
}
