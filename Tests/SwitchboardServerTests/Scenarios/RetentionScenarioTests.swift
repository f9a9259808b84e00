import Foundation
import SwitchboardTesting
import Testing

/// Terminal tasks purged after 300 s; assigned tasks system-deleted after 24 h (routing-semantics §3.2).
@Suite struct RetentionScenarioTests {
    @Test func aCompletedTaskIsReadableFor300SecondsThenGone() async throws {
        try await Scenario.run { s in
            let q = try await s.queue("Support")
            let wf = try await s.workflow(Scenario.defaultFilter(q))
            _ = try await s.worker("Alice")
            let task = try await s.task(workflow: wf)
            let r = try await s.pendingReservation(task)
            try await s.answer(task, r.sid, [("ReservationStatus", "accepted")])
            try await s.post("Tasks/\(task)", [("AssignmentStatus", "completed"), ("Reason", "ok")])
            try await s.tick(299)
            expectScenarioStatus(try await s.taskJSON(task), 200)
            let m = try await s.mark()
            try await s.tick(1)
            expectScenarioStatus(try await s.taskJSON(task), 404)
            expectScenarioStatus(try await s.get("Tasks/\(task)/Reservations/\(r.sid)"), 404)
            #expect(try await s.eventTypes(since: m).isEmpty, "no event for the purge")
            #expect(try await s.eventTypes([("TaskSid", task)]).contains("task.completed"), "its events stay")
        }
    }

    @Test func aCanceledTaskIsPurgedToo() async throws {
        try await Scenario.run { s in
            let q = try await s.queue("Support")
            let wf = try await s.workflow(Scenario.defaultFilter(q))
            let task = try await s.task(workflow: wf)
            try await s.post("Tasks/\(task)", [("AssignmentStatus", "canceled"), ("Reason", "x")])
            try await s.tick(300)
            expectScenarioStatus(try await s.taskJSON(task), 404)
        }
    }

    @Test func anAssignedTaskIsSystemDeletedAfter24Hours() async throws {
        try await Scenario.run { s in
            let q = try await s.queue("Support")
            let wf = try await s.workflow(Scenario.defaultFilter(q))
            _ = try await s.worker("Alice")
            let task = try await s.task(workflow: wf)
            try await s.answer(task, try await s.pendingReservation(task).sid, [("ReservationStatus", "accepted")])
            try await s.tick(86_399)
            expectScenarioStatus(try await s.taskJSON(task), 200)
            try await s.tick(1)
            expectScenarioStatus(try await s.taskJSON(task), 404)
            #expect(try await s.eventTypes([("TaskSid", task)]).last == "task.system-deleted")
        }
    }
}
