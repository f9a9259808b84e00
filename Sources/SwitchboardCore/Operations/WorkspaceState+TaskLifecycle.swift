/// The status moves a client may ask for and their effects (routing-semantics §3.1).
extension WorkspaceState {
    func checkTransition(of task: WorkTask, to status: AssignmentStatus, reason: String?, attributesChanged: Bool) throws(DomainError) {
        let from = task.assignmentStatus
        let allowed: Bool = switch status {
        case .canceled: from == .pending || from == .reserved
        case .wrapping: from == .assigned
        case .completed: from == .assigned || from == .wrapping
        case .pending, .reserved, .assigned: false
        }
        guard allowed else {
            let verb = switch status {
            case .canceled: "cancel"
            case .wrapping: "wrap up"
            case .completed: "complete"
            default: "set \(status.rawValue) on"
            }
            let why = status == .pending || status == .reserved || status == .assigned
                ? "the status \(status.rawValue) is set by the router only"
                : "it's currently \(from.rawValue)"
            throw .invalid("Cannot \(verb) a task \(task.sid) in workspace \(workspace.sid) for account \(workspace.accountSid) because \(why)")
        }
        if status == .canceled || status == .completed, (reason ?? "").isEmpty {
            throw .invalid("Reason is required when setting AssignmentStatus to \(status.rawValue)")
        }
        if attributesChanged && (status == .wrapping || status == .completed) {
            throw .invalid("Attributes and AssignmentStatus \(status.rawValue) must be updated in separate requests")
        }
    }

    /// Performs a checked status move: the task's reservations end as the lifecycle says, the task is
    /// stored, and workers whose capacity was freed are offered other tasks.
    mutating func move(_ task: inout WorkTask, to status: AssignmentStatus, reason: String?, _ ctx: OperationContext, _ changes: inout ChangeSet) {
        task.assignmentStatus = status
        task.dateUpdated = ctx.now
        if status == .canceled || status == .completed { task.reason = reason }
        let type: String
        let reservationMove: (from: Set<ReservationStatus>, to: ReservationStatus, type: String)
        switch status {
        case .canceled:
            type = "task.canceled"
            reservationMove = ([.pending], .canceled, "reservation.canceled")
        case .wrapping:
            type = "task.wrapup"
            reservationMove = ([.accepted], .wrapping, "reservation.wrapup")
        default:
            type = "task.completed"
            reservationMove = ([.accepted, .wrapping], .completed, "reservation.completed")
        }
        put(task)
        // Event SIDs are time-ordered: create them in the order they are recorded (§5.4): for a cancel the
        // reservations' events come first, for wrap-up and completion the task's event does.
        let taskEventFirst: WorkspaceEvent? = status == .canceled ? nil : taskEvent(task, status: status, type: type, reason: reason, ctx)
        var reservationEvents: [WorkspaceEvent] = []
        var freed: [String] = []
        for sid in (routing.byTask[task.sid] ?? []).sorted() {
            guard let r = reservations[sid], reservationMove.from.contains(r.status) else { continue }
            var moved = r
            moved.status = reservationMove.to
            moved.dateUpdated = ctx.now
            moved.version += 1
            put(moved)
            changes.upsert(.reservation(moved))
            reservationEvents.append(reservationEvent(reservationMove.type, moved, ctx))
            if !moved.status.isActive {
                freed.append(r.workerSid)
                if let previous = r.previousActivitySid, r.status == .pending { setActivity(r.workerSid, to: previous, ctx, &changes, emitFirst: &reservationEvents) }
            }
        }
        if let first = taskEventFirst {
            changes.record(first)
            reservationEvents.forEach { changes.record($0) }
        } else {
            reservationEvents.forEach { changes.record($0) }
            changes.record(taskEvent(task, status: status, type: type, reason: reason, ctx))
        }
        changes.upsert(.task(task))
        for worker in freed { offer(worker, ctx, &changes) }
    }

    private func taskEvent(_ task: WorkTask, status: AssignmentStatus, type: String, reason: String?, _ ctx: OperationContext) -> WorkspaceEvent {
        event(type, resourceType: "task", resourceSid: task.sid,
              description: status == .canceled ? (reason ?? "Task canceled") : "Task \(task.sid) \(status.rawValue)",
              data: taskData(task, now: ctx.now), ctx)
    }

    /// Cancels an open task (API, TTL, workflow timeout or skip, too many assignments).
    mutating func cancel(_ task: inout WorkTask, reason: String, _ ctx: OperationContext, _ changes: inout ChangeSet) {
        task.version += 1
        move(&task, to: .canceled, reason: reason, ctx, &changes)
    }
}
