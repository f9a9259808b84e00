public import Foundation

/// Acting on due deadlines: reservation timeouts, step timeouts, time-to-live, the 24-hour limit of
/// assigned tasks, and the purge of terminal tasks. Stale heap entries are recognised and dropped.
extension WorkspaceState {
    /// The earliest pending deadline, if any.
    public var nextDeadline: Date? { routing.deadlines.nextDate }

    /// Acts on every deadline due at `ctx.now`; returns how many took effect.
    @discardableResult
    public mutating func runDueTimers(_ ctx: OperationContext, _ changes: inout ChangeSet) -> Int {
        var acted = 0
        while let (date, deadline) = routing.deadlines.popDue(at: ctx.now) {
            if fire(deadline, scheduled: date, ctx, &changes) { acted += 1 }
        }
        return acted
    }

    private mutating func fire(_ deadline: Deadline, scheduled: Date, _ ctx: OperationContext, _ changes: inout ChangeSet) -> Bool {
        switch deadline {
        case .reservationTimeout(let sid):
            guard let r = reservations[sid], r.status == .pending, let at = r.timeoutAt, at <= ctx.now else { return false }
            timeOut(sid, ctx, &changes)
        case .stepTimeout(let sid):
            guard let t = tasks[sid], t.assignmentStatus == .pending, t.stepDeadline == scheduled else { return false }
            advance(sid, cause: .timeout, ctx, &changes, entry: scheduled)
        case .timeToLive(let sid):
            guard var t = tasks[sid], t.isRoutable, t.expiresAt <= ctx.now else { return false }
            cancel(&t, reason: "Task TTL Exceeded", ctx, &changes)
        case .systemDelete(let sid):
            guard let t = tasks[sid], t.assignmentStatus == .assigned || t.assignmentStatus == .wrapping,
                  (t.dateAssigned ?? t.dateUpdated).addingTimeInterval(Self.assignedLifetime) <= ctx.now else { return false }
            changes.record(event("task.system-deleted", resourceType: "task", resourceSid: sid,
                                 description: "Task \(sid) deleted by the system after 24 hours", data: taskData(t, now: ctx.now), ctx))
            let workers = (routing.byTask[sid] ?? []).compactMap { reservations[$0] }.filter { $0.status.isActive }.map(\.workerSid)
            purge(sid, &changes)
            for w in workers { offer(w, ctx, &changes) }
        case .timeOfDay(let sid):
            return retryForTimeOfDay(sid, scheduled: scheduled, ctx, &changes)
        case .queueTimeOfDay(let sid):
            return checkQueueForTimeOfDay(sid, scheduled: scheduled, ctx, &changes)
        case .purge(let sid):
            guard let t = tasks[sid], t.assignmentStatus.isTerminal,
                  t.dateUpdated.addingTimeInterval(Self.terminalRetention) <= ctx.now else { return false }
            purge(sid, &changes)
        }
        return true
    }

    /// Removes a task and its reservations from memory and the store, without an event.
    mutating func purge(_ sid: String, _ changes: inout ChangeSet) {
        for r in routing.byTask[sid] ?? [] { changes.delete(.reservation, r) }
        changes.delete(.task, sid)
        removeTask(sid)
    }
}
