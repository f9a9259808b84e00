import Foundation
import SwitchboardTesting
import Testing

@Suite struct WorkflowRoutesTests {
    /// A configuration with a filter, two targets and a default, spaced oddly to show it is echoed verbatim.
    static func configuration(_ gold: String, _ fallback: String) -> String {
        """
        {"task_routing": {"filters": [{"filter_friendly_name": "Gold", "expression": "tier == 'gold'",
          "targets": [{"queue": "\(gold)", "priority": 10, "timeout": 30}, {"queue": "\(fallback)"}]}],
          "default_filter": {"queue": "\(fallback)"}}}
        """
    }

    @Test func createFetchUpdateDelete() async throws {
        try await WorkspaceFixture.run { fx async throws in
            let gold = try await fx.createQueue("Gold")
            let fallback = try await fx.createQueue("Everyone")
            let config = Self.configuration(gold, fallback)
            let created = try await fx.call(.post, fx.path("Workflows"), [("FriendlyName", "Tiers"), ("Configuration", config)])
            expectStatus(created, .created)
            let sid = try #require(created["sid"])
            #expect(sid.hasPrefix("WW"))
            #expect(created["configuration"] == config)
            #expect(created.int("task_reservation_timeout") == 120)
            #expect(created["document_content_type"] == "application/json")
            #expect(created.isNull("assignment_callback_url") && created.isNull("fallback_assignment_callback_url"))
            #expect(created["url"] == fx.url("Workflows/\(sid)"))
            #expect(created.link("statistics") == fx.url("Workflows/\(sid)/Statistics"))
            #expect(created.link("real_time_statistics") == fx.url("Workflows/\(sid)/RealTimeStatistics"))
            #expect(created.link("cumulative_statistics") == fx.url("Workflows/\(sid)/CumulativeStatistics"))
            #expect(try await fx.call(.get, fx.path("Workflows/\(sid)")).body == created.body)

            fx.server.clock.advance(by: 15)
            let updated = try await fx.call(.post, fx.path("Workflows/\(sid)"), [
                ("FriendlyName", "Tiers v2"), ("Configuration", WorkspaceFixture.defaultRouting(gold)),
                ("AssignmentCallbackUrl", "https://example.com/assign"),
                ("FallbackAssignmentCallbackUrl", "https://example.com/fallback"), ("TaskReservationTimeout", "86400"),
            ])
            expectStatus(updated, .ok)
            #expect(updated["friendly_name"] == "Tiers v2")
            #expect(updated["configuration"] == WorkspaceFixture.defaultRouting(gold))
            #expect(updated["assignment_callback_url"] == "https://example.com/assign")
            #expect(updated["fallback_assignment_callback_url"] == "https://example.com/fallback")
            #expect(updated.int("task_reservation_timeout") == 86_400)
            #expect(updated["date_updated"] == "2026-01-01T00:00:15Z")

            expectNoContent(try await fx.call(.delete, fx.path("Workflows/\(sid)")))
            expectNotFound(try await fx.call(.get, fx.path("Workflows/\(sid)")))
        }
    }

    @Test func golden() async throws {
        try await WorkspaceFixture.run { fx async throws in
            let gold = try await fx.createQueue("Gold")
            let fallback = try await fx.createQueue("Everyone")
            let sid = try await fx.createWorkflow("Tiers", configuration: Self.configuration(gold, fallback), [
                ("AssignmentCallbackUrl", "https://example.com/assign"), ("TaskReservationTimeout", "30"),
            ])
            try Golden.expect(try await fx.call(.get, fx.path("Workflows/\(sid)")).body, matches: "workflow")
        }
    }

    @Test func emptyUpdateReturnsTheUnchangedResource() async throws {
        try await WorkspaceFixture.run { fx async throws in
            let routing = try await fx.createRouting()
            let before = try await fx.call(.get, fx.path("Workflows/\(routing.workflow)"))
            fx.server.clock.advance(by: 60)
            let after = try await fx.call(.post, fx.path("Workflows/\(routing.workflow)"))
            expectStatus(after, .ok)
            #expect(after.body == before.body)
        }
    }

    /// Each configuration is broken in one way (routing-semantics §2.1 validation list).
    static let badConfigurations: [String] = [
        "{not json",
        "[]",
        #"{"routing":{}}"#,
        #"{"task_routing":{"filters":{}}}"#,
        #"{"task_routing":{"filters":[{"expression":"1==1","targets":[{"priority":1}]}]}}"#,
        #"{"task_routing":{"filters":[{"expression":"1==1","targets":[]}]}}"#,
        #"{"task_routing":{"filters":[{"targets":[{"queue":"QUEUE"}]}]}}"#,
        #"{"task_routing":{"filters":[{"expression":"a ==","targets":[{"queue":"QUEUE"}]}]}}"#,
        #"{"task_routing":{"filters":[{"expression":"1==1","targets":[{"queue":"QUEUE","timeout":0}]}]}}"#,
        #"{"task_routing":{"filters":[{"expression":"1==1","targets":[{"queue":"QUEUE","priority":-1}]}]}}"#,
        #"{"task_routing":{"default_filter":{"queue":"WQffffffffffffffffffffffffffffffff"}}}"#,
        #"{"task_routing":{"default_filter":{}}}"#,
    ]

