public import ServiceLifecycle
import SwitchboardCore

/// Sends assignment callbacks off the engines' critical path, a bounded number at a time, and
/// applies each outcome (accept, reject, cancel on failure) back through the engine.
public struct AssignmentCallbackService: Service {
    let registry: EngineRegistry
    let client: AssignmentCallbackClient
    let concurrency: Int

    public init(registry: EngineRegistry, client: AssignmentCallbackClient, concurrency: Int = 32) {
        self.registry = registry
        self.client = client
        self.concurrency = concurrency
    }

    public func run() async throws {
        await cancelWhenGracefulShutdown {
            await withTaskGroup(of: Void.self) { group in
                var running = 0
                for await request in registry.assignmentCallbacks {
                    if running >= concurrency {
                        await group.next()
                        running -= 1
                    }
                    running += 1
                    group.addTask {
                        let outcome = await client.send(url: request.url, fallbackURL: request.fallbackURL, form: request.form)
                        await registry.applyAssignmentOutcome(request, outcome)
                    }
                }
            }
        }
    }
}
