/// Parameters of Workflow create and update; nil means "not sent".
public struct WorkflowInput: Sendable {
    public var friendlyName: String?
    public var configuration: String?
    public var assignmentCallbackUrl: String?
    public var fallbackAssignmentCallbackUrl: String?
    public var taskReservationTimeout: Int?
    public var reEvaluateTasks: Bool

    public init(
        friendlyName: String? = nil, configuration: String? = nil, assignmentCallbackUrl: String? = nil,
        fallbackAssignmentCallbackUrl: String? = nil, taskReservationTimeout: Int? = nil, reEvaluateTasks: Bool = false
    ) {
        self.friendlyName = friendlyName
        self.configuration = configuration
        self.assignmentCallbackUrl = assignmentCallbackUrl
        self.fallbackAssignmentCallbackUrl = fallbackAssignmentCallbackUrl
        self.taskReservationTimeout = taskReservationTimeout
        self.reEvaluateTasks = reEvaluateTasks
    }
}

/// Workflow commands: create, update (optionally re-evaluating pending tasks), delete.
extension WorkspaceState {
    /// The parsed configuration of `workflow`.
    public func workflowConfiguration(of workflow: Workflow) -> WorkflowConfiguration? {
        compiledWorkflows[workflow.sid]
    }

    /// Creates a workflow; `FriendlyName` and a valid `Configuration` are required.
    public mutating func createWorkflow(
        _ input: WorkflowInput, _ ctx: OperationContext, _ changes: inout ChangeSet
    ) throws(DomainError) -> Workflow {
        guard input.friendlyName != nil else { throw .invalid("Missing required parameter FriendlyName") }
        guard input.configuration != nil else { throw .invalid("Missing required parameter Configuration") }
        var wf = Workflow(sid: ctx.ids.makeSID(.workflow), workspaceSid: workspace.sid, friendlyName: "",
                          configuration: "", assignmentCallbackUrl: nil, fallbackAssignmentCallbackUrl: nil,
                          taskReservationTimeout: 120, dateCreated: ctx.now, dateUpdated: ctx.now)
        let compiled = try apply(input, to: &wf)
        workflows[wf.sid] = wf
        if let compiled { compiledWorkflows[wf.sid] = compiled }
        changes.upsert(.workflow(wf))
        changes.record(event("workflow.created", resourceType: "workflow", resourceSid: wf.sid,
                             description: "Workflow \(wf.friendlyName) created", data: workflowData(wf), ctx))
        return wf
    }

    /// Updates a workflow; with `ReEvaluateTasks`, pending tasks are placed again by the new configuration.
    public mutating func updateWorkflow(
        _ sid: String, _ input: WorkflowInput, _ ctx: OperationContext, _ changes: inout ChangeSet
    ) throws(DomainError) -> Workflow {
        var wf = try workflow(sid)
        let compiled = try apply(input, to: &wf)
        let stepsChanged = compiled != nil && compiled != compiledWorkflows[sid]
        if wf != workflows[sid] {
            wf.dateUpdated = ctx.now
            workflows[sid] = wf
            if let compiled { compiledWorkflows[sid] = compiled }
            changes.upsert(.workflow(wf))
            changes.record(event("workflow.updated", resourceType: "workflow", resourceSid: wf.sid,
                                 description: "Workflow \(wf.friendlyName) updated", data: workflowData(wf), ctx))
        }
        if !input.reEvaluateTasks, stepsChanged, let compiled {
            replaceRemovedSteps(of: sid, in: compiled, ctx, &changes)
        }
        if input.reEvaluateTasks {
            let pending = tasks.values.filter { $0.workflowSid == sid && $0.assignmentStatus == .pending }
            for task in pending.sorted(by: { $0.sid < $1.sid }) { reevaluate(task.sid, ctx, &changes) }
            // Reserved tasks are re-evaluated when they next return to pending (§2.3.5).
            for var task in tasks.values where task.workflowSid == sid && task.assignmentStatus == .reserved {
                task.needsReevaluation = true
                put(task)
                changes.upsert(.task(task))
            }
        }
        return wf
    }

    /// Without `ReEvaluateTasks`, open tasks stay in their step and queue, now governed by the new
    /// configuration's target at the same position (pending ones are offered again under it). A task
    /// whose step no longer exists there (no target at that position, or one routing to another queue)
    /// is placed again: now if pending, on its return to pending if reserved (docs/compatibility.md).
    private mutating func replaceRemovedSteps(of sid: String, in config: WorkflowConfiguration, _ ctx: OperationContext,
                                              _ changes: inout ChangeSet) {
        func stepExists(_ task: WorkTask) -> Bool {
            guard let index = task.routingTargetIndex else { return true }
            return config.target(filterIndex: task.routingFilterIndex, targetIndex: index)?.queueSid == task.taskQueueSid
        }
        let open = tasks.values.filter { $0.workflowSid == sid && $0.isRoutable }
        for task in open.sorted(by: { $0.sid < $1.sid }) {
            if stepExists(task) {
                // The step's new expression may admit workers the old one did not.
                if task.assignmentStatus == .pending { assign(task.sid, ctx, &changes) }
            } else if task.assignmentStatus == .pending {
                reevaluate(task.sid, ctx, &changes)
            } else {
                var t = task
                t.needsReevaluation = true
                put(t)
                changes.upsert(.task(t))
            }
        }
    }

    /// Deletes a workflow that controls no open task.
    public mutating func deleteWorkflow(_ sid: String, _ ctx: OperationContext, _ changes: inout ChangeSet) throws(DomainError) {
        let wf = try workflow(sid)
        if tasks.values.contains(where: { $0.workflowSid == sid && !$0.assignmentStatus.isTerminal }) {
            throw .invalid("Workflow \(sid) cannot be deleted while it controls open tasks")
        }
        workflows[sid] = nil
        compiledWorkflows[sid] = nil
        changes.delete(.workflow, sid)
        changes.record(event("workflow.deleted", resourceType: "workflow", resourceSid: sid,
                             description: "Workflow \(wf.friendlyName) deleted", data: workflowData(wf), ctx))
    }

    /// Checks and copies the input onto `wf`; returns the parsed configuration when a new one was given.
    private func apply(_ input: WorkflowInput, to wf: inout Workflow) throws(DomainError) -> WorkflowConfiguration? {
        if let v = input.friendlyName { wf.friendlyName = try Validate.friendlyName(v) }
        if let v = input.assignmentCallbackUrl {
            let url = try Validate.callbackURL(v, parameter: "AssignmentCallbackUrl")
            wf.assignmentCallbackUrl = url.isEmpty ? nil : url
        }
        if let v = input.fallbackAssignmentCallbackUrl {
            let url = try Validate.callbackURL(v, parameter: "FallbackAssignmentCallbackUrl")
            wf.fallbackAssignmentCallbackUrl = url.isEmpty ? nil : url
        }
        if let v = input.taskReservationTimeout {
            wf.taskReservationTimeout = try Validate.int(v, in: 1...86_400, parameter: "TaskReservationTimeout")
        }
        guard let text = input.configuration else { return nil }
        do {
            let queues = taskQueues
            let compiled = try WorkflowConfiguration.parse(text, queueExists: { queues[$0] != nil })
            wf.configuration = text
            return compiled
        } catch {
            throw .invalid("Invalid Configuration: \(error.message)")
        }
    }
}
