import Foundation
import Hummingbird
import SwitchboardTesting
import Testing

@Suite struct TaskRoutesTests {
    @Test func createFetchUpdateDelete() async throws {
        try await WorkspaceFixture.run { fx async throws in
            let routing = try await fx.createRouting()
            let created = try await fx.call(.post, fx.path("Tasks"), [
                ("Attributes", #"{"type":"ticket"}"#), ("WorkflowSid", routing.workflow), ("Priority", "5"),
                ("Timeout", "3600"), ("TaskChannel", "chat"),
            ])
            expectStatus(created, .created)
            let sid = try #require(created["sid"])
            #expect(sid.hasPrefix("WT"))
            #expect(created.etag != nil)
            #expect(created["assignment_status"] == "pending")
            #expect(created["attributes"] == #"{"type":"ticket"}"#)
            #expect(created.int("priority") == 5)
            #expect(created.int("timeout") == 3600)
            #expect(created["task_channel_unique_name"] == "chat")
            #expect(created["task_channel_sid"] == fx.channels["chat"])
            #expect(created["task_queue_sid"] == routing.queue)
            #expect(created["task_queue_friendly_name"] == "Support Queue")
            #expect(created["task_queue_entered_date"] == "2026-01-01T00:00:00Z")
            #expect(created["workflow_sid"] == routing.workflow)
            #expect(created["workflow_friendly_name"] == "Support Flow")
            #expect(created.isNull("reason"))
            #expect(created["url"] == fx.url("Tasks/\(sid)"))
            #expect(created.link("task_queue") == fx.url("TaskQueues/\(routing.queue)"))
            #expect(created.link("workflow") == fx.url("Workflows/\(routing.workflow)"))
            #expect(created.link("reservations") == fx.url("Tasks/\(sid)/Reservations"))
            #expect(created.link("workspace") == TestServer.baseURL + fx.ws)

            let fetched = try await fx.call(.get, fx.path("Tasks/\(sid)"))
            expectStatus(fetched, .ok)
            #expect(fetched.body == created.body)
            #expect(fetched.etag == created.etag)

            // Age follows the clock.
            fx.server.clock.advance(by: 75)
            #expect(try await fx.call(.get, fx.path("Tasks/\(sid)")).int("age") == 75)

            let updated = try await fx.call(.post, fx.path("Tasks/\(sid)"), [
                ("Attributes", #"{"type":"ticket","vip":true}"#), ("Priority", "7"), ("TaskChannel", "sms"),
            ])
            expectStatus(updated, .ok)
            #expect(updated["attributes"] == #"{"type":"ticket","vip":true}"#)
            #expect(updated.int("priority") == 7)
            #expect(updated["task_channel_unique_name"] == "sms")
            #expect(updated["date_updated"] == "2026-01-01T00:01:15Z")
            #expect(updated.etag != nil && updated.etag != created.etag)

            expectNoContent(try await fx.call(.delete, fx.path("Tasks/\(sid)")))
            expectNotFound(try await fx.call(.get, fx.path("Tasks/\(sid)")))
            expectNotFound(try await fx.call(.delete, fx.path("Tasks/\(sid)")))
        }
    }

    @Test func golden() async throws {
        try await WorkspaceFixture.run { fx async throws in
            let routing = try await fx.createRouting()
            fx.server.clock.advance(by: 600)
            let sid = try await fx.createTask(#"{"type":"ticket","customer":{"tier":"gold"}}"#, workflow: routing.workflow, [
                ("Priority", "3"), ("Timeout", "7200"), ("VirtualStartTime", "2026-01-01T00:05:00Z"),
            ])
            fx.server.clock.advance(by: 42)
            try Golden.expect(try await fx.call(.get, fx.path("Tasks/\(sid)")).body, matches: "task")
        }
    }

    @Test func virtualStartTime() async throws {
        try await WorkspaceFixture.run { fx async throws in
            let routing = try await fx.createRouting()
            fx.server.clock.advance(by: 3600)
            let r = try await fx.call(.post, fx.path("Tasks"), [("WorkflowSid", routing.workflow), ("VirtualStartTime", "2026-01-01T00:30:00Z")])
            expectStatus(r, .created)
            #expect(r["virtual_start_time"] == "2026-01-01T00:30:00Z")
            #expect(r["date_created"] == "2026-01-01T01:00:00Z")
            let sid = try #require(r["sid"])
            let u = try await fx.call(.post, fx.path("Tasks/\(sid)"), [("VirtualStartTime", "1999-12-31T23:59:59Z")])
            #expect(u["virtual_start_time"] == "1999-12-31T23:59:59Z")
        }
    }

    @Test func emptyUpdateReturnsTheUnchangedResource() async throws {
        try await WorkspaceFixture.run { fx async throws in
            let routing = try await fx.createRouting()
            let sid = try await fx.createTask(workflow: routing.workflow)
            fx.server.clock.advance(by: 60)
            let before = try await fx.call(.get, fx.path("Tasks/\(sid)"))
            let after = try await fx.call(.post, fx.path("Tasks/\(sid)"))
            expectStatus(after, .ok)
            #expect(after.body == before.body)
            #expect(after.etag == before.etag)
        }
    }

    @Test(arguments: [
        [("Attributes", "{not json")], [("Attributes", "\"text\"")], [("Priority", "-1")], [("Priority", "2147483648")],
        [("Priority", "high")], [("Timeout", "0")], [("Timeout", "1209601")], [("TaskChannel", "fax")],
        [("TaskChannel", unknownSID("TC"))], [("VirtualStartTime", "2026-01-02T00:00:00Z")],
        [("VirtualStartTime", "1899-12-31T23:59:59Z")], [("VirtualStartTime", "yesterday")],
        [("WorkflowSid", unknownSID("WW"))], [("TaskQueueSid", unknownSID("WQ"))], [("RoutingTarget", unknownSID("WA"))],
        [("Attributes", "{\"a\":\"" + String(repeating: "x", count: 4100) + "\"}")],
    ])
    func createRejectsBadInput(_ form: [(String, String)]) async throws {
        try await WorkspaceFixture.run { fx async throws in
            try await fx.createRouting()
            let events = try await fx.get("Events").body
            expectInvalid(try await fx.call(.post, fx.path("Tasks"), form))
            // Nothing half-written: no task and no event.
            #expect(try await fx.get("Tasks").items("tasks").isEmpty)
            #expect(try await fx.get("Events").body == events)
        }
    }

    @Test func boundaryValuesAreAccepted() async throws {
        try await WorkspaceFixture.run { fx async throws in
            try await fx.createRouting()
            let r = try await fx.call(.post, fx.path("Tasks"), [("Priority", "2147483647"), ("Timeout", "1209600")])
            expectStatus(r, .created)
            #expect(r.int("priority") == 2_147_483_647)
            #expect(r.int("timeout") == 1_209_600)
            expectStatus(try await fx.call(.post, fx.path("Tasks"), [("Priority", "0"), ("Timeout", "1")]), .created)
        }
    }

    @Test func updateRejectsBadInputAndChangesNothing() async throws {
        try await WorkspaceFixture.run { fx async throws in
            let routing = try await fx.createRouting()
            let sid = try await fx.createTask(workflow: routing.workflow)
            let before = try await fx.call(.get, fx.path("Tasks/\(sid)"))
            for form in [[("Attributes", "{")], [("Priority", "-5")], [("TaskChannel", "fax")],
                         [("VirtualStartTime", "2030-01-01T00:00:00Z")], [("AssignmentStatus", "done")],
                         [("Priority", "9"), ("Attributes", "[")]] {
                expectInvalid(try await fx.call(.post, fx.path("Tasks/\(sid)"), form))
            }
            let after = try await fx.call(.get, fx.path("Tasks/\(sid)"))
            #expect(after.body == before.body)
            #expect(after.etag == before.etag)
        }
    }

    @Test func ifMatchOnUpdateAndDelete() async throws {
        try await WorkspaceFixture.run { fx async throws in
            let routing = try await fx.createRouting()
            let created = try await fx.call(.post, fx.path("Tasks"), [("WorkflowSid", routing.workflow)])
            let sid = try #require(created["sid"])
            let etag = try #require(created.etag)
            let stale: HTTPFields = [.ifMatch: "\"12345\""]
            expectError(try await fx.call(.post, fx.path("Tasks/\(sid)"), [("Priority", "9")], headers: stale), .preconditionFailed, 20412)
            expectError(try await fx.call(.delete, fx.path("Tasks/\(sid)"), headers: stale), .preconditionFailed, 20412)
            #expect(try await fx.call(.get, fx.path("Tasks/\(sid)")).int("priority") == 0)

            let updated = try await fx.call(.post, fx.path("Tasks/\(sid)"), [("Priority", "9")], headers: [.ifMatch: etag])
            expectStatus(updated, .ok)
            #expect(updated.int("priority") == 9)
            let newTag = try #require(updated.etag)
            #expect(newTag != etag)
            expectError(try await fx.call(.post, fx.path("Tasks/\(sid)"), [("Priority", "1")], headers: [.ifMatch: etag]),
                        .preconditionFailed, 20412)
            expectNoContent(try await fx.call(.delete, fx.path("Tasks/\(sid)"), headers: [.ifMatch: newTag]))
        }
    }

    @Test func listEtagHeader() async throws {
        try await WorkspaceFixture.run { fx async throws in
            let routing = try await fx.createRouting()
            try await fx.createTask(workflow: routing.workflow)
            let r = try await fx.get("Tasks")
            expectStatus(r, .ok)
            #expect(r.etag != nil, "rest-api §1.7/§1.8: the Tasks list returns an ETag header")
            let task = try #require(r.sids("tasks").first)
            _ = try await fx.call(.post, fx.path("Tasks/\(task)"), [("Priority", "8")])
            #expect(try await fx.get("Tasks").etag != r.etag, "the list's ETag follows its items")
        }
    }

    @Test func malformedAndUnknownSidsAre404() async throws {
        try await WorkspaceFixture.run { fx async throws in
            for sid in ["WT123", unknownSID("WT"), unknownSID("WK")] {
                expectNotFound(try await fx.call(.get, fx.path("Tasks/\(sid)")))
                expectNotFound(try await fx.call(.post, fx.path("Tasks/\(sid)"), [("Priority", "1")]))
                expectNotFound(try await fx.call(.delete, fx.path("Tasks/\(sid)")))
            }
        }
    }
}
