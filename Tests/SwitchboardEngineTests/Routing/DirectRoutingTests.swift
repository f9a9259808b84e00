import Foundation
import SwitchboardCore
import SwitchboardEngine
import Testing

/// `RoutingTarget` = a worker SID, with and without `IgnoreCapacity` (routing-semantics §3.7, §2.5).
@Suite struct DirectRoutingTests {
    @Test func aWorkerTargetIgnoresAvailabilityAndCapacityByDefault() async throws {
        let h = try await RoutingHarness.make()
        let q = try await h.queue("Support")
        let wf = try await h.workflow(RoutingHarness.defaultFilter(q))
        let alice = try await h.worker("Alice")
        let busy = try await h.task(workflow: wf)
        #expect(try await h.pending(busy).workerSid == alice)
        try await h.setActivity(alice, "Offline")
        let direct = try await h.task(routingTarget: alice)
        #expect(try await h.pending(direct).workerSid == alice)
        #expect(try await h.taskState(direct)?.ignoreCapacity == true)
        try await h.accept(try await h.pending(direct).sid)
        #expect(try await h.status(direct) == .assigned)
    }

    @Test func ignoreCapacityFalseWaitsForTheWorker() async throws {
        let h = try await RoutingHarness.make()
        let alice = try await h.worker("Alice", available: false)
        let task = try await h.task(routingTarget: alice, ignoreCapacity: false)
        #expect(try await h.status(task) == .pending)
        try await h.setActivity(alice, "Available")
        #expect(try await h.pending(task).workerSid == alice)
        let second = try await h.task(routingTarget: alice, ignoreCapacity: false)
        #expect(try await h.status(second) == .pending, "capacity 1 is taken")
        try await h.reject(try await h.pending(task).sid, activity: "Offline")
        #expect(try await h.status(second) == .pending, "Offline again")
    }

    @Test func aDirectTaskIsNeverOfferedToSomebodyElse() async throws {
        let h = try await RoutingHarness.make()
        let alice = try await h.worker("Alice")
        _ = try await h.worker("Bob")
        let task = try await h.task(routingTarget: alice)
        let r = try await h.pending(task)
        try await h.reject(r.sid, activity: "Offline")
        #expect(try await h.pending(task).workerSid == alice, "ignoring capacity, the target is offered the task again")
    }

    @Test func aQueueTargetPlacesTheTaskInThatQueue() async throws {
        let h = try await RoutingHarness.make()
        let q = try await h.queue("Direct")
        let task = try await h.task(routingTarget: q)
        #expect(try await h.taskState(task)?.taskQueueSid == q)
        #expect(try await h.status(task) == .pending)
        let alice = try await h.worker("Alice")
        #expect(try await h.pending(task).workerSid == alice)
    }

    @Test func aWorkflowTargetRoutesLikeWorkflowSid() async throws {
        let h = try await RoutingHarness.make()
        let q = try await h.queue("Support")
        let wf = try await h.workflow(RoutingHarness.defaultFilter(q))
        _ = try await h.workflow(RoutingHarness.defaultFilter(q), name: "Other")
        let alice = try await h.worker("Alice")
        let task = try await h.task(routingTarget: wf)
        #expect(try await h.taskState(task)?.workflowSid == wf)
        #expect(try await h.pending(task).workerSid == alice)
    }

    @Test func aTaskQueueSidPlacesTheTaskWithoutAWorkflow() async throws {
        let h = try await RoutingHarness.make()
        let q = try await h.queue("Support")
        _ = try await h.workflow(RoutingHarness.defaultFilter(q))
        let other = try await h.queue("Other")
        let task = try await h.step { s, ctx, c in try s.createTask(TaskCreate(taskQueueSid: other), ctx, &c).sid }
        #expect(try await h.taskState(task)?.taskQueueSid == other)
        try await h.tick(100_000)
        #expect(try await h.status(task) == .canceled, "no step timeout, only the TTL")
        #expect(try await h.taskState(task)?.reason == "Task TTL Exceeded")
    }
}
