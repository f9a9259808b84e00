import Foundation
import SwitchboardTesting
import Testing

/// Worker channel capacity and availability through `/Workers/{w}/Channels/{c}` (routing-semantics §4.6).
@Suite struct CapacityScenarioTests {
    @Test func capacityTwoTakesTwoTasksAndChannelAvailabilityGates() async throws {
        try await Scenario.run { s in
            let q = try await s.queue("Support")
            let wf = try await s.workflow(Scenario.defaultFilter(q))
            let alice = try await s.worker("Alice")
            let cap = try await s.post("Workers/\(alice)/Channels/chat", [("Capacity", "2")])
            expectScenarioStatus(cap, 200)
            let a = try await s.task(workflow: wf, [("TaskChannel", "chat")])
            let b = try await s.task(workflow: wf, [("TaskChannel", "chat")])
            let c = try await s.task(workflow: wf, [("TaskChannel", "chat")])
            #expect(try await s.pendingReservation(a).worker == alice)
            #expect(try await s.pendingReservation(b).worker == alice)
            #expect(try await s.status(c) == "pending")
            let channel = try await s.get("Workers/\(alice)/Channels/chat")
            #expect(channel.json["available_capacity_percentage"] as? Int == 0)

            expectScenarioStatus(try await s.post("Workers/\(alice)/Channels/sms", [("Available", "false")]), 200)
            let sms = try await s.task(workflow: wf, [("TaskChannel", "sms")])
            #expect(try await s.status(sms) == "pending")
            expectScenarioStatus(try await s.post("Workers/\(alice)/Channels/sms", [("Available", "true")]), 200)
            #expect(try await s.pendingReservation(sms).worker == alice)

            expectScenarioStatus(try await s.post("Workers/\(alice)/Channels/video", [("Capacity", "0")]), 200)
            let video = try await s.task(workflow: wf, [("TaskChannel", "video")])
            #expect(try await s.status(video) == "pending")
        }
    }
}
