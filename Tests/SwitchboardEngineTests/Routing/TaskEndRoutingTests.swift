import Foundation
import SwitchboardCore
import SwitchboardEngine
import Testing

/// Canceling and deleting tasks with reservations (routing-semantics §3.1, §3.6, §5.4).
@Suite struct TaskEndRoutingTests {
    static func reserved() async throws -> (h: RoutingHarness, wf: String, task: String, reservation: String, alice: String) {
        let h = try await RoutingHarness.make()
        let q = try await h.queue("Support")
        let wf = try await h.workflow(RoutingHarness.defaultFilter(q))
        let alice = try await h.worker("Alice")
        let task = try await h.task(workflow: wf)
        return (h, wf, task, try await h.pending(task).sid, alice)
    }

    @Test func cancelingAReservedTaskCancelsTheReservationFirst() async throws {
        let (h, _, task, r, _) = try await Self.reserved()
        let m = try await h.mark()
        try await h.updateTask(task, TaskUpdate(assignmentStatus: .canceled, reason: "caller hung up"))
        #expect(try await h.types(since: m) == ["reservation.canceled", "task.canceled"])
        #expect(try await h.status(task) == .canceled)
        #expect(try await h.taskState(task)?.reason == "caller hung up")
        await expectRefusal(.gone) { try await h.accept(r) }
    }

    @Test func cancelingFreesTheWorkerForTheNextTask() async throws {
        let (h, wf, task, _, alice) = try await Self.reserved()
        let next = try await h.task(workflow: wf)
        try await h.updateTask(task, TaskUpdate(assignmentStatus: .canceled, reason: "x"))
        #expect(try await h.pending(next).workerSid == alice)
    }

    @Test func deletingAReservedTaskCancelsItsReservationAndFreesTheWorker() async throws {
        let (h, wf, task, _, alice) = try await Self.reserved()
        let next = try await h.task(workflow: wf)
        let m = try await h.mark()
        try await h.step { s, ctx, c in try s.deleteTask(task, ifMatch: nil, ctx, &c) }
        #expect(try await h.types(since: m) == ["reservation.canceled", "task.deleted", "reservation.created"])
        #expect(try await h.taskState(task) == nil)
        #expect(try await h.reservations(of: task).isEmpty)
        #expect(try await h.pending(next).workerSid == alice)
    }

    @Test func deletingAnAssignedTaskFreesTheWorker() async throws {
        let (h, wf, task, r, alice) = try await Self.reserved()
        try await h.accept(r)
        let next = try await h.task(workflow: wf)
        try await h.step { s, ctx, c in try s.deleteTask(task, ifMatch: nil, ctx, &c) }
        #expect(try await h.pending(next).workerSid == alice)
    }

    @Test func cancelingWithNewAttributesDoesNotRouteTheTaskFirst() async throws {
        // Cancel with attributes in one request is allowed (§3.1); the task must not be re-routed (and offered,
        // with an assignment callback) on its way to canceled.
        let h = try await RoutingHarness.make()
        let q1 = try await h.queue("Nobody", targetWorkers: "skill == 'none'"), q2 = try await h.queue("Everyone")
        let wf = try await h.workflow(RoutingHarness.filters([
            ("A", "type == 'a'", [#"{"queue":"\#(q1)"}"#]), ("B", "type == 'b'", [#"{"queue":"\#(q2)"}"#]),
        ]))
        _ = try await h.worker("Alice")
        let task = try await h.task(#"{"type":"a"}"#, workflow: wf)
        let m = try await h.mark()
        try await h.updateTask(task, TaskUpdate(attributes: #"{"type":"b"}"#, assignmentStatus: .canceled, reason: "x"))
        #expect(try await h.status(task) == .canceled)
        let types = try await h.types(since: m)
        #expect(!types.contains("reservation.created"), "\(types)")
        #expect(types.last == "task.canceled")
    }

    @Test func illegalStatusMovesAreRefused() async throws {
        let (h, _, task, r, _) = try await Self.reserved()
        await expectRefusal(.invalid) { try await h.updateTask(task, TaskUpdate(assignmentStatus: .completed, reason: "x")) }
        await expectRefusal(.invalid) { try await h.updateTask(task, TaskUpdate(assignmentStatus: .wrapping)) }
        await expectRefusal(.invalid) { try await h.updateTask(task, TaskUpdate(assignmentStatus: .assigned)) }
        await expectRefusal(.invalid) { try await h.updateTask(task, TaskUpdate(assignmentStatus: .canceled)) }
        try await h.accept(r)
        await expectRefusal(.invalid) { try await h.updateTask(task, TaskUpdate(assignmentStatus: .canceled, reason: "x")) }
        try await h.checkInvariants()
        #expect(try await h.status(task) == .assigned)
    }
}
