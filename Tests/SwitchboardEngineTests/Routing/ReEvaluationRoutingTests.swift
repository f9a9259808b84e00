import Foundation
import SwitchboardCore
import SwitchboardEngine
import Testing

/// Re-evaluation by attribute update and `ReEvaluateTasks` (routing-semantics §2.3.5).
@Suite struct ReEvaluationRoutingTests {
    static func twoFilters(_ h: RoutingHarness) async throws -> (q1: String, q2: String, wf: String) {
        let q1 = try await h.queue("Sales", targetWorkers: "skill == 'sales'")
        let q2 = try await h.queue("Support", targetWorkers: "skill == 'support'")
        let wf = try await h.workflow(RoutingHarness.filters([
            ("Sales", "type == 'sales'", [#"{"queue":"\#(q1)"}"#]),
            ("Support", "type == 'support'", [#"{"queue":"\#(q2)"}"#]),
        ]))
        return (q1, q2, wf)
    }

    @Test func anAttributeUpdateMovesAPendingTaskToTheNewlyMatchingFilter() async throws {
        let h = try await RoutingHarness.make()
        let (q1, q2, wf) = try await Self.twoFilters(h)
        let bob = try await h.worker("Bob", attributes: #"{"skill":"support"}"#)
        let task = try await h.task(#"{"type":"sales"}"#, workflow: wf)
        #expect(try await h.taskState(task)?.taskQueueSid == q1)
        #expect(try await h.status(task) == .pending)
        let m = try await h.mark()
        try await h.updateTask(task, TaskUpdate(attributes: #"{"type":"support"}"#))
        #expect(try await h.types(since: m) == [
            "task.updated", "workflow.target-matched", "task-queue.moved", "task-queue.entered", "reservation.created",
        ])
        #expect(try await h.taskState(task)?.taskQueueSid == q2)
        #expect(try await h.pending(task).workerSid == bob)
    }

    @Test func aNewFilterOnTheSameQueueEmitsNoQueueEvents() async throws {
        let h = try await RoutingHarness.make()
        let q = try await h.queue("Shared")
        let wf = try await h.workflow(RoutingHarness.filters([
            ("A", "type == 'a'", [#"{"queue":"\#(q)"}"#]), ("B", "type == 'b'", [#"{"queue":"\#(q)","priority":7}"#]),
        ]))
        let task = try await h.task(#"{"type":"a"}"#, workflow: wf)
        let entered = try await h.taskState(task)?.taskQueueEnteredDate
        h.clock.advance(by: 5)
        let m = try await h.mark()
        try await h.updateTask(task, TaskUpdate(attributes: #"{"type":"b"}"#))
        #expect(try await h.types(since: m) == ["task.updated", "workflow.target-matched"])
        let t = try await h.taskState(task)
        #expect(t?.routingFilterIndex == 1)
        #expect(t?.priority == 7)
        #expect(t?.taskQueueEnteredDate == entered, "§2.3.2 step 5: same queue keeps task_queue_entered_date")
    }

    @Test func anAttributeUpdateMatchingTheSameFilterKeepsTheStep() async throws {
        let h = try await RoutingHarness.make()
        let (q1, _, wf) = try await Self.twoFilters(h)
        let task = try await h.task(#"{"type":"sales"}"#, workflow: wf)
        let m = try await h.mark()
        try await h.updateTask(task, TaskUpdate(attributes: #"{"type":"sales","vip":true}"#))
        #expect(try await h.types(since: m) == ["task.updated"])
        #expect(try await h.taskState(task)?.taskQueueSid == q1)
    }

    @Test func anAttributeUpdateMatchingNothingCancelsTheTask() async throws {
        let h = try await RoutingHarness.make()
        let (_, _, wf) = try await Self.twoFilters(h)
        let task = try await h.task(#"{"type":"sales"}"#, workflow: wf)
        try await h.updateTask(task, TaskUpdate(attributes: #"{"type":"none"}"#))
        #expect(try await h.status(task) == .canceled)
        #expect(try await h.taskState(task)?.reason == "Task canceled on Workflow timeout")
    }

    @Test func aReservedTaskIsReEvaluatedWhenItReturnsToPending() async throws {
        // §2.3.5: "Tasks in reserved state are re-evaluated when they next return to pending".
        let h = try await RoutingHarness.make()
        let (q1, q2, wf) = try await Self.twoFilters(h)
        let alice = try await h.worker("Alice", attributes: #"{"skill":"sales"}"#)
        let bob = try await h.worker("Bob", attributes: #"{"skill":"support"}"#)
        let task = try await h.task(#"{"type":"sales"}"#, workflow: wf)
        let r = try await h.pending(task)
        #expect(r.workerSid == alice)
        try await h.updateTask(task, TaskUpdate(attributes: #"{"type":"support"}"#))
        #expect(try await h.status(task) == .reserved)
        #expect(try await h.taskState(task)?.taskQueueSid == q1)
        try await h.reject(r.sid)
        #expect(try await h.taskState(task)?.taskQueueSid == q2)
        #expect(try await h.pending(task).workerSid == bob)
    }

    @Test func reEvaluateTasksMovesPendingTasksToTheNewConfiguration() async throws {
        let h = try await RoutingHarness.make()
        let (q1, q2, wf) = try await Self.twoFilters(h)
        let bob = try await h.worker("Bob", attributes: #"{"skill":"support"}"#)
        let task = try await h.task(#"{"type":"sales"}"#, workflow: wf)
        #expect(try await h.taskState(task)?.taskQueueSid == q1)
        let config = RoutingHarness.filters([
            ("Nothing", "type == 'nothing'", [#"{"queue":"\#(q1)"}"#]),
            ("Sales to support", "type == 'sales'", [#"{"queue":"\#(q2)"}"#]),
        ])
        try await h.step { s, ctx, c in
            _ = try s.updateWorkflow(wf, WorkflowInput(configuration: config, reEvaluateTasks: true), ctx, &c)
        }
        #expect(try await h.taskState(task)?.taskQueueSid == q2)
        #expect(try await h.pending(task).workerSid == bob)
    }

    @Test func withoutReEvaluateTasksPendingTasksStayInAStepThatStillExists() async throws {
        // Re-evaluation would now match filter 1 (queue q2); without ReEvaluateTasks the task stays at
        // filter 0 / target 0, which still routes to q1.
        let h = try await RoutingHarness.make()
        let (q1, q2, wf) = try await Self.twoFilters(h)
        let task = try await h.task(#"{"type":"sales"}"#, workflow: wf)
        let config = RoutingHarness.filters([
            ("Sales", "type == 'nothing'", [#"{"queue":"\#(q1)"}"#]),
            ("Sales to support", "type == 'sales'", [#"{"queue":"\#(q2)"}"#]),
        ])
        let m = try await h.mark()
        try await h.step { s, ctx, c in _ = try s.updateWorkflow(wf, WorkflowInput(configuration: config), ctx, &c) }
        #expect(try await h.types(since: m) == ["workflow.updated"])
        let t = try await h.taskState(task)
        #expect(t?.taskQueueSid == q1)
        #expect(t?.routingFilterIndex == 0)
        #expect(try await h.status(task) == .pending)
    }

    @Test func withoutReEvaluateTasksTheKeptStepFollowsItsNewTarget() async throws {
        // The step keeps its position and queue; its new expression admits Bob, who gets the task at once.
        let h = try await RoutingHarness.make()
        let q = try await h.queue("Everyone")
        let wf = try await h.workflow(RoutingHarness.filter([#"{"queue":"\#(q)","expression":"worker.level > 5"}"#]))
        let bob = try await h.worker("Bob", attributes: #"{"level":3}"#)
        let task = try await h.task(workflow: wf)
        #expect(try await h.status(task) == .pending)
        let config = RoutingHarness.filter([#"{"queue":"\#(q)","expression":"worker.level > 1"}"#])
        try await h.step { s, ctx, c in _ = try s.updateWorkflow(wf, WorkflowInput(configuration: config), ctx, &c) }
        #expect(try await h.pending(task).workerSid == bob)
    }

    @Test func withoutReEvaluateTasksATaskWhoseStepWasRemovedIsPlacedAgain() async throws {
        // Filter 0's only target now routes to q2: the step the task was in no longer exists, so the task is
        // placed by the new configuration (a pending one now, a reserved one when it returns to pending).
        let h = try await RoutingHarness.make()
        let (q1, q2, wf) = try await Self.twoFilters(h)
        let alice = try await h.worker("Alice", attributes: #"{"skill":"sales"}"#)
        let pending = try await h.task(#"{"type":"support"}"#, workflow: wf)
        let reserved = try await h.task(#"{"type":"sales"}"#, workflow: wf)
        let r = try await h.pending(reserved)
        #expect(r.workerSid == alice)
        let config = RoutingHarness.filters([
            ("Sales", "type == 'sales'", [#"{"queue":"\#(q2)"}"#]),
            ("Support", "type == 'support'", [#"{"queue":"\#(q1)"}"#]),
        ])
        try await h.step { s, ctx, c in _ = try s.updateWorkflow(wf, WorkflowInput(configuration: config), ctx, &c) }
        #expect(try await h.taskState(pending)?.taskQueueSid == q1)
        #expect(try await h.taskState(reserved)?.taskQueueSid == q1, "reserved: left alone for now")
        #expect(try await h.status(pending) == .pending, "Alice, in q1, is busy with the other task")
        try await h.reject(r.sid)
        #expect(try await h.taskState(reserved)?.taskQueueSid == q2)
        #expect(try await h.pending(pending).workerSid == alice, "freed, Alice takes the task that moved to q1")
    }

    @Test func reEvaluateTasksFollowsANewQueueOfTheDefaultFilter() async throws {
        // The same filter position pointing to another queue after the update: re-evaluation must place the task
        // by the *new* configuration (§2.3.5, "every pending task of that workflow is re-evaluated").
        let h = try await RoutingHarness.make()
        let q1 = try await h.queue("Old", targetWorkers: "skill == 'old'")
        let q2 = try await h.queue("New")
        let wf = try await h.workflow(RoutingHarness.defaultFilter(q1))
        let bob = try await h.worker("Bob")
        let task = try await h.task(workflow: wf)
        #expect(try await h.status(task) == .pending)
        try await h.step { s, ctx, c in
            _ = try s.updateWorkflow(wf, WorkflowInput(configuration: RoutingHarness.defaultFilter(q2), reEvaluateTasks: true), ctx, &c)
        }
        #expect(try await h.taskState(task)?.taskQueueSid == q2)
        #expect(try await h.pendingReservations(task).map(\.workerSid) == [bob])
    }

    @Test func aPriorityUpdateReordersThePendingTask() async throws {
        let h = try await RoutingHarness.make()
        let q = try await h.queue("Only")
        let wf = try await h.workflow(RoutingHarness.defaultFilter(q))
        let alice = try await h.worker("Alice", available: false)
        let low = try await h.task(workflow: wf, priority: 1)
        let high = try await h.task(workflow: wf, priority: 5)
        try await h.updateTask(low, TaskUpdate(priority: 9))
        try await h.setActivity(alice, "Available")
        #expect(try await h.status(low) == .reserved)
        #expect(try await h.status(high) == .pending)
    }

    @Test func reEvaluateTasksReachesAReservedTaskWhenItReturnsToPending() async throws {
        let h = try await RoutingHarness.make()
        let (q1, q2, wf) = try await Self.twoFilters(h)
        let alice = try await h.worker("Alice", attributes: #"{"skill":"sales"}"#)
        let bob = try await h.worker("Bob", attributes: #"{"skill":"support"}"#)
        let task = try await h.task(#"{"type":"sales"}"#, workflow: wf)
        let r = try await h.pending(task)
        #expect(r.workerSid == alice)
        let config = RoutingHarness.filters([("Sales to support", "type == 'sales'", [#"{"queue":"\#(q2)"}"#])])
        try await h.step { s, ctx, c in
            _ = try s.updateWorkflow(wf, WorkflowInput(configuration: config, reEvaluateTasks: true), ctx, &c)
        }
        #expect(try await h.taskState(task)?.taskQueueSid == q1, "reserved: left alone for now")
        try await h.reject(r.sid)
        #expect(try await h.taskState(task)?.taskQueueSid == q2)
        #expect(try await h.pending(task).workerSid == bob)
    }
}
