import Foundation
import SwitchboardCore
import SwitchboardEngine
import Testing

/// Which worker gets a task: longest idle, `order_by` (routing-semantics §2.4).
@Suite struct WorkerOrderRoutingTests {
    @Test func theLongestIdleWorkerGetsTheTask() async throws {
        let h = try await RoutingHarness.make()
        let q = try await h.queue("Support")
        let wf = try await h.workflow(RoutingHarness.defaultFilter(q))
        let alice = try await h.worker("Alice", available: false)
        let bob = try await h.worker("Bob")
        h.clock.advance(by: 5)
        try await h.setActivity(alice, "Available")
        h.clock.advance(by: 5)
        let first = try await h.task(workflow: wf)
        #expect(try await h.pending(first).workerSid == bob, "Bob has been available longer")
        try await h.accept(try await h.pending(first).sid)
        try await h.updateTask(first, TaskUpdate(assignmentStatus: .completed, reason: "done"))
        h.clock.advance(by: 5)
        let second = try await h.task(workflow: wf)
        #expect(try await h.pending(second).workerSid == alice, "Bob's last reservation is more recent than Alice's activity change")
    }

    @Test func orderByIntegerAttributesAscending() async throws {
        // The documented example: Alice {finance 10, support 8}, Bob {finance 10, support 5} → Bob first.
        let h = try await RoutingHarness.make()
        let q = try await h.queue("Support")
        let wf = try await h.workflow(RoutingHarness.filter([#"{"queue":"\#(q)","order_by":"worker.finance ASC, worker.support ASC"}"#]))
        _ = try await h.worker("Alice", attributes: #"{"finance":10,"support":8}"#)
        let bob = try await h.worker("Bob", attributes: #"{"finance":10,"support":5}"#)
        let task = try await h.task(workflow: wf)
        #expect(try await h.pending(task).workerSid == bob)
    }

    @Test func aWorkerLackingTheValueSortsLastInEitherDirection() async throws {
        for direction in ["ASC", "DESC"] {
            let h = try await RoutingHarness.make()
            let q = try await h.queue("Support")
            let wf = try await h.workflow(RoutingHarness.filter([#"{"queue":"\#(q)","order_by":"worker.finance ASC, worker.support \#(direction)"}"#]))
            _ = try await h.worker("Bob", attributes: #"{"finance":10}"#)
            h.clock.advance(by: 1)
            let alice = try await h.worker("Alice", attributes: #"{"finance":10,"support":8}"#)
            let task = try await h.task(workflow: wf)
            #expect(try await h.pending(task).workerSid == alice, "\(direction): missing values sort after present ones")
        }
    }

    @Test func descendingPutsTheHighestFirst() async throws {
        let h = try await RoutingHarness.make()
        let q = try await h.queue("Support", maxReserved: 3)
        let wf = try await h.workflow(RoutingHarness.filter([#"{"queue":"\#(q)","order_by":"worker.level DESC"}"#]))
        let low = try await h.worker("Low", attributes: #"{"level":1}"#)
        let none = try await h.worker("None", attributes: #"{}"#)
        let high = try await h.worker("High", attributes: #"{"level":7}"#)
        let task = try await h.task(workflow: wf)
        let offered = try await h.pendingReservations(task).map(\.workerSid)
        #expect(Set(offered) == [low, none, high])
        // Reservations are created in the chosen order, so their SIDs follow it.
        #expect(offered == [high, low, none])
    }

    @Test func aNonIntegerValueDisablesTheClause() async throws {
        let h = try await RoutingHarness.make()
        let q = try await h.queue("Support")
        let wf = try await h.workflow(RoutingHarness.filter([#"{"queue":"\#(q)","order_by":"worker.level DESC"}"#]))
        let first = try await h.worker("First", attributes: #"{"level":"senior"}"#)
        h.clock.advance(by: 1)
        _ = try await h.worker("Second", attributes: #"{"level":9}"#)
        let task = try await h.task(workflow: wf)
        #expect(try await h.pending(task).workerSid == first, "clause ignored: longest idle decides")
    }

    @Test func withEqualValuesTheLongestIdleWins() async throws {
        let h = try await RoutingHarness.make()
        let q = try await h.queue("Support")
        let wf = try await h.workflow(RoutingHarness.filter([#"{"queue":"\#(q)","order_by":"worker.level DESC"}"#]))
        let first = try await h.worker("First", attributes: #"{"level":3}"#)
        h.clock.advance(by: 1)
        _ = try await h.worker("Second", attributes: #"{"level":3}"#)
        let task = try await h.task(workflow: wf)
        #expect(try await h.pending(task).workerSid == first)
    }
}
