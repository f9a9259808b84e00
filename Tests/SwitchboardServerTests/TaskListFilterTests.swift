import Foundation
import SwitchboardTesting
import Testing

/// The filters and ordering of `GET {WS}/Tasks` (rest-api §10).
@Suite struct TaskListFilterTests {
    /// Two queues and workflows; t1 (prio 1, support), t2 (prio 5, support, canceled), t3 (prio 5, sales), one second apart.
    struct Tasks: Sendable {
        let fx: WorkspaceFixture
        let support: (queue: String, workflow: String)
        let sales: (queue: String, workflow: String)
        let t1: String, t2: String, t3: String
    }

    static func withTasks(_ body: @Sendable (Tasks) async throws -> Void) async throws {
        try await WorkspaceFixture.run { fx async throws in
            let support = try await fx.createRouting(queueName: "Support", workflowName: "Support Flow")
            let sales = try await fx.createRouting(queueName: "Sales", workflowName: "Sales Flow")
            let t1 = try await fx.createTask(#"{"type":"ticket","tier":"gold"}"#, workflow: support.workflow, [("Priority", "1")])
            fx.server.clock.advance(by: 1)
            let t2 = try await fx.createTask(#"{"type":"ticket","tier":"silver"}"#, workflow: support.workflow, [("Priority", "5")])
            fx.server.clock.advance(by: 1)
            let t3 = try await fx.createTask(#"{"type":"lead"}"#, workflow: sales.workflow,
                                             [("Priority", "5"), ("VirtualStartTime", "2026-01-01T00:00:00Z")])
            let cancel = try await fx.call(.post, fx.path("Tasks/\(t2)"), [("AssignmentStatus", "canceled"), ("Reason", "dup")])
            expectStatus(cancel, .ok)
            try await body(Tasks(fx: fx, support: support, sales: sales, t1: t1, t2: t2, t3: t3))
        }
    }

    @Test func defaultOrderIsDateCreatedAscending() async throws {
        try await Self.withTasks { s async throws in
            let r = try await s.fx.get("Tasks")
            expectStatus(r, .ok)
            #expect(r.sids("tasks") == [s.t1, s.t2, s.t3])
            #expect(r.meta["key"] as? String == "tasks")
        }
    }

    @Test func assignmentStatusRepeatedOrCommaJoined() async throws {
        try await Self.withTasks { s async throws in
            let fx = s.fx
            #expect(try await fx.get("Tasks", [("AssignmentStatus", "pending")]).sids("tasks") == [s.t1, s.t3])
            #expect(try await fx.get("Tasks", [("AssignmentStatus", "canceled")]).sids("tasks") == [s.t2])
            #expect(try await fx.get("Tasks", [("AssignmentStatus", "pending,canceled")]).sids("tasks") == [s.t1, s.t2, s.t3])
            let repeated = try await fx.get("Tasks", [("AssignmentStatus", "canceled"), ("AssignmentStatus", "completed")])
            #expect(repeated.sids("tasks") == [s.t2])
            #expect(try await fx.get("Tasks", [("AssignmentStatus", "assigned")]).sids("tasks").isEmpty)
            expectInvalid(try await fx.get("Tasks", [("AssignmentStatus", "finished")]))
        }
    }

    @Test func priorityWorkflowAndQueueFilters() async throws {
        try await Self.withTasks { s async throws in
            let fx = s.fx
            #expect(try await fx.get("Tasks", [("Priority", "5")]).sids("tasks") == [s.t2, s.t3])
            #expect(try await fx.get("Tasks", [("WorkflowSid", s.sales.workflow)]).sids("tasks") == [s.t3])
            #expect(try await fx.get("Tasks", [("WorkflowName", "Support Flow")]).sids("tasks") == [s.t1, s.t2])
            #expect(try await fx.get("Tasks", [("TaskQueueSid", s.support.queue)]).sids("tasks") == [s.t1, s.t2])
            #expect(try await fx.get("Tasks", [("TaskQueueName", "Sales")]).sids("tasks") == [s.t3])
            #expect(try await fx.get("Tasks", [("TaskQueueName", "Nobody")]).sids("tasks").isEmpty)
            #expect(try await fx.get("Tasks", [("Priority", "5"), ("AssignmentStatus", "pending")]).sids("tasks") == [s.t3])
            expectInvalid(try await fx.get("Tasks", [("Priority", "five")]))
        }
    }

    @Test func evaluateTaskAttributes() async throws {
        try await Self.withTasks { s async throws in
            let fx = s.fx
            #expect(try await fx.get("Tasks", [("EvaluateTaskAttributes", "type == 'ticket'")]).sids("tasks") == [s.t1, s.t2])
            #expect(try await fx.get("Tasks", [("EvaluateTaskAttributes", "tier IN ['gold','platinum']")]).sids("tasks") == [s.t1])
            #expect(try await fx.get("Tasks", [("EvaluateTaskAttributes", "type == 'none'")]).sids("tasks").isEmpty)
        }
    }

    @Test(arguments: ["type ==", "(type == 'ticket'", "type = = 'x'"])
    func badExpressionIs400(_ expression: String) async throws {
        try await Self.withTasks { s async throws in
            expectInvalid(try await s.fx.get("Tasks", [("EvaluateTaskAttributes", expression)]))
        }
    }

    @Test func ordering() async throws {
        try await Self.withTasks { s async throws in
            let fx = s.fx
            #expect(try await fx.get("Tasks", [("Ordering", "DateCreated:desc")]).sids("tasks") == [s.t3, s.t2, s.t1])
            #expect(try await fx.get("Tasks", [("Ordering", "Priority:desc,DateCreated:asc")]).sids("tasks") == [s.t2, s.t3, s.t1])
            #expect(try await fx.get("Tasks", [("Ordering", "Priority:desc,DateCreated:desc")]).sids("tasks") == [s.t3, s.t2, s.t1])
            // t3's virtual start time is the oldest.
            #expect(try await fx.get("Tasks", [("Ordering", "VirtualStartTime:asc")]).sids("tasks").first == s.t1)
            #expect(try await fx.get("Tasks", [("Ordering", "VirtualStartTime:desc")]).sids("tasks").first == s.t2)
        }
    }

    @Test(arguments: ["DateCreated:asc,VirtualStartTime:desc", "Age:asc", "Priority:up", "Priority:desc:asc"])
    func badOrderingIs400(_ ordering: String) async throws {
        try await Self.withTasks { s async throws in
            expectInvalid(try await s.fx.get("Tasks", [("Ordering", ordering)]))
        }
    }

    @Test func routingTargetAndHasAddons() async throws {
        try await Self.withTasks { s async throws in
            let fx = s.fx
            #expect(try await fx.get("Tasks", [("RoutingTarget", s.sales.queue)]).sids("tasks") == [s.t3])
            #expect(try await fx.get("Tasks", [("HasAddons", "false")]).sids("tasks") == [s.t1, s.t2, s.t3])
            #expect(try await fx.get("Tasks", [("HasAddons", "true")]).sids("tasks").isEmpty)
        }
    }

    @Test func metaCarriesFiltersAndCommaJoinedStatus() async throws {
        try await Self.withTasks { s async throws in
            let r = try await s.fx.get("Tasks", [("AssignmentStatus", "pending,reserved"), ("PageSize", "1")])
            #expect(r.sids("tasks") == [s.t1])
            #expect(r.meta["first_page_url"] as? String == s.fx.url("Tasks") + "?AssignmentStatus=pending%2Creserved&PageSize=1&Page=0")
            let next = try await s.fx.call(.get, try relative(r.meta["next_page_url"] as? String))
            #expect(next.sids("tasks") == [s.t3])
            #expect(next.meta["next_page_url"] is NSNull)
            #expect(next.meta["page"] as? Int == 1)
        }
    }
}
