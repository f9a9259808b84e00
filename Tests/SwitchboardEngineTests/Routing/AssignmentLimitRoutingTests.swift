import Foundation
import SwitchboardCore
import SwitchboardEngine
import Testing

/// The 1,000-assignment limit (routing-semantics §4.3 step 5, §3.1) and step-entry event data (§2.3.2 step 4).
@Suite struct AssignmentLimitRoutingTests {
    @Test func theThousandAndFirstReservationCancelsTheTaskInstead() async throws {
        let h = try await RoutingHarness.make()
        let q = try await h.queue("Support")
        let wf = try await h.workflow(RoutingHarness.defaultFilter(q))
        _ = try await h.worker("Alice")
        let task = try await h.task(workflow: wf)
        // 999 rejections in one command: each re-offers the task to Alice (reservations 2 … 1000).
        let last = try await h.step { s, ctx, c in
            for _ in 0..<999 {
                guard let r = s.reservations.values.first(where: { $0.taskSid == task && $0.status == .pending }) else { break }
                _ = try s.updateReservation(r.sid, ReservationUpdate(reservationStatus: .rejected), ifMatch: nil, ctx, &c)
            }
            return s.reservations.values.first { $0.taskSid == task && $0.status == .pending }?.sid
        }
        #expect(try await h.reservations(of: task).count == 1000)
        let pending = try #require(last)
        #expect(try await h.status(task) == .reserved)
        try await h.reject(pending)
        #expect(try await h.status(task) == .canceled)
        #expect(try await h.taskState(task)?.reason == "Max assignment count reached")
        #expect(try await h.reservations(of: task).count == 1000)
    }

    @Test func workflowTargetMatchedCarriesTheFilterAndTargetIndex() async throws {
        let h = try await RoutingHarness.make()
        let q1 = try await h.queue("One"), q2 = try await h.queue("Two")
        let wf = try await h.workflow(RoutingHarness.filter([#"{"queue":"\#(q1)","timeout":5}"#, #"{"queue":"\#(q2)"}"#], name: "Gold"))
        let task = try await h.task(workflow: wf)
        try await h.tick(5)
        let matched = try await h.events().filter { $0.eventType == "workflow.target-matched" && $0.resourceSid == task }
        #expect(matched.map { $0.data["workflow_filter_name"] } == ["Gold", "Gold"])
        #expect(matched.map { $0.data["workflow_target_index"] } == ["0", "1"])
    }
}
