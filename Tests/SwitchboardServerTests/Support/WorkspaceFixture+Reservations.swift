import SwitchboardCore
import SwitchboardEngine
import SwitchboardTesting

extension WorkspaceFixture {
    /// Puts a reservation of `task` for `worker` in place behind the API, as the routing engine would, and moves
    /// the task with it: `pending` → task `reserved`, `accepted` → task `assigned`.
    ///
    /// The REST API cannot yet bring a task to `reserved`/`assigned` on its own (reservations arrive with the
    /// routing engine), so the reservation routes and the later task status moves are tested from this state.
    @discardableResult
    func seedReservation(task: String, worker: String, status: ReservationStatus) async throws -> String {
        let engine = try server.registry.engine(sid, account: TestServer.accountSid)
        return try await engine.perform(Caller(accountSid: TestServer.accountSid)) { s, ctx, changes in
            let r = Reservation(sid: ctx.ids.makeSID(.reservation), workspaceSid: s.sid, taskSid: task, workerSid: worker,
                                status: status, dateCreated: ctx.now, dateUpdated: ctx.now, version: 0)
            s.reservations[r.sid] = r
            changes.upsert(.reservation(r))
            if var t = s.tasks[task] {
                switch status {
                case .pending: t.assignmentStatus = .reserved
                case .accepted: t.assignmentStatus = .assigned
                default: break
                }
                t.version += 1
                t.dateUpdated = ctx.now
                s.tasks[task] = t
                changes.upsert(.task(t))
            }
            return r.sid
        }
    }
}
