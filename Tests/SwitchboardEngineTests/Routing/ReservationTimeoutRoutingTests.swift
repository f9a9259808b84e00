import Foundation
import SwitchboardCore
import SwitchboardEngine
import Testing

/// Reservation timeouts (routing-semantics §4.1, §4.3 step 3, §4.4 Timeout, §5.4).
@Suite struct ReservationTimeoutRoutingTests {
    @Test func anUnansweredReservationTimesOutAndTheTaskGoesToAnotherWorker() async throws {
        let h = try await RoutingHarness.make()
        let q = try await h.queue("Support")
        let wf = try await h.workflow(RoutingHarness.defaultFilter(q), reservationTimeout: 30)
        let alice = try await h.worker("Alice")
        h.clock.advance(by: 1)
        let bob = try await h.worker("Bob")
        let task = try await h.task(workflow: wf)
        let r = try await h.pending(task)
        #expect(r.workerSid == alice)
        #expect(h.offset(r.timeoutAt) == 31)
        try await h.tick(29)
        #expect(try await h.pending(task).sid == r.sid)
        let m = try await h.mark()
        try await h.tick(1)
        #expect(try await h.types(since: m) == ["reservation.timeout", "worker.activity.update", "reservation.created"])
        #expect(try await h.reservations(of: task).first?.status == .timeout)
        #expect(try await h.activity(of: alice) == "Offline", "the workspace timeout activity (§4.4), also when multitasking")
        #expect(try await h.pending(task).workerSid == bob)
        let update = try #require(try await h.events(since: m).first { $0.eventType == "worker.activity.update" })
        #expect(update.data["worker_previous_activity_name"] == "Available")
        #expect(update.data["worker_activity_name"] == "Offline")
    }

    @Test func theDefaultReservationTimeoutIs120Seconds() async throws {
        let h = try await RoutingHarness.make()
        let q = try await h.queue("Support")
        let wf = try await h.workflow(RoutingHarness.defaultFilter(q))
        _ = try await h.worker("Alice")
        let task = try await h.task(workflow: wf)
        try await h.tick(119)
        #expect(try await h.status(task) == .reserved)
        try await h.tick(1)
        #expect(try await h.status(task) == .pending)
    }

    @Test func theTimeoutActivityIsTheWorkspaceSetting() async throws {
        let h = try await RoutingHarness.make()
        let unavailable = try #require(h.activities["Unavailable"])
        try await h.step { s, ctx, c in _ = try s.updateWorkspace(WorkspaceUpdate(timeoutActivitySid: unavailable), ctx, &c) }
        let q = try await h.queue("Support")
        let wf = try await h.workflow(RoutingHarness.defaultFilter(q), reservationTimeout: 5)
        let alice = try await h.worker("Alice")
        _ = try await h.task(workflow: wf)
        try await h.tick(5)
        #expect(try await h.activity(of: alice) == "Unavailable")
    }

    @Test func otherPendingReservationsOfTheWorkerAreKept() async throws {
        // A multitasking worker with two reservations; the first times out earlier than the second.
        let h = try await RoutingHarness.make()
        let q = try await h.queue("Support")
        let short = try await h.workflow(RoutingHarness.defaultFilter(q), name: "Short", reservationTimeout: 10)
        let long = try await h.workflow(RoutingHarness.defaultFilter(q), name: "Long", reservationTimeout: 60)
        let alice = try await h.worker("Alice")
        try await h.channel(alice, capacity: 2)
        let a = try await h.task(workflow: short)
        let b = try await h.task(workflow: long)
        #expect(try await h.pending(a).workerSid == alice)
        let rb = try await h.pending(b)
        try await h.tick(10)
        #expect(try await h.activity(of: alice) == "Offline")
        #expect(try await h.status(a) == .pending)
        #expect(try await h.pending(b).sid == rb.sid, "the activity change does not touch other reservations (§4.4, §4.5)")
        try await h.accept(rb.sid)
        #expect(try await h.status(b) == .assigned)
    }

    @Test func anAnsweredReservationDoesNotTimeOutLater() async throws {
        let h = try await RoutingHarness.make()
        let q = try await h.queue("Support")
        let wf = try await h.workflow(RoutingHarness.defaultFilter(q), reservationTimeout: 10)
        let alice = try await h.worker("Alice")
        let task = try await h.task(workflow: wf)
        try await h.accept(try await h.pending(task).sid)
        let m = try await h.mark()
        try await h.tick(30)
        #expect(try await h.types(since: m).isEmpty)
        #expect(try await h.activity(of: alice) == "Available")
    }
}
