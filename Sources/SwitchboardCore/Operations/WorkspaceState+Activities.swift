/// Activity commands: create, update (name only), delete.
extension WorkspaceState {
    static let maxActivities = 100

    /// Creates an activity; names are unique in the workspace, compared case-insensitively.
    public mutating func createActivity(
        friendlyName: String, available: Bool, _ ctx: OperationContext, _ changes: inout ChangeSet
    ) throws(DomainError) -> Activity {
        let name = try Validate.friendlyName(friendlyName)
        try checkActivityNameFree(name, except: nil)
        guard activities.count < Self.maxActivities else {
            throw .invalid("Workspace \(workspace.sid) already has the maximum of \(Self.maxActivities) activities")
        }
        let a = Activity(sid: ctx.ids.makeSID(.activity), workspaceSid: workspace.sid, friendlyName: name,
                         available: available, dateCreated: ctx.now, dateUpdated: ctx.now)
        activities[a.sid] = a
        changes.upsert(.activity(a))
        changes.record(event("activity.created", resourceType: "activity", resourceSid: a.sid,
                             description: "Activity \(name) created", data: activityData(a), ctx))
        return a
    }

    /// Renames an activity (the only mutable field).
    public mutating func updateActivity(
        _ sid: String, friendlyName: String?, _ ctx: OperationContext, _ changes: inout ChangeSet
    ) throws(DomainError) -> Activity {
        var a = try activity(sid)
        if let v = friendlyName {
            let name = try Validate.friendlyName(v)
            try checkActivityNameFree(name, except: sid)
            a.friendlyName = name
        }
        guard a != activities[sid] else { return a }  // nothing changed: no new date, no event
        a.dateUpdated = ctx.now
        activities[sid] = a
        for w in workers.values where w.activitySid == sid { reindexWorker(w.sid) }
        changes.upsert(.activity(a))
        changes.record(event("activity.updated", resourceType: "activity", resourceSid: a.sid,
                             description: "Activity \(a.friendlyName) updated", data: activityData(a), ctx))
        return a
    }

    /// Deletes an activity no worker, queue or workspace setting refers to.
    public mutating func deleteActivity(_ sid: String, _ ctx: OperationContext, _ changes: inout ChangeSet) throws(DomainError) {
        let a = try activity(sid)
        if workspace.defaultActivitySid == sid || workspace.timeoutActivitySid == sid {
            throw .invalid("Activity \(sid) is the default or timeout activity of workspace \(workspace.sid) and cannot be deleted")
        }
        if workers.values.contains(where: { $0.activitySid == sid }) {
            throw .invalid("Activity \(sid) cannot be deleted because workers are currently in it")
        }
        if let q = taskQueues.values.first(where: { $0.reservationActivitySid == sid || $0.assignmentActivitySid == sid }) {
            throw .invalid("Activity \(sid) cannot be deleted because task queue \(q.sid) refers to it")
        }
        activities[sid] = nil
        changes.delete(.activity, sid)
        changes.record(event("activity.deleted", resourceType: "activity", resourceSid: sid,
                             description: "Activity \(a.friendlyName) deleted", data: activityData(a), ctx))
    }

    private func checkActivityNameFree(_ name: String, except sid: String?) throws(DomainError) {
        let lower = name.lowercased()
        if activities.values.contains(where: { $0.sid != sid && $0.friendlyName.lowercased() == lower }) {
            throw .invalid("Activity named \(name) already exists for workspace \(workspace.sid)")
        }
    }
}
