import Foundation

/// Placing tasks into workflow steps and queues (routing-semantics §2.3.1, §2.3.2, §2.3.5).
extension WorkspaceState {
    /// Enters a workflow step: priority from the target, queue change with its events.
    /// `entry` is when the step is entered (the previous deadline, for a timely timeout-driven advance).
    mutating func enter(_ step: RoutingStep, task: inout WorkTask, _ ctx: OperationContext, _ changes: inout ChangeSet, entry: Date? = nil) {
        task.routingFilterIndex = step.filterIndex
        task.routingTargetIndex = step.targetIndex
        task.stepDeadline = step.timeout.map { (entry ?? ctx.now).addingTimeInterval(TimeInterval($0)) }
        if step.isDefault { task.enteredDefault = true }
        if let p = step.priority { task.priority = p }
        var data = taskData(task, now: ctx.now)
        data["workflow_filter_name"] = step.filterIndex.flatMap { i in
            task.workflowSid.flatMap { compiledWorkflows[$0] }?.filters[i].friendlyName
        } ?? "Default Filter"
        data["workflow_target_index"] = String(step.targetIndex)
        changes.record(event("workflow.target-matched", resourceType: "task", resourceSid: task.sid,
                             description: "Task \(task.sid) matched a workflow target", data: data, ctx))
        enterQueue(step.queueSid, task: &task, ctx, &changes)
    }

    /// Moves a task into `queueSid`; nothing happens when it is already there.
    mutating func enterQueue(_ queueSid: String, task: inout WorkTask, _ ctx: OperationContext, _ changes: inout ChangeSet) {
        guard task.taskQueueSid != queueSid else { return }
        let hadQueue = task.taskQueueSid != nil
        task.taskQueueSid = queueSid
        task.taskQueueEnteredDate = ctx.now
        if hadQueue {
            changes.record(event("task-queue.moved", resourceType: "task", resourceSid: task.sid,
                                 description: "Task \(task.sid) moved to another queue", data: taskData(task, now: ctx.now), ctx))
        }
        changes.record(event("task-queue.entered", resourceType: "task", resourceSid: task.sid,
                             description: "Task \(task.sid) entered queue", data: taskData(task, now: ctx.now), ctx))
    }

    /// Runs a pending task through its workflow again; it keeps its step when the same filter matches.
    mutating func reevaluate(_ sid: String, _ ctx: OperationContext, _ changes: inout ChangeSet) {
        guard var task = tasks[sid], task.assignmentStatus == .pending,
              let config = task.workflowSid.flatMap({ compiledWorkflows[$0] }) else { return }
        let attributes = (try? JSONValue.parse(task.attributes)) ?? .object([:])
        guard let step = config.initialStep(taskAttributes: attributes, now: ctx.now) else {
            changes.record(event("workflow.timeout", resourceType: "task", resourceSid: sid,
                                 description: "Task \(sid) matches no filter of its workflow any more",
                                 data: taskData(task, now: ctx.now), ctx))
            cancel(&task, reason: "Task canceled on Workflow timeout", ctx, &changes)
            return
        }
        // The same filter keeps the task where it is, as long as its current target still routes to its queue.
        if step.filterIndex == task.routingFilterIndex, let index = task.routingTargetIndex,
           config.target(filterIndex: step.filterIndex, targetIndex: index)?.queueSid == task.taskQueueSid {
            return
        }
        enter(step, task: &task, ctx, &changes)
        put(task)
        changes.upsert(.task(task))
        assign(sid, ctx, &changes, skipCheck: true)
    }
}
