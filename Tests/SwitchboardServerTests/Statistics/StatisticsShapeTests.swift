import Foundation
import SwitchboardTesting
import Testing

/// Every statistics shape carries exactly the fields of rest-api §13, null-free where the spec
/// gives a value, and `url` pointing at itself.
@Suite struct StatisticsShapeTests {
    static let counters: Set<String> = [
        "reservations_created", "reservations_accepted", "reservations_rejected", "reservations_timed_out",
        "reservations_canceled", "reservations_rescinded",
    ]
    static let taskRealtime: Set<String> = [
        "longest_task_waiting_age", "longest_task_waiting_sid", "tasks_by_priority", "tasks_by_status", "total_tasks",
    ]
    static let workspaceRealtime = taskRealtime.union(["activity_statistics", "total_workers"])
    static let queueRealtime = taskRealtime.union([
        "activity_statistics", "longest_relative_task_age_in_queue", "longest_relative_task_sid_in_queue",
        "total_available_workers", "total_eligible_workers",
    ])
    static let taskCumulative = counters.union([
        "start_time", "end_time", "avg_task_acceptance_time", "split_by_wait_time", "wait_duration_until_accepted",
        "wait_duration_until_canceled", "tasks_canceled", "tasks_completed", "tasks_deleted", "tasks_moved",
    ])
    static let workspaceCumulative = taskCumulative.union(["tasks_created", "tasks_timed_out_in_workflow"])
    static let workflowCumulative = taskCumulative.union(["tasks_entered", "tasks_timed_out_in_workflow"])
    static let queueCumulative = taskCumulative.union(["tasks_entered", "wait_duration_in_queue_until_accepted"])
    static let workersRealtime: Set<String> = ["activity_statistics", "total_workers"]
    static let workersCumulative = counters.union(["start_time", "end_time", "activity_durations"])
    static let envelope: Set<String> = ["account_sid", "workspace_sid", "url"]

    @Test func everyEndpointHasItsFields() async throws {
        try await WorkspaceFixture.run { fx async throws in
            let routing = try await fx.createRouting()
            let worker = try await fx.createWorker("Alice")
            let q = "TaskQueues/\(routing.queue)", w = "Workflows/\(routing.workflow)"
            let cases: [(String, Set<String>)] = [
                ("RealTimeStatistics", Self.envelope.union(Self.workspaceRealtime)),
                ("CumulativeStatistics", Self.envelope.union(Self.workspaceCumulative)),
                ("Statistics", Self.envelope.union(["realtime", "cumulative"])),
                ("\(q)/RealTimeStatistics", Self.envelope.union(Self.queueRealtime).union(["task_queue_sid"])),
                ("\(q)/CumulativeStatistics", Self.envelope.union(Self.queueCumulative).union(["task_queue_sid"])),
                ("\(q)/Statistics", Self.envelope.union(["realtime", "cumulative", "task_queue_sid"])),
                ("\(w)/RealTimeStatistics", Self.envelope.union(Self.taskRealtime).union(["workflow_sid"])),
                ("\(w)/CumulativeStatistics", Self.envelope.union(Self.workflowCumulative).union(["workflow_sid"])),
                ("\(w)/Statistics", Self.envelope.union(["realtime", "cumulative", "workflow_sid"])),
                ("Workers/RealTimeStatistics", Self.envelope.union(Self.workersRealtime)),
                ("Workers/CumulativeStatistics", Self.envelope.union(Self.workersCumulative)),
                ("Workers/Statistics", Self.envelope.union(["realtime", "cumulative"])),
                ("Workers/\(worker)/Statistics", Self.envelope.union(["cumulative", "worker_sid"])),
            ]
            for (path, keys) in cases {
                let r = try await fx.statistics(path)
                #expect(r.keys == keys, "\(path): extra \(r.keys.subtracting(keys)), missing \(keys.subtracting(r.keys))")
                #expect(r["url"].string == TestServer.baseURL + fx.path(path))
                #expect(r["workspace_sid"].string == fx.sid)
                #expect(r["account_sid"].string == TestServer.accountSid)
            }
            let nested: [(String, String, Set<String>)] = [
                ("Statistics", "realtime", Self.workspaceRealtime), ("Statistics", "cumulative", Self.workspaceCumulative),
                ("\(q)/Statistics", "realtime", Self.queueRealtime), ("\(q)/Statistics", "cumulative", Self.queueCumulative),
                ("\(w)/Statistics", "realtime", Self.taskRealtime), ("\(w)/Statistics", "cumulative", Self.workflowCumulative),
                ("Workers/Statistics", "realtime", Self.workersRealtime), ("Workers/Statistics", "cumulative", Self.workersCumulative),
                ("Workers/\(worker)/Statistics", "cumulative", Self.workersCumulative),
            ]
            for (path, section, keys) in nested {
                let r = try await fx.statistics(path)
                #expect(r[section].keys == keys, "\(path) \(section): \(r[section].keys.symmetricDifference(keys))")
            }
        }
    }

    @Test func emptyWorkspaceHasZerosAndEveryActivity() async throws {
        try await WorkspaceFixture.run { fx async throws in
            let r = try await fx.statistics("RealTimeStatistics")
            expectInts(r, ["total_tasks": 0, "total_workers": 0, "longest_task_waiting_age": 0])
            #expect(r["longest_task_waiting_sid"].isNull)
            #expect(r["tasks_by_priority"].object?.isEmpty == true)
            #expect(activityWorkers(r["activity_statistics"]) == ["Offline": 0, "Available": 0, "Unavailable": 0])
            let c = try await fx.statistics("Workers/CumulativeStatistics")
            let items = (c["activity_durations"].array ?? []).map { JSONNode(value: $0) }
            #expect(items.count == 3)
            #expect(items.allSatisfy { $0.keys == ["sid", "friendly_name", "avg", "min", "max", "total"] })
            let w = try await fx.statistics("CumulativeStatistics")
            expectDuration(w["wait_duration_until_accepted"], avg: 0, min: 0, max: 0, total: 0)
            #expect(w["split_by_wait_time"].isNull)
        }
    }
}
