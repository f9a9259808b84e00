/// Parameters of Worker create and update; nil means "not sent".
public struct WorkerInput: Sendable {
    public var friendlyName: String?
    public var activitySid: String?
    public var attributes: String?
    public var rejectPendingReservations: Bool

    public init(friendlyName: String? = nil, activitySid: String? = nil, attributes: String? = nil, rejectPendingReservations: Bool = false) {
        self.friendlyName = friendlyName
        self.activitySid = activitySid
        self.attributes = attributes
        self.rejectPendingReservations = rejectPendingReservations
    }
}

/// Worker commands: create, update (activity, attributes, name), delete.
extension WorkspaceState {
    static let maxWorkers = 15_000

    /// Creates a worker in the workspace's default activity (unless one is given), with a channel per task channel.
    public mutating func createWorker(
        _ input: WorkerInput, _ ctx: OperationContext, _ changes: inout ChangeSet
    ) throws(DomainError) -> Worker {
        guard let rawName = input.friendlyName else { throw .invalid("Missing required parameter FriendlyName") }
        let name = try Validate.friendlyName(rawName)
        try checkWorkerNameFree(name, except: nil)
        let attributes = try input.attributes.map { (v) throws(DomainError) in try Validate.attributes(v) } ?? "{}"
        let activitySid: String
        if let v = input.activitySid {
            guard activities[v] != nil else { throw .invalid("ActivitySid \(v) is not an activity of workspace \(workspace.sid)") }
            activitySid = v
        } else if let v = workspace.defaultActivitySid, activities[v] != nil {
            activitySid = v
        } else {
            throw .invalid("Workspace \(workspace.sid) has no default activity; ActivitySid is required")
        }
        guard workers.count < Self.maxWorkers else {
            throw .invalid("Workspace \(workspace.sid) already has the maximum of \(Self.maxWorkers) workers")
        }
        let w = Worker(sid: ctx.ids.makeSID(.worker), workspaceSid: workspace.sid, friendlyName: name,
                       activitySid: activitySid, attributes: attributes, dateCreated: ctx.now, dateUpdated: ctx.now,
                       dateStatusChanged: ctx.now, version: 0)
        put(w)
        changes.upsert(.worker(w))
        for c in taskChannels.values.sorted(by: { $0.sid < $1.sid }) {
            addWorkerChannel(worker: w.sid, channel: c.sid, ctx, &changes)
        }
        changes.record(event("worker.created", resourceType: "worker", resourceSid: w.sid,
                             description: "Worker \(name) created", data: workerData(w), ctx))
        offer(w.sid, ctx, &changes)
        return workers[w.sid] ?? w
    }

    /// Updates a worker; `ifMatch`, when given, must equal the current version.
    public mutating func updateWorker(
        _ sid: String, _ input: WorkerInput, ifMatch: String?, _ ctx: OperationContext, _ changes: inout ChangeSet
    ) throws(DomainError) -> Worker {
        var w = try worker(sid)
        try checkVersion(ifMatch, current: w.version, resource: "Worker \(sid)")
        var newActivity: Activity?
        if let v = input.friendlyName {
            let name = try Validate.friendlyName(v)
            try checkWorkerNameFree(name, except: sid)
            w.friendlyName = name
        }
        let attributesChanged = input.attributes.map { $0 != w.attributes } ?? false
        if let v = input.attributes { w.attributes = try Validate.attributes(v) }
        if let v = input.activitySid {
            guard let a = activities[v] else { throw .invalid("ActivitySid \(v) is not an activity of workspace \(workspace.sid)") }
            if v != w.activitySid { newActivity = a }
        }
        if input.rejectPendingReservations {
            guard let target = newActivity ?? input.activitySid.flatMap({ activities[$0] }), !target.available else {
                throw .invalid("RejectPendingReservations requires ActivitySid of an unavailable activity")
            }
        }
        if w == workers[sid] && newActivity == nil && !input.rejectPendingReservations { return w }  // nothing changed
        w.dateUpdated = ctx.now
        w.version += 1
        put(w)
        changes.upsert(.worker(w))
        if attributesChanged {
            changes.record(event("worker.attributes.update", resourceType: "worker", resourceSid: sid,
                                 description: "Worker \(w.friendlyName) attributes updated", data: workerData(w), ctx))
        }
        if input.rejectPendingReservations, let target = input.activitySid {
            let pending = (routing.activeByWorker[sid] ?? []).sorted().filter { reservations[$0]?.status == .pending }
            for r in pending { reject(r, activitySid: target, ctx, &changes) }
        }
        if let a = newActivity { setActivity(sid, to: a.sid, ctx, &changes) }
        offer(sid, ctx, &changes)
        return workers[sid] ?? w
    }

    /// Deletes a worker with its channels; its pending reservations are canceled.
    public mutating func deleteWorker(_ sid: String, ifMatch: String?, _ ctx: OperationContext, _ changes: inout ChangeSet) throws(DomainError) {
        let w = try worker(sid)
        try checkVersion(ifMatch, current: w.version, resource: "Worker \(sid)")
        let pending = (routing.activeByWorker[sid] ?? []).sorted().filter { reservations[$0]?.status == .pending }
        var tasksToRoute: [String] = []
        for r in pending {
            if let taskSid = reservations[r]?.taskSid { tasksToRoute.append(taskSid) }
            end(r, as: .canceled, ctx, &changes, restoreActivity: false)
        }
        for wc in workerChannels.values where wc.workerSid == sid {
            removeWorkerChannel(wc.sid)
            changes.delete(.workerChannel, wc.sid)
        }
        removeWorker(sid)
        changes.delete(.worker, sid)
        changes.record(event("worker.deleted", resourceType: "worker", resourceSid: sid,
                             description: "Worker \(w.friendlyName) deleted", data: workerData(w), ctx))
        for taskSid in tasksToRoute { afterReservationEnded(taskSid, ctx, &changes) }
    }

    private func checkWorkerNameFree(_ name: String, except sid: String?) throws(DomainError) {
        if let other = routing.workerNames[name.lowercased()], other != sid {
            throw .invalid("Worker with friendly name \(name) already exists for workspace \(workspace.sid)")
        }
    }

    /// Compares an `If-Match` value (quotes tolerated) with the current version.
    func checkVersion(_ ifMatch: String?, current: Int, resource: String) throws(DomainError) {
        guard var expected = ifMatch?.trimmingCharacters(in: .whitespaces) else { return }
        if expected.hasPrefix("W/") { expected.removeFirst(2) }
        if expected.count >= 2, expected.hasPrefix("\""), expected.hasSuffix("\"") { expected = String(expected.dropFirst().dropLast()) }
        guard expected == String(current) else {
            throw .versionMismatch("\(resource) has version \(current), but If-Match requires \(expected)")
        }
    }
}
