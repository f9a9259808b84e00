import Foundation
import SwitchboardCore
import SwitchboardEngine
import Testing

@Suite struct EventDeliveryOrderTests {
    @Test func laterEventsOfAWorkspaceWaitBehindAFailedOneInTheSamePass() async throws {
        let fx = try await OutboxFixture()
        fx.transport.script(OutboxFixture.url("WS1"), CallbackResponse(status: 500))
        // SIDs that sort against event order: the due time decides.
        try await fx.enqueue(fx.entry("EVc", offset: 0), fx.entry("EVb", offset: 1), fx.entry("EVa", offset: 2),
                             fx.entry("EVother", workspace: "WS2", offset: 1))
        fx.clock.advance(by: 2)
        await fx.service.deliverDue()
        #expect(fx.delivered.sorted() == ["EVc", "EVother"])  // EVb and EVa not attempted
        let queued = try await fx.queued()
        #expect(queued.map(\.id) == ["EVc", "EVb", "EVa"])
        #expect(queued.map(\.attempts) == [1, 0, 0])
        #expect(queued[0].nextAttemptAt == fx.start.addingTimeInterval(3))
        #expect(queued[1].nextAttemptAt > queued[0].nextAttemptAt)

        while try await fx.runNextDuePass() {}
        #expect(fx.delivered.filter { $0 != "EVother" } == ["EVc", "EVc", "EVb", "EVa"])
        #expect(fx.clock.now() < fx.start.addingTimeInterval(3.01))
    }

    @Test func aNewEventDoesNotOvertakeOneWaitingForItsRetry() async throws {
        let fx = try await OutboxFixture()
        fx.transport.script(OutboxFixture.url("WS1"), CallbackResponse(status: 500), CallbackResponse(status: nil))
        try await fx.enqueue(fx.entry("EV1"))
        await fx.service.deliverDue()  // EV1 fails; retry at +1 s

        try await fx.enqueue(fx.entry("EV2", offset: 0.5))
        fx.clock.advance(by: 0.5)
        await fx.service.deliverDue()  // EV2 is due but waits behind EV1
        #expect(fx.delivered == ["EV1"])

        fx.clock.advance(by: 0.5)
        await fx.service.deliverDue()  // EV1 fails again (retry at +2 s); EV2 keeps waiting
        #expect(fx.delivered == ["EV1", "EV1"])
        try await fx.enqueue(fx.entry("EV3", offset: 1.5))
        fx.clock.advance(by: 0.5)
        await fx.service.deliverDue()
        #expect(fx.delivered == ["EV1", "EV1"])

        while try await fx.runNextDuePass() {}
        #expect(fx.delivered == ["EV1", "EV1", "EV1", "EV2", "EV3"])
    }

    @Test func aGivenUpDeliveryReleasesTheOnesBehindIt() async throws {
        let fx = try await OutboxFixture(backoff: DeliveryBackoff(initial: 10, maximum: 10, window: 15))
        fx.transport.script(OutboxFixture.url("WS1"), CallbackResponse(status: 500), CallbackResponse(status: 500))
        try await fx.enqueue(fx.entry("EV1"), fx.entry("EV2", offset: 1))
        fx.clock.advance(by: 1)
        await fx.service.deliverDue()  // EV1 fails; EV2 waits
        fx.clock.advance(by: 10)
        await fx.service.deliverDue()  // EV1 fails again and is given up (next attempt past its window)
        #expect(fx.delivered == ["EV1", "EV1"])
        #expect(try await fx.queued().map(\.id) == ["EV2"])
        while try await fx.runNextDuePass() {}  // EV2 goes a millisecond later
        #expect(fx.delivered == ["EV1", "EV1", "EV2"])
        #expect(fx.clock.now() < fx.start.addingTimeInterval(11.01))
    }

    @Test func workspacesDoNotWaitForEachOther() async throws {
        let fx = try await OutboxFixture()
        fx.transport.script(OutboxFixture.url("WS1"), CallbackResponse(status: nil))
        try await fx.enqueue(fx.entry("EV1"), fx.entry("EV2", workspace: "WS2"), fx.entry("EV3", workspace: "WS2", offset: 1))
        fx.clock.advance(by: 1)
        await fx.service.deliverDue()
        #expect(Set(fx.delivered) == ["EV1", "EV2", "EV3"])
        #expect(try await fx.queued().map(\.id) == ["EV1"])
    }
}
