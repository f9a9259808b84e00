public import Foundation

/// Parameters of a reservation update (`POST …/Reservations/{Sid}`); nil means "not sent".
public struct ReservationUpdate: Sendable {
    public var reservationStatus: ReservationStatus?
    public var workerActivitySid: String?
    public var instruction: String?
    public var callAccept: Bool?
    public var redirectAccept: Bool?
    /// Every other parameter sent (telephony options), recorded on the reservation as sent.
    public var parameters: [String: String]

    public init(
        reservationStatus: ReservationStatus? = nil, workerActivitySid: String? = nil, instruction: String? = nil,
        callAccept: Bool? = nil, redirectAccept: Bool? = nil, parameters: [String: String] = [:]
    ) {
        self.reservationStatus = reservationStatus
        self.workerActivitySid = workerActivitySid
        self.instruction = instruction
        self.callAccept = callAccept
        self.redirectAccept = redirectAccept
        self.parameters = parameters
    }
}

/// Answering a reservation through the REST API (routing-semantics §4.1, §4.4). Telephony instructions
/// are recorded and act as an accept; this server places no calls.
extension WorkspaceState {
    static let instructions: Set<String> = ["accept", "reject", "dequeue", "call", "redirect", "conference", "supervise"]

    /// Applies a reservation update; `ifMatch`, when given, must equal the reservation's version.
    public mutating func updateReservation(
        _ sid: String, _ input: ReservationUpdate, ifMatch: String?, _ ctx: OperationContext, _ changes: inout ChangeSet
    ) throws(DomainError) -> Reservation {
        guard var r = reservations[sid] else { throw NotFound.resource(path("Reservations", sid)) }
        try checkVersion(ifMatch, current: r.version, resource: "Reservation \(sid)")
        let action = try self.action(for: input, reservation: r)
        if let activity = input.workerActivitySid, activities[activity] == nil {
            throw .invalid("WorkerActivitySid \(activity) is not an activity of workspace \(workspace.sid)")
        }
        if let instruction = input.instruction {
            r.instruction = instruction.lowercased()
            r.instructionParameters = input.parameters
            r.version += 1
            r.dateUpdated = ctx.now
            put(r)
            changes.upsert(.reservation(r))
        }
        switch action {
        case .none: break
        case .accept: accept(sid, ctx, &changes)
        case .reject: reject(sid, activitySid: input.workerActivitySid, ctx, &changes)
        case .wrap, .complete:
            if var task = tasks[r.taskSid] {
                task.version += 1
                move(&task, to: action == .wrap ? .wrapping : .completed,
                     reason: action == .complete ? "Task completed through reservation \(sid)" : nil, ctx, &changes)
            }
        }
        return reservations[sid] ?? r
    }

    enum ReservationAction { case none, accept, reject, wrap, complete }

    private func action(for input: ReservationUpdate, reservation r: Reservation) throws(DomainError) -> ReservationAction {
        var action = ReservationAction.none
        if let raw = input.instruction {
            let instruction = raw.lowercased()
            guard Self.instructions.contains(instruction) else {
                throw .invalid("Instruction must be one of \(Self.instructions.sorted().joined(separator: ", "))")
            }
            switch instruction {
            case "accept", "dequeue", "conference": action = .accept
            case "call": action = (input.callAccept ?? false) ? .accept : .none
            case "redirect": action = (input.redirectAccept ?? false) ? .accept : .none
            case "reject": action = .reject
            default: action = .none
            }
        }
        if let status = input.reservationStatus {
            let requested: ReservationAction
            switch status {
            case .accepted: requested = .accept
            case .rejected: requested = .reject
            case .wrapping: requested = .wrap
            case .completed: requested = .complete
            case .pending, .timeout, .canceled, .rescinded:
                throw .invalid("ReservationStatus \(status.rawValue) is set by the router only")
            }
            if action != .none && action != requested {
                throw .invalid("ReservationStatus \(status.rawValue) contradicts Instruction \(input.instruction ?? "")")
            }
            action = requested
        }
        switch action {
        case .accept, .reject:
            guard r.status == .pending else {
                if [.rescinded, .canceled, .timeout, .rejected].contains(r.status) {
                    throw .gone("Reservation \(r.sid) is \(r.status.rawValue) and can no longer be answered")
                }
                throw .invalid("Reservation \(r.sid) is \(r.status.rawValue), not pending")
            }
        case .wrap:
            guard r.status == .accepted, tasks[r.taskSid]?.assignmentStatus == .assigned else {
                throw .invalid("Cannot wrap up reservation \(r.sid) because it is \(r.status.rawValue)")
            }
        case .complete:
            guard r.status == .accepted || r.status == .wrapping,
                  let t = tasks[r.taskSid], t.assignmentStatus == .assigned || t.assignmentStatus == .wrapping else {
                throw .invalid("Cannot complete reservation \(r.sid) because it is \(r.status.rawValue)")
            }
        case .none: break
        }
        return action
    }

    /// Applies an assignment-callback instruction to a reservation that is still pending; the
    /// instruction and its parameters are recorded on the reservation.
    public mutating func applyAssignmentInstruction(
        _ sid: String, instruction: String, parameters: [String: String] = [:], accept: Bool?, rejectActivitySid: String??,
        _ ctx: OperationContext, _ changes: inout ChangeSet
    ) {
        guard var r = reservations[sid], r.status == .pending else { return }
        r.instruction = instruction
        r.instructionParameters = parameters
        r.version += 1
        r.dateUpdated = ctx.now
        put(r)
        changes.upsert(.reservation(r))
        if accept == true { self.accept(sid, ctx, &changes) }
        if case .some(let activity) = rejectActivitySid {
            reject(sid, activitySid: activity.flatMap { activities[$0] != nil ? $0 : nil }, ctx, &changes)
        }
    }

    /// Cancels a pending reservation whose assignment callback (and fallback) failed.
    /// Marks the reservation's assignment callback as answered (whatever the answer), so a restart does
    /// not send it again. Not a visible change: no version, date or event.
    public mutating func assignmentCallbackAnswered(_ sid: String, _ changes: inout ChangeSet) {
        guard var r = reservations[sid], r.assignmentCallbackPending == true else { return }
        r.assignmentCallbackPending = nil
        put(r)
        changes.upsert(.reservation(r))
    }

    /// The assignment callbacks of pending reservations that were committed but not answered (the
    /// process stopped in between), rebuilt from the current state to be sent again.
    public func outstandingAssignmentCallbacks(now: Date) -> [AssignmentCallbackRequest] {
        reservations.values.filter { $0.status == .pending && $0.assignmentCallbackPending == true }
            .sorted { ($0.dateCreated, $0.sid) < ($1.dateCreated, $1.sid) }
            .compactMap { r in
                guard let task = tasks[r.taskSid], let wf = task.workflowSid.flatMap({ workflows[$0] }),
                      let url = wf.assignmentCallbackUrl else { return nil }
                return assignmentCallback(r, task: task, workflow: wf, url: url, now: now)
            }
    }

    public mutating func failAssignmentCallback(_ sid: String, _ ctx: OperationContext, _ changes: inout ChangeSet) {
        cancelReservation(sid, ctx, &changes)
    }
}
