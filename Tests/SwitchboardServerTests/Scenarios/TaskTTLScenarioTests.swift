import Foundation
import SwitchboardTesting
import Testing

/// Task `Timeout` (TTL) through the REST API (routing-semantics §3.2, rest-api §10).
@Suite struct TaskTTLScenarioTests {
    @Test func aTaskIsCanceledWithTaskTTLExceeded() async throws {
        try await Scenario.run { s in
            let q = try await s.queue("Support")
            let wf = try await s.workflow(Scenario.defaultFilter(q))
            let task = try await s.task(workflow: wf, [("Timeout", "90")])
            #expect(try await s.taskJSON(task).json["timeout"] as? Int == 90)
            try await s.tick(89)
            #expect(try await s.status(task) == "pending")
            try await s.tick(1)
            let t = try await s.taskJSON(task)
            #expect(t["assignment_status"] == "canceled")
            #expect(t["reason"] == "Task TTL Exceeded")
            let canceled = try await s.events([("TaskSid", task), ("EventType", "task.canceled")])
            #expect(canceled.count == 1)
            #expect((canceled.first?["description"] as? String)?.contains("Task TTL Exceeded") == true)
        }
    }

    @Test func aReservedTaskExpiresWithItsReservation() async throws {
        try await Scenario.run { s in
            let q = try await s.queue("Support")
            let wf = try await s.workflow(Scenario.defaultFilter(q), [("TaskReservationTimeout", "600")])
            _ = try await s.worker("Alice")
            let task = try await s.task(workflow: wf, [("Timeout", "60")])
            let r = try await s.pendingReservation(task)
            let m = try await s.mark()
            try await s.tick(60)
            #expect(try await s.eventTypes(since: m) == ["reservation.canceled", "task.canceled"])
            #expect(try await s.get("Tasks/\(task)/Reservations/\(r.sid)")["reservation_status"] == "canceled")
            expectScenarioStatus(try await s.answer(task, r.sid, [("ReservationStatus", "accepted")]), 410)
        }
    }
}
