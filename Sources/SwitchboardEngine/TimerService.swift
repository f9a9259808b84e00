public import Foundation
public import ServiceLifecycle

/// Fires the engines' timers on the wall clock: wakes at the earliest deadline (at least every
/// `maximumPause`, so deadlines set meanwhile are seen). Tests call `EngineRegistry.runDueTimers()` instead.
public struct TimerService: Service {
    let registry: EngineRegistry
    let maximumPause: TimeInterval

    public init(registry: EngineRegistry, maximumPause: TimeInterval = 0.05) {
        self.registry = registry
        self.maximumPause = maximumPause
    }

    public func run() async throws {
        // Graceful shutdown cancels the loop; ending by cancellation is a clean stop, not an error.
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                await registry.runDueTimers()
                let now = registry.clock.now()
                let pause = registry.nextDeadline.map { max(0.001, min(maximumPause, $0.timeIntervalSince(now))) } ?? maximumPause
                do { try await Task.sleep(for: .milliseconds(Int(pause * 1000))) } catch { return }
            }
        }
    }
}
