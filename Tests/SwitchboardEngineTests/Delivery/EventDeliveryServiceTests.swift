import Foundation
import Logging
import ServiceLifecycle
import SwitchboardCore
import SwitchboardEngine
import Testing

@Suite struct EventDeliveryServiceTests {
    @Test func deliveredEntriesAreRemoved() async throws {
        let fx = try await OutboxFixture()
        try await fx.enqueue(fx.entry("EV1"), fx.entry("EV2", offset: 1))
        fx.clock.advance(by: 1)
        await fx.service.deliverDue()
        #expect(fx.delivered == ["EV1", "EV2"])
        #expect(try await fx.queued().isEmpty)
        #expect(try await fx.store.nextDeliveryDate() == nil)
    }

    @Test func everyAttemptCarriesTheEventSIDAsIdempotencyTokenAndTheFormBody() async throws {
        let fx = try await OutboxFixture()
        fx.transport.script(OutboxFixture.url("WS1"), CallbackResponse(status: 500))
        let entry = fx.entry("EV1")
        try await fx.enqueue(entry)
        await fx.service.deliverDue()
        fx.clock.advance(by: 1)
        await fx.service.deliverDue()
        let requests = fx.transport.requests
        #expect(requests.count == 2)
        for request in requests {
            #expect(request.url == entry.url)
            #expect(request.header("I-Twilio-Idempotency-Token") == "EV1")
            #expect(request.header("Content-Type") == "application/x-www-form-urlencoded")
            #expect(request.form == entry.body)
            #expect(request.timeout == 15)
        }
    }

    @Test func entriesNotYetDueAreLeftAlone() async throws {
        let fx = try await OutboxFixture()
        try await fx.enqueue(fx.entry("EV1", offset: 10))
        await fx.service.deliverDue()
        #expect(fx.transport.requests.isEmpty)
        fx.clock.advance(by: 10)
        await fx.service.deliverDue()
        #expect(fx.delivered == ["EV1"])
    }

    @Test func failuresAreRetriedOnTheBackoffScheduleAsTheClockAdvances() async throws {
        let fx = try await OutboxFixture()
        let url = OutboxFixture.url("WS1")
        fx.transport.script(url, CallbackResponse(status: 500), CallbackResponse(status: nil), CallbackResponse(status: 302))
        try await fx.enqueue(fx.entry("EV1"))

        await fx.service.deliverDue()  // attempt 1 fails: next after 1 s
        #expect(try await fx.queued().map(\.attempts) == [1])
        #expect(try await fx.store.nextDeliveryDate() == fx.start.addingTimeInterval(1))
        await fx.service.deliverDue()  // not due yet
        #expect(fx.transport.requests.count == 1)

        fx.clock.advance(by: 1)
        await fx.service.deliverDue()  // attempt 2 (no answer) fails: next after 2 s
        #expect(try await fx.store.nextDeliveryDate() == fx.start.addingTimeInterval(3))

        fx.clock.advance(by: 2)
        await fx.service.deliverDue()  // attempt 3 (a redirect is not a success): next after 4 s
        #expect(try await fx.queued().map(\.attempts) == [3])
        #expect(try await fx.store.nextDeliveryDate() == fx.start.addingTimeInterval(7))

        fx.clock.advance(by: 3.999)
        await fx.service.deliverDue()
        #expect(fx.transport.requests.count == 3)
        fx.clock.advance(by: 0.001)
        await fx.service.deliverDue()  // attempt 4 succeeds
        #expect(fx.transport.requests.count == 4)
        #expect(try await fx.queued().isEmpty)
    }

    @Test func aDeliveryIsGivenUpWhenItsNextAttemptWouldFallOutsideTheWindow() async throws {
        let fx = try await OutboxFixture()
        fx.transport.answerByDefault(CallbackResponse(status: 503))
        try await fx.enqueue(fx.entry("EV1"))
        var attemptTimes: [TimeInterval] = []
        while try await fx.runNextDuePass() {
            attemptTimes.append(fx.clock.now().timeIntervalSince(fx.start))
        }
        // 1, 2, 4, … 256 s apart, then every 300 s, while within the hour.
        let expected: [TimeInterval] = [0, 1, 3, 7, 15, 31, 63, 127, 255, 511] + (1...10).map { 511 + 300 * Double($0) }
        #expect(attemptTimes == expected)
        #expect(fx.transport.requests.count == 20)
        #expect(try await fx.queued().isEmpty)
        #expect(fx.logs.messages(at: .warning).count == 1)
        #expect(fx.logs.messages(at: .warning).first?.contains("Giving up") == true)
    }

    @Test func anEntryPastItsWindowIsDroppedWithoutAnAttempt() async throws {
        let fx = try await OutboxFixture()
        try await fx.enqueue(fx.entry("EV1"))
        fx.clock.advance(by: 3600.001)
        await fx.service.deliverDue()
        #expect(fx.transport.requests.isEmpty)
        #expect(try await fx.queued().isEmpty)
        #expect(fx.logs.messages(at: .warning).count == 1)
    }

    @Test func aCustomBackoffIsHonoured() async throws {
        let fx = try await OutboxFixture(backoff: DeliveryBackoff(initial: 10, maximum: 15, window: 40))
        fx.transport.answerByDefault(CallbackResponse(status: 500))
        try await fx.enqueue(fx.entry("EV1"))
        var attemptTimes: [TimeInterval] = []
        while try await fx.runNextDuePass() { attemptTimes.append(fx.clock.now().timeIntervalSince(fx.start)) }
        #expect(attemptTimes == [0, 10, 25, 40])
    }
}
