import Foundation
import SwitchboardCore

/// The recorded history the statistics benchmark queries: task lifecycles spread evenly over the
/// window, with the events the engine records for them, and workers changing activity.
struct StatisticsWorkload {
    let workspace: Workspace
    let workflowSid: String
    let queueSids: [String]
    let workerSids: [String]
    let activitySids: [String]
    let channelSid: String
    let start: Date
    let end: Date
    var random: SeededGenerator
    private var next = 0

    init(workspace: Workspace, workflowSid: String, queueSids: [String], workerSids: [String], activitySids: [String],
         channelSid: String, start: Date, end: Date, seed: UInt64) {
        self.workspace = workspace
        self.workflowSid = workflowSid
        self.queueSids = queueSids
        self.workerSids = workerSids
        self.activitySids = activitySids
        self.channelSid = channelSid
        self.start = start
        self.end = end
        random = SeededGenerator(seed: seed)
    }

    /// The events of task `index` of `count`: created at its slot of the window, then routed, reserved and
    /// (mostly) accepted and completed; some are moved, rejected, timed out or canceled.
    mutating func taskEvents(_ index: Int, of count: Int) -> [WorkspaceEvent] {
        let span = end.timeIntervalSince(start) - 3_600
        let created = start.addingTimeInterval(span * Double(index) / Double(count))
        let sid = String(format: "WT%032x", index)
        var queue = queueSids[index % queueSids.count]
        var events: [WorkspaceEvent] = []
        func emit(_ type: String, _ at: Date, worker: String? = nil, resource: String = "task") {
            var data: [String: String] = [
                "task_sid": sid, "task_attributes": #"{"type":"support","customer":"C\#(index % 977)"}"#,
                "task_age": String(Int(at.timeIntervalSince(created))), "task_priority": "0", "task_channel_sid": channelSid,
                "task_channel_unique_name": "default", "task_queue_sid": queue, "workflow_sid": workflowSid,
                "task_assignment_status": "pending",
            ]
            if let worker { data["worker_sid"] = worker; data["reservation_sid"] = "WR" + sid.dropFirst(2) }
            events.append(event(type, at, resource: resource, data: data))
        }
        emit("task.created", created)
        emit("workflow.entered", created)
        emit("workflow.target-matched", created)
        emit("task-queue.entered", created)
        var at = created
        if Int.random(in: 0..<10, using: &random) == 0 {
            at += 30
            emit("task-queue.timeout", at)
            queue = queueSids[(index + 1) % queueSids.count]
            emit("task-queue.moved", at)
            emit("task-queue.entered", at)
        }
        let worker = workerSids[Int.random(in: 0..<workerSids.count, using: &random)]
        at += Double(Int.random(in: 0...300, using: &random))
        emit("reservation.created", at, worker: worker, resource: "reservation")
        at += Double(Int.random(in: 2...30, using: &random))
        switch Int.random(in: 0..<20, using: &random) {
        case 0:
            emit("reservation.rejected", at, worker: worker, resource: "reservation")
            emit("task.canceled", at + 60)
        case 1:
            emit("reservation.timeout", at, worker: worker, resource: "reservation")
            emit("reservation.canceled", at, worker: worker, resource: "reservation")
            emit("task.canceled", at)
        default:
            emit("reservation.accepted", at, worker: worker, resource: "reservation")
            at += Double(Int.random(in: 60...900, using: &random))
            emit("task.wrapup", at)
            emit("reservation.wrapup", at, worker: worker, resource: "reservation")
            emit("task.completed", at + 30)
            emit("reservation.completed", at + 30, worker: worker, resource: "reservation")
        }
        return events
    }

    /// A worker's day: Available and Unavailable in turns of a few minutes while on shift, Offline at night.
    mutating func workerEvents(_ worker: String, changes: Int) -> [WorkspaceEvent] {
        var events: [WorkspaceEvent] = []
        var activity = activitySids[0]
        var since = start
        let step = end.timeIntervalSince(start) / Double(changes + 1)
        for i in 1...changes {
            let at = start.addingTimeInterval(step * Double(i) + Double(Int.random(in: 0...30, using: &random)))
            let nextActivity = i % 24 == 0 ? activitySids[0] : activitySids[1 + i % 2]
            events.append(event("worker.activity.update", at, resource: "worker", data: [
                "worker_sid": worker, "worker_name": worker, "worker_activity_sid": nextActivity,
                "worker_previous_activity_sid": activity,
                "worker_time_in_previous_activity_ms": String(Int(at.timeIntervalSince(since) * 1_000)),
            ]))
            (activity, since) = (nextActivity, at)
        }
        return events
    }

    private mutating func event(_ type: String, _ at: Date, resource: String, data: [String: String]) -> WorkspaceEvent {
        next += 1
        return WorkspaceEvent(
            sid: String(format: "EV%032x", next), workspaceSid: workspace.sid, accountSid: workspace.accountSid, eventType: type,
            description: type, eventDate: at, resourceType: resource, resourceSid: data["task_sid"] ?? data["worker_sid"] ?? "",
            actorType: "workspace", actorSid: workspace.sid, source: "twilio", sourceIpAddress: nil, data: data)
    }
}
