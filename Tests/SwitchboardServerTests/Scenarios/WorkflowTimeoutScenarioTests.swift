import Foundation
import SwitchboardTesting
import Testing

/// Step timeouts and falling off the workflow (routing-semantics §2.3.3, §5.4).
@Suite struct WorkflowTimeoutScenarioTests {
    @Test func aTaskMovesThroughItsStepsAndFallsOffTheWorkflow() async throws {
        try await Scenario.run { s in
            let q1 = try await s.queue("First"), q2 = try await s.queue("Second")
            let wf = try await s.workflow(Scenario.filter([#"{"queue":"\#(q1)","timeout":30}"#, #"{"queue":"\#(q2)","timeout":30}"#]))
            let task = try await s.task(workflow: wf)
            #expect(try await s.taskJSON(task)["task_queue_sid"] == q1)
            try await s.tick(29)
            #expect(try await s.taskJSON(task)["task_queue_sid"] == q1)
            let m = try await s.mark()
            try await s.tick(1)
            #expect(try await s.eventTypes(since: m) == ["task-queue.timeout", "workflow.target-matched", "task-queue.moved", "task-queue.entered"])
            let moved = try await s.taskJSON(task)
            #expect(moved["task_queue_sid"] == q2)
            #expect(moved["task_queue_friendly_name"] == "Second")
            let m2 = try await s.mark()
            try await s.tick(30)
            #expect(try await s.eventTypes(since: m2) == ["task-queue.timeout", "workflow.timeout", "task.canceled"])
            let done = try await s.taskJSON(task)
            #expect(done["assignment_status"] == "canceled")
            #expect(done["reason"] == "Task canceled on Workflow timeout")
            #expect(done.json["age"] as? Int == 60)
        }
    }

    @Test func aTimeoutWhileReservedAdvancesWhenTheReservationEnds() async throws {
        try await Scenario.run { s in
            let q1 = try await s.queue("First", [("TargetWorkers", "team == 'one'")])
            let wf = try await s.workflow(Scenario.filter([#"{"queue":"\#(q1)","timeout":30}"#]), [("TaskReservationTimeout", "45")])
            _ = try await s.worker("Alice", attributes: #"{"team":"one"}"#)
            let task = try await s.task(workflow: wf)
            try await s.tick(40)
            #expect(try await s.status(task) == "reserved", "the step deadline is not acted on while reserved")
            let m = try await s.mark()
            try await s.tick(5)
            #expect(try await s.eventTypes(since: m) == [
                "reservation.timeout", "worker.activity.update", "task-queue.timeout", "workflow.timeout", "task.canceled",
            ])
            #expect(try await s.taskJSON(task)["reason"] == "Task canceled on Workflow timeout")
        }
    }

    @Test func skipIfWithoutAnywhereToGoCancelsAtCreate() async throws {
        try await Scenario.run { s in
            let q1 = try await s.queue("First")
            let wf = try await s.workflow(Scenario.filter([#"{"queue":"\#(q1)","skip_if":"workers.available == 0"}"#]))
            let created = try await s.post("Tasks", [("WorkflowSid", wf)])
            expectScenarioStatus(created, 201)
            let task = try #require(created["sid"])
            #expect(try await s.status(task) == "canceled")
            #expect(try await s.taskJSON(task)["reason"] == "Task canceled on Workflow skip")
            let types = try await s.eventTypes([("TaskSid", task)])
            #expect(Array(types.suffix(2)) == ["workflow.skipped", "task.canceled"])
        }
    }

    @Test func skipIfFallsBackToTheDefaultFilter() async throws {
        try await Scenario.run { s in
            let q1 = try await s.queue("First"), qd = try await s.queue("Fallback")
            let wf = try await s.workflow(Scenario.filter([#"{"queue":"\#(q1)","skip_if":"workers.available == 0"}"#], default: qd))
            let task = try await s.task(workflow: wf)
            #expect(try await s.taskJSON(task)["task_queue_sid"] == qd)
            #expect(try await s.status(task) == "pending")
        }
    }

    @Test func noMatchingFilterAndNoDefaultRefusesTheTask() async throws {
        try await Scenario.run { s in
            let q1 = try await s.queue("First")
            let wf = try await s.workflow(Scenario.filter([#"{"queue":"\#(q1)"}"#], expression: "type == 'x'"))
            let r = try await s.post("Tasks", [("WorkflowSid", wf), ("Attributes", #"{"type":"y"}"#)])
            expectScenarioStatus(r, 400)
            #expect(scenarioRows(try await s.get("Tasks"), "tasks").isEmpty)
        }
    }
}
