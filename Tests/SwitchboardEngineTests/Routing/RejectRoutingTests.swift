import Foundation
import SwitchboardCore
import SwitchboardEngine
import Testing

/// Rejecting a reservation (routing-semantics §4.4 Reject, §2.3.4, §9 item 24).
@Suite struct RejectRoutingTests {
    @Test func withoutAnActivityTheSameWorkerIsOfferedTheTaskAgain() async throws {
        let h = try await RoutingHarness.make()
        let q = try await h.queue("Support")
        let wf = try await h.workflow(RoutingHarness.defaultFilter(q))
        let alice = try await h.worker("Alice")
        let task = try await h.task(workflow: wf)
        let first = try await h.pending(task)
        let m = try await h.mark()
        try await h.reject(first.sid)
        #expect(try await h.types(since: m) == ["reservation.rejected", "reservation.created"])
        let second = try await h.pending(task)
        #expect(second.workerSid == alice)
        #expect(second.sid != first.sid)
        #expect(try await h.reservations(of: task).map(\.status) == [.rejected, .pending])
        #expect(try await h.activity(of: alice) == "Available")
        #expect(try await h.status(task) == .reserved)
    }

    @Test func withAnUnavailableActivityTheNextWorkerGetsIt() async throws {
        let h = try await RoutingHarness.make()
        let q = try await h.queue("Support")
        let wf = try await h.workflow(RoutingHarness.defaultFilter(q))
        let alice = try await h.worker("Alice")
        h.clock.advance(by: 1)
        let bob = try await h.worker("Bob")
        let task = try await h.task(workflow: wf)
        let first = try await h.pending(task)
        #expect(first.workerSid == alice)
        let m = try await h.mark()
        try await h.reject(first.sid, activity: "Unavailable")
        #expect(try await h.types(since: m) == ["reservation.rejected", "worker.activity.update", "reservation.created"])
        #expect(try await h.activity(of: alice) == "Unavailable")
        #expect(try await h.pending(task).workerSid == bob)
    }

    @Test func withNobodyElseTheTaskWaitsPendingInItsStep() async throws {
        let h = try await RoutingHarness.make()
        let q = try await h.queue("Support")
        let wf = try await h.workflow(RoutingHarness.filter([#"{"queue":"\#(q)","timeout":100}"#]))
        let alice = try await h.worker("Alice")
        let task = try await h.task(workflow: wf)
        try await h.reject(try await h.pending(task).sid, activity: "Offline")
        #expect(try await h.status(task) == .pending)
        #expect(try await h.taskState(task)?.routingTargetIndex == 0, "a failure never advances the step by itself")
        try await h.setActivity(alice, "Available")
        #expect(try await h.pending(task).workerSid == alice)
    }

    @Test func aRejectedWorkerBecomesFreeForOtherTasks() async throws {
        let h = try await RoutingHarness.make()
        let q1 = try await h.queue("One"), q2 = try await h.queue("Two", targetWorkers: "skill == 'two'")
        let wf = try await h.workflow(RoutingHarness.filters([
            ("One", "kind == 'one'", [#"{"queue":"\#(q1)"}"#]), ("Two", "kind == 'two'", [#"{"queue":"\#(q2)"}"#]),
        ]))
        let alice = try await h.worker("Alice", attributes: #"{"skill":"two"}"#)
        let one = try await h.task(#"{"kind":"one"}"#, workflow: wf)
        h.clock.advance(by: 1)
        let two = try await h.task(#"{"kind":"two"}"#, workflow: wf)
        #expect(try await h.pending(one).workerSid == alice)
        #expect(try await h.status(two) == .pending)
        // Alice rejects the first; both tasks wait, the older one is offered first again.
        try await h.reject(try await h.pending(one).sid)
        #expect(try await h.pending(one).workerSid == alice)
        #expect(try await h.status(two) == .pending)
    }

    @Test func rejectingWithAnUnknownActivityIsRefused() async throws {
        let h = try await RoutingHarness.make()
        let q = try await h.queue("Support")
        let wf = try await h.workflow(RoutingHarness.defaultFilter(q))
        _ = try await h.worker("Alice")
        let task = try await h.task(workflow: wf)
        let r = try await h.pending(task)
        await expectRefusal(.invalid) {
            try await h.updateReservation(r.sid, ReservationUpdate(reservationStatus: .rejected, workerActivitySid: "WA" + String(repeating: "f", count: 32)))
        }
        #expect(try await h.pending(task).sid == r.sid)
        try await h.checkInvariants()
    }
}
