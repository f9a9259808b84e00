import Foundation
import SwitchboardCore
import SwitchboardEngine
import Testing

/// Create → reservation → accept → wrapping → completed (routing-semantics §3.1, §4.3, §4.4, §5.4).
@Suite struct HappyPathRoutingTests {
    @Test func aTaskIsReservedAcceptedWrappedAndCompletedWithTheCanonicalEvents() async throws {
        let h = try await RoutingHarness.make()
        let q = try await h.queue("Support")
        let wf = try await h.workflow(RoutingHarness.filter([#"{"queue":"\#(q)"}"#]))
        let alice = try await h.worker("Alice")
        let task = try await h.task(#"{"type":"ticket"}"#, workflow: wf)

        #expect(try await h.status(task) == .reserved)
        let r = try await h.pending(task)
        #expect(r.workerSid == alice)
        #expect(try await h.taskState(task)?.taskQueueSid == q)

        try await h.accept(r.sid)
        #expect(try await h.status(task) == .assigned)
        #expect(try await h.reservations(of: task).map(\.status) == [.accepted])

        try await h.updateTask(task, TaskUpdate(assignmentStatus: .wrapping))
        #expect(try await h.status(task) == .wrapping)
        #expect(try await h.reservations(of: task).map(\.status) == [.wrapping])

        try await h.updateTask(task, TaskUpdate(assignmentStatus: .completed, reason: "done"))
        #expect(try await h.status(task) == .completed)
        #expect(try await h.taskState(task)?.reason == "done")
        #expect(try await h.reservations(of: task).map(\.status) == [.completed])

        #expect(try await h.taskTypes(task) == [
            "task.created", "workflow.entered", "workflow.target-matched", "task-queue.entered",
            "reservation.created", "reservation.accepted",
            "task.wrapup", "reservation.wrapup", "task.completed", "reservation.completed",
        ])
        // Multitasking: neither reservation nor acceptance nor completion changes the activity (§4.5).
        #expect(try await h.activity(of: alice) == "Available")
    }

    @Test func completingThroughTheReservationCompletesTheTask() async throws {
        let h = try await RoutingHarness.make()
        let q = try await h.queue("Support")
        let wf = try await h.workflow(RoutingHarness.defaultFilter(q))
        _ = try await h.worker("Alice")
        let task = try await h.task(workflow: wf)
        let r = try await h.pending(task)
        try await h.accept(r.sid)
        try await h.updateReservation(r.sid, ReservationUpdate(reservationStatus: .wrapping))
        #expect(try await h.status(task) == .wrapping)
        try await h.updateReservation(r.sid, ReservationUpdate(reservationStatus: .completed))
        #expect(try await h.status(task) == .completed)
        #expect(try await h.reservations(of: task).map(\.status) == [.completed])
        let types = try await h.taskTypes(task)
        #expect(Array(types.suffix(4)) == ["task.wrapup", "reservation.wrapup", "task.completed", "reservation.completed"])
    }

    @Test func aTaskWaitsPendingUntilAWorkerBecomesAvailable() async throws {
        let h = try await RoutingHarness.make()
        let q = try await h.queue("Support")
        let wf = try await h.workflow(RoutingHarness.defaultFilter(q))
        let bob = try await h.worker("Bob", available: false)
        let task = try await h.task(workflow: wf)
        #expect(try await h.status(task) == .pending)
        #expect(try await h.reservations(of: task).isEmpty)
        try await h.setActivity(bob, "Available")
        #expect(try await h.status(task) == .reserved)
        #expect(try await h.pending(task).workerSid == bob)
    }

    @Test func completionFreesTheWorkerForTheNextTask() async throws {
        let h = try await RoutingHarness.make()
        let q = try await h.queue("Support")
        let wf = try await h.workflow(RoutingHarness.defaultFilter(q))
        let alice = try await h.worker("Alice")
        let first = try await h.task(workflow: wf)
        let second = try await h.task(workflow: wf)
        #expect(try await h.status(second) == .pending, "capacity 1 is taken by the first task")
        try await h.accept(try await h.pending(first).sid)
        try await h.updateTask(first, TaskUpdate(assignmentStatus: .wrapping))
        #expect(try await h.status(second) == .pending, "a wrapping task still holds the capacity (§4.2)")
        try await h.updateTask(first, TaskUpdate(assignmentStatus: .completed, reason: "done"))
        #expect(try await h.pending(second).workerSid == alice)
    }
}
