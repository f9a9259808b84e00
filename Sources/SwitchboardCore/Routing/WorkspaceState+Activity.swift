import Foundation

/// Changing a worker's activity, from the API or by the engine (routing-semantics §4.5).
extension WorkspaceState {
    /// Moves a worker to `activitySid`, records `worker.activity.update`, and updates its queue memberships.
    /// Events go to `changes`, or into `pending` (to be recorded by the caller in its own order).
    mutating func setActivity(
        _ workerSid: String, to activitySid: String, _ ctx: OperationContext, _ changes: inout ChangeSet,
        emitFirst pending: inout [WorkspaceEvent]
    ) {
        guard var w = workers[workerSid], w.activitySid != activitySid, activities[activitySid] != nil else { return }
        let previous = w
        w.activitySid = activitySid
        w.dateStatusChanged = ctx.now
        w.dateUpdated = ctx.now
        w.version += 1
        put(w)
        changes.upsert(.worker(w))
        var data = workerData(w)
        let elapsed = max(0, ctx.now.timeIntervalSince(previous.dateStatusChanged))
        data["worker_previous_activity_sid"] = previous.activitySid
        data["worker_previous_activity_name"] = activities[previous.activitySid]?.friendlyName ?? ""
        data["worker_time_in_previous_activity"] = String(Int(elapsed))
        data["worker_time_in_previous_activity_ms"] = String(Int(elapsed * 1000))
        pending.append(event("worker.activity.update", resourceType: "worker", resourceSid: workerSid,
                             description: "Worker \(w.friendlyName) updated to \(activities[activitySid]?.friendlyName ?? "") Activity",
                             data: data, ctx))
    }

    /// Moves a worker to `activitySid` and records the event at once.
    mutating func setActivity(_ workerSid: String, to activitySid: String, _ ctx: OperationContext, _ changes: inout ChangeSet) {
        var events: [WorkspaceEvent] = []
        setActivity(workerSid, to: activitySid, ctx, &changes, emitFirst: &events)
        events.forEach { changes.record($0) }
    }
}
