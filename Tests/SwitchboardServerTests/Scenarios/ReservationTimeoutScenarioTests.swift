import Foundation
import SwitchboardTesting
import Testing

/// Reservation timeout and re-routing (routing-semantics §4.4 Timeout, §5.4).
@Suite struct ReservationTimeoutScenarioTests {
    @Test func theWorkerGoesOfflineAndTheTaskGoesToTheNextWorker() async throws {
        try await Scenario.run { s in
            let q = try await s.queue("Support")
            let wf = try await s.workflow(Scenario.defaultFilter(q), [("TaskReservationTimeout", "20")])
            let alice = try await s.worker("Alice")
            s.server.clock.advance(by: 1)
            let bob = try await s.worker("Bob")
            let task = try await s.task(workflow: wf)
            let first = try await s.pendingReservation(task)
            #expect(first.worker == alice)
            try await s.tick(19)
            #expect(try await s.pendingReservation(task).sid == first.sid)
            let m = try await s.mark()
            try await s.tick(1)
            #expect(try await s.eventTypes(since: m) == ["reservation.timeout", "worker.activity.update", "reservation.created"])
            #expect(try await s.get("Tasks/\(task)/Reservations/\(first.sid)")["reservation_status"] == "timeout")
            #expect(try await s.activityName(alice) == "Offline")
            #expect(try await s.pendingReservation(task).worker == bob)
            let late = try await s.answer(task, first.sid, [("ReservationStatus", "accepted")])
            expectScenarioStatus(late, 410)
        }
    }

    @Test func aLoneWorkerTimingOutLeavesTheTaskPending() async throws {
        try await Scenario.run { s in
            let q = try await s.queue("Support")
            let wf = try await s.workflow(Scenario.defaultFilter(q))
            let alice = try await s.worker("Alice")
            let task = try await s.task(workflow: wf)
            try await s.tick(120)
            #expect(try await s.status(task) == "pending")
            #expect(try await s.activityName(alice) == "Offline")
            expectScenarioStatus(try await s.post("Workers/\(alice)", [("ActivitySid", s.activities["Available"]!)]), 200)
            #expect(try await s.pendingReservation(task).worker == alice)
        }
    }
}
