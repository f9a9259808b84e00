import Foundation
import SwitchboardCore
import SwitchboardEngine
import Testing

/// An assignment callback committed with its reservation but never answered (the process stopped in
/// between) is sent again by the next process; an answered one is not.
@Suite struct AssignmentCallbackRecoveryTests {
    /// Loads the harness's store into a new registry, as a restarted process would.
    static func restart(_ h: RoutingHarness) async throws -> EngineRegistry {
        try await EngineRegistry(store: h.store, clock: h.clock, ids: RandomIdentifierGenerator())
    }

    @Test func anUnansweredCallbackIsSentAgainAfterARestart() async throws {
        let (h, task, r, alice, _) = try await AssignmentOutcomeRoutingTests.reserved()
        h.clock.advance(by: 7)
        let rebuilt = try await Self.restart(h)
        var resent = rebuilt.assignmentCallbacks.makeAsyncIterator()
        let request = try #require(await resent.next())
        #expect(request.reservationSid == r)
        #expect(request.url == "https://example.com/assign")
        let form = Dictionary(uniqueKeysWithValues: request.form.map { ($0.name, $0.value) })
        #expect(form["TaskSid"] == task && form["WorkerSid"] == alice)
        #expect(form["TaskAge"] == "7", "rebuilt from the state at the restart")
        // Its answer is applied by the new process.
        await rebuilt.applyAssignmentOutcome(request, .instruction(.accept))
        let engine = try rebuilt.engine(h.engine.sid, account: RoutingHarness.caller.accountSid)
        #expect(try await engine.read { s, _ in s.tasks[task]?.assignmentStatus } == .assigned)
    }

    @Test(arguments: [AssignmentCallbackOutcome.noInstruction, .instruction(.unknown("hold")), .instruction(.accept), .failed])
    func anAnsweredCallbackIsNotSentAgain(_ outcome: AssignmentCallbackOutcome) async throws {
        let (h, _, r, _, _) = try await AssignmentOutcomeRoutingTests.reserved()
        #expect(try await h.read { $0.reservations[r]?.assignmentCallbackPending } == true)
        try await h.callbackOutcome(r, outcome)
        #expect(try await h.read { $0.reservations[r]?.assignmentCallbackPending } == nil)
        let rebuilt = try await Self.restart(h)
        let engine = try rebuilt.engine(h.engine.sid, account: RoutingHarness.caller.accountSid)
        // (After `.failed` the task went on to Bob, whose own callback is still outstanding.)
        let outstanding = try await engine.read { s, now in s.outstandingAssignmentCallbacks(now: now) }
        #expect(!outstanding.contains { $0.reservationSid == r })
    }

    @Test func answeringIsNotAVisibleChange() async throws {
        let (h, _, r, _, _) = try await AssignmentOutcomeRoutingTests.reserved()
        let before = try await h.read { $0.reservations[r] }
        let events = try await h.mark()
        try await h.callbackOutcome(r, .noInstruction)
        let after = try await h.read { $0.reservations[r] }
        #expect(after?.version == before?.version && after?.dateUpdated == before?.dateUpdated)
        #expect(try await h.types(since: events).isEmpty)
    }

    @Test func aReservationThatEndedIsNotCalledBackAgain() async throws {
        let (h, _, r, _, _) = try await AssignmentOutcomeRoutingTests.reserved()
        try await h.reject(r)
        let rebuilt = try await Self.restart(h)
        let engine = try rebuilt.engine(h.engine.sid, account: RoutingHarness.caller.accountSid)
        let outstanding = try await engine.read { s, now in s.outstandingAssignmentCallbacks(now: now) }
        #expect(!outstanding.contains { $0.reservationSid == r }, "only pending reservations are called back")
    }
}
