import Foundation

/// Task commands: create (with workflow placement), update (status moves, attributes, priority), delete.
extension WorkspaceState {
    static let priorityRange = 0...2_147_483_647
    static let timeoutRange = 1...1_209_600
    static let earliestStart = Date(timeIntervalSince1970: -2_208_988_800)  // 1900-01-01T00:00:00Z

    /// Creates a task and places it into a queue by its workflow, a queue SID, or a routing target.
    public mutating func createTask(_ input: TaskCreate, _ ctx: OperationContext, _ changes: inout ChangeSet) throws(DomainError) -> WorkTask {
        let attributes = try input.attributes.map { (v) throws(DomainError) in try Validate.attributes(v) } ?? "{}"
        let priority = try input.priority.map { (v) throws(DomainError) in try Validate.int(v, in: Self.priorityRange, parameter: "Priority") }
        let timeout = try input.timeout.map { (v) throws(DomainError) in try Validate.int(v, in: Self.timeoutRange, parameter: "Timeout") } ?? 86_400
        let start = try input.virtualStartTime.map { (v) throws(DomainError) in try checkVirtualStartTime(v, now: ctx.now) } ?? ctx.now
        let channel = try taskChannelReference(input.taskChannel ?? "default")
        var workflowSid = input.workflowSid
        var queueSid = input.taskQueueSid
        var workerTarget: String?
        if let target = input.routingTarget {
            switch SIDPrefix.of(target) {
            case .workflow?: workflowSid = target
            case .taskQueue?: queueSid = target
            case .worker?:
                guard workers[target] != nil else { throw .invalid("RoutingTarget \(target) is not a worker of workspace \(workspace.sid)") }
                workerTarget = target
            default: throw .invalid("RoutingTarget must be the SID of a Worker, a TaskQueue or a Workflow")
            }
        }
        if input.ignoreCapacity != nil && workerTarget == nil {
            throw .invalid("IgnoreCapacity can only be used with a Worker RoutingTarget")
        }
        if let q = queueSid, taskQueues[q] == nil { throw .invalid("TaskQueueSid \(q) is not a task queue of workspace \(workspace.sid)") }
        if let wf = workflowSid {
            guard workflows[wf] != nil else { throw .invalid("WorkflowSid \(wf) is not a workflow of workspace \(workspace.sid)") }
        } else if queueSid == nil && workerTarget == nil {
            guard workflows.count == 1, let only = workflows.keys.first else {
                throw .invalid(workflows.isEmpty
                    ? "Workspace \(workspace.sid) has no workflow; create one or pass WorkflowSid"
                    : "Missing required parameter WorkflowSid: workspace \(workspace.sid) has more than one workflow")
            }
            workflowSid = only
        }
        var step: RoutingStep?
        if let wf = workflowSid, queueSid == nil, workerTarget == nil {
            guard let config = compiledWorkflows[wf] else { throw .invalid("Workflow \(wf) has an unusable configuration") }
            step = config.initialStep(taskAttributes: (try? JSONValue.parse(attributes)) ?? .object([:]), now: ctx.now)
            guard step != nil else {
                throw .invalid("Task attributes match no filter of workflow \(wf), and the workflow has no default_filter")
            }
        }
        var task = WorkTask(
            sid: ctx.ids.makeSID(.task), workspaceSid: workspace.sid, attributes: attributes, assignmentStatus: .pending,
            priority: priority ?? 0, reason: nil, taskQueueSid: nil, taskChannelSid: channel.sid, workflowSid: workflowSid,
            timeout: timeout, virtualStartTime: start, taskQueueEnteredDate: nil, routingTarget: input.routingTarget,
            ignoreCapacity: workerTarget == nil ? nil : (input.ignoreCapacity ?? true), addons: "{}",
            routingFilterIndex: nil, routingTargetIndex: nil, dateCreated: ctx.now, dateUpdated: ctx.now, version: 0
        )
        changes.record(event("task.created", resourceType: "task", resourceSid: task.sid,
                             description: "Task \(task.sid) created", data: taskData(task, now: ctx.now), ctx))
        if let step {
            changes.record(event("workflow.entered", resourceType: "task", resourceSid: task.sid,
                                 description: "Task \(task.sid) entered workflow", data: taskData(task, now: ctx.now), ctx))
            enter(step, task: &task, ctx, &changes)
        } else if let queueSid {
            enterQueue(queueSid, task: &task, ctx, &changes)
        }
        put(task)
        changes.upsert(.task(task))
        assign(task.sid, ctx, &changes, skipCheck: step != nil)
        return tasks[task.sid] ?? task
    }

