import Foundation
import SwitchboardCore
import SwitchboardEngine
import Testing

/// Purge of terminal tasks and the 24-hour limit of assigned tasks (routing-semantics §3.2).
@Suite struct RetentionRoutingTests {
    @Test func terminalTasksArePurgedAfter300SecondsWithoutAnEvent() async throws {
        let h = try await RoutingHarness.make()
        let q = try await h.queue("Support")
        let wf = try await h.workflow(RoutingHarness.defaultFilter(q))
        _ = try await h.worker("Alice")
        let done = try await h.task(workflow: wf)
        try await h.accept(try await h.pending(done).sid)
        try await h.updateTask(done, TaskUpdate(assignmentStatus: .completed, reason: "done"))
        let canceled = try await h.task(workflow: wf)
        try await h.updateTask(canceled, TaskUpdate(assignmentStatus: .canceled, reason: "x"))
        let m = try await h.mark()
        try await h.tick(299)
        #expect(try await h.taskState(done) != nil)
        #expect(try await h.taskState(canceled) != nil)
        try await h.tick(1)
        #expect(try await h.taskState(done) == nil)
        #expect(try await h.taskState(canceled) == nil)
        #expect(try await h.reservations(of: done).isEmpty)
        #expect(try await h.types(since: m).isEmpty, "the purge records no event")
        #expect(try await h.events().contains { $0.eventType == "task.completed" && $0.resourceSid == done }, "events stay")
    }

    @Test func theStoreForgetsPurgedTasksToo() async throws {
        let h = try await RoutingHarness.make()
        let q = try await h.queue("Support")
        let wf = try await h.workflow(RoutingHarness.defaultFilter(q))
        let task = try await h.task(workflow: wf, timeout: 10)
        try await h.tick(10)
        try await h.tick(300)
        let stored = try await h.store.loadWorkspaces()[h.engine.sid] ?? []
        #expect(!stored.contains { if case .task(let t) = $0 { t.sid == task } else { false } })
    }

    @Test func assignedTasksAreSystemDeletedAfter24Hours() async throws {
        let h = try await RoutingHarness.make()
        let q = try await h.queue("Support")
        let wf = try await h.workflow(RoutingHarness.defaultFilter(q))
        let alice = try await h.worker("Alice")
        let task = try await h.task(workflow: wf)
        h.clock.advance(by: 10)
        try await h.accept(try await h.pending(task).sid)
        let waiting = try await h.task(workflow: wf, timeout: 200_000)
        try await h.tick(86_399)
        #expect(try await h.status(task) == .assigned)
        let m = try await h.mark()
        try await h.tick(1)
        #expect(try await h.taskState(task) == nil)
        let types = try await h.types(since: m)
        #expect(types.first == "task.system-deleted")
        #expect(try await h.pending(waiting).workerSid == alice, "the freed capacity is used")
    }

    @Test func wrappingTasksAreSystemDeletedToo() async throws {
        let h = try await RoutingHarness.make()
        let q = try await h.queue("Support")
        let wf = try await h.workflow(RoutingHarness.defaultFilter(q))
        _ = try await h.worker("Alice")
        let task = try await h.task(workflow: wf)
        try await h.accept(try await h.pending(task).sid)
        try await h.updateTask(task, TaskUpdate(assignmentStatus: .wrapping))
        try await h.tick(86_400)
        #expect(try await h.taskState(task) == nil)
        #expect(try await h.events().contains { $0.eventType == "task.system-deleted" && $0.resourceSid == task })
    }

    @Test func stateRebuiltFromTheStoreKeepsTheTimers() async throws {
        let h = try await RoutingHarness.make()
        let q = try await h.queue("Support")
        let wf = try await h.workflow(RoutingHarness.defaultFilter(q), reservationTimeout: 30)
        let alice = try await h.worker("Alice")
        let task = try await h.task(workflow: wf)
        let reloaded = try await h.store.loadWorkspaces()[h.engine.sid] ?? []
        var state = try #require(WorkspaceState(resources: reloaded))
        #expect(state.invariantViolations().isEmpty)
        var changes = ChangeSet()
        let ctx = OperationContext(now: h.clock.now().addingTimeInterval(30), ids: h.registry.ids, accountSid: RoutingHarness.caller.accountSid, byEngine: true)
        #expect(state.runDueTimers(ctx, &changes) >= 1)
        #expect(state.reservations.values.first { $0.taskSid == task }?.status == .timeout)
        #expect(state.workers[alice].map { state.activities[$0.activitySid]?.friendlyName } == "Offline")
        #expect(state.invariantViolations().isEmpty)
    }
}
