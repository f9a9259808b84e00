import Foundation
import SwitchboardCore
import SwitchboardEngine
import Testing

/// Task time-to-live (routing-semantics §3.2).
@Suite struct TaskTTLRoutingTests {
    @Test func aPendingTaskIsCanceledWhenItsTimeoutRunsOut() async throws {
        let h = try await RoutingHarness.make()
        let q = try await h.queue("Support")
        let wf = try await h.workflow(RoutingHarness.defaultFilter(q))
        let task = try await h.task(workflow: wf, timeout: 60)
        try await h.tick(59)
        #expect(try await h.status(task) == .pending)
        let m = try await h.mark()
        try await h.tick(1)
        #expect(try await h.status(task) == .canceled)
        #expect(try await h.taskState(task)?.reason == "Task TTL Exceeded")
        let events = try await h.events(since: m)
        #expect(events.map(\.eventType) == ["task.canceled"])
        #expect(events.first?.description.contains("Task TTL Exceeded") == true)
    }

    @Test func aReservedTaskLosesItsReservationFirst() async throws {
        let h = try await RoutingHarness.make()
        let q = try await h.queue("Support")
        let wf = try await h.workflow(RoutingHarness.defaultFilter(q), reservationTimeout: 600)
        let alice = try await h.worker("Alice")
        let task = try await h.task(workflow: wf, timeout: 60)
        let r = try await h.pending(task)
        let m = try await h.mark()
        try await h.tick(60)
        #expect(try await h.types(since: m) == ["reservation.canceled", "task.canceled"])
        #expect(try await h.reservations(of: task).map(\.status) == [.canceled])
        #expect(try await h.activity(of: alice) == "Available")
        await expectRefusal(.gone) { try await h.accept(r.sid) }
    }

    @Test func anAssignedTaskHasNoTTL() async throws {
        let h = try await RoutingHarness.make()
        let q = try await h.queue("Support")
        let wf = try await h.workflow(RoutingHarness.defaultFilter(q))
        _ = try await h.worker("Alice")
        let task = try await h.task(workflow: wf, timeout: 60)
        try await h.accept(try await h.pending(task).sid)
        try await h.tick(3600)
        #expect(try await h.status(task) == .assigned)
    }

    @Test func theDefaultTTLIsOneDay() async throws {
        let h = try await RoutingHarness.make()
        let q = try await h.queue("Support")
        let wf = try await h.workflow(RoutingHarness.defaultFilter(q))
        let task = try await h.task(workflow: wf)
        try await h.tick(86_399)
        #expect(try await h.status(task) == .pending)
        try await h.tick(1)
        #expect(try await h.status(task) == .canceled)
        #expect(try await h.taskState(task)?.reason == "Task TTL Exceeded")
    }

    @Test func aCanceledTaskFreesTheWorkerForTheNextOne() async throws {
        let h = try await RoutingHarness.make()
        let q = try await h.queue("Support")
        let wf = try await h.workflow(RoutingHarness.defaultFilter(q), reservationTimeout: 600)
        let alice = try await h.worker("Alice")
        _ = try await h.task(workflow: wf, timeout: 30)
        let second = try await h.task(workflow: wf)
        #expect(try await h.status(second) == .pending)
        try await h.tick(30)
        #expect(try await h.pending(second).workerSid == alice)
    }
}
