import Foundation
import SwitchboardCore
import SwitchboardEngine
import Testing

/// Worker activity changes and deletion with live reservations (routing-semantics §4.5, §4.8).
@Suite struct WorkerChangeRoutingTests {
    static func setup(maxReserved: Int? = nil) async throws -> (h: RoutingHarness, wf: String, alice: String, bob: String) {
        let h = try await RoutingHarness.make()
        let q = try await h.queue("Support", maxReserved: maxReserved)
        let wf = try await h.workflow(RoutingHarness.defaultFilter(q))
        let alice = try await h.worker("Alice")
        h.clock.advance(by: 1)
        let bob = try await h.worker("Bob", available: false)
        return (h, wf, alice, bob)
    }

    @Test func goingUnavailableKeepsPendingReservations() async throws {
        let (h, wf, alice, _) = try await Self.setup()
        let task = try await h.task(workflow: wf)
        let r = try await h.pending(task)
        try await h.setActivity(alice, "Unavailable")
        #expect(try await h.pending(task).sid == r.sid)
        try await h.accept(r.sid)
        #expect(try await h.status(task) == .assigned)
    }

    @Test func rejectPendingReservationsRejectsThemAllAndReRoutes() async throws {
        let (h, wf, alice, bob) = try await Self.setup()
        try await h.channel(alice, capacity: 2)
        let a = try await h.task(workflow: wf)
        let b = try await h.task(workflow: wf)
        #expect(try await h.reservations(ofWorker: alice).map(\.status) == [.pending, .pending])
        try await h.setActivity(bob, "Available")
        try await h.setActivity(alice, "Offline", rejectPending: true)
        #expect(try await h.reservations(ofWorker: alice).map(\.status) == [.rejected, .rejected])
        #expect(try await h.activity(of: alice) == "Offline")
        #expect(try await h.pending(a).workerSid == bob)
        #expect(try await h.status(b) == .pending, "Bob has capacity 1")
    }

    @Test func rejectPendingReservationsNeedsAnUnavailableActivity() async throws {
        let (h, wf, alice, _) = try await Self.setup()
        let task = try await h.task(workflow: wf)
        await expectRefusal(.invalid) { try await h.setActivity(alice, "Available", rejectPending: true) }
        await expectRefusal(.invalid) {
            try await h.step { s, ctx, c in
                _ = try s.updateWorker(alice, WorkerInput(rejectPendingReservations: true), ifMatch: nil, ctx, &c)
            }
        }
        #expect(try await h.status(task) == .reserved)
        try await h.checkInvariants()
    }

    @Test func deletingAWorkerCancelsItsPendingReservationAndTheTaskReRoutes() async throws {
        let (h, wf, alice, bob) = try await Self.setup()
        try await h.setActivity(bob, "Available")
        let task = try await h.task(workflow: wf)
        let r = try await h.pending(task)
        #expect(r.workerSid == alice)
        let m = try await h.mark()
        try await h.step { s, ctx, c in try s.deleteWorker(alice, ifMatch: nil, ctx, &c) }
        let types = try await h.types(since: m)
        #expect(types.first == "reservation.canceled")
        #expect(types.contains("worker.deleted"))
        #expect(types.last == "reservation.created")
        #expect(try await h.reservations(of: task).first?.status == .canceled)
        #expect(try await h.pending(task).workerSid == bob)
    }

    @Test func deletingAWorkerKeepsItsAssignedTasks() async throws {
        let (h, wf, alice, _) = try await Self.setup()
        let task = try await h.task(workflow: wf)
        try await h.accept(try await h.pending(task).sid)
        try await h.step { s, ctx, c in try s.deleteWorker(alice, ifMatch: nil, ctx, &c) }
        #expect(try await h.status(task) == .assigned)
        try await h.updateTask(task, TaskUpdate(assignmentStatus: .completed, reason: "done"))
        #expect(try await h.status(task) == .completed)
    }

    @Test func deletingOneOfSeveralReservedWorkersKeepsTheTaskReserved() async throws {
        let (h, wf, alice, bob) = try await Self.setup(maxReserved: 2)
        try await h.setActivity(bob, "Available")
        let task = try await h.task(workflow: wf)
        #expect(try await h.pendingReservations(task).count == 2)
        try await h.step { s, ctx, c in try s.deleteWorker(alice, ifMatch: nil, ctx, &c) }
        #expect(try await h.status(task) == .reserved)
        #expect(try await h.pendingReservations(task).map(\.workerSid) == [bob])
    }
}
