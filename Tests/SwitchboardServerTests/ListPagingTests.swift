import Foundation
import SwitchboardTesting
import Testing

/// Paging of every list endpoint (rest-api §1.7): PageSize, next/previous URLs with tokens, and the meta object.
@Suite struct ListPagingTests {
    /// A workspace with three or more items in every list; returns each list's path (relative to the workspace, or
    /// absolute for `/v1/Workspaces`) with its `meta.key`.
    static func populated(_ fx: WorkspaceFixture) async throws -> [(path: String, key: String)] {
        let routing = try await fx.createRouting(queueName: "Q1", workflowName: "W1")
        try await fx.createQueue("Q2")
        try await fx.createQueue("Q3")
        try await fx.createDefaultWorkflow("W2", queue: routing.queue)
        try await fx.createDefaultWorkflow("W3", queue: routing.queue)
        let alice = try await fx.createWorker("Alice")
        try await fx.createWorker("Bob")
        try await fx.createWorker("Carol")
        var tasks: [String] = []
        for i in 1...3 { tasks.append(try await fx.createTask(#"{"n":\#(i)}"#, workflow: routing.workflow)) }
        // Alice rejects tasks[0] twice; the router offers it to her again each time: three reservations.
        for _ in 0..<2 {
            let r = try await fx.reserve(tasks[0], for: alice)
            fx.server.clock.advance(by: 1)
            expectStatus(try await fx.call(.post, fx.path("Workers/\(alice)/Reservations/\(r)"), [("ReservationStatus", "rejected")]), .ok)
        }
        try await fx.pendingReservation(tasks[0], for: alice)
        for i in 2...3 { _ = try await WorkspaceFixture.make(server: fx.server, client: fx.client, [("FriendlyName", "WS \(i)")]) }
        return [
            ("/v1/Workspaces", "workspaces"), ("Activities", "activities"), ("TaskChannels", "channels"),
            ("TaskQueues", "task_queues"), ("Workflows", "workflows"), ("Workers", "workers"),
            ("Workers/\(alice)/Channels", "channels"), ("Workers/\(alice)/Reservations", "reservations"),
            ("Tasks", "tasks"), ("Tasks/\(tasks[0])/Reservations", "reservations"), ("Events", "events"),
        ]
    }

    @Test func everyListPagesForwardAndBackward() async throws {
        try await WorkspaceFixture.run { fx async throws in
            for (rest, key) in try await Self.populated(fx) {
                let path = rest.hasPrefix("/") ? rest : fx.path(rest)
                let all = try await fx.call(.get, query(path, [("PageSize", "1000")]))
                expectStatus(all, .ok)
                let everything = all.sids(key)
                #expect(everything.count >= 3, "\(rest) has \(everything.count) items")
                #expect(all.meta["next_page_url"] is NSNull, "\(rest)")
                #expect(all.meta["previous_page_url"] is NSNull, "\(rest)")

                // Forward with PageSize 2, following next_page_url verbatim.
                var page = try await fx.call(.get, query(path, [("PageSize", "2")]))
                let meta = page.meta
                #expect(meta["key"] as? String == key, "\(rest)")
                #expect(meta["page"] as? Int == 0)
                #expect(meta["page_size"] as? Int == 2)
                #expect(meta["first_page_url"] as? String == TestServer.baseURL + path + "?PageSize=2&Page=0")
                #expect(meta["url"] as? String == TestServer.baseURL + path + "?PageSize=2&Page=0")
                #expect(meta["previous_page_url"] is NSNull)
                var seen = page.sids(key)
                var pages = [page]
                var index = 0
                while let next = page.meta["next_page_url"] as? String {
                    index += 1
                    #expect(next.hasPrefix(TestServer.baseURL + path + "?PageSize=2&Page=\(index)&PageToken="), "\(next)")
                    page = try await fx.call(.get, try relative(next))
                    expectStatus(page, .ok)
                    #expect(page.meta["page"] as? Int == index)
                    #expect(page.meta["url"] as? String == next, "\(rest): meta.url is the page's own URL")
                    seen += page.sids(key)
                    pages.append(page)
                    if index > 50 { break }
                }
                #expect(seen == everything, "\(rest): paging forward visits every item once, in order")
                #expect(pages.count == (everything.count + 1) / 2)

                // Backward from the last page, following previous_page_url.
                var backward = page.sids(key)
                while let previous = page.meta["previous_page_url"] as? String {
                    page = try await fx.call(.get, try relative(previous))
                    expectStatus(page, .ok)
                    backward = page.sids(key) + backward
                    if backward.count > everything.count + 2 { break }
                }
                #expect(backward == everything, "\(rest): paging backward visits every item once, in order")
            }
        }
    }

    @Test func defaultPageSizeIs50AndMaximumIs1000() async throws {
        try await WorkspaceFixture.run { fx async throws in
            for i in 1...52 { try await fx.createWorker("W\(i)") }
            let first = try await fx.get("Workers")
            #expect(first.items("workers").count == 50)
            #expect(first.meta["page_size"] as? Int == 50)
            let rest = try await fx.call(.get, try relative(first.meta["next_page_url"] as? String))
            #expect(rest.items("workers").count == 2)
            expectStatus(try await fx.get("Workers", [("PageSize", "1000")]), .ok)
        }
    }

    @Test(arguments: ["0", "1001", "-1", "ten"])
    func badPageSizeIs400(_ size: String) async throws {
        try await WorkspaceFixture.run { fx async throws in
            for rest in ["Activities", "Workers", "Tasks", "Events"] {
                expectInvalid(try await fx.get(rest, [("PageSize", size)]))
            }
            expectInvalid(try await fx.call(.get, query("/v1/Workspaces", [("PageSize", size)])))
        }
    }

    @Test func badPageTokenIs400() async throws {
        try await WorkspaceFixture.run { fx async throws in
            for rest in ["Activities", "TaskChannels", "Workers", "Tasks", "Events"] {
                expectInvalid(try await fx.get(rest, [("PageToken", "PAnot-a-token")]))
            }
        }
    }

    @Test func pageParameterIsEchoed() async throws {
        try await WorkspaceFixture.run { fx async throws in
            let r = try await fx.get("Activities", [("Page", "3"), ("PageSize", "2")])
            expectStatus(r, .ok)
            #expect(r.meta["page"] as? Int == 3)
            #expect(r.meta["first_page_url"] as? String == fx.url("Activities") + "?PageSize=2&Page=0")
        }
    }

    @Test func emptyListHasNullNeighbours() async throws {
        try await WorkspaceFixture.run { fx async throws in
            let r = try await fx.get("Tasks")
            expectStatus(r, .ok)
            #expect(r.items("tasks").isEmpty)
            #expect(r.json["tasks"] is [Any])
            #expect(r.meta["next_page_url"] is NSNull)
            #expect(r.meta["previous_page_url"] is NSNull)
            try Golden.expect(r.body, matches: "tasks_empty_page")
        }
    }
}
