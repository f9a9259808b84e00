import Foundation
import SwitchboardTesting
import Testing

/// Rejecting reservations through the REST API (routing-semantics §4.4 Reject).
@Suite struct RejectScenarioTests {
    @Test func rejectWithoutAnActivityReOffersToTheSameWorker() async throws {
        try await Scenario.run { s in
            let q = try await s.queue("Support")
            let wf = try await s.workflow(Scenario.defaultFilter(q))
            let alice = try await s.worker("Alice")
            let task = try await s.task(workflow: wf)
            let first = try await s.pendingReservation(task)
            let m = try await s.mark()
            let r = try await s.answer(task, first.sid, [("ReservationStatus", "rejected")])
            expectScenarioStatus(r, 200)
            #expect(r["reservation_status"] == "rejected")
            #expect(try await s.eventTypes(since: m) == ["reservation.rejected", "reservation.created"])
            let second = try await s.pendingReservation(task)
            #expect(second.worker == alice)
            #expect(second.sid != first.sid)
            #expect(try await s.activityName(alice) == "Available")
            #expect(try await s.status(task) == "reserved")
        }
    }

    @Test func rejectWithAWorkerActivitySidMovesTheWorkerAndOffersTheNext() async throws {
        try await Scenario.run { s in
            let q = try await s.queue("Support")
            let wf = try await s.workflow(Scenario.defaultFilter(q))
            let alice = try await s.worker("Alice")
            s.server.clock.advance(by: 1)
            let bob = try await s.worker("Bob")
            let task = try await s.task(workflow: wf)
            let first = try await s.pendingReservation(task)
            #expect(first.worker == alice)
            let m = try await s.mark()
            let r = try await s.post("Workers/\(alice)/Reservations/\(first.sid)",
                                     [("ReservationStatus", "rejected"), ("WorkerActivitySid", s.activities["Unavailable"]!)])
            expectScenarioStatus(r, 200)
            #expect(try await s.eventTypes(since: m) == ["reservation.rejected", "worker.activity.update", "reservation.created"])
            #expect(try await s.activityName(alice) == "Unavailable")
            #expect(try await s.pendingReservation(task).worker == bob)
            #expect(try await s.reservations(task).map(\.status) == ["rejected", "pending"])
        }
    }

    @Test func instructionRejectActsAsReject() async throws {
        try await Scenario.run { s in
            let q = try await s.queue("Support")
            let wf = try await s.workflow(Scenario.defaultFilter(q))
            let alice = try await s.worker("Alice")
            let task = try await s.task(workflow: wf)
            let first = try await s.pendingReservation(task)
            let r = try await s.answer(task, first.sid, [("Instruction", "reject"), ("WorkerActivitySid", s.activities["Offline"]!)])
            expectScenarioStatus(r, 200)
            #expect(r["reservation_status"] == "rejected")
            #expect(try await s.activityName(alice) == "Offline")
            #expect(try await s.status(task) == "pending")
        }
    }
}
