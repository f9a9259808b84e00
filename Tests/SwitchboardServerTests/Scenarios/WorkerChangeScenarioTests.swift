import Foundation
import SwitchboardTesting
import Testing

/// RejectPendingReservations and worker deletion with live reservations (routing-semantics §4.5, §4.8).
@Suite struct WorkerChangeScenarioTests {
    @Test func rejectPendingReservationsRejectsEveryPendingReservation() async throws {
        try await Scenario.run { s in
            let q = try await s.queue("Support")
            let wf = try await s.workflow(Scenario.defaultFilter(q))
            let alice = try await s.worker("Alice")
            try await s.post("Workers/\(alice)/Channels/default", [("Capacity", "2")])
            let a = try await s.task(workflow: wf)
            let b = try await s.task(workflow: wf)
            let refused = try await s.post("Workers/\(alice)", [("ActivitySid", s.activities["Available"]!), ("RejectPendingReservations", "true")])
            expectScenarioStatus(refused, 400)
            let resp = try await s.post("Workers/\(alice)", [("ActivitySid", s.activities["Offline"]!), ("RejectPendingReservations", "true")])
            expectScenarioStatus(resp, 200)
            #expect(resp["activity_name"] == "Offline")
            let listed = scenarioRows(try await s.get("Workers/\(alice)/Reservations"), "reservations")
            #expect(listed.compactMap { $0["reservation_status"] as? String } == ["rejected", "rejected"])
            #expect(try await s.status(a) == "pending")
            #expect(try await s.status(b) == "pending")
        }
    }

    @Test func withoutTheFlagPendingReservationsSurviveAnActivityChange() async throws {
        try await Scenario.run { s in
            let q = try await s.queue("Support")
            let wf = try await s.workflow(Scenario.defaultFilter(q))
            let alice = try await s.worker("Alice")
            let task = try await s.task(workflow: wf)
            try await s.post("Workers/\(alice)", [("ActivitySid", s.activities["Offline"]!)])
            let r = try await s.pendingReservation(task)
            expectScenarioStatus(try await s.answer(task, r.sid, [("ReservationStatus", "accepted")]), 200)
        }
    }

    @Test func deletingAWorkerReRoutesItsPendingTask() async throws {
        try await Scenario.run { s in
            let q = try await s.queue("Support")
            let wf = try await s.workflow(Scenario.defaultFilter(q))
            let alice = try await s.worker("Alice")
            s.server.clock.advance(by: 1)
            let bob = try await s.worker("Bob")
            let task = try await s.task(workflow: wf)
            let r = try await s.pendingReservation(task)
            #expect(r.worker == alice)
            expectScenarioStatus(try await s.delete("Workers/\(alice)"), 204)
            #expect(try await s.get("Tasks/\(task)/Reservations/\(r.sid)")["reservation_status"] == "canceled")
            #expect(try await s.pendingReservation(task).worker == bob)
        }
    }
}
