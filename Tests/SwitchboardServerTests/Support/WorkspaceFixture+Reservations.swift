import Foundation
import SwitchboardTesting
import Testing

/// Getting reservations the way clients do: make a worker available and let the router offer it a task.
extension WorkspaceFixture {
    /// Moves `worker` to the `Available` activity (the router then offers it pending tasks it is eligible for).
    func makeAvailable(_ worker: String, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let r = try await call(.post, path("Workers/\(worker)"), [("ActivitySid", activities["Available"] ?? "")])
        try #require(r.status == .ok, "worker update failed: \(r.body)", sourceLocation: sourceLocation)
    }

    /// The pending reservation of `task` for `worker`.
    @discardableResult
    func pendingReservation(_ task: String, for worker: String, sourceLocation: SourceLocation = #_sourceLocation) async throws -> String {
        let list = try await get("Tasks/\(task)/Reservations", [("WorkerSid", worker), ("ReservationStatus", "pending")])
        return try #require(list.sids("reservations").first, "no pending reservation of \(task) for \(worker): \(list.body)",
                            sourceLocation: sourceLocation)
    }

    /// Makes `worker` available and returns the reservation the router created for `task`.
    func reserve(_ task: String, for worker: String, sourceLocation: SourceLocation = #_sourceLocation) async throws -> String {
        try await makeAvailable(worker, sourceLocation: sourceLocation)
        return try await pendingReservation(task, for: worker, sourceLocation: sourceLocation)
    }

    /// Reserves `task` for `worker` and accepts the reservation, so the task is `assigned`; returns the reservation.
    @discardableResult
    func assign(_ task: String, to worker: String, sourceLocation: SourceLocation = #_sourceLocation) async throws -> String {
        let reservation = try await reserve(task, for: worker, sourceLocation: sourceLocation)
        let r = try await call(.post, path("Tasks/\(task)/Reservations/\(reservation)"), [("ReservationStatus", "accepted")])
        try #require(r.status == .ok, "accept failed: \(r.body)", sourceLocation: sourceLocation)
        return reservation
    }
}
