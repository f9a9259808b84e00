import Foundation
import SwitchboardCore
import SwitchboardEngine
import SwitchboardStore

/// The workspace of the statistics benchmark: queues, a workflow, workers and open tasks created
/// through the engine, and a recorded history of task lifecycles written through the store.
struct StatisticsHistory {
    struct Query {
        var name: String
        var path: String
        var body: String?
    }

    let workspaceSid: String
    let queueSids: [String]
    let workflowSid: String
    let workerSids: [String]
    let events: Int
    let writeSeconds: Double
    /// Counting the whole history into the statistics rollups, as the background roll-up does.
    let rollupSeconds: Double

    static func build(_ config: StatisticsBenchmark.Configuration, registry: EngineRegistry, account: Account,
                      log: @escaping @Sendable (String) -> Void) async throws -> StatisticsHistory {
        let caller = Caller(accountSid: account.sid)
        let workspace = try await registry.createWorkspace(
            WorkspaceCreate(friendlyName: "Statistics benchmark", multiTaskEnabled: false), caller: caller)
        let engine = try registry.engine(workspace.sid, account: account.sid)
        let (queues, workflow, workers, activities, channel) = try await engine.perform(caller) { s, ctx, changes in
            let queues = try (0..<config.queues).map { i in
                try s.createTaskQueue(TaskQueueInput(friendlyName: "Queue \(i)", targetWorkers: "1==1"), ctx, &changes).sid
            }
            let routing = #"{"task_routing":{"default_filter":{"queue":"\#(queues[0])"}}}"#
            let workflow = try s.createWorkflow(WorkflowInput(friendlyName: "Flow", configuration: routing), ctx, &changes).sid
            let workers = try (0..<config.workers).map { i in
                try s.createWorker(WorkerInput(friendlyName: "Worker \(i)"), ctx, &changes).sid
            }
            let byName = Dictionary(uniqueKeysWithValues: s.activities.values.map { ($0.friendlyName, $0.sid) })
            let activities = ["Offline", "Available", "Unavailable"].compactMap { byName[$0] }
            let channel = s.taskChannels.values.first { $0.uniqueName == "default" }?.sid ?? ""
            return (queues, workflow, workers, activities, channel)
        }
        var open = 0
        while open < config.openTasks {
            let batch = min(500, config.openTasks - open)
            try await engine.perform(caller) { s, ctx, changes in
                for _ in 0..<batch { _ = try s.createTask(TaskCreate(attributes: #"{"type":"open"}"#, workflowSid: workflow), ctx, &changes) }
            }
            open += batch
        }

        let now = Date()
        var workload = StatisticsWorkload(
            workspace: workspace, workflowSid: workflow, queueSids: queues, workerSids: workers, activitySids: activities,
            channelSid: channel, start: now.addingTimeInterval(-Double(config.days) * 86_400), end: now, seed: config.seed)
        let clock = ContinuousClock()
        let started = clock.now
        var written = 0
        func write(_ events: [WorkspaceEvent]) async throws {
            var changes = ChangeSet()
            events.forEach { changes.record($0) }
            try await registry.store.commit([changes])
            written += events.count
        }
        log("writing \(config.tasks) task lifecycles over \(config.days) days…")
        var index = 0
        while index < config.tasks {
            let upper = min(config.tasks, index + 1_000)
            var events: [WorkspaceEvent] = []
            for i in index..<upper { events += workload.taskEvents(i, of: config.tasks) }
            try await write(events)
            index = upper
            if index % 20_000 == 0 { log("  \(index) tasks, \(written) events") }
        }
        for worker in workers { try await write(workload.workerEvents(worker, changes: config.activityChanges)) }
        let seconds = Self.seconds(since: started, clock)
        log("wrote \(written) events in \(String(format: "%.1f", seconds)) s; rolling them up…")
        let rollupStarted = clock.now
        try await (registry.store as? any StatisticsStore)?.rollUpStatistics()
        let rollup = Self.seconds(since: rollupStarted, clock)
        log("rolled up in \(String(format: "%.1f", rollup)) s")
        return StatisticsHistory(workspaceSid: workspace.sid, queueSids: queues, workflowSid: workflow, workerSids: workers,
                                 events: written, writeSeconds: seconds, rollupSeconds: rollup)
    }

    static func seconds(since start: ContinuousClock.Instant, _ clock: ContinuousClock) -> Double {
        let elapsed = (clock.now - start).components
        return Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18
    }

    /// The requests timed: 30-day cumulative reads of every kind, the default window, and realtime reads.
    func queries() -> [Query] {
        let ws = "/v1/Workspaces/\(workspaceSid)"
        let month = "Minutes=43200"
        let split = "SplitByWaitTime=10,30,60,120"
        let bulk = queueSids.prefix(50).map { "\"\($0)\"" }.joined(separator: ",")
        return [
            Query(name: "workspace cumulative, 30 days, split", path: "\(ws)/CumulativeStatistics?\(month)&\(split)"),
            Query(name: "workspace combined, 30 days", path: "\(ws)/Statistics?\(month)"),
            Query(name: "workspace cumulative, 15 minutes", path: "\(ws)/CumulativeStatistics"),
            Query(name: "queue cumulative, 30 days, split", path: "\(ws)/TaskQueues/\(queueSids[0])/CumulativeStatistics?\(month)&\(split)"),
            Query(name: "workflow cumulative, 30 days", path: "\(ws)/Workflows/\(workflowSid)/CumulativeStatistics?\(month)"),
            Query(name: "queues list, 30 days", path: "\(ws)/TaskQueues/Statistics?\(month)&PageSize=50"),
            Query(name: "workers cumulative, 30 days", path: "\(ws)/Workers/CumulativeStatistics?\(month)"),
            Query(name: "workers of a queue, 30 days", path: "\(ws)/Workers/Statistics?\(month)&TaskQueueSid=\(queueSids[0])"),
            Query(name: "one worker, 30 days", path: "\(ws)/Workers/\(workerSids[0])/Statistics?\(month)"),
            Query(name: "workspace realtime", path: "\(ws)/RealTimeStatistics"),
            Query(name: "queue realtime", path: "\(ws)/TaskQueues/\(queueSids[0])/RealTimeStatistics"),
            Query(name: "bulk queue realtime", path: "\(ws)/TaskQueues/RealTimeStatistics", body: "{\"QueueSids\":[\(bulk)]}"),
        ]
    }
}
