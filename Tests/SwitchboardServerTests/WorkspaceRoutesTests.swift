import Foundation
import Hummingbird
import SwitchboardTesting
import Testing

@Suite struct WorkspaceRoutesTests {
    @Test func createFetchListDelete() async throws {
        let server = try await TestServer()
        try await server.test { client in
            let created = try await client.call(.post, "/v1/Workspaces", [("FriendlyName", "Support")])
            #expect(created.status == .created)
            let sid = try #require(created["sid"])
            #expect(created["url"] == "\(TestServer.baseURL)/v1/Workspaces/\(sid)")
            #expect(created["account_sid"] == TestServer.accountSid)
            let fetched = try await client.call(.get, "/v1/Workspaces/\(sid)")
            #expect(fetched.status == .ok)
            #expect(fetched["friendly_name"] == "Support")
            #expect(fetched.body == created.body)
            let list = try await client.call(.get, "/v1/Workspaces")
            #expect(list.status == .ok)
            #expect(list.sids("workspaces") == [sid])
            #expect(list.meta["key"] as? String == "workspaces")
            let deleted = try await client.call(.delete, "/v1/Workspaces/\(sid)")
            expectNoContent(deleted)
            let gone = try await client.call(.get, "/v1/Workspaces/\(sid)")
            expectNotFound(gone)
            expectNotFound(try await client.call(.get, "/v1/Workspaces/\(sid)/Activities"))
            #expect(try await client.call(.get, "/v1/Workspaces").sids("workspaces").isEmpty)
        }
    }

    @Test func wrongCredentialsAre401() async throws {
        let server = try await TestServer()
        try await server.test { client in
            let r = try await client.call(.get, "/v1/Workspaces", token: "wrong")
            expectError(r, .unauthorized, 20003)
        }
    }

    @Test func goldenWorkspace() async throws {
        try await WorkspaceFixture.run { fx async throws in
            fx.server.clock.advance(by: 90)
            let updated = try await fx.call(.post, fx.ws, [("FriendlyName", "Support Desk"), ("EventsFilter", "task.created,task.canceled")])
            expectStatus(updated, .ok)
            let fetched = try await fx.call(.get, fx.ws)
            #expect(fetched.body == updated.body)
            try Golden.expect(fetched.body, matches: "workspace")
        }
    }

    @Test func createDefaults() async throws {
        try await WorkspaceFixture.run { fx async throws in
            let r = try await fx.call(.get, fx.ws)
            #expect(r.bool("multi_task_enabled") == true)
            #expect(r["prioritize_queue_order"] == "FIFO")
            #expect(r["default_activity_name"] == "Offline")
            #expect(r["default_activity_sid"] == fx.activities["Offline"])
            #expect(r["timeout_activity_name"] == "Offline")
            #expect(r["timeout_activity_sid"] == fx.activities["Offline"])
            #expect(r.isNull("events_filter"))
            #expect(r.link("activities") == fx.url("Activities"))
            #expect(r.link("events") == fx.url("Events"))
            #expect(r.link("real_time_statistics") == fx.url("RealTimeStatistics"))
        }
    }

    @Test func createWithEveryField() async throws {
        let server = try await TestServer()
        try await server.test { client in
            let r = try await client.call(.post, "/v1/Workspaces", [
                ("FriendlyName", longestName), ("EventCallbackUrl", "https://example.com/events"),
                ("EventsFilter", "task.created"), ("MultiTaskEnabled", "false"), ("Template", "NONE"),
                ("PrioritizeQueueOrder", "LIFO"),
            ])
            expectStatus(r, .created)
            #expect(r["friendly_name"] == longestName)
            #expect(r["event_callback_url"] == "https://example.com/events")
            #expect(r["events_filter"] == "task.created")
            #expect(r.bool("multi_task_enabled") == false)
            #expect(r["prioritize_queue_order"] == "LIFO")
        }
    }

    @Test(arguments: [
        [("EventsFilter", "task.created")],
        [("FriendlyName", "")],
        [("FriendlyName", tooLongName)],
        [("FriendlyName", "A"), ("Template", "LIFO")],
        [("FriendlyName", "A"), ("PrioritizeQueueOrder", "RANDOM")],
        [("FriendlyName", "A"), ("EventCallbackUrl", "not a url")],
    ])
    func createRejectsBadInput(_ form: [(String, String)]) async throws {
        let server = try await TestServer()
        try await server.test { client in
            expectInvalid(try await client.call(.post, "/v1/Workspaces", form))
            // Nothing half-written: no workspace appeared.
            #expect(try await client.call(.get, "/v1/Workspaces").sids("workspaces").isEmpty)
        }
    }

