import Foundation
import SwitchboardTesting
import Testing

/// The statistics routes exist, check their parent, and win over SID placeholders (rest-api §1.1, §13).
/// Their figures and shapes are tested in `Statistics/`.
@Suite struct StatisticsRoutesTests {
    /// Every statistics GET path, with `QUEUE`, `WORKFLOW` and `WORKER` standing for a parent SID, and the
    /// parent field its body names.
    static let paths: [(String, String?)] = [
        ("Statistics", nil), ("RealTimeStatistics", nil), ("CumulativeStatistics", nil),
        ("TaskQueues/QUEUE/Statistics", "task_queue_sid"), ("TaskQueues/QUEUE/RealTimeStatistics", "task_queue_sid"),
        ("TaskQueues/QUEUE/CumulativeStatistics", "task_queue_sid"),
        ("Workflows/WORKFLOW/Statistics", "workflow_sid"), ("Workflows/WORKFLOW/RealTimeStatistics", "workflow_sid"),
        ("Workflows/WORKFLOW/CumulativeStatistics", "workflow_sid"),
        ("Workers/Statistics", nil), ("Workers/RealTimeStatistics", nil), ("Workers/CumulativeStatistics", nil),
        ("Workers/WORKER/Statistics", "worker_sid"),
    ]

    static func fill(_ template: String, queue: String, workflow: String, worker: String) -> String {
        template.replacingOccurrences(of: "QUEUE", with: queue).replacingOccurrences(of: "WORKFLOW", with: workflow)
            .replacingOccurrences(of: "WORKER", with: worker)
    }

    @Test(arguments: paths)
    func existingParentIs200(_ template: String, _ parentField: String?) async throws {
        try await WorkspaceFixture.run { fx async throws in
            let routing = try await fx.createRouting()
            let worker = try await fx.createWorker("Alice")
            let path = Self.fill(template, queue: routing.queue, workflow: routing.workflow, worker: worker)
            let r = try await fx.get(path, [("Minutes", "30")])
            expectStatus(r, .ok)
            #expect(r["account_sid"] == TestServer.accountSid)
            #expect(r["workspace_sid"] == fx.sid)
            #expect(r["url"] == fx.url(path))
            if let parentField {
                #expect(r[parentField] == [routing.queue, routing.workflow, worker].first { path.contains($0) })
            }
        }
    }

    @Test func queueStatisticsListAndBulk() async throws {
        try await WorkspaceFixture.run { fx async throws in
            let queue = try await fx.createQueue("Support")
            let list = try await fx.get("TaskQueues/Statistics")
            expectStatus(list, .ok)
            #expect(list.meta["key"] as? String == "task_queues_statistics")
            #expect(list.values("task_queues_statistics", "task_queue_sid") == [queue])
            var headers = TestServer.headers(form: false)
            headers[.contentType] = "application/json"
            let bulk = try await rawCall(fx.client, .post, fx.path("TaskQueues/RealTimeStatistics"), headers: headers,
                                         body: #"{"QueueSids":["\#(queue)"]}"#)
            #expect(bulk.status == .ok, "\(bulk.body)")
        }
    }

    @Test(arguments: paths.filter { $0.1 != nil })
    func unknownParentIs404(_ template: String, _ parentField: String?) async throws {
        try await WorkspaceFixture.run { fx async throws in
            let path = Self.fill(template, queue: unknownSID("WQ"), workflow: unknownSID("WW"), worker: unknownSID("WK"))
            expectNotFound(try await fx.get(path))
            let malformed = Self.fill(template, queue: "WQ1", workflow: "WW1", worker: "WK1")
            expectNotFound(try await fx.get(malformed))
        }
    }

    @Test(arguments: paths)
    func unknownWorkspaceIs404(_ template: String, _ parentField: String?) async throws {
        try await WorkspaceFixture.run { fx async throws in
            let path = Self.fill(template, queue: unknownSID("WQ"), workflow: unknownSID("WW"), worker: unknownSID("WK"))
            expectNotFound(try await fx.call(.get, "/v1/Workspaces/\(unknownSID("WS"))/\(path)"))
        }
    }

    @Test func literalSegmentsWinOverSids() async throws {
        try await WorkspaceFixture.run { fx async throws in
            // `/Workers/Statistics` is the statistics route, not a worker whose SID is "Statistics" (rest-api §1.1).
            for path in ["Workers/Statistics", "Workers/RealTimeStatistics", "Workers/CumulativeStatistics", "TaskQueues/Statistics"] {
                expectStatus(try await fx.get(path), .ok)
            }
            // Other methods on them are not allowed (405, or 404 since no worker has that SID: rest-api §2).
            for r in [try await fx.call(.post, fx.path("Workers/Statistics")), try await fx.get("TaskQueues/RealTimeStatistics")] {
                if r.status == .notFound { expectNotFound(r) } else { expectError(r, .methodNotAllowed, 20004) }
            }
            expectError(try await fx.call(.delete, fx.path("Statistics")), .methodNotAllowed, 20004)
        }
    }

    @Test func anotherAccountGets404() async throws {
        try await WorkspaceFixture.run { fx async throws in
            let other = try await fx.otherAccount()
            for path in ["Statistics", "Workers/Statistics", "TaskQueues/Statistics"] {
                expectNotFound(try await fx.client.call(.get, fx.path(path), account: other.sid, token: other.token))
            }
        }
    }
}
