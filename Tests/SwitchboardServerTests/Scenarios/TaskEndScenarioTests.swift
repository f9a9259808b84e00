import Foundation
import SwitchboardTesting
import Testing

/// Canceling and deleting tasks with live reservations (routing-semantics §3.1, §3.6, §5.4).
@Suite struct TaskEndScenarioTests {
    @Test func cancelingAReservedTaskEmitsReservationCanceledThenTaskCanceled() async throws {
        try await Scenario.run { s in
            let q = try await s.queue("Support")
            let wf = try await s.workflow(Scenario.defaultFilter(q))
            let alice = try await s.worker("Alice")
            let task = try await s.task(workflow: wf)
            let waiting = try await s.task(workflow: wf)
            let r = try await s.pendingReservation(task)
            let m = try await s.mark()
            let resp = try await s.post("Tasks/\(task)", [("AssignmentStatus", "canceled"), ("Reason", "abandoned")])
            expectScenarioStatus(resp, 200)
            #expect(resp["reason"] == "abandoned")
            #expect(try await s.eventTypes(since: m) == ["reservation.canceled", "task.canceled", "reservation.created"])
            #expect(try await s.get("Tasks/\(task)/Reservations/\(r.sid)")["reservation_status"] == "canceled")
            #expect(try await s.pendingReservation(waiting).worker == alice)
        }
    }

    @Test func deletingAReservedTaskFreesTheWorker() async throws {
        try await Scenario.run { s in
            let q = try await s.queue("Support")
            let wf = try await s.workflow(Scenario.defaultFilter(q))
            let alice = try await s.worker("Alice")
            let task = try await s.task(workflow: wf)
            let waiting = try await s.task(workflow: wf)
            let m = try await s.mark()
            let resp = try await s.delete("Tasks/\(task)")
            expectScenarioStatus(resp, 204)
            #expect(try await s.eventTypes(since: m) == ["reservation.canceled", "task.deleted", "reservation.created"])
            expectScenarioStatus(try await s.taskJSON(task), 404)
            #expect(try await s.pendingReservation(waiting).worker == alice)
        }
    }

    @Test func cancelingAnAssignedTaskIsRefused() async throws {
        try await Scenario.run { s in
            let q = try await s.queue("Support")
            let wf = try await s.workflow(Scenario.defaultFilter(q))
            _ = try await s.worker("Alice")
            let task = try await s.task(workflow: wf)
            try await s.answer(task, try await s.pendingReservation(task).sid, [("ReservationStatus", "accepted")])
            expectScenarioStatus(try await s.post("Tasks/\(task)", [("AssignmentStatus", "canceled"), ("Reason", "x")]), 400)
            #expect(try await s.status(task) == "assigned")
        }
    }
}
