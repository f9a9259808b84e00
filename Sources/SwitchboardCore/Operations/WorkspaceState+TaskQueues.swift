/// Parameters of TaskQueue create and update; nil means "not sent".
public struct TaskQueueInput: Sendable {
    public var friendlyName: String?
    public var targetWorkers: String?
    public var maxReservedWorkers: Int?
    public var taskOrder: QueueOrder?
    public var reservationActivitySid: String?
    public var assignmentActivitySid: String?

    public init(
        friendlyName: String? = nil, targetWorkers: String? = nil, maxReservedWorkers: Int? = nil,
        taskOrder: QueueOrder? = nil, reservationActivitySid: String? = nil, assignmentActivitySid: String? = nil
    ) {
        self.friendlyName = friendlyName
        self.targetWorkers = targetWorkers
        self.maxReservedWorkers = maxReservedWorkers
        self.taskOrder = taskOrder
        self.reservationActivitySid = reservationActivitySid
        self.assignmentActivitySid = assignmentActivitySid
    }
}

/// TaskQueue commands: create, update, delete.
extension WorkspaceState {
    static let maxTaskQueues = 5000

    /// Creates a task queue; `FriendlyName` is required and unique in the workspace.
    public mutating func createTaskQueue(
        _ input: TaskQueueInput, _ ctx: OperationContext, _ changes: inout ChangeSet
    ) throws(DomainError) -> TaskQueue {
        guard let rawName = input.friendlyName else { throw .invalid("Missing required parameter FriendlyName") }
        guard taskQueues.count < Self.maxTaskQueues else {
            throw .invalid("Workspace \(workspace.sid) already has the maximum of \(Self.maxTaskQueues) task queues")
        }
        var q = TaskQueue(sid: ctx.ids.makeSID(.taskQueue), workspaceSid: workspace.sid, friendlyName: rawName,
                          targetWorkers: "1==1", maxReservedWorkers: 1, taskOrder: .fifo, reservationActivitySid: nil,
                          assignmentActivitySid: nil, dateCreated: ctx.now, dateUpdated: ctx.now)
        try apply(input, to: &q)
        taskQueues[q.sid] = q
        reindexQueue(q.sid)
        changes.upsert(.taskQueue(q))
        changes.record(event("task-queue.created", resourceType: "task-queue", resourceSid: q.sid,
                             description: "Task queue \(q.friendlyName) created", data: taskQueueData(q), ctx))
        return q
    }

    /// Updates a task queue; a new `TargetWorkers` applies to future eligibility only.
    public mutating func updateTaskQueue(
        _ sid: String, _ input: TaskQueueInput, _ ctx: OperationContext, _ changes: inout ChangeSet
    ) throws(DomainError) -> TaskQueue {
        var q = try taskQueue(sid)
        let previousExpression = q.targetWorkers
        try apply(input, to: &q)
        guard q != taskQueues[sid] else { return q }  // nothing changed: no new date, no event
        q.dateUpdated = ctx.now
        taskQueues[sid] = q
        reindexQueue(sid)
        changes.upsert(.taskQueue(q))
        if q.targetWorkers != previousExpression {
            changes.record(event("task-queue.expression.updated", resourceType: "task-queue", resourceSid: q.sid,
                                 description: "Task queue \(q.friendlyName) target workers updated",
                                 data: taskQueueData(q), ctx))
        }
        for task in routing.pendingByQueue[sid] ?? [] { assign(task, ctx, &changes) }
        return q
    }

    /// Deletes a queue that holds no pending or reserved task and that no workflow routes to.
    public mutating func deleteTaskQueue(_ sid: String, _ ctx: OperationContext, _ changes: inout ChangeSet) throws(DomainError) {
        let q = try taskQueue(sid)
        if tasks.values.contains(where: {
            $0.taskQueueSid == sid && ($0.assignmentStatus == .pending || $0.assignmentStatus == .reserved)
        }) {
            throw .invalid("Task queue \(sid) cannot be deleted while it holds pending or reserved tasks")
        }
        if let wf = workflows.values.sorted(by: { $0.sid < $1.sid }).first(where: { workflowConfiguration(of: $0)?.referencedQueueSids.contains(sid) ?? false }) {
            throw .invalid("Task queue \(sid) cannot be deleted because workflow \(wf.sid) routes to it")
        }
        taskQueues[sid] = nil
        reindexQueue(sid)
        changes.delete(.taskQueue, sid)
        changes.record(event("task-queue.deleted", resourceType: "task-queue", resourceSid: sid,
                             description: "Task queue \(q.friendlyName) deleted", data: taskQueueData(q), ctx))
    }

    private func apply(_ input: TaskQueueInput, to q: inout TaskQueue) throws(DomainError) {
        if let v = input.friendlyName {
            let name = try Validate.friendlyName(v)
            if taskQueues.values.contains(where: { $0.sid != q.sid && $0.friendlyName == name }) {
                throw .invalid("Queue named \(name) already exists for workspace \(workspace.sid) for account \(workspace.accountSid)")
            }
            q.friendlyName = name
        }
        if let v = input.targetWorkers {
            do { _ = try Expression.parse(v, context: .targetWorkers) } catch {
                throw .invalid("TargetWorkers: \(error.message)")
            }
            q.targetWorkers = v
        }
        if let v = input.maxReservedWorkers { q.maxReservedWorkers = try Validate.int(v, in: 1...50, parameter: "MaxReservedWorkers") }
        if let v = input.taskOrder { q.taskOrder = v }
        if let v = input.reservationActivitySid { q.reservationActivitySid = try activityReference(v, parameter: "ReservationActivitySid") }
        if let v = input.assignmentActivitySid { q.assignmentActivitySid = try activityReference(v, parameter: "AssignmentActivitySid") }
    }

    /// An activity SID of this workspace; the empty string clears the reference.
    func activityReference(_ value: String, parameter: String) throws(DomainError) -> String? {
        if value.isEmpty { return nil }
        guard activities[value] != nil else { throw .invalid("\(parameter) \(value) is not an activity of workspace \(workspace.sid)") }
        return value
    }
}
