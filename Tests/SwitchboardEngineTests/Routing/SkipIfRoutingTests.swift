import Foundation
import SwitchboardCore
import SwitchboardEngine
import Testing

/// `skip_if` (routing-semantics §2.3.2 step 7, §2.3.3 cause = skip_if, §2.3.4, §9 items 7 and 19).
@Suite struct SkipIfRoutingTests {
    @Test func skipIfMovesOnAtOnceWhenNobodyCouldBeReserved() async throws {
        let h = try await RoutingHarness.make()
        let q1 = try await h.queue("One"), q2 = try await h.queue("Two")
        let wf = try await h.workflow(RoutingHarness.filter([
            #"{"queue":"\#(q1)","timeout":100,"skip_if":"workers.available == 0"}"#, #"{"queue":"\#(q2)"}"#,
        ]))
        let task = try await h.task(workflow: wf)
        #expect(try await h.taskTypes(task) == [
            "task.created", "workflow.entered", "workflow.target-matched", "task-queue.entered",
            "workflow.target-matched", "task-queue.moved", "task-queue.entered",
        ], "a skip emits no task-queue.timeout")
        let t = try await h.taskState(task)
        #expect(t?.taskQueueSid == q2)
        #expect(t?.routingTargetIndex == 1)
    }

    @Test func skipIfIsNotAppliedWhenAReservationWasCreated() async throws {
        let h = try await RoutingHarness.make()
        let q1 = try await h.queue("One"), q2 = try await h.queue("Two")
        let wf = try await h.workflow(RoutingHarness.filter([#"{"queue":"\#(q1)","skip_if":"1==1"}"#, #"{"queue":"\#(q2)"}"#]))
        let alice = try await h.worker("Alice")
        let task = try await h.task(workflow: wf)
        #expect(try await h.taskState(task)?.taskQueueSid == q1)
        #expect(try await h.pending(task).workerSid == alice)
        // Rejected later: skip_if is evaluated only at entry (§9 item 19).
        try await h.reject(try await h.pending(task).sid, activity: "Offline")
        #expect(try await h.taskState(task)?.taskQueueSid == q1)
        #expect(try await h.status(task) == .pending)
    }

    @Test func skipIfCountsTheQueueWorkersNotTheTargetExpressionOnes() async throws {
        let h = try await RoutingHarness.make()
        let q1 = try await h.queue("One"), q2 = try await h.queue("Two")
        let wf = try await h.workflow(RoutingHarness.filter([
            #"{"queue":"\#(q1)","expression":"worker.level > 5","timeout":20,"skip_if":"workers.available == 0"}"#,
            #"{"queue":"\#(q2)"}"#,
        ]))
        _ = try await h.worker("Junior", attributes: #"{"level":1}"#)
        let task = try await h.task(workflow: wf)
        #expect(try await h.status(task) == .pending)
        #expect(try await h.taskState(task)?.taskQueueSid == q1, "one available queue worker: no skip (§2.3.4)")
        try await h.tick(to: 20)
        #expect(try await h.taskState(task)?.taskQueueSid == q2)
    }

    @Test func skippingTheLastStepEntersTheDefaultFilter() async throws {
        let h = try await RoutingHarness.make()
        let q1 = try await h.queue("One"), qd = try await h.queue("Default")
        let wf = try await h.workflow(RoutingHarness.filter([#"{"queue":"\#(q1)","skip_if":"1==1"}"#], default: qd))
        let task = try await h.task(workflow: wf)
        let t = try await h.taskState(task)
        #expect(t?.taskQueueSid == qd)
        #expect(t?.routingFilterIndex == nil)
        #expect(t?.assignmentStatus == .pending)
        let alice = try await h.worker("Alice")
        #expect(try await h.pending(task).workerSid == alice)
    }

    @Test func skippingTheLastStepWithoutADefaultCancelsTheTask() async throws {
        let h = try await RoutingHarness.make()
        let q1 = try await h.queue("One")
        let wf = try await h.workflow(RoutingHarness.filter([#"{"queue":"\#(q1)","skip_if":"1==1"}"#]))
        let task = try await h.task(workflow: wf)
        #expect(try await h.status(task) == .canceled)
        #expect(try await h.taskState(task)?.reason == "Task canceled on Workflow skip")
        let types = try await h.taskTypes(task)
        #expect(Array(types.suffix(2)) == ["workflow.skipped", "task.canceled"])
    }

    @Test func aSkipGoesToTheNextMatchingFilterBeforeTheDefault() async throws {
        let h = try await RoutingHarness.make()
        let q1 = try await h.queue("One"), q2 = try await h.queue("Two"), qd = try await h.queue("Default")
        let wf = try await h.workflow(RoutingHarness.filters([
            ("First", "1==1", [#"{"queue":"\#(q1)","skip_if":"1==1"}"#]),
            ("Second", "1==1", [#"{"queue":"\#(q2)"}"#]),
        ], default: qd))
        let task = try await h.task(workflow: wf)
        #expect(try await h.taskState(task)?.taskQueueSid == q2)
    }

    @Test func theDefaultFilterIgnoresSkipIfAndTimeout() async throws {
        let h = try await RoutingHarness.make()
        let qd = try await h.queue("Default")
        let config = #"{"task_routing":{"default_filter":{"queue":"\#(qd)","skip_if":"1==1","timeout":5}}}"#
        let wf = try await h.workflow(config)
        let task = try await h.task(workflow: wf)
        #expect(try await h.status(task) == .pending)
        try await h.tick(to: 10)
        #expect(try await h.status(task) == .pending)
        #expect(try await h.taskState(task)?.taskQueueSid == qd)
    }

    @Test func aDefaultStepReachedBySkipIsNotEnteredTwice() async throws {
        // Default → (re-evaluation) filter 0 → skip: the task was already placed in DEFAULT once, so it is canceled.
        let h = try await RoutingHarness.make()
        let q1 = try await h.queue("One"), qd = try await h.queue("Default")
        let wf = try await h.workflow(RoutingHarness.filter([#"{"queue":"\#(q1)","skip_if":"1==1"}"#], expression: "go == true", default: qd))
        let task = try await h.task(#"{"go":false}"#, workflow: wf)
        #expect(try await h.taskState(task)?.taskQueueSid == qd)
        try await h.updateTask(task, TaskUpdate(attributes: #"{"go":true}"#))
        #expect(try await h.status(task) == .canceled)
        #expect(try await h.taskState(task)?.reason == "Task canceled on Workflow skip")
    }

    @Test func skipIfCanCountWorkersOfAnActivity() async throws {
        let h = try await RoutingHarness.make()
        let q1 = try await h.queue("One"), q2 = try await h.queue("Two")
        let unavailable = try #require(h.activities["Unavailable"])
        let wf = try await h.workflow(RoutingHarness.filter([
            #"{"queue":"\#(q1)","timeout":60,"skip_if":"workers.\#(unavailable) > 0"}"#, #"{"queue":"\#(q2)"}"#,
        ]))
        let away = try await h.worker("Away", available: false)
        let first = try await h.task(workflow: wf)
        #expect(try await h.taskState(first)?.taskQueueSid == q1, "nobody is Unavailable")
        try await h.setActivity(away, "Unavailable")
        let second = try await h.task(workflow: wf)
        #expect(try await h.taskState(second)?.taskQueueSid == q2)
    }
}
