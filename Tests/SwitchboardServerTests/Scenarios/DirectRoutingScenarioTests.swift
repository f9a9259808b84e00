import Foundation
import SwitchboardTesting
import Testing

/// `RoutingTarget` = a worker, with `IgnoreCapacity` (routing-semantics §3.7).
@Suite struct DirectRoutingScenarioTests {
    @Test func aWorkerTargetReachesAnOfflineWorker() async throws {
        try await Scenario.run { s in
            let alice = try await s.worker("Alice", activity: "Offline")
            let created = try await s.post("Tasks", [("RoutingTarget", alice)])
            expectScenarioStatus(created, 201)
            let task = try #require(created["sid"])
            #expect(created.json["ignore_capacity"] as? Bool == true)
            #expect(created["routing_target"] == alice)
            let r = try await s.pendingReservation(task)
            #expect(r.worker == alice)
            expectScenarioStatus(try await s.answer(task, r.sid, [("ReservationStatus", "accepted")]), 200)
            #expect(try await s.status(task) == "assigned")
        }
    }

    @Test func ignoreCapacityFalseWaitsForAvailability() async throws {
        try await Scenario.run { s in
            let alice = try await s.worker("Alice", activity: "Offline")
            let task = try await s.task(#"{}"#, workflow: nil, [("RoutingTarget", alice), ("IgnoreCapacity", "false")])
            #expect(try await s.status(task) == "pending")
            try await s.post("Workers/\(alice)", [("ActivitySid", s.activities["Available"]!)])
            #expect(try await s.pendingReservation(task).worker == alice)
        }
    }
}
