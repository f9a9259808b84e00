import Foundation
import SwitchboardTesting
import Testing

/// MultiTaskEnabled=false workspaces (routing-semantics §4.2 item 5, §4.4, §4.5).
@Suite struct SingleTaskingScenarioTests {
    @Test func queueActivitiesApplyAndRejectRestoresThePreviousActivity() async throws {
        try await Scenario.run([("MultiTaskEnabled", "false")]) { s in
            let reserved = try await s.create("Activities", [("FriendlyName", "Reserved"), ("Available", "false")])
            let busy = try await s.create("Activities", [("FriendlyName", "Busy"), ("Available", "false")])
            let q = try await s.queue("Support", [("ReservationActivitySid", reserved), ("AssignmentActivitySid", busy)])
            let wf = try await s.workflow(Scenario.defaultFilter(q))
            let alice = try await s.worker("Alice")
            let task = try await s.task(workflow: wf, [("TaskChannel", "voice")])
            let other = try await s.task(workflow: wf, [("TaskChannel", "chat")])
            let first = try await s.pendingReservation(task)
            #expect(try await s.activityName(alice) == "Reserved")
            #expect(try await s.status(other) == "pending", "one task at a time")

            try await s.answer(task, first.sid, [("ReservationStatus", "rejected")])
            #expect(try await s.get("Tasks/\(task)/Reservations/\(first.sid)")["reservation_status"] == "rejected")
            // Restored to Available, then offered again (the older task first) and moved to Reserved again.
            let second = try await s.pendingReservation(task)
            #expect(second.worker == alice)
            #expect(try await s.activityName(alice) == "Reserved")

            try await s.answer(task, second.sid, [("ReservationStatus", "accepted")])
            #expect(try await s.activityName(alice) == "Busy")
            try await s.post("Tasks/\(task)", [("AssignmentStatus", "completed"), ("Reason", "ok")])
            #expect(try await s.activityName(alice) == "Busy", "completion keeps the activity")
            #expect(try await s.status(other) == "pending", "Busy is unavailable")
            try await s.post("Workers/\(alice)", [("ActivitySid", s.activities["Available"]!)])
            #expect(try await s.pendingReservation(other).worker == alice)
        }
    }

    @Test func rejectWithAWorkerActivitySidOverridesTheRestore() async throws {
        try await Scenario.run([("MultiTaskEnabled", "false")]) { s in
            let reserved = try await s.create("Activities", [("FriendlyName", "Reserved"), ("Available", "false")])
            let q = try await s.queue("Support", [("ReservationActivitySid", reserved)])
            let wf = try await s.workflow(Scenario.defaultFilter(q))
            let alice = try await s.worker("Alice")
            let task = try await s.task(workflow: wf)
            let r = try await s.pendingReservation(task)
            try await s.answer(task, r.sid, [("ReservationStatus", "rejected"), ("WorkerActivitySid", s.activities["Unavailable"]!)])
            #expect(try await s.activityName(alice) == "Unavailable")
            #expect(try await s.status(task) == "pending")
        }
    }
}
