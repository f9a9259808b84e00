import ServiceLifecycle

/// Runs `action` when the service group shuts down gracefully (e.g. closing the HTTP client).
struct ShutdownHook: Service {
    let action: @Sendable () async throws -> Void

    func run() async throws {
        try? await gracefulShutdown()
        try await action()
    }
}
