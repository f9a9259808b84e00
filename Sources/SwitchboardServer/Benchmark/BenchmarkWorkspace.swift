import Foundation
import SwitchboardCore

/// Builds the benchmark workspace with the same commands the REST API runs: queues selecting workers by a
/// skill attribute, one workflow filter per queue, and Available workers with a raised channel capacity.
///
/// Worker `i` has the skills `s(i mod Q)`, `s((i + Q/k) mod Q)`, … (`k` = queues per worker), so with
/// `k = 1` the queues split the workers into disjoint groups and with `k > 1` each worker serves several queues.
struct BenchmarkWorkspace: Sendable {
    var queueSids: [String] = []
    var workflowSid = ""
    var availableActivitySid = ""
    var defaultChannelSid = ""

    /// Task attributes that the workflow routes to queue `q`.
    static func taskAttributes(queue q: Int) -> String { #"{"skill":"s\#(q)","benchmark":true}"# }

    /// The queues a worker belongs to.
    static func skills(ofWorker i: Int, queues: Int, queuesPerWorker k: Int) -> [Int] {
        let k = max(1, min(k, queues))
        let stride = max(1, queues / k)
        var result: [Int] = []
        for j in 0..<k {
            let q = (i + j * stride) % queues
            if !result.contains(q) { result.append(q) }
        }
        return result
    }

    /// Creates `queues` queues (`skills HAS 'sN'`) and a workflow with one filter per queue
    /// (`skill == 'sN'`; the default filter goes to queue 0).
    static func create(queues: Int, _ state: inout WorkspaceState, _ ctx: OperationContext, _ changes: inout ChangeSet) throws -> BenchmarkWorkspace {
        var layout = BenchmarkWorkspace()
        guard let available = state.listActivities(friendlyName: "Available", available: true).first,
              let channel = state.taskChannels.values.first(where: { $0.uniqueName == "default" }) else {
            throw BenchmarkError("the new workspace lacks the Available activity or the default task channel")
        }
        layout.availableActivitySid = available.sid
        layout.defaultChannelSid = channel.sid
        for q in 0..<queues {
            let queue = try state.createTaskQueue(
                TaskQueueInput(friendlyName: "Bench queue s\(q)", targetWorkers: "skills HAS 's\(q)'"), ctx, &changes)
            layout.queueSids.append(queue.sid)
        }
        let filters = layout.queueSids.enumerated().map { q, sid in
            #"{"filter_friendly_name":"s\#(q)","expression":"skill == 's\#(q)'","targets":[{"queue":"\#(sid)"}]}"#
        }
        let configuration = #"{"task_routing":{"filters":[\#(filters.joined(separator: ","))],"default_filter":{"queue":"\#(layout.queueSids[0])"}}}"#
        layout.workflowSid = try state.createWorkflow(
            WorkflowInput(friendlyName: "Bench workflow", configuration: configuration), ctx, &changes).sid
        return layout
    }

    /// Creates Available workers `range` with `attributes(i)` and sets their default channel's capacity.
    func addWorkers(
        _ range: Range<Int>, capacity: Int, attributes: (Int) -> String,
        _ state: inout WorkspaceState, _ ctx: OperationContext, _ changes: inout ChangeSet
    ) throws {
        for i in range {
            let before = changes.changes.count
            let worker = try state.createWorker(
                WorkerInput(friendlyName: "bench-worker-\(i)", activitySid: availableActivitySid, attributes: attributes(i)),
                ctx, &changes)
            guard capacity != 1 else { continue }
            // The channel's SID comes from the changes just recorded: looking it up by name scans every channel.
            var channelSid: String?
            for change in changes.changes[before...] {
                if case .upsert(.workerChannel(let wc)) = change, wc.workerSid == worker.sid, wc.taskChannelSid == defaultChannelSid {
                    channelSid = wc.sid
                }
            }
            guard let channelSid else { throw BenchmarkError("worker \(worker.sid) has no default channel") }
            _ = try state.updateWorkerChannel(channelSid, worker: worker.sid, capacity: capacity, available: true, ctx, &changes)
        }
    }

    /// Worker attributes for the skill layout.
    static func workerAttributes(_ i: Int, queues: Int, queuesPerWorker: Int) -> String {
        let skills = skills(ofWorker: i, queues: queues, queuesPerWorker: queuesPerWorker).map { "\"s\($0)\"" }
        return #"{"skills":[\#(skills.joined(separator: ","))],"index":\#(i)}"#
    }
}
