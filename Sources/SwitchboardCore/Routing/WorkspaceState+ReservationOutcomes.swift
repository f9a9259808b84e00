import Foundation

/// What happens when a reservation is accepted, rejected, times out, is canceled or rescinded
/// (routing-semantics §4.4).
extension WorkspaceState {
    /// Accepts a pending reservation: the task is assigned, its other pending reservations are rescinded.
    mutating func accept(_ sid: String, _ ctx: OperationContext, _ changes: inout ChangeSet) {
        guard var r = reservations[sid], r.status == .pending, var task = tasks[r.taskSid] else { return }
        r.status = .accepted
        r.dateUpdated = ctx.now
        r.version += 1
        put(r)
        changes.upsert(.reservation(r))
        task.assignmentStatus = .assigned
        task.dateAssigned = ctx.now
        task.dateUpdated = ctx.now
        task.version += 1
        put(task)
        changes.upsert(.task(task))
        changes.record(reservationEvent("reservation.accepted", r, ctx))
        if !workspace.multiTaskEnabled, let activity = task.taskQueueSid.flatMap({ taskQueues[$0] })?.assignmentActivitySid {
            setActivity(r.workerSid, to: activity, ctx, &changes)
        }
        var freed: [String] = []
        for other in (routing.byTask[task.sid] ?? []).sorted() where other != sid {
            guard reservations[other]?.status == .pending else { continue }
            if let worker = end(other, as: .rescinded, ctx, &changes) { freed.append(worker) }
        }
        for worker in freed { offer(worker, ctx, &changes) }
    }

    /// Rejects a pending reservation; the worker moves to `activitySid` if given (else back from a
    /// reservation activity), and the task routes again.
    mutating func reject(_ sid: String, activitySid: String?, _ ctx: OperationContext, _ changes: inout ChangeSet) {
        guard let r = reservations[sid], r.status == .pending else { return }
        _ = end(sid, as: .rejected, ctx, &changes, restoreActivity: activitySid == nil)
        if let activitySid { setActivity(r.workerSid, to: activitySid, ctx, &changes) }
        afterReservationEnded(r.taskSid, ctx, &changes)
        offer(r.workerSid, ctx, &changes)
    }

    /// A pending reservation ran out of time: the worker moves to the workspace's timeout activity.
    mutating func timeOut(_ sid: String, _ ctx: OperationContext, _ changes: inout ChangeSet) {
        guard let r = reservations[sid], r.status == .pending else { return }
        _ = end(sid, as: .timeout, ctx, &changes, restoreActivity: false)
        if let activity = workspace.timeoutActivitySid { setActivity(r.workerSid, to: activity, ctx, &changes) }
        afterReservationEnded(r.taskSid, ctx, &changes)
        offer(r.workerSid, ctx, &changes)
    }

    /// Cancels a pending reservation (assignment callback failed, worker deleted); the task routes again.
    mutating func cancelReservation(_ sid: String, _ ctx: OperationContext, _ changes: inout ChangeSet) {
        guard let r = reservations[sid], r.status == .pending else { return }
        _ = end(sid, as: .canceled, ctx, &changes)
        afterReservationEnded(r.taskSid, ctx, &changes)
        offer(r.workerSid, ctx, &changes)
    }

    /// Ends a pending reservation with `status` and its event; returns the worker whose capacity it freed.
    @discardableResult
    mutating func end(
        _ sid: String, as status: ReservationStatus, _ ctx: OperationContext, _ changes: inout ChangeSet,
        restoreActivity: Bool = true
    ) -> String? {
        guard var r = reservations[sid], r.status == .pending else { return nil }
        r.status = status
        r.dateUpdated = ctx.now
        r.version += 1
        put(r)
        changes.upsert(.reservation(r))
        changes.record(reservationEvent("reservation.\(status.rawValue)", r, ctx))
        if restoreActivity, let previous = r.previousActivitySid { setActivity(r.workerSid, to: previous, ctx, &changes) }
        return r.workerSid
    }

    /// After a reservation ended without acceptance: when the task has no pending reservation left it
    /// becomes pending again and either leaves a step whose deadline passed or is offered again.
    mutating func afterReservationEnded(_ taskSid: String, _ ctx: OperationContext, _ changes: inout ChangeSet) {
        guard var task = tasks[taskSid], task.assignmentStatus == .reserved else { return }
        if (routing.byTask[taskSid] ?? []).contains(where: { reservations[$0]?.status == .pending }) { return }
        task.assignmentStatus = .pending
        task.dateUpdated = ctx.now
        task.version += 1
        let reevaluation = task.needsReevaluation ?? false
        task.needsReevaluation = nil
        put(task)
        changes.upsert(.task(task))
        if reevaluation {
            reevaluate(taskSid, ctx, &changes)
            if tasks[taskSid]?.assignmentStatus != .pending { return }
        }
        if let deadline = tasks[taskSid]?.stepDeadline, deadline <= ctx.now {
            // Deadlines stay on task age: the next step is entered at the passed deadline (§2.3.2).
            advance(taskSid, cause: .timeout, ctx, &changes, entry: deadline)
        } else {
            assign(taskSid, ctx, &changes)
        }
    }
}
