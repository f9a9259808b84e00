import Foundation
import SwitchboardCore
import SwitchboardEngine
import Testing

/// Assignment-callback outcomes applied through `WorkspaceEngine.applyAssignmentOutcome` (routing-semantics §4.7).
@Suite struct AssignmentOutcomeRoutingTests {
    /// A queue, a workflow with an assignment callback URL, workers Alice then Bob, and one task reserved for Alice.
    static func reserved() async throws -> (h: RoutingHarness, task: String, reservation: String, alice: String, bob: String) {
        let h = try await RoutingHarness.make()
        let q = try await h.queue("Support")
        let wf = try await h.workflow(RoutingHarness.defaultFilter(q), callback: "https://example.com/assign")
        let alice = try await h.worker("Alice")
        h.clock.advance(by: 1)
        let bob = try await h.worker("Bob")
        h.clock.advance(by: 1)
        let task = try await h.task(workflow: wf)
        let r = try await h.pending(task)
        #expect(r.workerSid == alice, "the longest idle worker goes first")
        return (h, task, r.sid, alice, bob)
    }

    @Test func acceptAssignsTheTask() async throws {
        let (h, task, r, _, _) = try await Self.reserved()
        try await h.callbackOutcome(r, .instruction(.accept))
        #expect(try await h.status(task) == .assigned)
        #expect(try await h.reservations(of: task).map(\.status) == [.accepted])
    }

    @Test func dequeueAndConferenceAccept() async throws {
        for instruction in [AssignmentInstruction.dequeue(postWorkActivitySid: nil), .conference] {
            let (h, task, r, _, _) = try await Self.reserved()
            try await h.callbackOutcome(r, .instruction(instruction))
            #expect(try await h.status(task) == .assigned, "\(instruction)")
        }
    }

    @Test func dequeueIsRecordedOnTheReservation() async throws {
        // §4.7: dequeue → accept, "record the instruction"; post_work_activity_sid stored.
        let (h, _, r, _, _) = try await Self.reserved()
        let offline = try #require(h.activities["Offline"])
        try await h.callbackOutcome(r, .instruction(.dequeue(postWorkActivitySid: offline)))
        let stored = try await h.read { $0.reservations[r] }
        #expect(stored?.instruction == "dequeue")
        #expect(stored?.instructionParameters?.values.contains(offline) == true, "post_work_activity_sid stored: \(String(describing: stored?.instructionParameters))")
    }

    @Test func callAndRedirectAcceptOnlyWhenTold() async throws {
        for (instruction, accepted) in [(AssignmentInstruction.call(accept: true), true), (.call(accept: false), false),
                                        (.redirect(accept: true), true), (.redirect(accept: false), false)] {
            let (h, task, r, _, _) = try await Self.reserved()
            try await h.callbackOutcome(r, .instruction(instruction))
            #expect(try await h.status(task) == (accepted ? .assigned : .reserved), "\(instruction)")
        }
    }

    @Test func rejectWithAnActivityMovesTheWorkerAndReRoutes() async throws {
        let (h, task, r, alice, bob) = try await Self.reserved()
        try await h.callbackOutcome(r, .instruction(.reject(activitySid: h.activities["Unavailable"])))
        #expect(try await h.activity(of: alice) == "Unavailable")
        #expect(try await h.reservations(of: task).first?.status == .rejected)
        #expect(try await h.pending(task).workerSid == bob)
    }

    @Test func rejectWithoutAnActivityLeavesTheWorkerAsIs() async throws {
        let (h, task, r, alice, bob) = try await Self.reserved()
        try await h.callbackOutcome(r, .instruction(.reject(activitySid: nil)))
        #expect(try await h.activity(of: alice) == "Available")
        #expect(try await h.pending(task).workerSid == bob, "Bob is now the longest idle")
    }

    @Test func aFailedCallbackCancelsTheReservationAndTheTaskReRoutes() async throws {
        let (h, task, r, alice, bob) = try await Self.reserved()
        let m = try await h.mark()
        try await h.callbackOutcome(r, .failed)
        #expect(try await h.types(since: m) == ["reservation.canceled", "reservation.created"])
        #expect(try await h.reservations(of: task).first?.status == .canceled)
        #expect(try await h.activity(of: alice) == "Available")
        #expect(try await h.pending(task).workerSid == bob)
    }

    @Test func noInstructionLeavesTheReservationPending() async throws {
        let (h, task, r, _, _) = try await Self.reserved()
        try await h.callbackOutcome(r, .noInstruction)
        try await h.callbackOutcome(r, .instruction(.unknown("ring")))
        #expect(try await h.status(task) == .reserved)
        #expect(try await h.pending(task).sid == r)
        try await h.accept(r)
        #expect(try await h.status(task) == .assigned, "manual mode: the REST API decides")
    }

    @Test func anOutcomeForAReservationNoLongerPendingChangesNothing() async throws {
        let (h, task, r, _, _) = try await Self.reserved()
        try await h.accept(r)
        let m = try await h.mark()
        try await h.callbackOutcome(r, .failed)
        try await h.callbackOutcome(r, .instruction(.reject(activitySid: nil)))
        #expect(try await h.types(since: m).isEmpty)
        #expect(try await h.status(task) == .assigned)
    }

    @Test func theCallbackRequestIsQueuedWithTheReservation() async throws {
        let (h, task, r, alice, _) = try await Self.reserved()
        var iterator = h.registry.assignmentCallbacks.makeAsyncIterator()
        let next = await iterator.next()
        let request = try #require(next)
        #expect(request.reservationSid == r)
        #expect(request.url == "https://example.com/assign")
        let form = Dictionary(request.form.map { ($0.name, $0.value) }, uniquingKeysWith: { a, _ in a })
        #expect(form["TaskSid"] == task)
        #expect(form["WorkerSid"] == alice)
        #expect(form["ReservationSid"] == r)
        #expect(form["TaskAge"] == "0")
    }

    @Test func rejectWithAnUnknownActivityStillRejects() async throws {
        let (h, task, r, alice, bob) = try await Self.reserved()
        try await h.callbackOutcome(r, .instruction(.reject(activitySid: "WA" + String(repeating: "e", count: 32))))
        #expect(try await h.reservations(of: task).first?.status == .rejected)
        #expect(try await h.activity(of: alice) == "Available")
        #expect(try await h.pending(task).workerSid == bob)
    }

    @Test func oneFailedCallbackOfAMultiReservationKeepsTheTaskReserved() async throws {
        let h = try await RoutingHarness.make()
        let q = try await h.queue("Support", maxReserved: 2)
        let wf = try await h.workflow(RoutingHarness.defaultFilter(q), callback: "https://example.com/assign")
        _ = try await h.worker("Alice")
        _ = try await h.worker("Bob")
        let task = try await h.task(workflow: wf)
        let rs = try await h.pendingReservations(task)
        #expect(rs.count == 2)
        try await h.callbackOutcome(rs[0].sid, .failed)
        #expect(try await h.status(task) == .reserved)
        #expect(try await h.pendingReservations(task).map(\.sid) == [rs[1].sid], "no top-up while reserved")
        try await h.callbackOutcome(rs[1].sid, .instruction(.accept))
        #expect(try await h.status(task) == .assigned)
    }
}
