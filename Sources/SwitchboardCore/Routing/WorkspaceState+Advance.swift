import Foundation

/// Moving a task on through its workflow when a step times out or is skipped (routing-semantics §2.3.3).
extension WorkspaceState {
    enum AdvanceCause { case timeout, skip }

    /// Enters the next step (next target, else the next matching filter; for a skip, the default filter
    /// once), or cancels the task when there is none.
    mutating func advance(_ sid: String, cause: AdvanceCause, _ ctx: OperationContext, _ changes: inout ChangeSet, entry: Date? = nil) {
        guard var task = tasks[sid], task.assignmentStatus == .pending, let wf = task.workflowSid,
              let config = compiledWorkflows[wf] else { return }
        let attributes = (try? JSONValue.parse(task.attributes)) ?? .object([:])
        if cause == .timeout {
            changes.record(event("task-queue.timeout", resourceType: "task", resourceSid: sid,
                                 description: "Task \(sid) timed out of its workflow step", data: taskData(task, now: ctx.now), ctx))
        }
        var next: RoutingStep?
        if let f = task.routingFilterIndex, let t = task.routingTargetIndex {
            next = config.step(after: f, targetIndex: t, taskAttributes: attributes, now: ctx.now)
            if next == nil, cause == .skip, !(task.enteredDefault ?? false), config.defaultFilter != nil {
                next = config.step(filterIndex: nil, targetIndex: 0)
            }
        }
        guard let next else {
            let (type, reason) = cause == .timeout
                ? ("workflow.timeout", "Task canceled on Workflow timeout")
                : ("workflow.skipped", "Task canceled on Workflow skip")
            changes.record(event(type, resourceType: "task", resourceSid: sid, description: reason,
                                 data: taskData(task, now: ctx.now), ctx))
            cancel(&task, reason: reason, ctx, &changes)
            return
        }
        task.dateUpdated = ctx.now
        task.version += 1
        enter(next, task: &task, ctx, &changes, entry: entry)
        put(task)
        changes.upsert(.task(task))
        assign(sid, ctx, &changes, skipCheck: true)
    }
}
