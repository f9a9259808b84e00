import Foundation
import SwitchboardCore
import SwitchboardEngine
import Testing

/// Step timeouts measured on task age (routing-semantics §2.3.2 step 3, §2.3.3, §5.4).
@Suite struct StepTimeoutRoutingTests {
    @Test func stepsEndAtCumulativeAgesAcrossTargetsAndTheTaskFallsOffTheWorkflow() async throws {
        let h = try await RoutingHarness.make()
        let q1 = try await h.queue("One"), q2 = try await h.queue("Two"), q3 = try await h.queue("Three")
        let wf = try await h.workflow(RoutingHarness.filter([
            #"{"queue":"\#(q1)","timeout":10}"#, #"{"queue":"\#(q2)","timeout":10}"#, #"{"queue":"\#(q3)","timeout":10}"#,
        ]))
        let task = try await h.task(workflow: wf)
        #expect(try await h.taskState(task)?.taskQueueSid == q1)
        try await h.tick(to: 9)
        #expect(try await h.taskState(task)?.taskQueueSid == q1)
        let m1 = try await h.mark()
        try await h.tick(to: 10)
        #expect(try await h.taskState(task)?.taskQueueSid == q2)
        #expect(try await h.types(since: m1) == ["task-queue.timeout", "workflow.target-matched", "task-queue.moved", "task-queue.entered"])
        #expect(h.offset(try await h.taskState(task)?.taskQueueEnteredDate) == 10, "a new queue resets task_queue_entered_date")
        try await h.tick(to: 19)
        #expect(try await h.taskState(task)?.taskQueueSid == q2)
        try await h.tick(to: 20)
        #expect(try await h.taskState(task)?.taskQueueSid == q3)
        try await h.tick(to: 29)
        #expect(try await h.status(task) == .pending)
        let m3 = try await h.mark()
        try await h.tick(to: 30)
        #expect(try await h.status(task) == .canceled)
        #expect(try await h.taskState(task)?.reason == "Task canceled on Workflow timeout")
        #expect(try await h.types(since: m3) == ["task-queue.timeout", "workflow.timeout", "task.canceled"])
    }

