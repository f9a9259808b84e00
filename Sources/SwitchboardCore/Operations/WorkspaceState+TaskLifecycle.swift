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

    /// Performs a checked status move, ending the task's reservations as the lifecycle says.
    mutating func move(_ task: inout WorkTask, to status: AssignmentStatus, reason: String?, _ ctx: OperationContext, _ changes: inout ChangeSet) {
        task.assignmentStatus = status
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
        var reservationEvents: [WorkspaceEvent] = []
        for r in reservations.values.sorted(by: { $0.sid < $1.sid }) where r.taskSid == task.sid && reservationMove.from.contains(r.status) {
            var moved = r
            moved.status = reservationMove.to
            moved.dateUpdated = ctx.now
            moved.version += 1
            reservations[r.sid] = moved
            changes.upsert(.reservation(moved))
            var data = taskData(task, now: ctx.now)
            data["reservation_sid"] = r.sid
            if let w = workers[r.workerSid] { data.merge(workerData(w)) { a, _ in a } }
            reservationEvents.append(event(reservationMove.type, resourceType: "reservation", resourceSid: r.sid,
                                           description: "Reservation \(r.sid) \(moved.status.rawValue)", data: data, ctx))
        }
        let taskEvent = event(type, resourceType: "task", resourceSid: task.sid,
                              description: status == .canceled ? (reason ?? "Task canceled") : "Task \(task.sid) \(status.rawValue)",
                              data: taskData(task, now: ctx.now), ctx)
        // Canceled: reservation events come first; wrap-up and completion: the task's event first (§5.4).
        if status == .canceled {
            reservationEvents.forEach { changes.record($0) }
            changes.record(taskEvent)
        } else {
            changes.record(taskEvent)
            reservationEvents.forEach { changes.record($0) }
        }
    }
}