    @Test func update() async throws {
        try await WorkspaceFixture.run { fx async throws in
            fx.server.clock.advance(by: 60)
            let available = try #require(fx.activities["Available"])
            let r = try await fx.call(.post, fx.ws, [
                ("FriendlyName", "Renamed"), ("DefaultActivitySid", available), ("TimeoutActivitySid", available),
                ("PrioritizeQueueOrder", "LIFO"), ("EventCallbackUrl", "https://example.com/cb"),
            ])
            expectStatus(r, .ok)
            #expect(r["friendly_name"] == "Renamed")
            #expect(r["default_activity_name"] == "Available")
            #expect(r["timeout_activity_sid"] == available)
            #expect(r["prioritize_queue_order"] == "LIFO")
            #expect(r["event_callback_url"] == "https://example.com/cb")
            #expect(r["date_updated"] == "2026-01-01T00:01:00Z")
            #expect(r["date_created"] == "2026-01-01T00:00:00Z")
            // A new worker starts in the new default activity.
            let worker = try await fx.call(.post, fx.path("Workers"), [("FriendlyName", "alice")])
            #expect(worker["activity_sid"] == available)
        }
    }

    @Test func multiTaskingChangesOnlyWithoutOpenTasks() async throws {
        try await WorkspaceFixture.run { fx async throws in
            let routing = try await fx.createRouting()
            let task = try await fx.createTask(workflow: routing.workflow)
            // routing-semantics §7.1: both directions are allowed only while the workspace has no open task.
            expectInvalid(try await fx.call(.post, fx.ws, [("MultiTaskEnabled", "false")]))
            #expect(try await fx.call(.get, fx.ws).bool("multi_task_enabled") == true)
            expectStatus(try await fx.call(.post, fx.path("Tasks/\(task)"), [("AssignmentStatus", "canceled"), ("Reason", "x")]), .ok)
            let off = try await fx.call(.post, fx.ws, [("MultiTaskEnabled", "false")])
            expectStatus(off, .ok)
            #expect(off.bool("multi_task_enabled") == false)
            #expect(try await fx.call(.post, fx.ws, [("MultiTaskEnabled", "true")]).bool("multi_task_enabled") == true)
        }
    }

    @Test func emptyUpdateReturnsTheUnchangedResource() async throws {
        try await WorkspaceFixture.run { fx async throws in
            let before = try await fx.call(.get, fx.ws)
            fx.server.clock.advance(by: 60)
            let after = try await fx.call(.post, fx.ws)
            expectStatus(after, .ok)
            #expect(after.body == before.body)
        }
    }

    @Test(arguments: [
        [("FriendlyName", tooLongName)], [("FriendlyName", "")], [("PrioritizeQueueOrder", "fifo-ish")],
        [("DefaultActivitySid", unknownSID("WA"))], [("TimeoutActivitySid", "WAnope")],
    ])
    func updateRejectsBadInput(_ form: [(String, String)]) async throws {
        try await WorkspaceFixture.run { fx async throws in
            let before = try await fx.call(.get, fx.ws)
            expectInvalid(try await fx.call(.post, fx.ws, form))
            #expect(try await fx.call(.get, fx.ws).body == before.body)
        }
    }

    @Test func listFilterAndPaging() async throws {
        let server = try await TestServer()
        try await server.test { client in
            for name in ["A", "B", "C"] {
                expectStatus(try await client.call(.post, "/v1/Workspaces", [("FriendlyName", name)]), .created)
            }
            let byName = try await client.call(.get, query("/v1/Workspaces", [("FriendlyName", "B")]))
            #expect(byName.values("workspaces", "friendly_name") == ["B"])
            #expect(byName.meta["url"] as? String == "\(TestServer.baseURL)/v1/Workspaces?FriendlyName=B&PageSize=50&Page=0")
            let first = try await client.call(.get, query("/v1/Workspaces", [("PageSize", "2")]))
            #expect(first.values("workspaces", "friendly_name") == ["A", "B"])
            let second = try await client.call(.get, try relative(first.meta["next_page_url"] as? String))
            #expect(second.values("workspaces", "friendly_name") == ["C"])
            #expect(second.meta["next_page_url"] is NSNull)
        }
    }

    @Test func malformedAndUnknownSidsAre404() async throws {
        try await WorkspaceFixture.run { fx async throws in
            for path in ["/v1/Workspaces/WS123", "/v1/Workspaces/\(unknownSID("WS"))", "/v1/Workspaces/\(unknownSID("WK"))"] {
                expectNotFound(try await fx.call(.get, path))
                expectNotFound(try await fx.call(.post, path, [("FriendlyName", "x")]))
                expectNotFound(try await fx.call(.delete, path))
            }
        }
    }

    @Test func anotherAccountCannotSeeTheWorkspace() async throws {
        try await WorkspaceFixture.run { fx async throws in
            let other = try await fx.otherAccount()
            let call = { (method: HTTPRequest.Method, path: String) in
                try await fx.client.call(method, path, [], account: other.sid, token: other.token)
            }
            expectNotFound(try await call(.get, fx.ws))
            expectNotFound(try await call(.post, fx.ws))
            expectNotFound(try await call(.delete, fx.ws))
            expectNotFound(try await call(.get, fx.path("Activities")))
            let list = try await call(.get, "/v1/Workspaces")
            expectStatus(list, .ok)
            #expect(list.sids("workspaces").isEmpty)
            // The owner still sees it.
            expectStatus(try await fx.call(.get, fx.ws), .ok)
        }
    }
}
