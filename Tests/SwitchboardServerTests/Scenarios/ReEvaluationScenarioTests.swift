import Foundation
import SwitchboardTesting
import Testing

/// Attribute updates and `ReEvaluateTasks` re-routing pending tasks (routing-semantics §2.3.5).
@Suite struct ReEvaluationScenarioTests {
    static func config(_ sales: String, _ support: String) -> String {
        #"{"task_routing":{"filters":[{"filter_friendly_name":"Sales","expression":"type == 'sales'","targets":[{"queue":"\#(sales)"}]},{"filter_friendly_name":"Support","expression":"type == 'support'","targets":[{"queue":"\#(support)"}]}]}}"#
    }

    @Test func anAttributeUpdateTransfersAPendingTask() async throws {
        try await Scenario.run { s in
            let sales = try await s.queue("Sales", [("TargetWorkers", "skill == 'sales'")])
            let support = try await s.queue("Support", [("TargetWorkers", "skill == 'support'")])
            let wf = try await s.workflow(Self.config(sales, support))
            let bob = try await s.worker("Bob", attributes: #"{"skill":"support"}"#)
            let task = try await s.task(#"{"type":"sales"}"#, workflow: wf)
            #expect(try await s.taskJSON(task)["task_queue_sid"] == sales)
            let m = try await s.mark()
            let resp = try await s.post("Tasks/\(task)", [("Attributes", #"{"type":"support"}"#)])
            expectScenarioStatus(resp, 200)
            #expect(try await s.eventTypes(since: m) == [
                "task.updated", "workflow.target-matched", "task-queue.moved", "task-queue.entered", "reservation.created",
            ])
            #expect(try await s.taskJSON(task)["task_queue_sid"] == support)
            #expect(try await s.pendingReservation(task).worker == bob)
            let matched = try await s.events([("TaskSid", task), ("EventType", "workflow.target-matched")])
            let data = matched.last?["event_data"] as? [String: any Sendable] ?? [:]
            #expect(data["workflow_filter_name"] as? String == "Support")
        }
    }

    @Test func reEvaluateTasksAppliesANewConfigurationToPendingTasks() async throws {
        try await Scenario.run { s in
            let sales = try await s.queue("Sales", [("TargetWorkers", "skill == 'sales'")])
            let support = try await s.queue("Support", [("TargetWorkers", "skill == 'support'")])
            let wf = try await s.workflow(Self.config(sales, support))
            let bob = try await s.worker("Bob", attributes: #"{"skill":"support"}"#)
            let task = try await s.task(#"{"type":"sales"}"#, workflow: wf)
            // Filter 0 now matches nothing; filter 1 sends sales tasks to the support queue.
            let swapped = #"{"task_routing":{"filters":[{"filter_friendly_name":"X","expression":"type == 'x'","targets":[{"queue":"\#(sales)"}]},{"filter_friendly_name":"Sales","expression":"type == 'sales'","targets":[{"queue":"\#(support)"}]}]}}"#
            expectScenarioStatus(try await s.post("Workflows/\(wf)", [("Configuration", swapped)]), 200)
            #expect(try await s.taskJSON(task)["task_queue_sid"] == sales, "without ReEvaluateTasks nothing moves")
            expectScenarioStatus(try await s.post("Workflows/\(wf)", [("Configuration", swapped), ("ReEvaluateTasks", "true")]), 200)
            #expect(try await s.taskJSON(task)["task_queue_sid"] == support)
            #expect(try await s.pendingReservation(task).worker == bob)
        }
    }
}
