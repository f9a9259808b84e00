/// TaskChannel commands: create, update, delete; each keeps the workers' channels in step.
extension WorkspaceState {
    /// Creates a task channel and a worker channel (capacity 1, available) for every worker.
    public mutating func createTaskChannel(
        friendlyName: String, uniqueName: String, channelOptimizedRouting: Bool?,
        _ ctx: OperationContext, _ changes: inout ChangeSet
    ) throws(DomainError) -> TaskChannel {
        let name = try Validate.friendlyName(friendlyName)
        let unique = try Validate.friendlyName(uniqueName, parameter: "UniqueName")
        if taskChannels.values.contains(where: { $0.uniqueName == unique }) {
            throw .invalid("Task channel with unique name \(unique) already exists for workspace \(workspace.sid)")
        }
        if SIDPrefix.isWellFormed(unique) { throw .invalid("UniqueName must not have the form of a SID") }
        let c = TaskChannel(sid: ctx.ids.makeSID(.taskChannel), workspaceSid: workspace.sid, friendlyName: name,
                            uniqueName: unique, channelOptimizedRouting: channelOptimizedRouting ?? false,
                            dateCreated: ctx.now, dateUpdated: ctx.now)
        taskChannels[c.sid] = c
        changes.upsert(.taskChannel(c))
        for w in workers.values.sorted(by: { $0.sid < $1.sid }) {
            addWorkerChannel(worker: w.sid, channel: c.sid, ctx, &changes)
        }
        changes.record(event("task-channel.created", resourceType: "task-channel", resourceSid: c.sid,
                             description: "Task channel \(unique) created", data: taskChannelData(c), ctx))
        return c
    }

    /// Updates a task channel's friendly name or routing flag.
    public mutating func updateTaskChannel(
        _ key: String, friendlyName: String?, channelOptimizedRouting: Bool?,
        _ ctx: OperationContext, _ changes: inout ChangeSet
    ) throws(DomainError) -> TaskChannel {
        var c = try taskChannel(key)
        if let v = friendlyName { c.friendlyName = try Validate.friendlyName(v) }
        if let v = channelOptimizedRouting { c.channelOptimizedRouting = v }
        guard c != taskChannels[c.sid] else { return c }  // nothing changed: no new date, no event
        c.dateUpdated = ctx.now
        taskChannels[c.sid] = c
        changes.upsert(.taskChannel(c))
        changes.record(event("task-channel.updated", resourceType: "task-channel", resourceSid: c.sid,
                             description: "Task channel \(c.uniqueName) updated", data: taskChannelData(c), ctx))
        return c
    }

    /// Deletes a task channel that no open task uses, with its worker channels.
    public mutating func deleteTaskChannel(_ key: String, _ ctx: OperationContext, _ changes: inout ChangeSet) throws(DomainError) {
        let c = try taskChannel(key)
        if tasks.values.contains(where: { $0.taskChannelSid == c.sid && !$0.assignmentStatus.isTerminal }) {
            throw .invalid("Task channel \(c.sid) cannot be deleted while open tasks use it")
        }
        taskChannels[c.sid] = nil
        changes.delete(.taskChannel, c.sid)
        for wc in workerChannels.values where wc.taskChannelSid == c.sid {
            removeWorkerChannel(wc.sid)
            changes.delete(.workerChannel, wc.sid)
        }
        changes.record(event("task-channel.deleted", resourceType: "task-channel", resourceSid: c.sid,
                             description: "Task channel \(c.uniqueName) deleted", data: taskChannelData(c), ctx))
    }

    mutating func addWorkerChannel(worker: String, channel: String, _ ctx: OperationContext, _ changes: inout ChangeSet) {
        let wc = WorkerChannel(sid: ctx.ids.makeSID(.workerChannel), workspaceSid: workspace.sid, workerSid: worker,
                               taskChannelSid: channel, configuredCapacity: 1, available: true,
                               dateCreated: ctx.now, dateUpdated: ctx.now)
        put(wc)
        changes.upsert(.workerChannel(wc))
    }
}
