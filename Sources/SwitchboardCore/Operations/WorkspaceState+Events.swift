import Foundation

/// Builders of the event log entries and their field data (routing-semantics §5.2).
extension WorkspaceState {
    /// A new event caused by an API caller.
    func event(
        _ type: String, resourceType: String, resourceSid: String, description: String,
        data: [String: String], _ ctx: OperationContext
    ) -> WorkspaceEvent {
        var data = data
        data["workspace_sid"] = workspace.sid
        data["workspace_name"] = workspace.friendlyName
        data["account_sid"] = workspace.accountSid
        return WorkspaceEvent(
            sid: ctx.ids.makeSID(.event), workspaceSid: workspace.sid, accountSid: workspace.accountSid,
            eventType: type, description: description, eventDate: ctx.now, resourceType: resourceType,
            resourceSid: resourceSid, actorType: ctx.byEngine ? "workspace" : "account",
            actorSid: ctx.byEngine ? workspace.sid : ctx.accountSid, source: ctx.byEngine ? "twilio" : "api",
            sourceIpAddress: ctx.byEngine ? nil : ctx.sourceIPAddress, data: data
        )
    }

    func activityData(_ a: Activity) -> [String: String] {
        ["activity_sid": a.sid, "activity_name": a.friendlyName, "activity_available": String(a.available)]
    }

    func taskChannelData(_ c: TaskChannel) -> [String: String] {
        [
            "task_channel_sid": c.sid, "task_channel_name": c.friendlyName, "task_channel_unique_name": c.uniqueName,
            "task_channel_optimized_routing": String(c.channelOptimizedRouting),
        ]
    }

    func taskQueueData(_ q: TaskQueue) -> [String: String] {
        [
            "task_queue_sid": q.sid, "task_queue_name": q.friendlyName,
            "task_queue_target_expression": q.targetWorkers, "task_queue_expression": q.targetWorkers,
        ]
    }

    func workflowData(_ w: Workflow) -> [String: String] {
        ["workflow_sid": w.sid, "workflow_name": w.friendlyName]
    }

    func workerData(_ w: Worker) -> [String: String] {
        [
            "worker_sid": w.sid, "worker_name": w.friendlyName, "worker_attributes": w.attributes,
            "worker_activity_sid": w.activitySid, "worker_activity_name": activities[w.activitySid]?.friendlyName ?? "",
            "worker_version": String(w.version),
        ]
    }

    /// Task fields, plus its queue and workflow fields when it has them.
    func taskData(_ t: WorkTask, now: Date) -> [String: String] {
        var d: [String: String] = [
            "task_sid": t.sid, "task_attributes": t.attributes, "task_age": String(t.age(at: now)),
            "task_priority": String(t.priority), "task_assignment_status": t.assignmentStatus.rawValue,
            "task_channel_sid": t.taskChannelSid,
            "task_channel_unique_name": taskChannels[t.taskChannelSid]?.uniqueName ?? "",
        ]
        if t.assignmentStatus == .canceled, let r = t.reason { d["task_canceled_reason"] = r }
        if t.assignmentStatus == .completed, let r = t.reason { d["task_completed_reason"] = r }
        if let q = t.taskQueueSid.flatMap({ taskQueues[$0] }) { d.merge(taskQueueData(q)) { a, _ in a } }
        if let w = t.workflowSid.flatMap({ workflows[$0] }) { d.merge(workflowData(w)) { a, _ in a } }
        if let known = knownWorker(of: t) { d[known.key] = known.value }
        return d
    }

    /// The known worker a task's current step targets (§2.5), as event data: `known_worker_sid` or
    /// `known_worker_friendly_name` with the value resolved from the task's attributes.
    func knownWorker(of t: WorkTask) -> (key: String, value: String)? {
        guard let index = t.routingTargetIndex, let wf = t.workflowSid,
              let known = compiledWorkflows[wf]?.target(filterIndex: t.routingFilterIndex, targetIndex: index)?.knownWorker,
              case .string(let value) = known.value(in: (try? JSONValue.parse(t.attributes)) ?? .object([:]))
        else { return nil }
        return (known.kind == .sid ? "known_worker_sid" : "known_worker_friendly_name", value)
    }
}
