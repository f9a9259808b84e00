import Foundation
import SwitchboardTesting
import Testing

/// Where a new task lands: workflow filters, default_filter, queue SID and routing targets (routing-semantics §2.3.1, §3.7).
@Suite struct TaskPlacementTests {
    /// Queues VIP, Spanish and Everyone, and a workflow: vip → VIP (priority 50), language es → Spanish, default → Everyone.
    struct Routing: Sendable {
        let fx: WorkspaceFixture
        let vip: String, spanish: String, everyone: String, workflow: String
    }

    static func withRouting(defaultFilter: Bool = true, _ body: @Sendable (Routing) async throws -> Void) async throws {
        try await WorkspaceFixture.run { fx async throws in
            let vip = try await fx.createQueue("VIP")
            let spanish = try await fx.createQueue("Spanish")
            let everyone = try await fx.createQueue("Everyone")
            let fallback = defaultFilter ? #","default_filter":{"queue":"\#(everyone)"}"# : ""
            let config = #"""
            {"task_routing":{"filters":[
              {"filter_friendly_name":"VIP","expression":"vip == true","targets":[{"queue":"\#(vip)","priority":50}]},
              {"filter_friendly_name":"Spanish","expression":"language == 'es'","targets":[{"queue":"\#(spanish)"}]}
            ]\#(fallback)}}
            """#
            let workflow = try await fx.createWorkflow("Main", configuration: config)
            try await body(Routing(fx: fx, vip: vip, spanish: spanish, everyone: everyone, workflow: workflow))
        }
    }

    @Test func firstMatchingFilterWins() async throws {
        try await Self.withRouting { r async throws in
            let t = try await r.fx.call(.post, r.fx.path("Tasks"), [("Attributes", #"{"vip":true,"language":"es"}"#)])
            expectStatus(t, .created)
            #expect(t["task_queue_sid"] == r.vip)
            #expect(t["task_queue_friendly_name"] == "VIP")
            #expect(t["workflow_sid"] == r.workflow)
            let es = try await r.fx.call(.post, r.fx.path("Tasks"), [("Attributes", #"{"language":"es"}"#)])
            #expect(es["task_queue_sid"] == r.spanish)
        }
    }

    @Test func targetPriorityOverridesTheRequestedOne() async throws {
        try await Self.withRouting { r async throws in
            let t = try await r.fx.call(.post, r.fx.path("Tasks"), [("Attributes", #"{"vip":true}"#), ("Priority", "3")])
            #expect(t.int("priority") == 50)
            let plain = try await r.fx.call(.post, r.fx.path("Tasks"), [("Attributes", #"{"language":"es"}"#), ("Priority", "3")])
            #expect(plain.int("priority") == 3)
        }
    }

    @Test func noMatchingFilterFallsIntoDefaultFilter() async throws {
        try await Self.withRouting { r async throws in
            let t = try await r.fx.call(.post, r.fx.path("Tasks"), [("Attributes", #"{"language":"fr"}"#)])
            expectStatus(t, .created)
            #expect(t["task_queue_sid"] == r.everyone)
        }
    }

    @Test func noMatchAndNoDefaultFilterIs400AndStoresNothing() async throws {
        try await Self.withRouting(defaultFilter: false) { r async throws in
            let events = try await r.fx.get("Events").body
            expectInvalid(try await r.fx.call(.post, r.fx.path("Tasks"), [("Attributes", #"{"language":"fr"}"#)]))
            #expect(try await r.fx.get("Tasks").items("tasks").isEmpty)
            #expect(try await r.fx.get("Events").body == events)
        }
    }

    @Test func createEventsInOrder() async throws {
        try await Self.withRouting { r async throws in
            let task = try await r.fx.createTask(#"{"vip":true}"#)
            let events = try await r.fx.get("Events", [("TaskSid", task)])
            // Newest first; chronological order is task.created, workflow.entered, workflow.target-matched, task-queue.entered.
            #expect(events.values("events", "event_type").reversed()
                    == ["task.created", "workflow.entered", "workflow.target-matched", "task-queue.entered"])
            let matched = try #require(events.items("events").first { $0["event_type"] as? String == "workflow.target-matched" })
            let data = try #require(matched["event_data"] as? [String: any Sendable])
            #expect(data["workflow_filter_name"] as? String == "VIP")
            #expect(data["workflow_target_index"] as? String == "0")
            #expect(data["workflow_sid"] as? String == r.workflow)
            let entered = try #require(events.items("events").first { $0["event_type"] as? String == "task-queue.entered" })
            #expect((entered["event_data"] as? [String: any Sendable])?["task_queue_sid"] as? String == r.vip)
        }
    }

    @Test func taskQueueSidPlacesTheTaskWithoutFilters() async throws {
        try await Self.withRouting { r async throws in
            let t = try await r.fx.call(.post, r.fx.path("Tasks"), [("Attributes", #"{"vip":true}"#), ("TaskQueueSid", r.spanish)])
            expectStatus(t, .created)
            #expect(t["task_queue_sid"] == r.spanish)
            #expect(t.int("priority") == 0)
        }
    }

    @Test func routingTargetQueueOrWorkflow() async throws {
        try await Self.withRouting { r async throws in
            let q = try await r.fx.call(.post, r.fx.path("Tasks"), [("RoutingTarget", r.everyone), ("Attributes", #"{"vip":true}"#)])
            expectStatus(q, .created)
            #expect(q["task_queue_sid"] == r.everyone)
            #expect(q["routing_target"] == r.everyone)
            let w = try await r.fx.call(.post, r.fx.path("Tasks"), [("RoutingTarget", r.workflow), ("Attributes", #"{"vip":true}"#)])
            expectStatus(w, .created)
            #expect(w["task_queue_sid"] == r.vip)
            #expect(w["workflow_sid"] == r.workflow)
        }
    }

    @Test func workflowSidIsRequiredWithSeveralWorkflows() async throws {
        try await Self.withRouting { r async throws in
            try await r.fx.createDefaultWorkflow("Second", queue: r.everyone)
            expectInvalid(try await r.fx.call(.post, r.fx.path("Tasks"), [("Attributes", "{}")]))
            let t = try await r.fx.call(.post, r.fx.path("Tasks"), [("Attributes", "{}"), ("WorkflowSid", r.workflow)])
            expectStatus(t, .created)
        }
    }

    @Test func noWorkflowAtAllIs400() async throws {
        try await WorkspaceFixture.run { fx async throws in
            expectInvalid(try await fx.call(.post, fx.path("Tasks"), [("Attributes", "{}")]))
            #expect(try await fx.get("Tasks").items("tasks").isEmpty)
        }
    }

    @Test func attributeUpdateOfAPendingTaskReroutesIt() async throws {
        try await Self.withRouting { r async throws in
            let task = try await r.fx.createTask(#"{"language":"fr"}"#)
            r.fx.server.clock.advance(by: 5)
            let u = try await r.fx.call(.post, r.fx.path("Tasks/\(task)"), [("Attributes", #"{"language":"es"}"#)])
            expectStatus(u, .ok)
            #expect(u["task_queue_sid"] == r.spanish)
            #expect(u["task_queue_entered_date"] == "2026-01-01T00:00:05Z")
            let types = try await r.fx.get("Events", [("TaskSid", task)]).values("events", "event_type")
            #expect(Array(types.prefix(4)) == ["task-queue.entered", "task-queue.moved", "workflow.target-matched", "task.updated"])
        }
    }

    @Test func reevaluateTasksOnWorkflowUpdate() async throws {
        try await Self.withRouting { r async throws in
            let task = try await r.fx.createTask(#"{"language":"fr"}"#)
            let config = #"{"task_routing":{"filters":[{"expression":"language == 'fr'","targets":[{"queue":"\#(r.spanish)"}]}]}}"#
            let u = try await r.fx.call(.post, r.fx.path("Workflows/\(r.workflow)"), [("Configuration", config), ("ReEvaluateTasks", "true")])
            expectStatus(u, .ok)
            #expect(try await r.fx.call(.get, r.fx.path("Tasks/\(task)"))["task_queue_sid"] == r.spanish)
        }
    }
}