    @Test func oneLargeClockJumpFiresEveryStepInTurn() async throws {
        let h = try await RoutingHarness.make()
        let q1 = try await h.queue("One"), q2 = try await h.queue("Two")
        let wf = try await h.workflow(RoutingHarness.filter([#"{"queue":"\#(q1)","timeout":10}"#, #"{"queue":"\#(q2)","timeout":10}"#]))
        let task = try await h.task(workflow: wf)
        try await h.tick(to: 25)
        #expect(try await h.status(task) == .canceled)
        #expect(try await h.taskState(task)?.reason == "Task canceled on Workflow timeout")
    }

    @Test func aTimeoutCarriesTheTaskToTheNextMatchingFilterNotTheDefault() async throws {
        let h = try await RoutingHarness.make()
        let q1 = try await h.queue("One"), q2 = try await h.queue("Two"), q3 = try await h.queue("Three")
        let qd = try await h.queue("Default")
        let wf = try await h.workflow(RoutingHarness.filters([
            ("First", "1==1", [#"{"queue":"\#(q1)","timeout":10}"#]),
            ("Never", "type == 'other'", [#"{"queue":"\#(q2)","timeout":10}"#]),
            ("Third", "type == 'ticket'", [#"{"queue":"\#(q3)","timeout":15}"#]),
        ], default: qd))
        let task = try await h.task(#"{"type":"ticket"}"#, workflow: wf)
        try await h.tick(to: 10)
        let t = try await h.taskState(task)
        #expect(t?.taskQueueSid == q3)
        #expect(t?.routingFilterIndex == 2)
        try await h.tick(to: 24)
        #expect(try await h.taskState(task)?.taskQueueSid == q3)
        try await h.tick(to: 25)
        #expect(try await h.status(task) == .canceled, "the default filter is not a subsequent filter for timeouts")
        #expect(try await h.taskState(task)?.reason == "Task canceled on Workflow timeout")
    }

    @Test func aSameQueueStepEmitsTheTimeoutButNoQueueMove() async throws {
        let h = try await RoutingHarness.make()
        let q = try await h.queue("Only")
        let wf = try await h.workflow(RoutingHarness.filter([#"{"queue":"\#(q)","timeout":10}"#, #"{"priority":5,"timeout":10}"#]))
        let task = try await h.task(workflow: wf)
        let entered = try await h.taskState(task)?.taskQueueEnteredDate
        let m = try await h.mark()
        try await h.tick(to: 10)
        #expect(try await h.types(since: m) == ["task-queue.timeout", "workflow.target-matched"])
        let t = try await h.taskState(task)
        #expect(t?.taskQueueSid == q, "a target without queue inherits the previous one")
        #expect(t?.priority == 5)
        #expect(t?.taskQueueEnteredDate == entered, "same queue keeps task_queue_entered_date (§2.3.2 step 5)")
    }

    @Test func aDeadlinePassedWhileReservedAdvancesWhenTheReservationEnds() async throws {
        let h = try await RoutingHarness.make()
        let q1 = try await h.queue("One", targetWorkers: "team == 'one'")
        let q2 = try await h.queue("Two", targetWorkers: "team == 'two'")
        let wf = try await h.workflow(RoutingHarness.filter([#"{"queue":"\#(q1)","timeout":10}"#, #"{"queue":"\#(q2)","timeout":30}"#]))
        let alice = try await h.worker("Alice", attributes: #"{"team":"one"}"#)
        let bob = try await h.worker("Bob", attributes: #"{"team":"two"}"#)
        let task = try await h.task(workflow: wf)
        let r = try await h.pending(task)
        #expect(r.workerSid == alice)
        try await h.tick(to: 15)
        #expect(try await h.status(task) == .reserved, "a reserved task stays in its step past the deadline")
        #expect(try await h.taskState(task)?.taskQueueSid == q1)
        try await h.reject(r.sid)
        let t = try await h.taskState(task)
        #expect(t?.taskQueueSid == q2, "past its deadline, the step is left instead of retrying Alice")
        #expect(try await h.pending(task).workerSid == bob)
    }

    @Test func stepDeadlinesStayOnTaskAgeAfterALateAdvance() async throws {
        // Timeouts 10/10: the second step ends at age 20 "regardless of reservation activity" (§2.3.2 step 3).
        let h = try await RoutingHarness.make()
        let q1 = try await h.queue("One", targetWorkers: "team == 'one'")
        let q2 = try await h.queue("Two", targetWorkers: "team == 'two'")
        let wf = try await h.workflow(RoutingHarness.filter([#"{"queue":"\#(q1)","timeout":10}"#, #"{"queue":"\#(q2)","timeout":10}"#]))
        _ = try await h.worker("Alice", attributes: #"{"team":"one"}"#)
        let task = try await h.task(workflow: wf)
        let r = try await h.pending(task)
        try await h.tick(to: 15)
        try await h.reject(r.sid)
        #expect(try await h.taskState(task)?.taskQueueSid == q2)
        #expect(h.offset(try await h.taskState(task)?.stepDeadline) == 20)
        try await h.tick(to: 20)
        #expect(try await h.status(task) == .canceled)
        #expect(try await h.taskState(task)?.reason == "Task canceled on Workflow timeout")
    }

    @Test func aStepWithoutTimeoutWaitsForever() async throws {
        let h = try await RoutingHarness.make()
        let q = try await h.queue("Only")
        let wf = try await h.workflow(RoutingHarness.filter([#"{"queue":"\#(q)"}"#]))
        let task = try await h.task(workflow: wf)
        try await h.tick(to: 80_000)
        #expect(try await h.status(task) == .pending)
        #expect(try await h.taskState(task)?.taskQueueSid == q)
    }

    @Test func aTargetPriorityOverridesTheCreatePriority() async throws {
        let h = try await RoutingHarness.make()
        let q = try await h.queue("Only")
        let wf = try await h.workflow(RoutingHarness.filter([#"{"queue":"\#(q)","priority":"10"}"#]))
        let task = try await h.task(workflow: wf, priority: 3)
        #expect(try await h.taskState(task)?.priority == 10)
        let plain = try await h.workflow(RoutingHarness.filter([#"{"queue":"\#(q)"}"#]), name: "Plain")
        let kept = try await h.task(workflow: plain, priority: 3)
        #expect(try await h.taskState(kept)?.priority == 3)
    }
}