    @Test(arguments: badConfigurations)
    func createRejectsBadConfiguration(_ template: String) async throws {
        try await WorkspaceFixture.run { fx async throws in
            let queue = try await fx.createQueue("Support")
            let config = template.replacingOccurrences(of: "QUEUE", with: queue)
            expectInvalid(try await fx.call(.post, fx.path("Workflows"), [("FriendlyName", "Broken"), ("Configuration", config)]))
            #expect(try await fx.get("Workflows").items("workflows").isEmpty)
        }
    }

    @Test(arguments: [
        [("Configuration", "CONFIG")],
        [("FriendlyName", "Flow")],
        [("FriendlyName", tooLongName), ("Configuration", "CONFIG")],
        [("FriendlyName", "Flow"), ("Configuration", "CONFIG"), ("TaskReservationTimeout", "0")],
        [("FriendlyName", "Flow"), ("Configuration", "CONFIG"), ("TaskReservationTimeout", "86401")],
        [("FriendlyName", "Flow"), ("Configuration", "CONFIG"), ("TaskReservationTimeout", "soon")],
        [("FriendlyName", "Flow"), ("Configuration", "CONFIG"), ("AssignmentCallbackUrl", "not a url")],
    ])
    func createRejectsBadFields(_ form: [(String, String)]) async throws {
        try await WorkspaceFixture.run { fx async throws in
            let queue = try await fx.createQueue("Support")
            let config = WorkspaceFixture.defaultRouting(queue)
            let filled = form.map { ($0.0, $0.1 == "CONFIG" ? config : $0.1) }
            expectInvalid(try await fx.call(.post, fx.path("Workflows"), filled))
            #expect(try await fx.get("Workflows").items("workflows").isEmpty)
        }
    }

    @Test func updateRejectsBadConfigurationAndKeepsTheOldOne() async throws {
        try await WorkspaceFixture.run { fx async throws in
            let routing = try await fx.createRouting()
            let before = try await fx.call(.get, fx.path("Workflows/\(routing.workflow)")).body
            expectInvalid(try await fx.call(.post, fx.path("Workflows/\(routing.workflow)"), [("Configuration", "{")]))
            expectInvalid(try await fx.call(.post, fx.path("Workflows/\(routing.workflow)"),
                                            [("FriendlyName", "Renamed"), ("TaskReservationTimeout", "0")]))
            #expect(try await fx.call(.get, fx.path("Workflows/\(routing.workflow)")).body == before)
        }
    }

    @Test func listFilterByName() async throws {
        try await WorkspaceFixture.run { fx async throws in
            let queue = try await fx.createQueue("Support")
            let a = try await fx.createDefaultWorkflow("Alpha", queue: queue)
            let b = try await fx.createDefaultWorkflow("Beta", queue: queue)
            let all = try await fx.get("Workflows")
            #expect(all.sids("workflows") == [a, b])
            #expect(all.meta["key"] as? String == "workflows")
            #expect(try await fx.get("Workflows", [("FriendlyName", "Beta")]).sids("workflows") == [b])
            #expect(try await fx.get("Workflows", [("FriendlyName", "Gamma")]).sids("workflows").isEmpty)
        }
    }

    @Test func deleteIsRefusedWhileItControlsOpenTasks() async throws {
        try await WorkspaceFixture.run { fx async throws in
            let routing = try await fx.createRouting()
            let task = try await fx.createTask(workflow: routing.workflow)
            expectInvalid(try await fx.call(.delete, fx.path("Workflows/\(routing.workflow)")))
            expectStatus(try await fx.call(.get, fx.path("Workflows/\(routing.workflow)")), .ok)
            expectStatus(try await fx.call(.post, fx.path("Tasks/\(task)"), [("AssignmentStatus", "canceled"), ("Reason", "done")]), .ok)
            expectNoContent(try await fx.call(.delete, fx.path("Workflows/\(routing.workflow)")))
        }
    }

    @Test func malformedAndUnknownSidsAre404() async throws {
        try await WorkspaceFixture.run { fx async throws in
            for sid in ["WW123", unknownSID("WW"), unknownSID("WQ")] {
                expectNotFound(try await fx.call(.get, fx.path("Workflows/\(sid)")))
                expectNotFound(try await fx.call(.post, fx.path("Workflows/\(sid)"), [("FriendlyName", "x")]))
                expectNotFound(try await fx.call(.delete, fx.path("Workflows/\(sid)")))
            }
        }
    }
}
