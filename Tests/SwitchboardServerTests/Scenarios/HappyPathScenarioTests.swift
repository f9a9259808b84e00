import Foundation
import SwitchboardTesting
import Testing

/// Create → reservation → accept → wrapping → completed through the REST API (routing-semantics §5.4,
/// rest-api §10–§12).
@Suite struct HappyPathScenarioTests {
    @Test func theHappyPathRecordsTheCanonicalEventSequence() async throws {
        try await Scenario.run { s in
            let q = try await s.queue("Support")
            let wf = try await s.workflow(Scenario.filter([#"{"queue":"\#(q)"}"#]))
            let alice = try await s.worker("Alice")
            let task = try await s.task(#"{"type":"support"}"#, workflow: wf)
            #expect(try await s.status(task) == "reserved")
            let r = try await s.pendingReservation(task)
            #expect(r.worker == alice)

            let fetched = try await s.get("Tasks/\(task)/Reservations/\(r.sid)")
            expectScenarioStatus(fetched, 200)
            #expect(fetched["reservation_status"] == "pending")
            #expect(fetched["task_sid"] == task)
            #expect(fetched["worker_name"] == "Alice")
            #expect(fetched.headers[.eTag] != nil)
            let viaWorker = try await s.get("Workers/\(alice)/Reservations/\(r.sid)")
            #expect(viaWorker["reservation_status"] == "pending")

            let accepted = try await s.answer(task, r.sid, [("ReservationStatus", "accepted")])
            expectScenarioStatus(accepted, 200)
            #expect(accepted["reservation_status"] == "accepted")
            #expect(try await s.status(task) == "assigned")

            expectScenarioStatus(try await s.post("Tasks/\(task)", [("AssignmentStatus", "wrapping")]), 200)
            #expect(try await s.get("Tasks/\(task)/Reservations/\(r.sid)")["reservation_status"] == "wrapping")
            let completed = try await s.post("Tasks/\(task)", [("AssignmentStatus", "completed"), ("Reason", "resolved")])
            expectScenarioStatus(completed, 200)
            #expect(completed["assignment_status"] == "completed")
            #expect(completed["reason"] == "resolved")
            #expect(try await s.get("Tasks/\(task)/Reservations/\(r.sid)")["reservation_status"] == "completed")

            let types = try await s.eventTypes([("TaskSid", task)])
            #expect(types == [
                "task.created", "workflow.entered", "workflow.target-matched", "task-queue.entered",
                "reservation.created", "reservation.accepted",
                "task.wrapup", "reservation.wrapup", "task.completed", "reservation.completed",
            ])
            let reservationEvents = try await s.events([("ReservationSid", r.sid)])
            #expect(reservationEvents.map { $0["event_type"] as? String } == ["reservation.created", "reservation.accepted", "reservation.wrapup", "reservation.completed"])
            let created = try #require(reservationEvents.first)
            #expect(created["resource_type"] as? String == "reservation")
            #expect(created["resource_sid"] as? String == r.sid)
            let data = created["event_data"] as? [String: any Sendable] ?? [:]
            #expect(data["task_sid"] as? String == task)
            #expect(data["worker_sid"] as? String == alice)
            #expect(data["task_queue_sid"] as? String == q)
            #expect(data["reservation_sid"] as? String == r.sid)
            #expect(try await s.activityName(alice) == "Available")
        }
    }

    @Test func theWorkerPathAnswersAndCompletesTheReservation() async throws {
        try await Scenario.run { s in
            let q = try await s.queue("Support")
            let wf = try await s.workflow(Scenario.defaultFilter(q))
            let alice = try await s.worker("Alice")
            let task = try await s.task(workflow: wf)
            let r = try await s.pendingReservation(task)
            expectScenarioStatus(try await s.post("Workers/\(alice)/Reservations/\(r.sid)", [("ReservationStatus", "accepted")]), 200)
            expectScenarioStatus(try await s.post("Workers/\(alice)/Reservations/\(r.sid)", [("ReservationStatus", "completed")]), 200)
            #expect(try await s.status(task) == "completed")
            let listed = scenarioRows(try await s.get("Workers/\(alice)/Reservations", [("ReservationStatus", "completed")]), "reservations")
            #expect(listed.compactMap { $0["sid"] as? String } == [r.sid])
        }
    }

    @Test func theTaskListsShowTheRoutingState() async throws {
        try await Scenario.run { s in
            let q = try await s.queue("Support")
            let wf = try await s.workflow(Scenario.defaultFilter(q))
            let task = try await s.task(workflow: wf)
            let t = try await s.taskJSON(task)
            #expect(t["task_queue_sid"] == q)
            #expect(t["task_queue_friendly_name"] == "Support")
            #expect(t["assignment_status"] == "pending")
            #expect(t["task_queue_entered_date"] != nil)
            let pending = scenarioRows(try await s.get("Tasks", [("AssignmentStatus", "pending"), ("TaskQueueSid", q)]), "tasks")
            #expect(pending.compactMap { $0["sid"] as? String } == [task])
            _ = try await s.worker("Alice")
            let reserved = scenarioRows(try await s.get("Tasks", [("AssignmentStatus", "reserved")]), "tasks")
            #expect(reserved.compactMap { $0["sid"] as? String } == [task])
        }
    }
}