    /// Updates a task; status moves follow the lifecycle of routing-semantics §3.1.
    public mutating func updateTask(
        _ sid: String, _ input: TaskUpdate, ifMatch: String?, _ ctx: OperationContext, _ changes: inout ChangeSet
    ) throws(DomainError) -> WorkTask {
        var task = try task(sid)
        try checkVersion(ifMatch, current: task.version, resource: "Task \(sid)")
        let attributes = try input.attributes.map { (v) throws(DomainError) in try Validate.attributes(v) }
        let priority = try input.priority.map { (v) throws(DomainError) in try Validate.int(v, in: Self.priorityRange, parameter: "Priority") }
        let start = try input.virtualStartTime.map { (v) throws(DomainError) in try checkVirtualStartTime(v, now: ctx.now) }
        let channel = try input.taskChannel.map { (v) throws(DomainError) in try taskChannelReference(v) }
        if let status = input.assignmentStatus {
            try checkTransition(of: task, to: status, reason: input.reason, attributesChanged: attributes != nil)
        }
        if task.assignmentStatus.isTerminal && (attributes != nil || priority != nil || channel != nil || start != nil) {
            throw .invalid("Cannot update task \(sid) in workspace \(workspace.sid) because it is \(task.assignmentStatus.rawValue)")
        }
        if let channel, channel.sid != task.taskChannelSid, task.assignmentStatus != .pending {
            throw .invalid("TaskChannel of task \(sid) can only be changed while the task is pending")
        }
        var fieldsChanged = false
        if let v = attributes, v != task.attributes { task.attributes = v; fieldsChanged = true }
        if let v = priority, v != task.priority { task.priority = v; fieldsChanged = true }
        if let v = start, v != task.virtualStartTime { task.virtualStartTime = v; fieldsChanged = true }
        if let v = channel, v.sid != task.taskChannelSid { task.taskChannelSid = v.sid; fieldsChanged = true }
        if !fieldsChanged && input.assignmentStatus == nil { return task }  // nothing changed: no new version, no event
        task.dateUpdated = ctx.now
        task.version += 1
        if fieldsChanged && attributes != nil && task.assignmentStatus == .reserved { task.needsReevaluation = true }
        put(task)
        changes.upsert(.task(task))
        if fieldsChanged {
            changes.record(event("task.updated", resourceType: "task", resourceSid: sid,
                                 description: "Task \(sid) updated", data: taskData(task, now: ctx.now), ctx))
            if task.assignmentStatus == .pending && input.assignmentStatus == nil {
                if attributes != nil { reevaluate(sid, ctx, &changes) }
                assign(sid, ctx, &changes)
            }
        }
        if let status = input.assignmentStatus, var current = tasks[sid] {
            move(&current, to: status, reason: input.reason, ctx, &changes)
        }
        return tasks[sid] ?? task
    }

    /// Deletes a task in any state; its pending reservations are canceled first.
    public mutating func deleteTask(_ sid: String, ifMatch: String?, _ ctx: OperationContext, _ changes: inout ChangeSet) throws(DomainError) {
        let task = try task(sid)
        try checkVersion(ifMatch, current: task.version, resource: "Task \(sid)")
        var freed: [String] = []
        for r in (routing.byTask[sid] ?? []).sorted().compactMap({ reservations[$0] }) {
            if r.status == .pending {
                var canceled = r
                canceled.status = .canceled
                changes.record(reservationEvent("reservation.canceled", canceled, ctx))
                if let previous = r.previousActivitySid { setActivity(r.workerSid, to: previous, ctx, &changes) }
            }
            if r.status.isActive { freed.append(r.workerSid) }
        }
        changes.record(event("task.deleted", resourceType: "task", resourceSid: sid,
                             description: "Task \(sid) deleted", data: taskData(task, now: ctx.now), ctx))
        purge(sid, &changes)
        for worker in freed { offer(worker, ctx, &changes) }
    }

    private func checkVirtualStartTime(_ value: Date, now: Date) throws(DomainError) -> Date {
        guard value <= now else { throw .invalid("VirtualStartTime must not be in the future") }
        guard value >= Self.earliestStart else { throw .invalid("VirtualStartTime must not be before the year 1900") }
        return value
    }

    private func taskChannelReference(_ key: String) throws(DomainError) -> TaskChannel {
        do { return try taskChannel(key) } catch {
            throw .invalid("TaskChannel \(key) is not a task channel of workspace \(workspace.sid)")
        }
    }
}
