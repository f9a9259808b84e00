import Foundation
import SwitchboardTesting
import Testing

/// The status moves a client may ask for (routing-semantics §3.1). `reserved` and `assigned` tasks come from the
/// router: the (offline) worker is made available, and its reservation accepted.
@Suite struct TaskStatusMoveTests {
    /// A workspace with a default-filter routing, an offline worker and one pending task.
    static func withTask(_ body: @Sendable (WorkspaceFixture, _ task: String, _ worker: String) async throws -> Void) async throws {
        try await WorkspaceFixture.run { fx async throws in
            let routing = try await fx.createRouting()
            let worker = try await fx.createWorker("Alice")
            let task = try await fx.createTask(#"{"type":"call"}"#, workflow: routing.workflow)
            try await body(fx, task, worker)
        }
    }

    func move(_ fx: WorkspaceFixture, _ task: String, _ form: [(String, String)]) async throws -> APIResponse {
        try await fx.call(.post, fx.path("Tasks/\(task)"), form)
    }

    @Test func pendingToCanceledWithReason() async throws {
        try await Self.withTask { fx, task, _ in
            fx.server.clock.advance(by: 10)
            let r = try await move(fx, task, [("AssignmentStatus", "canceled"), ("Reason", "Caller hung up")])
            expectStatus(r, .ok)
            #expect(r["assignment_status"] == "canceled")
            #expect(r["reason"] == "Caller hung up")
            #expect(r["date_updated"] == "2026-01-01T00:00:10Z")
            let events = try await fx.get("Events", [("TaskSid", task), ("EventType", "task.canceled")])
            let data = try #require(events.items("events").first?["event_data"] as? [String: any Sendable])
            #expect(data["task_canceled_reason"] as? String == "Caller hung up")
            #expect(data["task_assignment_status"] as? String == "canceled")
        }
    }

    @Test func cancelWithNewAttributesInOneRequest() async throws {
        try await Self.withTask { fx, task, _ in
            let r = try await move(fx, task, [("AssignmentStatus", "canceled"), ("Reason", "moved"), ("Attributes", #"{"type":"sms"}"#)])
            expectStatus(r, .ok)
            #expect(r["assignment_status"] == "canceled")
            #expect(r["attributes"] == #"{"type":"sms"}"#)
        }
    }

    @Test(arguments: [
        [("AssignmentStatus", "canceled")], [("AssignmentStatus", "canceled"), ("Reason", "")],
        [("AssignmentStatus", "wrapping")], [("AssignmentStatus", "completed"), ("Reason", "done")],
        [("AssignmentStatus", "pending")], [("AssignmentStatus", "reserved")], [("AssignmentStatus", "assigned")],
        [("AssignmentStatus", "CANCELED"), ("Reason", "x")],
    ])
    func illegalMovesFromPending(_ form: [(String, String)]) async throws {
        try await Self.withTask { fx, task, _ in
            let before = try await fx.call(.get, fx.path("Tasks/\(task)"))
            expectInvalid(try await move(fx, task, form))
            #expect(try await fx.call(.get, fx.path("Tasks/\(task)")).body == before.body)
        }
    }

    @Test func nothingMovesOutOfCanceled() async throws {
        try await Self.withTask { fx, task, _ in
            expectStatus(try await move(fx, task, [("AssignmentStatus", "canceled"), ("Reason", "x")]), .ok)
            let canceled = try await fx.call(.get, fx.path("Tasks/\(task)")).body
            for form in [[("AssignmentStatus", "canceled"), ("Reason", "again")], [("AssignmentStatus", "completed"), ("Reason", "x")],
                         [("AssignmentStatus", "wrapping")], [("AssignmentStatus", "pending")], [("Attributes", "{}")], [("Priority", "3")]] {
                expectInvalid(try await move(fx, task, form))
            }
            #expect(try await fx.call(.get, fx.path("Tasks/\(task)")).body == canceled)
            // Deleting works in any state.
            expectNoContent(try await fx.call(.delete, fx.path("Tasks/\(task)")))
        }
    }

    @Test func reservedToCanceledCancelsThePendingReservation() async throws {
        try await Self.withTask { fx, task, worker in
            let reservation = try await fx.reserve(task, for: worker)
            #expect(try await fx.call(.get, fx.path("Tasks/\(task)"))["assignment_status"] == "reserved")
            expectInvalid(try await move(fx, task, [("AssignmentStatus", "completed"), ("Reason", "x")]))
            let r = try await move(fx, task, [("AssignmentStatus", "canceled"), ("Reason", "gone")])
            expectStatus(r, .ok)
            #expect(r["assignment_status"] == "canceled")
            let res = try await fx.call(.get, fx.path("Tasks/\(task)/Reservations/\(reservation)"))
            #expect(res["reservation_status"] == "canceled")
            // §5.4: reservation.canceled → task.canceled (newest first here).
            let types = try await fx.get("Events", [("TaskSid", task)]).values("events", "event_type")
            #expect(Array(types.prefix(2)) == ["task.canceled", "reservation.canceled"])
        }
    }

    @Test func assignedToWrappingToCompleted() async throws {
        try await Self.withTask { fx, task, worker in
            let reservation = try await fx.assign(task, to: worker)
            #expect(try await fx.call(.get, fx.path("Tasks/\(task)"))["assignment_status"] == "assigned")
            // Assigned tasks never become canceled; wrap-up with attributes needs two requests.
            expectInvalid(try await move(fx, task, [("AssignmentStatus", "canceled"), ("Reason", "x")]))
            expectInvalid(try await move(fx, task, [("AssignmentStatus", "wrapping"), ("Attributes", #"{"note":"x"}"#)]))

            let wrapping = try await move(fx, task, [("AssignmentStatus", "wrapping")])
            expectStatus(wrapping, .ok)
            #expect(wrapping["assignment_status"] == "wrapping")
            #expect(try await fx.call(.get, fx.path("Tasks/\(task)/Reservations/\(reservation)"))["reservation_status"] == "wrapping")
            expectInvalid(try await move(fx, task, [("AssignmentStatus", "wrapping")]))
            expectInvalid(try await move(fx, task, [("AssignmentStatus", "canceled"), ("Reason", "x")]))
            expectInvalid(try await move(fx, task, [("AssignmentStatus", "completed")]))
            expectInvalid(try await move(fx, task, [("AssignmentStatus", "completed"), ("Reason", "x"), ("Attributes", "{}")]))

            let completed = try await move(fx, task, [("AssignmentStatus", "completed"), ("Reason", "resolved")])
            expectStatus(completed, .ok)
            #expect(completed["assignment_status"] == "completed")
            #expect(completed["reason"] == "resolved")
            #expect(try await fx.call(.get, fx.path("Tasks/\(task)/Reservations/\(reservation)"))["reservation_status"] == "completed")
            let types = try await fx.get("Events", [("TaskSid", task)]).values("events", "event_type")
            #expect(Array(types.prefix(4)) == ["reservation.completed", "task.completed", "reservation.wrapup", "task.wrapup"])
            expectInvalid(try await move(fx, task, [("AssignmentStatus", "completed"), ("Reason", "again")]))
        }
    }

    @Test func assignedToCompletedDirectly() async throws {
        try await Self.withTask { fx, task, worker in
            try await fx.assign(task, to: worker)
            expectInvalid(try await move(fx, task, [("AssignmentStatus", "completed")]))
            let r = try await move(fx, task, [("AssignmentStatus", "completed"), ("Reason", "done")])
            expectStatus(r, .ok)
            #expect(r["assignment_status"] == "completed")
            let events = try await fx.get("Events", [("TaskSid", task), ("EventType", "task.completed")])
            let data = try #require(events.items("events").first?["event_data"] as? [String: any Sendable])
            #expect(data["task_completed_reason"] as? String == "done")
        }
    }

    @Test func taskChannelChangesOnlyWhilePending() async throws {
        try await Self.withTask { fx, task, worker in
            try await fx.assign(task, to: worker)
            expectInvalid(try await move(fx, task, [("TaskChannel", "voice")]))
            expectStatus(try await move(fx, task, [("Priority", "4")]), .ok)
        }
    }
}
