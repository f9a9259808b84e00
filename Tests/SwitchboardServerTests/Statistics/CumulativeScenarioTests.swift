import Foundation
import SwitchboardTesting
import Testing

/// A scripted day in a small contact centre, with every cumulative figure computed by hand
/// (routing-semantics §6.2, §6.3). Times are seconds after the workspace was set up (t = 0).
///
/// | t   | what happens |
/// |-----|--------------|
/// | 0   | queue, workflow, Alice and Bob (Offline); task T1 |
/// | 10  | Alice Available → reservation R1 (T1) |
/// | 15  | R1 accepted (wait 15 s, in queue 15 s); task T2 (Alice is at capacity) |
/// | 35  | Bob Available → R2 (T2) |
/// | 39  | R2 rejected, Bob → Offline |
/// | 45  | T2 canceled (waited 30 s) |
/// | 60  | T1 completed; task T3 → R3 (Alice) |
/// | 180 | R3 times out, Alice → Offline |
/// | 200 | T3 deleted; statistics read |
@Suite struct CumulativeScenarioTests {
    struct Scenario {
        let fx: WorkspaceFixture
        let queue: String, workflow: String, alice: String, bob: String
    }

    static func run(_ body: @Sendable (Scenario) async throws -> Void) async throws {
        try await WorkspaceFixture.run { fx async throws in
            let routing = try await fx.createRouting()
            let alice = try await fx.createWorker("Alice")
            let bob = try await fx.createWorker("Bob")
            let t1 = try await fx.createTask(#"{"n":1}"#)
            await fx.advance(10)
            let r1 = try await fx.reserve(t1, for: alice)
            await fx.advance(5)
            try await fx.answer(t1, r1, "accepted")
            let t2 = try await fx.createTask(#"{"n":2}"#)
            await fx.advance(20)
            let r2 = try await fx.reserve(t2, for: bob)
            await fx.advance(4)
            try await fx.answer(t2, r2, "rejected", [("WorkerActivitySid", fx.activities["Offline"] ?? "")])
            await fx.advance(6)
            try await fx.setStatus(t2, "canceled")
            await fx.advance(15)
            try await fx.setStatus(t1, "completed")
            let t3 = try await fx.createTask(#"{"n":3}"#)
            _ = try await fx.pendingReservation(t3, for: alice)
            await fx.advance(120)
            await fx.advance(20)
            expectNoContent(try await fx.call(.delete, fx.path("Tasks/\(t3)")))
            try await body(Scenario(fx: fx, queue: routing.queue, workflow: routing.workflow, alice: alice, bob: bob))
        }
    }

    static let reservations: KeyValuePairs<String, Int> = [
        "reservations_created": 3, "reservations_accepted": 1, "reservations_rejected": 1,
        "reservations_timed_out": 1, "reservations_canceled": 0, "reservations_rescinded": 0,
    ]

    @Test func workspaceCumulative() async throws {
        try await Self.run { s in
            let c = try await s.fx.statistics("CumulativeStatistics", [("Minutes", "60"), ("SplitByWaitTime", "10,30")])
            expectInts(c, Self.reservations)
            expectInts(c, ["tasks_created": 3, "tasks_canceled": 1, "tasks_completed": 1, "tasks_deleted": 1, "tasks_moved": 0,
                           "tasks_timed_out_in_workflow": 0, "avg_task_acceptance_time": 15])
            expectDuration(c["wait_duration_until_accepted"], avg: 15, min: 15, max: 15, total: 15)
            expectDuration(c["wait_duration_until_canceled"], avg: 30, min: 30, max: 30, total: 30)
            expectInts(c["split_by_wait_time"], [
                "10.below.reservations_accepted": 0, "10.below.tasks_canceled": 0,
                "10.above.reservations_accepted": 1, "10.above.tasks_canceled": 1,
                "30.below.reservations_accepted": 1, "30.below.tasks_canceled": 0,
                "30.above.reservations_accepted": 0, "30.above.tasks_canceled": 1,
            ])
            #expect(c["start_time"].string == "2025-12-31T23:03:20Z")
            #expect(c["end_time"].string == "2026-01-01T00:03:20Z")
        }
    }

    @Test func queueAndWorkflowCumulative() async throws {
        try await Self.run { s in
            let q = try await s.fx.statistics("TaskQueues/\(s.queue)/CumulativeStatistics", [("Minutes", "60")])
            expectInts(q, Self.reservations)
            expectInts(q, ["tasks_entered": 3, "tasks_canceled": 1, "tasks_completed": 1, "tasks_deleted": 1, "tasks_moved": 0,
                           "avg_task_acceptance_time": 15])
            expectDuration(q["wait_duration_in_queue_until_accepted"], avg: 15, min: 15, max: 15, total: 15)
            expectDuration(q["wait_duration_until_canceled"], avg: 30, min: 30, max: 30, total: 30)
            #expect(q["split_by_wait_time"].isNull)
            let w = try await s.fx.statistics("Workflows/\(s.workflow)/CumulativeStatistics", [("Minutes", "60")])
            expectInts(w, Self.reservations)
            expectInts(w, ["tasks_entered": 3, "tasks_canceled": 1, "tasks_completed": 1, "tasks_deleted": 1,
                           "tasks_timed_out_in_workflow": 0])
        }
    }

    @Test func workersCumulative() async throws {
        try await Self.run { s in
            let c = try await s.fx.statistics("Workers/CumulativeStatistics", [("Minutes", "60")])
            expectInts(c, Self.reservations)
            // Offline: Alice 0–10 and 180–200 (still running), Bob 0–35 and 39–200; Available: Alice 10–180, Bob 35–39.
            #expect(activityDurations(c["activity_durations"]) == [
                "Offline": [57, 10, 161, 226], "Available": [87, 4, 170, 174], "Unavailable": [0, 0, 0, 0],
            ])
            let alice = try await s.fx.statistics("Workers/\(s.alice)/Statistics", [("Minutes", "60")])
            expectInts(alice["cumulative"], ["reservations_created": 2, "reservations_accepted": 1, "reservations_timed_out": 1,
                                             "reservations_rejected": 0])
            #expect(activityDurations(alice["cumulative.activity_durations"]) == [
                "Offline": [15, 10, 20, 30], "Available": [170, 170, 170, 170], "Unavailable": [0, 0, 0, 0],
            ])
            #expect(alice["realtime"].value == nil)
            let bob = try await s.fx.statistics("Workers/\(s.bob)/Statistics", [("Minutes", "60")])
            expectInts(bob["cumulative"], ["reservations_created": 1, "reservations_rejected": 1, "reservations_accepted": 0])
            #expect(activityDurations(bob["cumulative.activity_durations"])["Offline"] == [98, 35, 161, 196])
        }
    }

    /// The window cuts periods: the last 100 s (t = 100…200) see Alice Available 100–180 and Offline 180–200.
    @Test func activityPeriodsAreClippedToTheWindow() async throws {
        try await Self.run { s in
            let alice = try await s.fx.statistics("Workers/\(s.alice)/Statistics",
                                                  [("StartDate", "2026-01-01T00:01:40Z"), ("EndDate", "2026-01-01T00:03:20Z")])
            #expect(activityDurations(alice["cumulative.activity_durations"]) == [
                "Offline": [20, 20, 20, 20], "Available": [80, 80, 80, 80], "Unavailable": [0, 0, 0, 0],
            ])
            expectInts(alice["cumulative"], ["reservations_created": 0, "reservations_timed_out": 1])
        }
    }

    @Test func workersStatisticsFilters() async throws {
        try await Self.run { s in
            let named = try await s.fx.statistics("Workers/Statistics", [("Minutes", "60"), ("FriendlyName", "Bob")])
            expectInts(named, ["realtime.total_workers": 1, "cumulative.reservations_created": 1, "cumulative.reservations_rejected": 1])
            let queued = try await s.fx.statistics("Workers/Statistics", [("Minutes", "60"), ("TaskQueueSid", s.queue)])
            expectInts(queued, ["realtime.total_workers": 2, "cumulative.reservations_created": 3])
            let none = try await s.fx.statistics("Workers/Statistics", [("Minutes", "60"), ("TaskQueueName", "No such queue")])
            expectInts(none, ["realtime.total_workers": 0, "cumulative.reservations_created": 0])
            #expect(activityDurations(none["cumulative.activity_durations"])["Offline"] == [0, 0, 0, 0])
        }
    }

    @Test func combinedCarriesBothSections() async throws {
        try await Self.run { s in
            let c = try await s.fx.statistics("Statistics", [("Minutes", "60")])
            expectInts(c, ["cumulative.tasks_created": 3, "cumulative.reservations_accepted": 1, "realtime.total_tasks": 0,
                           "realtime.total_workers": 2])
            #expect(activityWorkers(c["realtime.activity_statistics"]) == ["Offline": 2, "Available": 0, "Unavailable": 0])
            #expect(c["url"].string == TestServer.baseURL + s.fx.path("Statistics"))
        }
    }
}
