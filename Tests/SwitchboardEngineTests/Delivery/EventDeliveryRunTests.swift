import Foundation
import Logging
import ServiceLifecycle
import SwitchboardEngine
import Testing

@Suite struct EventDeliveryRunTests {
    @Test func runDeliversAndStopsOnGracefulShutdown() async throws {
        let fx = try await OutboxFixture()
        try await fx.enqueue(fx.entry("EV1"))
        let group = ServiceGroup(services: [fx.service], gracefulShutdownSignals: [], logger: Logger(label: "test"))
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            // Wait (by yielding, never sleeping) for the first pass, then shut down during the pause.
            while fx.transport.requests.isEmpty { await Task.yield() }
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
        }
        #expect(fx.delivered == ["EV1"])
        #expect(try await fx.queued().isEmpty)
    }
}
