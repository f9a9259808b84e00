import Foundation
import SwitchboardTesting
import Testing

/// Realtime figures from the live state (routing-semantics §6.4), against hand-counted expectations.
///
/// Queue A takes workers with skill `a`, queue B skill `b`; the workflow sends `type == 'a'` to A,
/// anything else to B. Tasks: Ta1 (t = 0, priority 5), Ta2 (t = 10), Tb1 (t = 20). Workers: A1 (skill a),
/// A2 (skill a, Unavailable), B1 (skill b). At t = 30 A1 becomes Available and is reserved Ta1.
@Suite struct RealTimeScenarioTests {
    struct Scenario {
        let fx: WorkspaceFixture
        let queueA: String, queueB: String, workflow: String
        let ta1: String, ta2: String, tb1: String
        let a1: String, a2: String, b1: String
    }

    static func run(_ body: @Sendable (Scenario) async throws -> Void) async throws {
        try await WorkspaceFixture.run { fx async throws in
            let qa = try await fx.createQueue("A", targetWorkers: "skill == 'a'")
            let qb = try await fx.createQueue("B", targetWorkers: "skill == 'b'")
            let wf = try await fx.createWorkflow("Flow", configuration: #"""
                {"task_routing":{"filters":[{"expression":"type == 'a'","targets":[{"queue":"\#(qa)"}]}],
                 "default_filter":{"queue":"\#(qb)"}}}
                """#)
            let a1 = try await fx.createWorker("A1", attributes: #"{"skill":"a"}"#)
            let a2 = try await fx.createWorker("A2", attributes: #"{"skill":"a"}"#, activity: fx.activities["Unavailable"])
            let b1 = try await fx.createWorker("B1", attributes: #"{"skill":"b"}"#)
            let ta1 = try await fx.createTask(#"{"type":"a"}"#, workflow: wf, [("Priority", "5")])
            await fx.advance(10)
            let ta2 = try await fx.createTask(#"{"type":"a"}"#, workflow: wf)
            await fx.advance(10)
            let tb1 = try await fx.createTask(#"{"type":"b"}"#, workflow: wf)
            await fx.advance(10)
            _ = try await fx.reserve(ta1, for: a1)
            await fx.advance(10)
            try await body(Scenario(fx: fx, queueA: qa, queueB: qb, workflow: wf, ta1: ta1, ta2: ta2, tb1: tb1, a1: a1, a2: a2, b1: b1))
        }
    }

    @Test func workspaceRealtime() async throws {
        try await Self.run { s in
            let r = try await s.fx.statistics("RealTimeStatistics")
            expectInts(r, ["total_tasks": 3, "total_workers": 3, "longest_task_waiting_age": 40,
                           "tasks_by_status.pending": 2, "tasks_by_status.reserved": 1,
                           "tasks_by_status.assigned": 0, "tasks_by_status.wrapping": 0])
            #expect(r["tasks_by_status"].keys == ["pending", "reserved", "assigned", "wrapping"])
            #expect(r["longest_task_waiting_sid"].string == s.ta1)
            #expect(r["tasks_by_priority"].object as? [String: Int] == ["5": 1, "0": 2])
            #expect(activityWorkers(r["activity_statistics"]) == ["Offline": 1, "Available": 1, "Unavailable": 1])
            #expect(r["url"].string == TestServer.baseURL + s.fx.path("RealTimeStatistics"))
        }
    }

    @Test func queueRealtimeCountsEligibleAndAvailableWorkers() async throws {
        try await Self.run { s in
            let a = try await s.fx.statistics("TaskQueues/\(s.queueA)/RealTimeStatistics")
            expectInts(a, ["total_tasks": 2, "tasks_by_status.pending": 1, "tasks_by_status.reserved": 1,
                           "total_eligible_workers": 2, "total_available_workers": 1,
                           "longest_task_waiting_age": 40, "longest_relative_task_age_in_queue": 40])
            #expect(a["longest_task_waiting_sid"].string == s.ta1)
            #expect(a["longest_relative_task_sid_in_queue"].string == s.ta1)
            #expect(a["tasks_by_priority"].object as? [String: Int] == ["5": 1, "0": 1])
            #expect(activityWorkers(a["activity_statistics"]) == ["Offline": 0, "Available": 1, "Unavailable": 1])
            let b = try await s.fx.statistics("TaskQueues/\(s.queueB)/RealTimeStatistics")
            expectInts(b, ["total_tasks": 1, "total_eligible_workers": 1, "total_available_workers": 0,
                           "longest_task_waiting_age": 20, "longest_relative_task_age_in_queue": 20])
            #expect(b["longest_task_waiting_sid"].string == s.tb1)
        }
    }

    @Test func acceptedTasksStopWaiting() async throws {
        try await Self.run { s in
            let reservation = try await s.fx.pendingReservation(s.ta1, for: s.a1)
            try await s.fx.answer(s.ta1, reservation, "accepted")
            let w = try await s.fx.statistics("Workflows/\(s.workflow)/RealTimeStatistics")
            expectInts(w, ["total_tasks": 3, "tasks_by_status.assigned": 1, "tasks_by_status.pending": 2,
                           "longest_task_waiting_age": 30])
            #expect(w["longest_task_waiting_sid"].string == s.ta2)
            #expect(w["tasks_by_priority"].object as? [String: Int] == ["0": 2])
            let a = try await s.fx.statistics("TaskQueues/\(s.queueA)/Statistics")
            expectInts(a, ["realtime.total_tasks": 2, "realtime.tasks_by_status.assigned": 1, "realtime.longest_task_waiting_age": 30,
                           "cumulative.reservations_accepted": 1, "cumulative.tasks_entered": 2])
            #expect(a["realtime.longest_task_waiting_sid"].string == s.ta2)
        }
    }

    @Test func taskChannelRestrictsTasksAndWorkers() async throws {
        try await Self.run { s in
            try await s.fx.createTask(#"{"type":"b"}"#, workflow: s.workflow, [("TaskChannel", "voice")])
            let voice = s.fx.channels["voice"] ?? ""
            let r = try await s.fx.call(.post, s.fx.path("Workers/\(s.a2)/Channels/voice"), [("Capacity", "0")])
            expectStatus(r, .ok)
            let byName = try await s.fx.statistics("RealTimeStatistics", [("TaskChannel", "voice")])
            let bySid = try await s.fx.statistics("RealTimeStatistics", [("TaskChannel", voice)])
            for stats in [byName, bySid] {
                expectInts(stats, ["total_tasks": 1, "tasks_by_status.pending": 1, "total_workers": 2])
                #expect(activityWorkers(stats["activity_statistics"]) == ["Offline": 1, "Available": 1, "Unavailable": 0])
            }
            let workers = try await s.fx.statistics("Workers/RealTimeStatistics", [("TaskChannel", "voice")])
            expectInts(workers, ["total_workers": 2])
            let a = try await s.fx.statistics("TaskQueues/\(s.queueA)/RealTimeStatistics", [("TaskChannel", "voice")])
            expectInts(a, ["total_tasks": 0, "total_eligible_workers": 1, "total_available_workers": 1])
        }
    }

    @Test func bulkQueueStatistics() async throws {
        try await Self.run { s in
            let unknown = unknownSID("WQ")
            let r = try await bulk(s.fx, #"{"QueueSids":["\#(s.queueB)","\#(s.queueA)","\#(unknown)"]}"#)
            #expect(r.status == .ok, "\(r.body)")
            let tree = JSONNode(value: try? JSONSerialization.jsonObject(with: Data(r.body.utf8)))
            expectInts(tree, ["task_queue_response_count": 3])
            #expect(tree["url"].string == TestServer.baseURL + s.fx.path("TaskQueues/RealTimeStatistics"))
            let items = (tree["task_queue_data"].array ?? []).map { JSONNode(value: $0) }
            #expect(items.map { $0["task_queue_sid"].string } == [s.queueB, s.queueA, unknown])
            expectInts(items[1], ["total_tasks": 2, "total_eligible_workers": 2, "total_available_workers": 1,
                                  "longest_task_waiting_age": 40])
            expectInts(items[2], ["total_tasks": 0, "total_eligible_workers": 0, "longest_task_waiting_age": 0])
            #expect(items[2]["longest_task_waiting_sid"].isNull)
            let lower = try await bulk(s.fx, #"{"queueSids":["\#(s.queueA)"]}"#)
            #expect(lower.status == .ok, "\(lower.body)")
        }
    }

    @Test func queuesListHasOneItemPerQueue() async throws {
        try await Self.run { s in
            let all = try await s.fx.get("TaskQueues/Statistics", [("Minutes", "5")])
            expectStatus(all, .ok)
            let items = all.items("task_queues_statistics")
            #expect(items.map { $0["task_queue_sid"] as? String } == [s.queueA, s.queueB])
            #expect(all.meta["key"] as? String == "task_queues_statistics")
            let first = JSONNode(value: items.first)
            #expect(first.keys == ["account_sid", "workspace_sid", "task_queue_sid", "realtime", "cumulative"])
            expectInts(first, ["realtime.total_tasks": 2, "cumulative.tasks_entered": 2])
            let named = try await s.fx.get("TaskQueues/Statistics", [("FriendlyName", "B")])
            #expect(named.items("task_queues_statistics").map { $0["task_queue_sid"] as? String } == [s.queueB])
            let paged = try await s.fx.get("TaskQueues/Statistics", [("PageSize", "1")])
            #expect(paged.items("task_queues_statistics").count == 1)
            let next = try relative(paged.meta["next_page_url"] as? String)
            let second = try await s.fx.call(.get, next)
            #expect(second.items("task_queues_statistics").map { $0["task_queue_sid"] as? String } == [s.queueB])
        }
    }
}

/// POSTs a JSON body to the bulk queue statistics endpoint.
func bulk(_ fx: WorkspaceFixture, _ body: String) async throws -> RawResponse {
    var headers = TestServer.headers(form: false)
    headers[.contentType] = "application/json"
    return try await rawCall(fx.client, .post, fx.path("TaskQueues/RealTimeStatistics"), headers: headers, body: body)
}
